#include "core/folding.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace acquis {

std::string fold_for_matching(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = nfd ? nfd->normalize(icu::UnicodeString::fromUTF8(text), status)
                                      : icu::UnicodeString::fromUTF8(text);
  if (U_FAILURE(status)) decomposed = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length(); ++i)
    if (u_getCombiningClass(decomposed.charAt(i)) == 0) out += decomposed.charAt(i);
  out.findAndReplace(u"\u2019", u"'");
  std::string utf8;
  out.foldCase().trim().toUTF8String(utf8);
  return utf8;
}

}  // namespace acquis
