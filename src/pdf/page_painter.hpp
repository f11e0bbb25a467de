// Paints one page frame onto a new libharu page; shares fonts and images across the document.
#pragma once

#include "core/diagnostics.hpp"
#include "frame/frame.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/form_writer.hpp"
#include "pdf/structure_writer.hpp"

#include <hpdf.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace acquis::pdf {

// The document's fonts in order of first use: they are finished (and their objects numbered)
// in that order, which must not depend on where the faces sit in memory.
using FontList = std::vector<std::pair<const FontFace*, std::unique_ptr<CidFont>>>;

struct ResourceCache {
  HPDF_Doc doc;
  FontList& fonts;
  std::map<std::string, HPDF_Image> images;   // by file, or file and size when reduced
  std::map<std::string, HPDF_Image> drawn;    // by file and drawn size: one look-up per draw
  std::vector<HPDF_Outline> outline_parents;  // by level, for nesting bookmarks
  StructureWriter& structure;
  FormWriter& forms;
  bool tagged = true;     // content marked for the structure (or as artifacts)
  bool archival = false;  // PDF/A-1: images with transparency are composed on white
};

void paint_page(const PageFrame& frame, ResourceCache& resources, Diagnostics& diags);

}  // namespace acquis::pdf
