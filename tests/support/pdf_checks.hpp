// Checks on a produced PDF with the independent tools: validity, fonts, word boxes.
#pragma once

#include <string>
#include <vector>

namespace acquis::test {

struct Word {
  int page;  // from 1
  double x_min, y_min, x_max, y_max;
  std::string text;
};

// Every word with its box, from `pdftotext -bbox`.
std::vector<Word> words(const std::string& pdf);

// The text of one page (from 1), from `pdftotext -f N -l N`.
std::string page_text(const std::string& pdf, int page);

int page_count(const std::string& pdf);

// qpdf finds no error; pdftotext, pdftoppm, pdffonts and pdfinfo succeed and print nothing on
// stderr (where poppler warns).
void check_valid(const std::string& pdf);

// Every font a CID TrueType subset, Identity-H, embedded with a Unicode map.
void check_fonts_embedded(const std::string& pdf);

// Every word at least `margin` points inside its page (nothing runs off it).
void check_words_on_page(const std::string& pdf, double margin);

}  // namespace acquis::test
