#include "serve_command.hpp"

#include "session.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace acquis::cli {

// The server is its own program (it links an HTTP library the command line does not need):
// `acquis serve …` becomes the `acquis-serve` found beside this binary.
int serve(int argc, char** argv) {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  const std::string server = (self.parent_path() / "acquis-serve").string();
  std::vector<char*> arguments{const_cast<char*>(server.c_str())};
  for (int i = 2; i < argc; ++i) arguments.push_back(argv[i]);
  arguments.push_back(nullptr);
  execv(server.c_str(), arguments.data());
  const int error_number = errno;
  const Arguments args = parse_arguments(argc, argv);
  std::fprintf(stderr, "acquis: %s\n",
               say(args, "cli.cannot-start-server",
                   {{"path", server}, {"reason", std::string(std::strerror(error_number))}})
                   .c_str());
  return 1;
}

}  // namespace acquis::cli
