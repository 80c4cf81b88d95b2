// See file_replace.h.
#include "cli/file_replace.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

namespace ntmx {
namespace {

Status Errno(const char* what, int err) {
  return Status::IoError(std::string(what) + ": " + std::strerror(err));
}

// Writes every byte to `fd`; on failure returns errno.
int WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return 0;
}

// A target that is a device, a FIFO or a terminal: written as it is.
Status WriteInPlace(const std::string& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Errno("cannot open", errno);
  const int err = WriteAll(fd, bytes);
  const int closed = ::close(fd) == 0 ? 0 : errno;
  if (err != 0) return Errno("cannot write", err);
  if (closed != 0) return Errno("cannot write", closed);
  return Status::Ok();
}

mode_t NewFileMode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

Status WriteFileReplacing(const std::string& link_or_path, std::string_view bytes) {
  // A link is followed: the file it names is replaced, the link stays a link.
  std::string path = link_or_path;
  struct stat link;
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    std::error_code ec;
    const std::filesystem::path real = std::filesystem::canonical(path, ec);
    if (!ec) path = real.string();
  }
  struct stat st;
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) return Status::InvalidInput("is a directory, not a file");
    return WriteInPlace(path, bytes);
  }
  const std::filesystem::path target(path);
  const std::filesystem::path dir =
      target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  const std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> temp(pattern.begin(), pattern.end());
  temp.push_back('\0');
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return Errno("cannot create a temporary file beside it", errno);
  int err = ::fchmod(fd, exists ? (st.st_mode & 07777) : NewFileMode()) == 0 ? 0 : errno;
  const char* step = "cannot set its permissions";
  if (err == 0) {
    step = "cannot write";
    err = WriteAll(fd, bytes);
  }
  if (err == 0 && ::fsync(fd) != 0) err = errno;  // a full disk may only say so here
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err == 0 && ::rename(temp.data(), path.c_str()) != 0) {
    step = "cannot replace it";
    err = errno;
  }
  if (err == 0) return Status::Ok();
  ::unlink(temp.data());
  return Errno(step, err);
}

}  // namespace ntmx
