// The bad-input suite's harness: a copy of the sample data to damage, the command line run on
// it in French then in English, and what every refusal must hold — its exit status, its message
// in the user's language with the position, no crash, nothing written, no personal data shown.
#pragma once

#include <string>
#include <vector>

namespace acquis::test {

// A copy of samples/ (or of another folder) that a case damages.
class Damaged {
 public:
  explicit Damaged(const std::string& name, const std::string& from = "samples");
  const std::string& dir() const { return dir_; }
  std::string path(const std::string& file) const { return dir_ + "/" + file; }
  // The first `from` of `file` becomes `to` (bytes; the case fails if `from` is absent).
  Damaged& replace(const std::string& file, const std::string& from, const std::string& to);
  Damaged& write(const std::string& file, const std::string& bytes);

 private:
  std::string dir_;
};

// What a refused command must print, in each language (substrings of stderr, all of them).
struct Refusal {
  int exit_code = 1;
  std::vector<std::string> french, english;
  std::vector<std::string> never_shown;  // personal data the messages must not carry
};

// Runs `acquis ARGUMENTS` with "{out}" replaced by an empty folder, French then with --anglais,
// and checks the refusal; then that the output folder is still empty and that no file of
// `watched` (a folder, e.g. the data) changed.
void expect_refused(const std::string& arguments, const Refusal& refusal,
                    const std::string& watched = {});

// The files of a folder with their sizes and times, to see that nothing changed.
std::string folder_state(const std::string& dir);

}  // namespace acquis::test
