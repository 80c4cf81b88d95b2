// Standard output that knows whether everything written to it arrived.
//
// `ntmx extract … > /dev/full` (and sql, query, audit on a full disk) used to exit
// 0 with a cut file: std::cout's errors are sticky flags nobody looked at, and the
// reason (errno) is gone by the time anyone looks. UseCheckedStdout() gives
// std::cout a buffer that writes to file descriptor 1 itself and keeps the first
// error; FinishStdout() flushes it at the end of the command and turns an error
// into one line and exit 1:
//
//   ntmx: cannot write to standard output: No space left on device
//
//   UseCheckedStdout();                 // in main, once the command line is parsed
//   int code = RunExtract(...);
//   return FinishStdout(code);
#pragma once

namespace ntmx {

// Routes std::cout through the checked buffer (64 KB, written with write(2)).
void UseCheckedStdout();

// Whether standard output still takes what is written to it: a long command (an
// extract of a folder, a query of a million rows) stops early when not.
bool StdoutWritable();

// Flushes standard output; when any write to it failed, prints one line saying why
// and returns 1 in place of a 0 `exit_code`; otherwise returns `exit_code`.
int FinishStdout(int exit_code);

}  // namespace ntmx
