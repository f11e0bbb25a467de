#include "server_process.hpp"

#include "tools.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <chrono>
#include <cstdlib>
#include <thread>

namespace acquis::test {

ServerProcess::ServerProcess(std::vector<std::string> options,
                             std::vector<std::string> environment) {
  // A server that closes a connection it refused makes a write to it fail: the test hears it
  // as an error, not as a signal that ends it.
  signal(SIGPIPE, SIG_IGN);
  static int count = 0;
  log_path_ =
      output_dir() + "/serve-" + std::to_string(getpid()) + "-" + std::to_string(++count) + ".log";
  options.insert(options.begin(), {ACQUIS_SERVE, "--port", "0"});
  pid_ = fork();
  if (pid_ == 0) {
    const int log = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(log, 2);
    for (std::string& variable : environment) putenv(variable.data());
    std::vector<char*> argv;
    for (std::string& option : options) argv.push_back(option.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  const std::string marker = "http://127.0.0.1:";
  for (int i = 0; i < 200 && port_ == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    const std::string text = log();
    // The whole line: the log may be read while the port is half written.
    const std::size_t at = text.find(marker);
    if (at != std::string::npos && text.find('/', at + marker.size()) != std::string::npos)
      port_ = std::atoi(text.c_str() + at + marker.size());
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      break;
    }
  }
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) stop();
}

std::unique_ptr<httplib::Client> ServerProcess::client() const {
  auto client = std::make_unique<httplib::Client>("127.0.0.1", port_);
  client->set_read_timeout(30, 0);
  return client;
}

int ServerProcess::stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void ServerProcess::kill_now() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

std::string ServerProcess::log() const {
  return read_file(log_path_);
}

}  // namespace acquis::test
