#include "pdf/pdf_stream.hpp"

#include "pdf/deflate.hpp"
#include "pdf/haru.hpp"

namespace acquis::pdf {

namespace {

constexpr std::size_t kMinBytesToCompress = 128;

}  // namespace

void set_stream_data(HPDF_Dict stream, const std::string& bytes) {
  const std::string packed =
      bytes.size() > kMinBytesToCompress ? deflate_bytes(bytes) : std::string();
  const bool compressed = !packed.empty() && packed.size() < bytes.size();
  haru::set_stream_bytes(stream, compressed ? packed : bytes, compressed);
}

void set_deflated_data(HPDF_Dict stream, const std::string& deflated) {
  haru::set_stream_bytes(stream, deflated, true);
}

HPDF_Dict new_stream(HPDF_Doc doc, const std::string& bytes) {
  HPDF_Dict stream = haru::new_stream_object(doc);
  set_stream_data(stream, bytes);
  return stream;
}

}  // namespace acquis::pdf
