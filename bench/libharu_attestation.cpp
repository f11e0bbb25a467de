#include "libharu_attestation.hpp"

#include <hpdf.h>

#include <string>

namespace acquis::bench {

namespace {

constexpr const char* kSerif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
constexpr const char* kSerifBold = "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf";
constexpr const char* kSerifItalic = "/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf";
constexpr const char* kSans = "/usr/share/fonts/truetype/lato/Lato-Regular.ttf";

void ignore_error(HPDF_STATUS, HPDF_STATUS, void*) {}

void centered(HPDF_Page page, HPDF_Font font, float size, float y, const std::string& text,
              float centre = 396) {
  HPDF_Page_SetFontAndSize(page, font, size);
  const float width = HPDF_Page_TextWidth(page, text.c_str());
  HPDF_Page_BeginText(page);
  HPDF_Page_TextOut(page, centre - width / 2, 612 - y, text.c_str());
  HPDF_Page_EndText(page);
}

HPDF_Font load(HPDF_Doc doc, const char* path) {
  return HPDF_GetFont(doc, HPDF_LoadTTFontFromFile(doc, path, HPDF_TRUE), "UTF-8");
}

}  // namespace

std::vector<std::uint8_t> libharu_attestation(const samples::AttestationData& d) {
  HPDF_Doc doc = HPDF_New(ignore_error, nullptr);
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc);
  HPDF_SetCurrentEncoder(doc, "UTF-8");
  HPDF_Font serif = load(doc, kSerif), bold = load(doc, kSerifBold),
            italic = load(doc, kSerifItalic), sans = load(doc, kSans);
  HPDF_Page page = HPDF_AddPage(doc);
  HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_LETTER, HPDF_PAGE_LANDSCAPE);
  HPDF_Page_SetLineWidth(page, 2.4f);
  HPDF_Page_Rectangle(page, 22, 22, 748, 568);
  HPDF_Page_Stroke(page);
  HPDF_Page_SetLineWidth(page, 0.7f);
  HPDF_Page_Rectangle(page, 30, 30, 732, 552);
  HPDF_Page_Stroke(page);
  centered(page, bold, 26, 100, "Attestation de reconnaissance des acquis et");
  centered(page, bold, 26, 132, "des compétences");
  centered(page, italic, 14, 188, "Décernée à");
  centered(page, bold, 30, 236, d.given_name + " " + d.family_name);
  centered(page, sans, 11, 264, "Code permanent : " + d.permanent_code);
  centered(page, serif, 14, 300, "pour avoir démontré la maîtrise des compétences du programme");
  centered(page, bold, 18, 334, d.trade + " (" + d.program_code + ")");
  centered(page, serif, 12, 386, "Délivrée le " + d.date_text);
  for (float x : {136.f, 436.f}) {
    HPDF_Page_MoveTo(page, x, 612 - 468);
    HPDF_Page_LineTo(page, x + 220, 612 - 468);
    HPDF_Page_Stroke(page);
  }
  centered(page, bold, 11, 488, d.signatory_left, 246);
  centered(page, sans, 9, 504, d.role_left, 246);
  centered(page, bold, 11, 488, d.signatory_right, 546);
  centered(page, sans, 9, 504, d.role_right, 546);
  centered(page, sans, 9, 560, d.organization);
  std::vector<std::uint8_t> bytes;
  if (HPDF_SaveToStream(doc) == HPDF_OK) {
    bytes.resize(HPDF_GetStreamSize(doc));
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ReadFromStream(doc, bytes.data(), &size);
  }
  HPDF_Free(doc);
  return bytes;
}

}  // namespace acquis::bench
