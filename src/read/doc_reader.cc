// See doc_reader.h.
#include "read/doc_reader.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <vector>

extern char** environ;

namespace ntmx {
namespace {

Status Errno(const std::string& what) {
  return Status::IoError(what + ": " + std::strerror(errno));
}

// A private temporary file holding the bytes; removed when it goes out of scope.
class TempFile {
 public:
  TempFile() = default;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }

  Status Write(std::string_view bytes) {
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    std::string name = (dir / "ntmx-doc-XXXXXX").string();
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);  // mode 0600
    if (fd < 0) return Errno("cannot make a temporary file for antiword");
    path_ = name;
    size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        const Status s = Errno("cannot write the temporary file for antiword");
        ::close(fd);
        return s;
      }
      done += static_cast<size_t>(n);
    }
    ::close(fd);
    return Status::Ok();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Pipe {
  int read = -1, write = -1;
  ~Pipe() {
    if (read >= 0) ::close(read);
    if (write >= 0) ::close(write);
  }
  Status Open() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return Errno("cannot make a pipe for antiword");
    read = fds[0];
    write = fds[1];
    return Status::Ok();
  }
};

std::string FirstLine(const std::string& text) {
  const size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return "no message";
  const size_t end = text.find_first_of("\r\n", start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Reads stdout and stderr of the child until both close, the deadline passes or the
// output outgrows its bound. Returns false on the deadline; *too_large on the bound.
bool Collect(int out_fd, int err_fd, const DocReadOptions& options, std::string* out,
             std::string* err, bool* too_large) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::duration<double>(options.max_seconds);
  std::vector<pollfd> fds = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  int open = 2;
  char buffer[1 << 15];
  while (open > 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return ready == 0 ? false : true;
    for (size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fds[i].fd = -1;
        --open;
        continue;
      }
      std::string* sink = i == 0 ? out : err;
      if (i == 1 && err->size() > 4096) continue;  // only its first line is used
      sink->append(buffer, static_cast<size_t>(n));
      if (out->size() > options.max_bytes) {
        *too_large = true;
        return true;
      }
    }
  }
  return true;
}

}  // namespace

bool StartsWithOle2Magic(std::string_view bytes) {
  return bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

Status ReadDoc(std::string_view bytes, const DocReadOptions& options, std::string* utf8) {
  utf8->clear();
  TempFile file;
  if (Status s = file.Write(bytes); !s.ok()) return s;
  Pipe out, err;
  if (Status s = out.Open(); !s.ok()) return s;
  if (Status s = err.Open(); !s.ok()) return s;

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.write, 1);
  posix_spawn_file_actions_adddup2(&actions, err.write, 2);
  std::string program = options.antiword;
  std::string map = "-m", map_name = "UTF-8.txt", width = "-w", zero = "0";
  std::string path = file.path();
  std::vector<char*> argv = {program.data(), map.data(),  map_name.data(), width.data(),
                             zero.data(),    path.data(), nullptr};
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == ENOENT) {
    return Status::Unsupported("reading .doc needs antiword (apt-get install antiword)");
  }
  if (spawned != 0) {
    return Status::IoError(std::string("cannot run antiword: ") + std::strerror(spawned));
  }
  ::close(out.write);
  out.write = -1;
  ::close(err.write);
  err.write = -1;

  std::string text, messages;
  bool too_large = false;
  const bool in_time = Collect(out.read, err.read, options, &text, &messages, &too_large);
  if (!in_time || too_large) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!in_time) {
    std::ostringstream seconds;
    seconds << options.max_seconds;
    return Status::InvalidInput("antiword took more than " + seconds.str() +
                                " s on the .doc; stopped");
  }
  if (too_large) {
    return Status::InvalidInput("antiword's output is larger than " +
                                std::to_string(options.max_bytes) + " bytes");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    // posix_spawnp reports a missing program as ENOENT on glibc; a shell-less exec
    // failure elsewhere shows as exit status 127.
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
      return Status::Unsupported("reading .doc needs antiword (apt-get install antiword)");
    }
    return Status::InvalidInput("antiword could not read the .doc: " + FirstLine(messages));
  }
  *utf8 = std::move(text);
  return Status::Ok();
}

}  // namespace ntmx
