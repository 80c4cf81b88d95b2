#include "cli/commands.h"
namespace ntmx {
int RunIngest(const CommonOptions&, const IngestOptions&) { return 2; }
int RunSql(const CommonOptions&, const SqlOptions&) { return 2; }
}  // namespace ntmx
