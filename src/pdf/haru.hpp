// The only way into libharu's internals. libharu 2.3.0's public API cannot make a bare
// indirect object, reach the catalog, Info or trailer dictionaries, hand over a stream that is
// already compressed, or give back the saved file without copying it byte by byte; these do,
// by reading and writing its structures (hpdf_doc.h, hpdf_objects.h, hpdf_pages.h). Every
// field read or written is in haru.cpp and haru_stream.cpp (a file written as it is made), and
// tests/unit/test_haru.cpp fails when the layout it was written against changes (another
// libharu version).
#pragma once

#include <hpdf.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace acquis::pdf::haru {

// New objects owned by the document: direct ones (placed inside another), or indirect ones
// (numbered in the cross-reference table).
HPDF_Dict new_dict(HPDF_Doc doc);
HPDF_Dict new_indirect_dict(HPDF_Doc doc);
HPDF_Dict new_stream_object(HPDF_Doc doc);  // an indirect dictionary with a stream
HPDF_Array new_array(HPDF_Doc doc);
HPDF_String new_string(HPDF_Doc doc, const char* text);
HPDF_Binary new_binary(HPDF_Doc doc, const void* bytes, std::size_t size);
HPDF_Boolean new_boolean(HPDF_Doc doc, bool value);
HPDF_Number new_number(HPDF_Doc doc, std::int32_t value);
// A direct object made indirect (numbered), before it is placed anywhere.
void make_indirect(HPDF_Doc doc, void* object);

// Entries of dictionaries and arrays (libharu's object functions, not its public API).
void add(HPDF_Dict dict, const char* key, void* object);
void add_name(HPDF_Dict dict, const char* key, const char* name);
void add_number(HPDF_Dict dict, const char* key, std::int32_t number);
void add_real(HPDF_Dict dict, const char* key, double number);
void append(HPDF_Array array, void* object);
void append_number(HPDF_Array array, std::int32_t number);
void append_name(HPDF_Array array, const char* name);
void append_real(HPDF_Array array, double number);

// The name (F1, F2…) under which `page` refers to the font dictionary `font`, added to its
// resources on first use.
const char* font_name_on(HPDF_Page page, HPDF_Dict font);

// Adds an indirect annotation dictionary to the page's /Annots (made on first use).
void add_annotation(HPDF_Page page, HPDF_Dict annotation);

// The document's catalog, Info and trailer dictionaries (Info exists once an Info attribute is
// set).
HPDF_Dict catalog(HPDF_Doc doc);
HPDF_Dict info(HPDF_Doc doc);
HPDF_Dict trailer(HPDF_Doc doc);

// The version in the file's header: 1.`minor` (libharu 2.3.0 has no function for it).
void set_version(HPDF_Doc doc, int minor);

// The file HPDF_SaveToStream wrote, taken from the document's memory stream as it is.
std::vector<std::uint8_t> saved_bytes(HPDF_Doc doc);

// The document written as libharu would, except that every object that is not a stream goes
// into compressed object streams, found through a cross-reference stream (PDF 1.5, §7.5.7–8):
// a tagged or fillable document is mostly small dictionaries, which this makes 40–70 % smaller.
// `deflate` compresses the object streams' data. Empty on failure. Not for PDF/A-1 (PDF 1.4).
std::vector<std::uint8_t> save_with_object_streams(HPDF_Doc doc,
                                                   std::string (*deflate)(std::string_view bytes));

// Replaces a stream object's data with `data` as it is, in one buffer of its exact size
// (libharu grows memory streams 4 KB at a time). `flate`: the data is already a zlib stream
// and gets /Filter /FlateDecode; libharu compresses neither.
void set_stream_bytes(HPDF_Dict stream, const std::string& data, bool flate);

// An image stream object (made with new_stream_object) is drawn as an XObject.
void mark_as_xobject(HPDF_Dict stream);

// A page's content: what libharu's page functions wrote so far, writing more after it, and
// the content stream object itself.
std::string page_content(HPDF_Page page);
void append_page_content(HPDF_Page page, const std::string& operators);
HPDF_Dict page_content_stream(HPDF_Page page);

}  // namespace acquis::pdf::haru
