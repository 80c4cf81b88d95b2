// WriteFileReplacing: write a whole output file so that a reader sees either the
// previous file or the new one, never a cut one.
//
//   Status s = WriteFileReplacing("report.html", html);
//   if (!s.ok()) std::cerr << "ntmx: report.html: " << s.message() << '\n';
//   // "cannot write: No space left on device"; report.html is as it was
//
// Why: `ntmx report --out` on a full disk used to truncate the previous good report
// and leave half of the new one in its place. The bytes go to a temporary file
// beside the target (same folder, so the rename cannot cross file systems), which
// is flushed to disk and then renamed over the target; on any failure the
// temporary file is removed and the target is untouched. The message says which
// step failed and why (strerror), without the path (the caller names it).
//
// A target that exists and is not a regular file (/dev/stdout, a FIFO, a
// terminal) is written in place: a rename would replace the device node, not
// write to it. The new file gets the permissions of the file it replaces, or those
// of a newly created file (0666 less the umask). A symbolic link is followed: the
// file it points to is replaced and the link is left as it is.
#pragma once

#include <string>
#include <string_view>

#include "util/status.h"

namespace ntmx {

Status WriteFileReplacing(const std::string& path, std::string_view bytes);

}  // namespace ntmx
