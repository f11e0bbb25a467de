// A table written as CSV for a spreadsheet set to French: semicolons, CRLF, a byte-order mark
// (so that it opens as UTF-8 columns), fields quoted when needed (RFC 4180).
#pragma once

#include "arguments.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace acquis::cli {

class CsvTable {
 public:
  explicit CsvTable(const std::vector<std::string>& header);
  void row(const std::vector<std::string>& fields);
  // Writes to --sortie (standard output by default); says "PATH (COUNT …)" with `written_id`.
  int write(const Arguments& args, const char* written_id) const;

 private:
  std::ostringstream text_;
  std::size_t rows_ = 0;
};

}  // namespace acquis::cli
