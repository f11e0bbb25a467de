// The libharu structures src/pdf/haru.cpp reads and writes: laid out as in libharu 2.3.0 on
// x86-64 (another version of libharu fails here first, not in a PDF), and used through
// haru.hpp they make a file qpdf accepts.
#include "pdf/deflate.hpp"
#include "pdf/haru.hpp"
#include "tools.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

using namespace acquis;

TEST_CASE("libharu: the version and the structure layouts haru.cpp relies on", "[pdf][haru]") {
  CHECK(std::string(HPDF_GetVersion()) == "2.3.0");
  CHECK(std::string(HPDF_VERSION_TEXT) == "2.3.0");
  CHECK(offsetof(_HPDF_Doc_Rec, mmgr) == 8);
  CHECK(offsetof(_HPDF_Doc_Rec, catalog) == 16);
  CHECK(offsetof(_HPDF_Doc_Rec, xref) == 32);
  CHECK(offsetof(_HPDF_Doc_Rec, info) == 104);
  CHECK(offsetof(_HPDF_Doc_Rec, trailer) == 112);
  CHECK(offsetof(_HPDF_Doc_Rec, stream) == 192);
  CHECK(sizeof(_HPDF_Doc_Rec) == 200);
  CHECK(offsetof(_HPDF_Dict_Rec, header) == 0);
  CHECK(offsetof(_HPDF_Obj_Header, obj_class) == 6);
  CHECK(offsetof(_HPDF_Dict_Rec, write_fn) == 40);
  CHECK(offsetof(_HPDF_Dict_Rec, stream) == 64);
  CHECK(offsetof(_HPDF_Dict_Rec, filter) == 72);
  CHECK(offsetof(_HPDF_Dict_Rec, attr) == 88);
  CHECK(sizeof(_HPDF_Dict_Rec) == 96);
  CHECK(offsetof(_HPDF_Stream_Rec, attr) == 80);
  CHECK(offsetof(_HPDF_MemStreamAttr_Rec, buf_siz) == 8);
  CHECK(offsetof(_HPDF_PageAttr_Rec, contents) == 96);
  CHECK(offsetof(_HPDF_PageAttr_Rec, stream) == 104);
}

TEST_CASE("libharu: objects made through haru.hpp make a valid file", "[pdf][haru]") {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  REQUIRE(doc);
  HPDF_Page page = HPDF_AddPage(doc);
  // A page content written directly and read back.
  pdf::haru::append_page_content(page, "0 0 m 100 100 l S\n");
  CHECK(pdf::haru::page_content(page) == "0 0 m 100 100 l S\n");
  pdf::haru::set_stream_bytes(pdf::haru::page_content_stream(page), "0 0 m 50 50 l S\n", false);
  // Catalog, trailer and Info entries, and an indirect dictionary with a stream.
  HPDF_Dict_Add(pdf::haru::catalog(doc), "Lang", pdf::haru::new_string(doc, "fr-CA"));
  HPDF_Array id = pdf::haru::new_array(doc);
  HPDF_Array_Add(id, pdf::haru::new_binary(doc, "0123456789abcdef", 16));
  HPDF_Array_Add(id, pdf::haru::new_binary(doc, "0123456789abcdef", 16));
  HPDF_Dict_Add(pdf::haru::trailer(doc), "ID", id);
  HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "Acquis");
  HPDF_Dict_Add(pdf::haru::info(doc), "Subject", pdf::haru::new_string(doc, "essai"));
  HPDF_Dict holder = pdf::haru::new_indirect_dict(doc);
  HPDF_Dict_Add(holder, "Flag", pdf::haru::new_boolean(doc, true));
  HPDF_Dict_Add(pdf::haru::catalog(doc), "AcquisTest", holder);
  REQUIRE(HPDF_SaveToStream(doc) == HPDF_OK);
  const std::vector<std::uint8_t> bytes = pdf::haru::saved_bytes(doc);
  CHECK(bytes.size() == HPDF_GetStreamSize(doc));
  HPDF_Free(doc);
  const std::string path = test::output_dir() + "/haru.pdf";
  test::write_file(path, bytes);
  const std::string text(bytes.begin(), bytes.end());
  CHECK(text.find("/Lang (fr-CA)") != std::string::npos);
  CHECK(text.find("0 0 m 50 50 l S") != std::string::npos);
  CHECK(text.find("/Subject (essai)") != std::string::npos);
  CHECK(text.find("/Flag true") != std::string::npos);
  CHECK(text.find("/ID [ <30313233343536373839616263646566>") != std::string::npos);
  CHECK(test::run("qpdf --check " + path + " >/dev/null 2>&1").exit_code == 0);
}

TEST_CASE("libharu: a document saved with object streams is the same document, smaller",
          "[pdf][haru]") {
  const auto make = [](bool compact) {
    HPDF_Doc doc = HPDF_New(nullptr, nullptr);
    pdf::haru::set_version(doc, 7);
    for (int i = 0; i < 3; ++i) {
      HPDF_Page page = HPDF_AddPage(doc);
      pdf::haru::append_page_content(page, "0 0 m 100 100 l S\n");
      for (int n = 0; n < 150; ++n) {  // more small objects than one object stream holds
        HPDF_Dict element = pdf::haru::new_indirect_dict(doc);
        HPDF_Dict_Add(element, "Page", page);
        HPDF_Dict_Add(element, "N", pdf::haru::new_number(doc, n));
        HPDF_Dict_Add(pdf::haru::catalog(doc), ("E" + std::to_string(i * 150 + n)).c_str(),
                      element);
      }
    }
    HPDF_SetInfoAttr(doc, HPDF_INFO_SUBJECT, "essai");
    std::vector<std::uint8_t> bytes;
    if (compact)
      bytes = pdf::haru::save_with_object_streams(
          doc, [](std::string_view data) { return pdf::deflate_bytes(data); });
    else if (HPDF_SaveToStream(doc) == HPDF_OK)
      bytes = pdf::haru::saved_bytes(doc);
    HPDF_Free(doc);
    return bytes;
  };
  const std::vector<std::uint8_t> classic = make(false), compact = make(true);
  REQUIRE(!compact.empty());
  CHECK(compact.size() * 3 < classic.size());
  const std::string path = test::output_dir() + "/haru-compact.pdf";
  test::write_file(path, compact);
  const std::string text(compact.begin(), compact.end());
  CHECK(text.rfind("%PDF-1.7\n", 0) == 0);
  CHECK(text.find("/Type /ObjStm") != std::string::npos);
  CHECK(text.find("/Type /XRef") != std::string::npos);
  CHECK(test::run("qpdf --check " + path + " >/dev/null 2>&1").exit_code == 0);
  // Every object reads back: the catalog's 450 entries and the Info's subject.
  const test::CommandResult shown = test::run("qpdf --show-object=trailer " + path);
  CHECK(shown.out.find("/Root") != std::string::npos);
  CHECK(test::run("pdfinfo " + path).out.find("essai") != std::string::npos);
  const test::CommandResult catalog = test::run("qpdf --show-object=1 " + path);
  CHECK(catalog.out.find("/E449 ") != std::string::npos);
}
