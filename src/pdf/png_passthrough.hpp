// PNG images embedded without decoding them: a PNG's image data is already a zlib stream of
// rows with PNG predictors, which PDF's FlateDecode reads as is with /Predictor 15 — no
// inflate, no deflate (libharu's own path does both: 8 ms for a 1092 × 300 logo).
#pragma once

#include <hpdf.h>

#include "image/image_resample.hpp"

#include <string>

namespace acquis::pdf {

// The image as an XObject of `doc`, or null when the PNG needs decoding (interlaced, not 8-bit
// grey or RGB, or with transparency): the caller then uses libharu's loader.
HPDF_Image embed_png_as_is(HPDF_Doc doc, const std::string& path);

// The PNG at `path` reduced to `width` × `height` pixels (image_resample) as an XObject of
// `doc`, each row given PNG's "Up" predictor before deflate, as a PNG would store it. Reduced
// and compressed once per process for a file, size and time: a batch of ten thousand
// certificates in as many files does it once. With `flatten`, transparency is composed on white
// (see reduced_png). Null when there is nothing to do (see reduced_png).
HPDF_Image embed_reduced_png(HPDF_Doc doc, const std::string& path, int width, int height,
                             bool flatten = false);

}  // namespace acquis::pdf
