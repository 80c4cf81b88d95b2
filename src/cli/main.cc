// ntmx: Vietnamese new-rural-development plans -> a database people can query.
//
// The command line only: options are declared here (CLI11) and each subcommand
// runs from its own cmd_*.cc. See `ntmx --help` and README.md.
#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdint>
#include <limits>

#include "cli/checked_stdout.h"
#include "cli/commands.h"

namespace {

// A whole number from `least` to `most`, or one plain sentence saying what is
// wanted ("--commit-every: must be a whole number of at least 1 (documents per
// commit), not 0"), instead of CLI11's "Value 0 not in range 0.000000 to 1797…".
CLI::Validator WholeNumber(int64_t least, int64_t most, const std::string& what) {
  return CLI::Validator(
      [=](std::string& input) -> std::string {
        int64_t value = 0;
        const char* end = input.data() + input.size();
        const auto [stop, error] = std::from_chars(input.data(), end, value);
        if (error == std::errc() && stop == end && value >= least && value <= most) return "";
        const std::string range =
            most == std::numeric_limits<int>::max()
                ? "of at least " + std::to_string(least)
                : "from " + std::to_string(least) + " to " + std::to_string(most);
        return "must be a whole number " + range + " (" + what + "), not " + input;
      },
      "");
}

// --all-copies of query, audit and report (schemas/sql/0007_plan_copies.sql).
constexpr const char* kAllCopiesHelp =
    "show every stored file: by default a plan stored as several files (a .docx draft, the "
    "signed PDF, a scan) is shown once, through its primary copy";

}  // namespace

int main(int argc, char** argv) {
  ntmx::CommonOptions common;
  common.argv0 = argc > 0 ? argv[0] : "ntmx";

  CLI::App app{
      // why: help text for people; its examples write plans and places as a user types
      // them.
      "ntmx turns Vietnamese new-rural-development plans (Kế hoạch xây dựng nông thôn mới)\n"
      "into records: header facts, legal bases, criteria status and counts, targets, tasks,\n"
      "responsibilities and consistency findings, each with the span of text it came from.\n\n"
      "  ntmx extract plan.txt              print what was read, as JSON (ntm-extract/1)\n"
      "  ntmx ingest corpus/                store every plan of a folder in ntm.db\n"
      "  ntmx sql \"SELECT * FROM documents\" query the database (read-only)\n"
      "  ntmx migrate --db ntm.db           bring a database of an older ntmx up to date\n"
      "  ntmx tree plan.txt                 show the structure ntmx recovered\n"
      "  ntmx rules                         check the rules in patterns/ against their examples\n"
      "  ntmx audit                         list consistency findings within and across plans\n"
      // why: a help example, typed as a user would.
      "  ntmx places \"Hương Sơn\"            every unit of that name, its codes and successors\n"
      "  ntmx report --out report.html      the database as one HTML page to read or print\n"
      "  ntmx query targets --criterion 10  the common questions, without SQL\n"
      "  ntmx export --xlsx ntm.xlsx        the same questions as one Excel workbook\n"
      "  ntmx eval --gold corpus/gold corpus/seeds   score extraction against gold files\n",
      "ntmx"};
  app.require_subcommand(1);
  app.fallthrough();  // --data-dir, --pipeline and -q also work after the subcommand
  app.set_version_flag("--version", "ntmx 0.1.0");
  app.add_option("--data-dir", common.data_dir,
                 "folder holding patterns/, schemas/ and pipelines/ (default: found beside the "
                 "binary or in the source tree; or $NTMX_DATA)");
  app.add_option("--pipeline", common.pipeline,
                 "pipeline file: a name in pipelines/ or a path (default: default)");
  app.add_flag("-q,--quiet", common.quiet, "do not print warnings about documents");

  ntmx::ExtractOptions extract;
  CLI::App* extract_cmd = app.add_subcommand(
      "extract",
      "Print one ntm-extract/1 JSON object per file (folders are read recursively).\n"
      "Example: ntmx extract --format jsonl corpus/seeds/*.txt > out.jsonl");
  extract_cmd
      ->add_option("--format", extract.format, "jsonl (one object per line) or json (an array)")
      ->check(CLI::IsMember({"jsonl", "json"}));
  extract_cmd
      ->add_option("FILE", extract.paths, "plan files (.txt, .md, .pdf, .docx, .doc) or folders")
      ->required();

  ntmx::IngestOptions ingest;
  CLI::App* ingest_cmd = app.add_subcommand(
      "ingest",
      "Extract and store plans in a SQLite database. Each document is stored whole or not at "
      "all;\nup to --commit-every documents are committed together, and a file is reported "
      "stored once\nits commit is done, so an interrupted run loses no reported document: "
      "run it again to\nfinish. Re-ingesting an unchanged file does nothing; a changed file "
      "replaces its old version.\n"
      "Shows progress on a terminal; -q silences it and the warnings.\n"
      "Example: ntmx ingest -j4 --db ntm.db --errors failed.json corpus/");
  ingest_cmd->add_option("--db", ingest.db, "database file (created if missing)");
  ingest_cmd
      ->add_option("-j,--jobs", ingest.jobs,
                   "extraction threads, 0 to 1024 (default 0: one per core; never more than "
                   "4 per core or one per file)")
      ->check(WholeNumber(0, 1024, "extraction threads; 0: one per core"));
  ingest_cmd
      ->add_option("--commit-every", ingest.commit_every,
                   "documents per commit (default 64; 1: one transaction per document, slower). "
                   "A commit also happens after 0.5 s or 16 MB of text")
      ->check(WholeNumber(1, std::numeric_limits<int>::max(), "documents per commit"));
  ingest_cmd
      ->add_option("--max-db-mb", ingest.max_db_mb,
                   "let the database grow to this many MB and no further: past it the batch "
                   "stops as on a full disk, keeping what it stored (default: no limit)")
      ->check(WholeNumber(1, 1000000000, "megabytes"));
  ingest_cmd->add_option("--errors", ingest.errors_file,
                         "write the failed files as JSON [{path, stage, message}] to this file");
  for (CLI::App* cmd : {extract_cmd, ingest_cmd}) {
    cmd->add_option("--from-encoding", common.from_encoding,
                    "read text in this legacy encoding instead of detecting it: tcvn3, vni, "
                    "viscii, cp1258, or utf-8 (no detection)");
    cmd->add_flag("--no-ocr", common.no_ocr,
                  "do not read PDF pages without a text layer (scans) with Tesseract OCR; "
                  "a scan then fails with one line");
  }
  ingest_cmd->add_option("PATH", ingest.paths, "files or folders")->required();

  ntmx::SqlOptions sql;
  CLI::App* sql_cmd =
      app.add_subcommand("sql",
                         "Run one read-only SQL query and print the result.\n"
                         "Example: ntmx sql \"SELECT issue_place, year, title FROM documents\"");
  sql_cmd->add_option("--db", sql.db, "database file");
  sql_cmd->add_option("--format", sql.format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  sql_cmd->add_option("QUERY", sql.query, "a SELECT (or WITH … SELECT) statement")->required();

  ntmx::TreeOptions tree;
  CLI::App* tree_cmd = app.add_subcommand(
      "tree",
      "Show the structure recovered from one file: header, title, parts, sections,\n"
      "items, signature and footnotes, each with its span.");
  tree_cmd->add_option("FILE", tree.path, "a plan file")->required();

  CLI::App* rules_cmd = app.add_subcommand(
      "rules",
      "Compile the pipeline's rules (patterns/*.toml) and check each against its examples.");

  ntmx::AuditOptions audit;
  CLI::App* audit_cmd = app.add_subcommand(
      "audit",
      "List every finding stored in the database, and check across documents: one\n"
      "subject's criterion met in one plan and unmet in another of the same year, met in an\n"
      // why: help text quoting the form of claim it checks.
      "earlier year's plan and unmet in a later one, and a district's \"N xã đã đạt chuẩn\"\n"
      "against its communes' records; and copies of one plan (a draft, its signed PDF)\n"
      "that disagree (copy_mismatch). Each finding names the documents and quotes them.\n"
      "Each plan is audited once, through its primary copy; --all-copies audits every file.\n"
      "Example: ntmx audit --db ntm.db --format csv > findings.csv");
  audit_cmd->add_option("--db", audit.db, "database file");
  audit_cmd->add_option("--format", audit.format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  audit_cmd->add_flag("--all-copies", audit.all_copies, kAllCopiesHelp);

  ntmx::PlacesOptions places;
  CLI::App* places_cmd = app.add_subcommand(
      "places",
      "List every unit of the gazetteer with that name, in both schemes (before and from\n"
      "1 July 2025): code, type, parents, and its successors or what it was made from.\n"
      // why: a help example, typed as a user would.
      "Example: ntmx places \"Hương Sơn\" --level commune");
  places_cmd->add_option("NAME", places.name, "a place name, with or without its type word")
      ->required();
  places_cmd->add_option("--level", places.level, "province, district or commune")
      ->check(CLI::IsMember({"province", "district", "commune"}));
  places_cmd->add_option("--format", places.format, "table or json")
      ->check(CLI::IsMember({"table", "json"}));
  ntmx::ReportOptions report;
  CLI::App* report_cmd = app.add_subcommand(
      "report",
      "Write one self-contained HTML page (no network; prints well) with the documents,\n"
      "the criteria matrix, target charts, the audit findings and the sentence behind\n"
      "every number; each plan once, through its primary copy (--all-copies: every file).\n"
      "Example: ntmx report --db ntm.db --out report.html");
  report_cmd->add_option("--db", report.db, "database file");
  report_cmd->add_option("--out", report.out, "HTML file to write")->required();
  report_cmd->add_flag("--all-copies", report.all_copies, kAllCopiesHelp);
  ntmx::QueryOptions query;
  ntmx::QueryFilters& filters = query.request.filters;
  CLI::App* query_cmd = app.add_subcommand(
      "query",
      "Answer a common question without SQL: list documents, criteria (status per subject\n"
      "and criterion), targets, tasks, units or findings, filtered by place (names folded:\n"
      "no diacritics needed, either administrative scheme), year, criterion, ...\n"
      "Each plan is shown once, through its primary copy, however many files it came as.\n"
      "Examples: ntmx query targets --criterion 10 --compare\n"
      "          ntmx query documents --all-copies    (every stored file)\n"
      "          ntmx query criteria --commune \"mang but\" --why\n"
      "          ntmx query criteria --summary --format csv --bom > hardest.csv");
  query_cmd->add_option("KIND", query.kind, "documents, criteria, targets, tasks, units, findings")
      ->required()
      ->check(CLI::IsMember({"documents", "criteria", "targets", "tasks", "units", "findings"}));
  query_cmd->add_option("--db", query.db, "database file");
  query_cmd->add_option("--format", query.format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  query_cmd->add_flag("--bom", query.bom, "csv: start with a UTF-8 byte order mark (for Excel)");
  query_cmd->add_flag("--why", query.request.why,
                      "add where each row came from: source, page, rule and the quoted text");
  query_cmd->add_flag("--compare", query.request.compare,
                      "targets: line up each metric across subjects and flag units that cannot "
                      "be compared");
  query_cmd->add_flag("--summary", query.request.summary,
                      "criteria: count unmet/planned/met per criterion, hardest first");
  query_cmd->add_flag("--all-copies", query.request.all_copies, kAllCopiesHelp);
  query_cmd->add_option("--province", filters.province, "province name, any spelling");
  query_cmd->add_option("--district", filters.district, "district name, any spelling");
  query_cmd->add_option("--commune", filters.commune, "commune name, any spelling");
  query_cmd->add_option("--year", filters.year, "year");
  query_cmd->add_option("--set", filters.set, "criteria set id (xa_ntm, huyen_ntm, ...)");
  query_cmd->add_option("--criterion", filters.criterion, "criterion number");
  query_cmd->add_option("--indicator", filters.indicator, "indicator, e.g. 13.3");
  query_cmd->add_option("--status", filters.status, "criteria: met, unmet or planned");
  query_cmd->add_option("--unit", filters.unit,
                        "tasks, units: part of a responsible unit's name (folded)");
  query_cmd->add_option("--role", filters.role, "units: lead or support");

  ntmx::ExportOptions export_options;
  CLI::App* export_cmd = app.add_subcommand(
      "export",
      "Write the database as one Excel workbook: a sheet of documents, a criteria matrix per\n"
      "criteria set (subjects x criteria, coloured marks), targets, tasks, responsibilities and\n"
      "the audit's findings; Vietnamese headers, a frozen header row with filters, numbers and\n"
      "dates as Excel numbers and dates, and on every row the file, page and words it came\n"
      "from. Place and year filters work as in `ntmx query`.\n"
      "Examples: ntmx export --xlsx ntm.xlsx --db ntm.db\n"
      "          ntmx export --xlsx kon_tum_2024.xlsx --province \"kon tum\" --year 2024");
  export_cmd->add_option("--xlsx", export_options.xlsx, "the .xlsx workbook to write (replaced)")
      ->required();
  export_cmd->add_option("--db", export_options.db, "database file");
  export_cmd->add_option("--province", export_options.filters.province,
                         "province name, any spelling");
  export_cmd->add_option("--district", export_options.filters.district,
                         "district name, any spelling");
  export_cmd->add_option("--commune", export_options.filters.commune, "commune name, any spelling");
  export_cmd->add_option("--year", export_options.filters.year, "year");
  export_cmd->add_flag("--all-copies", export_options.all_copies, kAllCopiesHelp);

  ntmx::MigrateOptions migrate;
  CLI::App* migrate_cmd = app.add_subcommand(
      "migrate",
      "Bring a database written by an older ntmx up to this version's schema and criteria\n"
      "catalogue (sql, query, audit and report only read, and ask for this when needed).\n"
      "Example: ntmx migrate --db ntm.db");
  migrate_cmd->add_option("--db", migrate.db, "database file");

  ntmx::EvalOptions eval;
  CLI::App* eval_cmd = app.add_subcommand(
      "eval",
      "Extract FILEs and score them against gold files of the same name (the referee's\n"
      "rules): precision, recall and F1 per list, with every miss and extra.\n"
      "Example: ntmx eval --gold corpus/gold corpus/seeds\n"
      "         ntmx eval --gold corpus/gold --floors corpus/thresholds.json --floors-section "
      "seeds corpus/seeds");
  eval_cmd->add_option("--gold", eval.gold_dir, "folder of gold .json files")->required();
  eval_cmd->add_option("--min-f1", eval.min_f1, "exit 1 when overall F1 is below this");
  eval_cmd->add_option("--floors", eval.floors,
                       "JSON object of floors per list (and document_fields, targets.<attr>, "
                       "overall): exit 1 when a figure is below its floor");
  eval_cmd->add_option("--floors-section", eval.floors_section,
                       "use this object of the --floors file (one per corpus folder: \"seeds\")");
  eval_cmd->add_option("FILE", eval.paths, "plan files or folders")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; a usage error exits 2, like a run that could not start.
    return app.exit(e) == 0 ? 0 : 2;
  }

  ntmx::UseCheckedStdout();  // after parsing: --help and usage errors print as CLI11 does
  int code = 2;
  if (*extract_cmd) code = ntmx::RunExtract(common, extract);
  if (*ingest_cmd) code = ntmx::RunIngest(common, ingest);
  if (*sql_cmd) code = ntmx::RunSql(common, sql);
  if (*tree_cmd) code = ntmx::RunTree(common, tree);
  if (*rules_cmd) code = ntmx::RunRulesCheck(common);
  if (*audit_cmd) code = ntmx::RunAudit(common, audit);
  if (*places_cmd) code = ntmx::RunPlaces(common, places);
  if (*report_cmd) code = ntmx::RunReport(common, report);
  if (*query_cmd) code = ntmx::RunQuery(common, query);
  if (*eval_cmd) code = ntmx::RunEval(common, eval);
  if (*export_cmd) code = ntmx::RunExport(common, export_options);
  if (*migrate_cmd) code = ntmx::RunMigrate(common, migrate);
  // Output that did not reach its file (a full disk) is a failure, never exit 0.
  return ntmx::FinishStdout(code);
}
