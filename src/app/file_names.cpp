#include "app/file_names.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace acquis::app {

struct FileNamer::Impl {
  // Made on first need: building it costs ten times a whole certificate, and most names are
  // Latin letters that strip_accents turns into ASCII.
  std::unique_ptr<icu::Transliterator> to_ascii;
  bool tried = false;
  const icu::Normalizer2* decompose = nullptr;  // NFD, owned by ICU

  icu::Transliterator* transliterator() {
    if (!tried) {
      tried = true;
      UErrorCode status = U_ZERO_ERROR;
      // Any-Latin first: a name in another script still gives letters, not dashes.
      to_ascii.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower",
                                                         UTRANS_FORWARD, status));
      if (U_FAILURE(status)) to_ascii.reset();
    }
    return to_ascii.get();
  }
};

namespace {

// Most names are Latin letters with accents: decomposed, without their marks, they are ASCII
// (punctuation apart). False, and the transliterator's turn, when another letter is left.
bool strip_accents(const icu::Normalizer2& decompose, const std::string& text, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decomposed =
      decompose.normalize(icu::UnicodeString::fromUTF8(text), status);
  if (U_FAILURE(status)) return false;
  out.clear();
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t c = decomposed[i];
    if (c >= 0x0300 && c <= 0x036F) continue;  // combining diacritical marks
    if (c >= 0x80) {
      if (U16_IS_SURROGATE(c) || u_isalnum(c)) return false;  // a letter to transliterate
      out += ' ';  // an apostrophe, a dash, a space: between words
      continue;
    }
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return true;
}

}  // namespace

FileNamer::FileNamer() : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->decompose = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) impl_->decompose = nullptr;
}

FileNamer::~FileNamer() {
  delete impl_;
}

std::string FileNamer::ascii_words(const std::string& text) const {
  std::string converted, words;
  if (!impl_->decompose || !strip_accents(*impl_->decompose, text, converted)) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    if (icu::Transliterator* to_ascii = impl_->transliterator()) to_ascii->transliterate(unicode);
    converted.clear();
    unicode.toUTF8String(converted);
  }
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

}  // namespace acquis::app
