// Typography pass: turns typed text (straight quotes, plain spaces) into typeset text following
// the locale's rules. French (OQLF practice): no-break space before ':', narrow no-break spaces
// inside « », none (fr-CA) or a narrow one (fr-FR) before ; ! ?, typographic apostrophe,
// no-break space between a number and its unit, narrow no-break thousands separator.
// English: curly quotes and apostrophes, no space before punctuation, number–unit no-break space.
// The pass is idempotent: applying it twice changes nothing more.
#pragma once

#include <string>
#include <string_view>

namespace acquis {

struct TypographyRules {
  bool french = true;
  bool narrow_space_before_high_punctuation = false;  // ; ! ?  (fr-FR: true; fr-CA: false)
};

TypographyRules typography_rules(std::string_view locale);
std::string apply_typography(std::string_view text, const TypographyRules& rules);

inline constexpr char32_t kNoBreakSpace = 0x00A0;
inline constexpr char32_t kNarrowNoBreakSpace = 0x202F;

}  // namespace acquis
