// The web page's files (web/index.html, app.js, style.css), read once at start. Only these
// names are served: nothing in a URL becomes a path on disk.
#pragma once

#include <map>
#include <string>

namespace acquis::serve {

struct WebAsset {
  std::string content_type, body;
};

// By URL path ("/", "/app.js", "/style.css"); empty when the folder lacks them.
std::map<std::string, WebAsset> load_web_assets(const std::string& folder);

}  // namespace acquis::serve
