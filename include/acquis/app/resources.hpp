// Where the program finds what it reads besides the data: templates, message catalogs, fonts,
// the web page and the hyphenation patterns. A folder given is used as it is; one not given is
// looked for in the current folder, then in PREFIX/share/acquis beside the running program
// (PREFIX/bin), then where Acquis was configured to be installed, then in the source tree the
// binary was built from (so that build/release/apps/acquis works from anywhere).
#pragma once

#include <string>

namespace acquis::app {

struct ResourcePaths {
  std::string templates;    // templates/
  std::string locales;      // locales/: the documents' message catalogs
  std::string fonts;        // fonts/: fonts.xml and any font dropped there
  std::string web;          // web/: the service's page
  std::string hyphenation;  // hyph_fr.dic, hyph_en_US.dic; default: Debian's /usr/share/hyphen
};

// `given` with every empty folder filled in. A folder found nowhere keeps its plain name, so
// that the error about it names it as the user knows it.
ResourcePaths find_resources(ResourcePaths given);

}  // namespace acquis::app
