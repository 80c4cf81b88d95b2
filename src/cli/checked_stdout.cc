// See checked_stdout.h.
#include "cli/checked_stdout.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>

namespace ntmx {
namespace {

// std::cout's buffer: bytes go to fd 1 with write(2); the first error is kept and
// what fails to be written is dropped (the run is failing anyway), so memory stays
// bounded while the command notices and stops.
class CheckedBuffer : public std::streambuf {
 public:
  CheckedBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }

  int sync() override {
    const char* p = pbase();
    while (error_ == 0 && p < pptr()) {
      const ssize_t n = ::write(STDOUT_FILENO, p, static_cast<size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error_ = errno;
      } else {
        p += n;
      }
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0 ? 0 : -1;
  }

 private:
  char buffer_[1 << 16];
  int error_ = 0;
};

CheckedBuffer* Buffer() {
  static CheckedBuffer buffer;
  return &buffer;
}

}  // namespace

void UseCheckedStdout() { std::cout.rdbuf(Buffer()); }

bool StdoutWritable() { return std::cout.good() && Buffer()->error() == 0; }

int FinishStdout(int exit_code) {
  std::cout.flush();
  if (std::cout.good() && Buffer()->error() == 0) return exit_code;
  const int err = Buffer()->error();
  std::cerr << "ntmx: cannot write to standard output: "
            << (err != 0 ? std::strerror(err) : "a write failed; the output is incomplete") << '\n';
  return exit_code == 0 ? 1 : exit_code;
}

}  // namespace ntmx
