// What one run of the command line or of the service works with, once its options are read:
// the data folder, the resources, the language of the documents and the date of the day.
#pragma once

#include <acquis/app/resources.hpp>
#include <acquis/language.hpp>

#include <string>

namespace acquis::app {

struct RunConfig {
  std::string data_directory = ".";
  std::string candidates_file;  // instead of the data folder's
  ResourcePaths resources;
  Language language = Language::French;  // of the documents
  std::string date;                      // YYYY-MM-DD for "today"; empty: the local date
  bool deterministic = false;            // fixed date and document ids: same input, same bytes
};

// The date the documents are made on: the fixed date in deterministic mode, else the date
// given, else the local date.
std::string today(const RunConfig& config);

// The local time now in strftime's `format` (thread-safe).
std::string local_time(const char* format);

}  // namespace acquis::app
