#include "zip_writer.hpp"

#include <zlib.h>

namespace acquis::serve {

namespace {

constexpr std::uint16_t kVersion = 20;                       // 2.0: stored entries, no ZIP64
constexpr std::uint16_t kUtf8Names = 0x800;                  // general purpose flag bit 11
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01

void u16(std::string& out, std::uint16_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>(value >> 8);
}

void u32(std::string& out, std::uint32_t value) {
  u16(out, static_cast<std::uint16_t>(value & 0xFFFF));
  u16(out, static_cast<std::uint16_t>(value >> 16));
}

// The fields local and central headers share, from "version needed" to the name's length.
void common_fields(std::string& out, std::uint32_t crc, std::uint32_t size, std::size_t name) {
  u16(out, kVersion);
  u16(out, kUtf8Names);
  u16(out, 0);  // stored
  u16(out, 0);  // time 00:00
  u16(out, kDosDate);
  u32(out, crc);
  u32(out, size);  // compressed size
  u32(out, size);  // uncompressed size
  u16(out, static_cast<std::uint16_t>(name));
  u16(out, 0);  // extra field length
}

}  // namespace

std::string ZipWriter::entry(const std::string& name, const std::string& data) {
  const auto crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
  const auto size = static_cast<std::uint32_t>(data.size());
  std::string out;
  u32(out, 0x04034b50);
  common_fields(out, crc, size, name.size());
  out += name;
  out += data;
  entries_.push_back({name, crc, size, offset_});
  offset_ += static_cast<std::uint32_t>(out.size());
  return out;
}

std::string ZipWriter::finish() const {
  std::string out;
  for (const Entry& e : entries_) {
    u32(out, 0x02014b50);
    u16(out, kVersion);  // made by
    common_fields(out, e.crc, e.size, e.name.size());
    u16(out, 0);  // comment length
    u16(out, 0);  // disk number
    u16(out, 0);  // internal attributes
    u32(out, 0);  // external attributes
    u32(out, e.offset);
    out += e.name;
  }
  std::string end;
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, static_cast<std::uint16_t>(entries_.size()));
  u16(end, static_cast<std::uint16_t>(entries_.size()));
  u32(end, static_cast<std::uint32_t>(out.size()));
  u32(end, offset_);
  u16(end, 0);  // comment length
  return out + end;
}

}  // namespace acquis::serve
