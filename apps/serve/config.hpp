// The server's configuration: a JSON file naming the data folder, the resource folders and the
// limits; every key is optional. The bearer token may come from ACQUIS_JETON instead, to keep
// it out of files and process lists.
#pragma once

#include <acquis/app/run_config.hpp>
#include <acquis/messages.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace acquis::serve {

struct ServeConfig {
  app::RunConfig run;                 // data folder and resource folders (empty: found)
  std::string address = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8088;
  std::string token;  // empty: no authentication
  // Named users, each with their own token ("utilisateurs": {"julie.tremblay": "…"}): the
  // access journal says who. ACQUIS_JETON's token is the user "jeton-partage".
  std::map<std::string, std::string> users;  // name → token
  bool authenticates() const { return !token.empty() || !users.empty(); }
  // The names this service answers to (the Host of a request, the Origin of a change); empty:
  // localhost, 127.0.0.1, ::1 and the listening address.
  std::vector<std::string> host_names;
  // Where merged batches are written before they are sent: a folder of this process inside it,
  // private (0700), emptied at start of what a stopped process left. Empty: $TMPDIR or /tmp.
  std::string temp_directory;
  std::size_t max_body_bytes = 2 << 20;  // larger requests get 413 (a 1 MB logo in base64 fits)
  unsigned renders = 0;                  // renders at once; 0: every core but one
  unsigned queue = 64;                   // renders waiting beyond that get 503
  int request_seconds = 30;              // write and waiting time limit
  int read_seconds = 10;                 // the longest wait for the next bytes of a request
  unsigned connections = 1024;           // connections read and answered at once
  int stop_seconds = 30;                 // after SIGTERM, how long answers under way may take
};

// The names a request's Host may carry: the configured ones, or loopback's and the address.
std::vector<std::string> accepted_host_names(const ServeConfig& config);

// Reads `path` over the defaults. False with `error` (a message id) and its arguments (the
// file, line and column, the key) when the file cannot be read, is not JSON or holds a wrong
// value.
bool load_config(const std::string& path, ServeConfig& config, std::string& error,
                 MessageArgs& error_args);

}  // namespace acquis::serve
