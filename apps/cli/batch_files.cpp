#include "batch_files.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace acquis::cli {

struct FileNamer::Impl {
  std::unique_ptr<icu::Transliterator> to_ascii;
};

FileNamer::FileNamer() : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  // Any-Latin first: a name in another script still gives letters, not dashes.
  impl_->to_ascii.reset(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) impl_->to_ascii.reset();
}

FileNamer::~FileNamer() {
  delete impl_;
}

std::string FileNamer::ascii_words(const std::string& text) const {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  if (impl_->to_ascii) impl_->to_ascii->transliterate(unicode);
  std::string converted, words;
  unicode.toUTF8String(converted);
  for (char c : converted) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      words += c;
    else if (!words.empty() && words.back() != '-')
      words += '-';
  }
  while (!words.empty() && words.back() == '-') words.pop_back();
  return words;
}

std::string FileNamer::file_name(const std::string& document, const Candidate& c) const {
  std::string person = ascii_words(c.family_name + " " + c.given_name);
  if (person.size() > 60) person.resize(60);  // file systems limit names to 255 bytes
  // The code permanent is 4 capitals and 8 digits (checked when read): safe as it is.
  return document + "_" + (person.empty() ? "x" : person) + "_" + c.permanent_code + ".pdf";
}

std::size_t remove_leftovers(const std::filesystem::path& folder) {
  std::size_t removed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 8 && name.compare(name.size() - 8, 8, ".pdf.tmp") == 0 &&
        std::filesystem::remove(entry.path(), error))
      ++removed;
  }
  return removed;
}

}  // namespace acquis::cli
