#include "web_assets.hpp"

#include <fstream>
#include <sstream>

namespace acquis::serve {

std::map<std::string, WebAsset> load_web_assets(const std::string& folder) {
  struct Known {
    const char *url, *file, *type;
  };
  static constexpr Known kFiles[] = {
      {"/", "index.html", "text/html; charset=utf-8"},
      {"/app.js", "app.js", "text/javascript; charset=utf-8"},
      {"/dossiers.js", "dossiers.js", "text/javascript; charset=utf-8"},
      {"/style.css", "style.css", "text/css; charset=utf-8"},
  };
  std::map<std::string, WebAsset> assets;
  for (const Known& known : kFiles) {
    std::ifstream in(folder + "/" + known.file, std::ios::binary);
    if (!in) continue;
    std::stringstream body;
    body << in.rdbuf();
    assets[known.url] = {known.type, body.str()};
  }
  return assets;
}

}  // namespace acquis::serve
