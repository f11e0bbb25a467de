// Paints one page frame onto a new libharu page; shares fonts and images across the document.
#pragma once

#include "core/diagnostics.hpp"
#include "frame/frame.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/form_writer.hpp"
#include "pdf/structure_writer.hpp"

#include <hpdf.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace acquis::pdf {

// The document's fonts in order of first use: they are finished (and their objects numbered)
// in that order, which must not depend on where the faces sit in memory.
using FontList = std::vector<std::pair<const FontFace*, std::unique_ptr<CidFont>>>;

// A bookmark kept as a few numbers and its title until the end of a streamed file (whose
// pages are gone by then).
struct OutlineRecord {
  int level = 1;
  std::uint32_t page = 0;  // the page's object number
  double y = 0;            // the destination, from the page's bottom
  std::string title;
};

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
  std::vector<OutlineRecord>* outline_records = nullptr;  // streamed: bookmarks kept here
  // The document's place in a sliced batch, written on each of its pages as /AcquisOrder for
  // `acquis assembler`; -1: none.
  long order = -1;
};

void paint_page(const PageFrame& frame, ResourceCache& resources, Diagnostics& diags);

}  // namespace acquis::pdf
