// Bad input, class 1: what decoders meet — encodings, control characters, DOCTYPEs, broken XML,
// impossible dates, broken message patterns, broken images. Each is refused at its position,
// in the user's language, before anything is written.
#include "bad_input.hpp"

#include "tools.hpp"

#include <zlib.h>
#include <catch2/catch.hpp>

using acquis::test::Damaged;
using acquis::test::expect_refused;

namespace {

const std::string kVerify = "verifier --donnees ";

std::string produce(const Damaged& data, const std::string& document = "attestation") {
  return "produire " + document + " --donnees " + data.dir() +
         " --programme 5195 --candidat COTE12345678 -o {out}/document.pdf";
}

}  // namespace

TEST_CASE("bad input / encodings: one Latin-1 byte in a UTF-8 CSV is an error at its byte") {
  const Damaged data = Damaged("csv-latin1").replace("candidats.csv", "Gagnon", "Gagn\xE9on");
  expect_refused(kVerify + data.dir(),
                 {1,
                  {"candidats.csv:3:19: erreur: octet 0xE9 invalide en UTF-8"},
                  {"candidats.csv:3:19: error:", "0xE9"},
                  {"Gagn", "Côté-Bérubé", "Ã"}},
                 data.dir());
  // …and the batch makes no file at all, rather than mojibake names.
  expect_refused("lot attestation --donnees " + data.dir() + " -o {out}",
                 {1, {"candidats.csv:3:19"}, {"candidats.csv:3:19"}, {"Gagn"}});
}

TEST_CASE("bad input / encodings: a whole Windows-1252 CSV is read as such, not refused") {
  Damaged data("csv-cp1252");
  std::string text = acquis::test::read_file(data.path("candidats.csv"));
  std::string latin1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if (c == 0xC3)
      latin1 += static_cast<char>(0x40 + static_cast<unsigned char>(text[++i]));
    else if (c < 0x80)
      latin1 += static_cast<char>(c);
    else
      latin1 += '?';  // no other non-ASCII letter in the sample than Latin-1 ones
  }
  data.write("candidats.csv", latin1);
  const auto result =
      acquis::test::run(std::string(ACQUIS_CLI) + " verifier --donnees " + data.dir());
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

TEST_CASE("bad input / encodings: control characters are refused in every kind of file") {
  const Damaged csv = Damaged("csv-controle").replace("candidats.csv", "Gagnon", "Gag\x01non");
  expect_refused(kVerify + csv.dir(), {1,
                                       {"candidats.csv:3:18: erreur: caractère de contrôle U+0001"},
                                       {"candidats.csv:3:18: error: control character U+0001"},
                                       {"Gag"}});
  const Damaged reference = Damaged("xml-nul").replace("organisation.xml", "<nom>", "<nom>&#0;");
  expect_refused(kVerify + reference.dir(), {1, {"organisation.xml:"}, {"organisation.xml:"}});
  const Damaged raw = Damaged("xml-controle").replace("employeurs.xml", "Lévis", "L\x1B[31mévis");
  expect_refused(kVerify + raw.dir(),
                 {1, {"employeurs.xml:4:", "U+001B"}, {"employeurs.xml:4:", "U+001B"}, {"\x1B"}});
}

TEST_CASE("bad input / encodings: Latin-1 in an XML file declared UTF-8") {
  const Damaged data =
      Damaged("xml-latin1").replace("programmes/soudage-montage.xml", "INVENTÉ", "INVENT\xC9");
  expect_refused(kVerify + data.dir(),
                 {1,
                  {"soudage-montage.xml:2:", "erreur: octet 0xC9 invalide en UTF-8"},
                  {"soudage-montage.xml:2:", "error:", "0xC9"}},
                 data.dir());
}

TEST_CASE("bad input / XML: DOCTYPEs and entities refused, the parser's words translated") {
  const Damaged doctype = Damaged("doctype").replace(
      "organisation.xml", "<organisation", "<!DOCTYPE o [<!ENTITY x \"y\">]>\n<organisation");
  expect_refused(kVerify + doctype.dir(),
                 {1,
                  {"organisation.xml:3:1: erreur: déclaration DOCTYPE refusée"},
                  {"organisation.xml:3:1: error:", "DOCTYPE"}});
  const Damaged entity = Damaged("entite").replace("organisation.xml", "<nom>", "<nom>&xxe;");
  expect_refused(kVerify + entity.dir(), {1, {"organisation.xml:"}, {"organisation.xml:"}});
  const Damaged mismatch =
      Damaged("balises").replace("employeurs.xml", "</employeurs>", "</employeur>");
  expect_refused(kVerify + mismatch.dir(),
                 {1, {"employeurs.xml:", "erreur:"}, {"employeurs.xml:", "error:"}, {"mismatch"}});
  const Damaged empty = Damaged("vide").write("organisation.xml", "");
  expect_refused(kVerify + empty.dir(), {1,
                                         {"organisation.xml:1:1: erreur:"},
                                         {"organisation.xml:1:1: error:"},
                                         {"No document element"}});
}

TEST_CASE("bad input / dates: only calendar dates, on the command line and in the data") {
  Damaged data("dates");
  expect_refused(produce(data) + " --date 2026-02-30",
                 {2, {"« 2026-02-30 » n’est pas une date AAAA-MM-JJ valide"}, {"2026-02-30"}});
  expect_refused(produce(data) + " --date demain", {2, {"« demain »"}, {"“demain”"}});
  data.replace("candidats.csv", "2026-11-22", "2026-11-31");
  expect_refused(kVerify + data.dir(), {1, {"candidats.csv:2:"}, {"candidats.csv:2:"}});
  const Damaged record =
      Damaged("dates-dossier").replace("dossiers/COTE12345678.xml", "2026-09-15", "2026-13-15");
  expect_refused(kVerify + record.dir(), {1, {"COTE12345678.xml:4:"}, {"COTE12345678.xml:4:"}});
}

TEST_CASE("bad input / catalogs: a broken message pattern is an error at its line") {
  const Damaged locales = Damaged("catalogue", "locales")
                              .replace("fr-CA.xml", "</message>", "{</message>")
                              .replace("en-CA.xml", "</message>", "{</message>");
  const Damaged data("catalogue-donnees");
  expect_refused(produce(data) + " --locales " + locales.dir(),
                 {1, {"fr-CA.xml:", "erreur:"}, {"en-CA.xml:", "error:"}});
}

TEST_CASE("bad input / images: cut short, altered or not an image, refused before use") {
  const std::string png = acquis::test::read_file("samples/logo-navigateurs.png");
  REQUIRE(png.size() > 1000);
  const Damaged cut = Damaged("png-tronque").write("logo-navigateurs.png", png.substr(0, 300));
  const acquis::test::Refusal damaged{
      1,
      {"organisation.xml:11:9: erreur: l’image logo-navigateurs.png est abîmée"},
      {"organisation.xml:11:9: error: the image logo-navigateurs.png is damaged"}};
  expect_refused(kVerify + cut.dir(), damaged);
  expect_refused(produce(cut, "guide-employeur"), damaged);
  std::string flipped = png;
  flipped[png.find("IDAT") + 40] ^= 0x5A;
  const Damaged altered = Damaged("png-altere").write("logo-navigateurs.png", flipped);
  expect_refused(produce(altered, "guide-employeur"), damaged);
  // Altered pixels with their checksum made right again pass the look at loading; the full
  // decoding before the logo is drawn still refuses them (verifier lays out every document).
  const std::size_t idat = png.find("IDAT");
  const std::uint32_t length = static_cast<unsigned char>(png[idat - 4]) << 24 |
                               static_cast<unsigned char>(png[idat - 3]) << 16 |
                               static_cast<unsigned char>(png[idat - 2]) << 8 |
                               static_cast<unsigned char>(png[idat - 1]);
  std::string resealed = png;
  for (std::size_t i = 40; i < 48; ++i) resealed[idat + i] ^= 0x5A;
  const uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(resealed.data() + idat), length + 4);
  for (int i = 0; i < 4; ++i)
    resealed[idat + 4 + length + i] = static_cast<char>(crc >> (24 - 8 * i));
  const Damaged sealed = Damaged("png-rescelle").write("logo-navigateurs.png", resealed);
  const acquis::test::Refusal pixels{
      1, {"logo-navigateurs.png est abîmée"}, {"logo-navigateurs.png is damaged"}};
  expect_refused(kVerify + sealed.dir(), pixels);
  expect_refused(produce(sealed, "guide-employeur"), pixels);
  const Damaged text = Damaged("pas-image").write("logo-navigateurs.png", "pas une image");
  expect_refused(kVerify + text.dir(), {1,
                                        {"logo-navigateurs.png n’est pas une image PNG ou JPEG"},
                                        {"logo-navigateurs.png is not a PNG or JPEG image"}});
  const std::string jpeg = acquis::test::read_file("fuzz/corpus/image/page.jpg");
  REQUIRE(jpeg.size() > 200);
  const Damaged cut_jpeg = Damaged("jpeg-tronque")
                               .write("logo.jpg", jpeg.substr(0, jpeg.size() / 2))
                               .replace("organisation.xml", "logo-navigateurs.png", "logo.jpg");
  expect_refused(kVerify + cut_jpeg.dir(),
                 {1,
                  {"organisation.xml:11:9: erreur: l’image logo.jpg est abîmée"},
                  {"organisation.xml:11:9: error: the image logo.jpg is damaged"}});
}
