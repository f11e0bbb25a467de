#include "text/line_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <map>
#include <memory>
#include <string>

namespace acquis {

namespace {

// Creating a line iterator costs far more than using one: keep one per locale and thread.
icu::BreakIterator* iterator_for(std::string_view locale) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> iterators;
  auto& slot = iterators[std::string(locale)];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale icu_locale = icu::Locale::forLanguageTag(std::string(locale), status);
    status = U_ZERO_ERROR;
    slot.reset(icu::BreakIterator::createLineInstance(icu_locale, status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

}  // namespace

std::vector<BreakOpportunity> line_break_opportunities(std::string_view text,
                                                       std::string_view locale) {
  std::vector<BreakOpportunity> out;
  icu::BreakIterator* iterator = iterator_for(locale);
  if (!iterator) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return out;
  iterator->setText(utext, status);
  for (int32_t pos = iterator->next(); pos != icu::BreakIterator::DONE; pos = iterator->next())
    out.push_back({static_cast<std::size_t>(pos), iterator->getRuleStatus() >= UBRK_LINE_HARD});
  utext_close(utext);
  return out;
}

}  // namespace acquis
