/* A batch's slices (`acquis lot --tranche K/N --fusion F`) joined into one file, with qpdf:
   in the same module as the form reader, for the same reason (form_fields.h). */
#ifndef ACQUIS_SLICES_H
#define ACQUIS_SLICES_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum AcquisSliceStatus {
  ACQUIS_SLICE_OK = 0,
  ACQUIS_SLICE_UNREADABLE = 1, /* not a PDF, damaged or encrypted */
  ACQUIS_SLICE_NOT_SLICE = 2,  /* a PDF, but not a slice (no /AcquisSlice, or pages unmarked) */
  ACQUIS_SLICE_WRITE = 3       /* the output could not be written */
};

/* The slice a file says it is ("3/16" → 3 and 16). */
typedef int (*AcquisReadSlice)(const char* path, int* index, int* count);
__attribute__((visibility("default"))) int acquis_read_slice(const char* path, int* index,
                                                             int* count);

/* Writes `output` with the pages of every input, ordered by the place each page's document had
   in the batch (/AcquisOrder; each slice is in that order already), without that mark. The
   first input's catalog and metadata are kept. On failure, *failed is the input at fault (or
   count for the output) and `output` may be left partly written: the caller writes to a
   temporary file. */
typedef int (*AcquisAssembleSlices)(const char* const* inputs, size_t count, const char* output,
                                    int deterministic, size_t* pages, size_t* failed);
__attribute__((visibility("default"))) int acquis_assemble_slices(const char* const* inputs,
                                                                  size_t count,
                                                                  const char* output,
                                                                  int deterministic,
                                                                  size_t* pages, size_t* failed);

#ifdef __cplusplus
}
#endif

#endif
