// The server's configuration: a JSON file naming the data folder, the resource folders and the
// limits; every key is optional. The bearer token may come from ACQUIS_JETON instead, to keep
// it out of files and process lists.
#pragma once

#include <acquis/app/run_config.hpp>
#include <acquis/messages.hpp>

#include <cstddef>
#include <string>

namespace acquis::serve {

struct ServeConfig {
  app::RunConfig run;                 // data folder and resource folders (empty: found)
  std::string address = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8088;
  std::string token;                     // empty: no authentication
  std::size_t max_body_bytes = 1 << 20;  // larger requests get 413
  unsigned renders = 0;                  // renders at once; 0: every core but one
  unsigned queue = 64;                   // renders waiting beyond that get 503
  int request_seconds = 30;              // read, write and waiting time limit
};

// Reads `path` over the defaults. False with `error` (a message id) and its arguments (the
// file, line and column, the key) when the file cannot be read, is not JSON or holds a wrong
// value.
bool load_config(const std::string& path, ServeConfig& config, std::string& error,
                 MessageArgs& error_args);

}  // namespace acquis::serve
