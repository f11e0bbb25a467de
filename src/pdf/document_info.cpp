#include "pdf/document_info.hpp"

#include "core/utf8.hpp"
#include "pdf/haru.hpp"
#include "pdf/pdf_stream.hpp"
#include "pdf/xmp_metadata.hpp"

#include "pdf/deflate.hpp"

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

namespace acquis::pdf {

namespace {

constexpr std::time_t kFixedTime = 1767225600;  // 2026-01-01 00:00:00 UTC

std::time_t document_time(bool deterministic) {
  if (!deterministic) return std::time(nullptr);
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  return epoch ? static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10)) : kFixedTime;
}

// libharu 2.3.0 rejects 'Z' (UTC) with a sticky error: write "+00'00'" instead.
HPDF_Date to_pdf_date(std::time_t time) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  return {utc.tm_year + 1900,
          utc.tm_mon + 1,
          utc.tm_mday,
          utc.tm_hour,
          utc.tm_min,
          utc.tm_sec,
          '+',
          0,
          0};
}

void add_id(HPDF_Doc doc, const Metadata& metadata, bool deterministic, std::size_t pages) {
  HPDF_BYTE id[16];
  if (deterministic) {
    std::uint64_t hash = 1469598103934665603ull;
    const std::string seed =
        metadata.title + '\n' + metadata.subject + '\n' + std::to_string(pages);
    for (int i = 0; i < 16; ++i) {
      for (char c : seed) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      hash = (hash ^ static_cast<unsigned>(i)) * 1099511628211ull;
      id[i] = static_cast<HPDF_BYTE>(hash >> 56);
    }
  } else {
    // Seeded once per thread: a random_device per file costs a system call and more.
    thread_local std::mt19937_64 random{std::random_device{}()};
    for (HPDF_BYTE& byte : id) byte = static_cast<HPDF_BYTE>(random() >> 56);
  }
  HPDF_Array array = haru::new_array(doc);
  haru::append(array, haru::new_binary(doc, id, sizeof id));
  haru::append(array, haru::new_binary(doc, id, sizeof id));
  haru::add(haru::trailer(doc), "ID", array);
}

void set_info(HPDF_Doc doc, const char* key, const std::string& value) {
  if (!value.empty()) haru::add(haru::info(doc), key, text_string(doc, value));
}

std::string xmp_date(std::time_t time) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S+00:00", &utc);
  return text;
}

constexpr const char* kCreator = "Acquis";
constexpr const char* kProducer = "Acquis 0.1 (libharu 2.3.0, HarfBuzz)";

// Compressed, except in a PDF/A-1 file, which wants it readable by any tool.
void add_xmp(HPDF_Doc doc, const Metadata& metadata, std::time_t time) {
  HPDF_Dict stream = haru::new_stream_object(doc);
  haru::add_name(stream, "Type", "Metadata");
  haru::add_name(stream, "Subtype", "XML");
  const std::string xmp = xmp_packet({metadata, kCreator, kProducer, xmp_date(time)});
  if (metadata.archival)
    haru::set_stream_bytes(stream, xmp, false);
  else
    set_stream_data(stream, xmp);
  haru::add(haru::catalog(doc), "Metadata", stream);
}

// The colour profile, read and deflated once per process: a batch of certificates embeds it in
// every file. Empty when it cannot be read.
std::shared_ptr<const std::string> deflated_profile(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const std::string>> profiles;
  const std::lock_guard<std::mutex> lock(mutex);
  auto [it, added] = profiles.try_emplace(path);
  if (!added) return it->second;
  std::ifstream file(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << file.rdbuf();
  const bool usable = file && bytes.str().size() >= 128;  // an ICC header alone is 128 bytes
  it->second = std::make_shared<const std::string>(usable ? deflate_bytes(bytes.str()) : "");
  return it->second;
}

// The colour space every colour of the file is to be read in: sRGB.
bool add_output_intent(HPDF_Doc doc, const std::string& profile_path, Diagnostics& diags) {
  const std::shared_ptr<const std::string> deflated = deflated_profile(profile_path);
  if (deflated->empty()) {
    diags.error("pdfa-color-profile", {{"path", profile_path}});
    return false;
  }
  HPDF_Dict profile = haru::new_stream_object(doc);
  haru::add_number(profile, "N", 3);
  set_deflated_data(profile, *deflated);
  HPDF_Dict intent = haru::new_dict(doc);
  haru::add_name(intent, "Type", "OutputIntent");
  haru::add_name(intent, "S", "GTS_PDFA1");
  haru::add(intent, "OutputConditionIdentifier", haru::new_string(doc, "sRGB IEC61966-2.1"));
  haru::add(intent, "Info", haru::new_string(doc, "sRGB IEC61966-2.1"));
  haru::add(intent, "DestOutputProfile", profile);
  HPDF_Array intents = haru::new_array(doc);
  haru::append(intents, intent);
  haru::add(haru::catalog(doc), "OutputIntents", intents);
  return true;
}

// PDFDocEncoding (ISO 32000-1, D.2): ASCII, Latin-1 from 0xA1, and these at 0x80–0xA0.
constexpr char32_t kPdfDocHigh[33] = {
    0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212,
    0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141,
    0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0,      0x20AC};

int pdf_doc_code(char32_t c) {
  if (c >= 0x20 && c <= 0x7E) return static_cast<int>(c);
  if (c >= 0xA1 && c <= 0xFF && c != 0xAD) return static_cast<int>(c);
  for (int i = 0; i < 33; ++i)
    if (kPdfDocHigh[i] == c && c != 0) return 0x80 + i;
  return -1;
}

// The text in PDFDocEncoding, a quarter of the size of UTF-16 in hexadecimal (French is mostly
// ASCII); false when a character is not in it.
bool to_pdf_doc(const std::string& utf8_text, std::string& out) {
  for (std::size_t pos = 0; pos < utf8_text.size();) {
    const int code = pdf_doc_code(utf8::next(utf8_text, pos));
    if (code < 0) return false;
    out += static_cast<char>(code);
  }
  return true;
}

}  // namespace

void* text_string(HPDF_Doc doc, const std::string& utf8_text) {
  if (std::string pdf_doc; to_pdf_doc(utf8_text, pdf_doc))
    return haru::new_string(doc, pdf_doc.c_str());
  std::string utf16 = "\xFE\xFF";
  for (std::size_t pos = 0; pos < utf8_text.size();) {
    char32_t c = utf8::next(utf8_text, pos);
    auto put = [&utf16](unsigned unit) {
      utf16 += static_cast<char>(unit >> 8);
      utf16 += static_cast<char>(unit & 0xFF);
    };
    if (c >= 0x10000) {
      c -= 0x10000;
      put(0xD800 + static_cast<unsigned>(c >> 10));
      put(0xDC00 + static_cast<unsigned>(c & 0x3FF));
    } else {
      put(static_cast<unsigned>(c));
    }
  }
  return haru::new_binary(doc, utf16.data(), utf16.size());
}

void write_document_info(HPDF_Doc doc, const Metadata& metadata, const WriteOptions& options,
                         std::size_t page_count, Diagnostics& diags) {
  const bool deterministic = options.deterministic;
  // PDF/A-1 is PDF 1.4; tagged content uses 1.5 features (ActualText, Tabs) otherwise.
  haru::set_version(doc, metadata.archival ? 4 : 7);
  HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, kCreator);  // creates the Info dictionary
  HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, kProducer);
  set_info(doc, "Title", metadata.title);
  set_info(doc, "Author", metadata.author);
  set_info(doc, "Subject", metadata.subject);
  set_info(doc, "Keywords", metadata.keywords);
  const std::time_t time = document_time(deterministic);
  HPDF_Date date = to_pdf_date(time);
  HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, date);
  add_xmp(doc, metadata, time);
  if (metadata.archival) add_output_intent(doc, options.color_profile, diags);
  haru::add(haru::catalog(doc), "Lang", haru::new_string(doc, metadata.language.c_str()));
  if (!metadata.slice.empty())
    haru::add(haru::catalog(doc), "AcquisSlice", haru::new_string(doc, metadata.slice.c_str()));
  HPDF_Dict preferences = haru::new_dict(doc);
  haru::add(preferences, "DisplayDocTitle", haru::new_boolean(doc, true));
  haru::add(haru::catalog(doc), "ViewerPreferences", preferences);
  add_id(doc, metadata, deterministic, page_count);
}

}  // namespace acquis::pdf
