// A TrueType subset for embedding in a PDF, written here rather than with hb-subset: only the
// tables a viewer reads (head, hhea, maxp, hmtx, loca, glyf), composite glyphs closed over
// their components, hinting removed. A few microseconds where hb-subset's plan takes most of a
// millisecond per face, which one-page documents by the thousand feel. Internal to pdf/.
#pragma once

#include <hb.h>

#include <cstdint>
#include <string>
#include <vector>

namespace acquis::pdf {

// `glyphs`: old glyph ids (repeats allowed); `new_gids[i]` is the subset's id of glyphs[i],
// .notdef stays 0. False when the face has no glyf outlines (CFF) or looks malformed: the
// caller then uses hb-subset.
bool subset_truetype(hb_face_t* face, const std::vector<std::uint32_t>& glyphs, std::string& out,
                     std::vector<std::uint32_t>& new_gids);

}  // namespace acquis::pdf
