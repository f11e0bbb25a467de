// File names of a person's documents: safe on every system, predictable, one per person.
// Internal to app/: Workspace::file_name is the way in.
#pragma once

#include <acquis/data.hpp>

#include <string>

namespace acquis::app {

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

}  // namespace acquis::app
