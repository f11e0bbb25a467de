#include "fonts/font_library.hpp"

#include <pugixml.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace acquis {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

int style_index(bool bold, bool italic) {
  return (bold ? 1 : 0) + (italic ? 2 : 0);
}

int parse_style(const std::string& style) {
  if (style == "bold") return 1;
  if (style == "italic") return 2;
  if (style == "bold-italic") return 3;
  return style == "regular" ? 0 : -1;
}

}  // namespace

std::unique_ptr<FontLibrary> FontLibrary::load(const std::string& config_path, Diagnostics& diags) {
  pugi::xml_document xml;
  const pugi::xml_parse_result parsed = xml.load_file(config_path.c_str());
  if (!parsed) {
    diags.error("font-config", {{"detail", std::string(parsed.description())}}, config_path);
    return nullptr;
  }
  auto library = std::unique_ptr<FontLibrary>(new FontLibrary());
  const fs::path base = fs::path(config_path).parent_path();
  const pugi::xml_node root = xml.child("fonts");
  for (const pugi::xml_node family : root.children("family")) {
    const std::string name = family.attribute("name").value();
    for (const pugi::xml_node face_node : family.children("face")) {
      const std::string style = face_node.attribute("style").as_string("regular");
      const fs::path path = base / face_node.attribute("path").value();
      const int index = parse_style(style);
      const std::string file = path.lexically_normal().string();
      if (index < 0 || access(file.c_str(), R_OK) != 0) {
        diags.error("font-missing", {{"path", path.string()}, {"family", name}, {"style", style}},
                    config_path);
        continue;
      }
      library->add_face(name, index, std::make_shared<const LazyFace>(file));
    }
  }
  for (const pugi::xml_node fallback : root.children("fallback"))
    library->fallback_.push_back(lower(fallback.attribute("family").value()));
  library->scan_user_fonts(base.empty() ? "." : base.string());
  for (const std::string& name : library->fallback_)
    if (!library->has_family(name)) diags.error("font-fallback", {{"family", name}}, config_path);
  if (diags.has_errors()) return nullptr;
  return library;
}

void FontLibrary::add_face(const std::string& family, int style,
                           std::shared_ptr<const LazyFace> face) {
  families_[lower(family)].faces[style] = std::move(face);
}

const FontFace* FontLibrary::LazyFace::get() const {
  std::call_once(once_, [this] { face_ = cached_face(path_); });
  return face_.get();
}

const FontFace* FontLibrary::style(const Family& family, int index) const {
  return family.faces[index] ? family.faces[index]->get() : nullptr;
}

// Any .ttf beside the configuration joins the library under the family name it declares.
void FontLibrary::scan_user_fonts(const std::string& directory) {
  std::error_code error;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(directory, error))
    if (entry.path().extension() == ".ttf" || entry.path().extension() == ".TTF")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());  // deterministic when two files claim one style
  for (const fs::path& file : files) {
    auto face = cached_face(file.string());
    if (!face || face->family_name().empty()) continue;
    add_face(face->family_name(), style_index(face->bold, face->italic),
             std::make_shared<const LazyFace>(face));
  }
}

bool FontLibrary::has_family(const std::string& family) const {
  return families_.count(lower(family)) != 0;
}

const FontFace* FontLibrary::face(const FaceRequest& request) const {
  const auto it = families_.find(lower(request.family));
  if (it == families_.end()) return nullptr;
  const Family& family = it->second;
  if (const FontFace* exact = style(family, style_index(request.bold, request.italic)))
    return exact;
  if (request.bold)
    if (const FontFace* bold = style(family, 1)) return bold;
  if (request.italic)
    if (const FontFace* italic = style(family, 2)) return italic;
  return style(family, 0);
}

std::vector<const FontFace*> FontLibrary::chain(const FaceRequest& request) const {
  std::vector<const FontFace*> faces;
  if (const FontFace* first = face(request)) faces.push_back(first);
  for (const std::string& family : fallback_) {
    const FontFace* next = face({family, request.bold, request.italic});
    if (next && std::find(faces.begin(), faces.end(), next) == faces.end()) faces.push_back(next);
  }
  return faces;
}

std::vector<std::string> FontLibrary::family_names() const {
  std::vector<std::string> names;
  for (const auto& [name, family] : families_) names.push_back(name);
  return names;
}

}  // namespace acquis
