#include "private_folder.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace acquis::serve {

namespace {

namespace fs = std::filesystem;

// A folder that is ours alone: made 0700, or found as a real folder (not a link) owned by us,
// then set to 0700.
bool make_private(const std::string& path) {
  if (mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) return false;
  struct stat status {};
  if (lstat(path.c_str(), &status) != 0 || !S_ISDIR(status.st_mode) || status.st_uid != geteuid())
    return false;
  return (status.st_mode & 0777) == 0700 || chmod(path.c_str(), 0700) == 0;
}

// A process still running under that number: not a zombie (killed, not yet reaped), and a
// process, not one of another process's threads.
bool running(const std::string& name) {
  char* end = nullptr;
  const long pid = std::strtol(name.c_str(), &end, 10);
  if (name.empty() || *end != '\0' || pid <= 0) return false;
  std::ifstream status("/proc/" + name + "/status");
  if (!status) return kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
  bool alive = true, process = false;
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("State:", 0) == 0) alive = line.find('Z') == std::string::npos;
    if (line.rfind("Tgid:", 0) == 0) process = std::strtol(line.c_str() + 5, nullptr, 10) == pid;
  }
  return alive && process;
}

// What stopped processes left: every entry but those of processes still running.
void remove_leftovers(const fs::path& folder) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name != std::to_string(getpid()) && running(name)) continue;
    fs::remove_all(entry.path(), error);
  }
}

}  // namespace

bool PrivateFolder::open(const std::string& base, std::string& error, std::string& where) {
  std::string root = base;
  if (root.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    root = tmp && *tmp ? tmp : "/tmp";
  }
  const fs::path shared = fs::path(root) / ("acquis-serve-" + std::to_string(geteuid()));
  where = shared.string();
  if (!make_private(shared.string())) return error = "service.temp-not-private", false;
  remove_leftovers(shared);
  const fs::path own = shared / std::to_string(getpid());
  where = own.string();
  if (!make_private(own.string())) return error = "service.temp-not-private", false;
  path_ = own.string();
  return true;
}

PrivateFolder::~PrivateFolder() {
  std::error_code error;
  if (!path_.empty()) fs::remove_all(path_, error);
}

std::string PrivateFolder::new_file(const std::string& suffix) {
  return path_ + "/" + std::to_string(next_++) + suffix;
}

}  // namespace acquis::serve
