/* The fields of a filled PDF form, read with qpdf. A module of its own, loaded only when a form
   is read (app/form_reader.cpp): qpdf brings GnuTLS, whose loading would cost every other
   command of the command line about 3 ms. Hence a C interface, which the command line (built
   with a static libstdc++) and this module (with the system's) can share. */
#ifndef ACQUIS_FORM_FIELDS_H
#define ACQUIS_FORM_FIELDS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Why a file could not be read. */
enum AcquisFormStatus {
  ACQUIS_FORM_OK = 0,
  ACQUIS_FORM_NOT_PDF = 1,   /* no PDF header */
  ACQUIS_FORM_DAMAGED = 2,   /* broken or truncated: qpdf had to repair it, or could not */
  ACQUIS_FORM_ENCRYPTED = 3, /* even with an empty password */
  ACQUIS_FORM_NO_FIELDS = 4  /* no form (a print, a flattened copy) */
};

/* One terminal field: its fully qualified name, its kind ("texte", "case", "radio" or
   "autre"; "double" when two fields bear the name), its value in UTF-8 (a button's state name without the slash, "Off" when none) and,
   for a button, the states it can take, separated by newlines. */
typedef void (*AcquisFieldCallback)(void* context, const char* name, const char* kind,
                                    const char* value, const char* options);

typedef int (*AcquisReadFormFields)(const char* bytes, size_t size, AcquisFieldCallback field,
                                    void* context);
__attribute__((visibility("default"))) int acquis_read_form_fields(const char* bytes, size_t size,
                                                                   AcquisFieldCallback field,
                                                                   void* context);

#ifdef __cplusplus
}
#endif

#endif
