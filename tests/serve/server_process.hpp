// An acquis-serve process for the tests: started on a free loopback port, its stderr (the
// access log) kept in a file, stopped with SIGTERM.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <vector>

namespace acquis::test {

class ServerProcess {
 public:
  // `options` after the program name, e.g. {"--donnees", "samples"}; `environment` adds
  // variables ("ACQUIS_JETON=…").
  explicit ServerProcess(std::vector<std::string> options,
                         std::vector<std::string> environment = {});
  ~ServerProcess();

  bool started() const { return port_ > 0; }
  int port() const { return port_; }
  std::unique_ptr<httplib::Client> client() const;
  int pid() const { return pid_; }
  // Sends SIGTERM and waits; the exit status.
  int stop();
  // SIGKILL, as a crash or the OOM killer would: nothing of the server's own runs.
  void kill_now();
  std::string log() const;  // what the server wrote on stderr

 private:
  int pid_ = -1, port_ = 0;
  std::string log_path_;
};

}  // namespace acquis::test
