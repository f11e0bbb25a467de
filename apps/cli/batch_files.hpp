// File names of a batch: safe on every system, predictable, one per candidate.
#pragma once

#include <acquis/data.hpp>

#include <filesystem>
#include <string>

namespace acquis::cli {

// Turns names into plain lowercase ASCII words: "Côté-Bérubé Éloïse" → "cote-berube-eloise".
// Not thread-safe (one transliterator): make the names before the workers start.
class FileNamer {
 public:
  FileNamer();
  ~FileNamer();
  FileNamer(const FileNamer&) = delete;
  FileNamer& operator=(const FileNamer&) = delete;

  // "attestation_cote-berube-eloise_COTE12345678.pdf"
  std::string file_name(const std::string& document, const Candidate& candidate) const;

 private:
  std::string ascii_words(const std::string& text) const;
  struct Impl;
  Impl* impl_;
};

// Removes the temporary files an interrupted batch left in `folder` (*.pdf.tmp); returns how
// many.
std::size_t remove_leftovers(const std::filesystem::path& folder);

}  // namespace acquis::cli
