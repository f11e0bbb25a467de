// What paragraphs are laid out with besides their text: the fonts, and the folder of the
// hyphenation patterns. The engine owns them; every layout reads them.
#pragma once

#include "fonts/font_library.hpp"

#include <string>

namespace acquis {

struct TextResources {
  const FontLibrary& fonts;
  std::string hyphenation_directory;  // hyph_fr.dic, hyph_en_US.dic
};

}  // namespace acquis
