// Shorthands for building inline runs.
#include <acquis/blocks.hpp>

namespace acquis {

Run text_run(std::string text, std::string source) {
  Run run;
  run.text = std::move(text);
  run.source = std::move(source);
  return run;
}

Run bold_run(std::string text, std::string source) {
  Run run = text_run(std::move(text), std::move(source));
  run.style.bold = true;
  return run;
}

Run italic_run(std::string text, std::string source) {
  Run run = text_run(std::move(text), std::move(source));
  run.style.italic = true;
  return run;
}

Run page_number_run() {
  Run run;
  run.field = PageField::PageNumber;
  return run;
}

Run page_count_run() {
  Run run;
  run.field = PageField::PageCount;
  return run;
}

}  // namespace acquis
