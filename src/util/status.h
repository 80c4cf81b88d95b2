// Status: the outcome of an operation that can fail on bad input.
//
// Stages never throw on bad documents; they return a Status whose message names
// the problem in words a user can act on ("invalid UTF-8 at byte 1234"). The CLI
// prefixes the file name. Modelled on leveldb::Status, reduced to what ntmx needs.
#pragma once

#include <string>
#include <utility>

namespace ntmx {

class Status {
 public:
  enum class Code { kOk, kInvalidInput, kUnsupported, kNotFound, kIoError, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The problem in one line, without the file name; empty when ok().
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace ntmx
