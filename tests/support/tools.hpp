// Test helpers: run the independent PDF tools (poppler, qpdf) and normalise their text.
#pragma once

#include <acquis/acquis.hpp>

#include <string>
#include <vector>

namespace acquis::test {

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};

CommandResult run(const std::string& command);
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::vector<std::uint8_t>& bytes);

// Folds every Unicode space (poppler flattens U+00A0 and U+202F anyway) and line end into one
// ASCII space, and drops the soft hyphens that mark hyphenated line ends.
std::string normalize_text(const std::string& text);

// The pages of pdftotext's output, split at its form feeds.
std::vector<std::string> pages_of(const std::string& text);

// One engine for the whole test run (fonts parsed once), deterministic output.
const Engine& engine();
// The font library behind it, for stage-level tests.
std::string fonts_config();

// A fresh copy of samples/ in output_dir()/`name`, for a test to change; its path.
std::string copy_of_samples(const std::string& name);

std::string base64(const std::string& bytes);

// Where this test process writes its files (inside the build tree, one folder per process).
std::string output_dir();

}  // namespace acquis::test
