#include "pdf/truetype_subset.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace acquis::pdf {

namespace {

// Composite glyph flags (OpenType 'glyf').
constexpr unsigned kArgsAreWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                   kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080, kHaveInstructions = 0x0100;

unsigned u16(const std::string_view& data, std::size_t at) {
  return at + 2 <= data.size() ? (static_cast<unsigned char>(data[at]) << 8) |
                                     static_cast<unsigned char>(data[at + 1])
                               : 0;
}
std::uint32_t u32(const std::string_view& data, std::size_t at) {
  return (static_cast<std::uint32_t>(u16(data, at)) << 16) | u16(data, at + 2);
}
void put16(std::string& out, unsigned value) {
  out += static_cast<char>((value >> 8) & 0xFF);
  out += static_cast<char>(value & 0xFF);
}
void put32(std::string& out, std::uint32_t value) {
  put16(out, value >> 16);
  put16(out, value & 0xFFFF);
}
void set16(std::string& data, std::size_t at, unsigned value) {
  data[at] = static_cast<char>((value >> 8) & 0xFF);
  data[at + 1] = static_cast<char>(value & 0xFF);
}

// A table of the face, alive as long as the face.
class Table {
 public:
  Table(hb_face_t* face, const char tag[4])
      : blob_(hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]))) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob_, &length);
    data_ = std::string_view(data ? data : "", data ? length : 0);
  }
  ~Table() { hb_blob_destroy(blob_); }
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;
  std::string_view data() const { return data_; }

 private:
  hb_blob_t* blob_;
  std::string_view data_;
};

class Subsetter {
 public:
  explicit Subsetter(hb_face_t* face)
      : head_(face, "head"),
        hhea_(face, "hhea"),
        maxp_(face, "maxp"),
        hmtx_(face, "hmtx"),
        loca_(face, "loca"),
        glyf_(face, "glyf") {}

  bool usable() const {
    return head_.data().size() >= 54 && hhea_.data().size() >= 36 && maxp_.data().size() >= 6 &&
           !glyf_.data().empty() && glyph_count() > 0 && metric_count() > 0 &&
           loca_.data().size() >= (glyph_count() + 1) * (long_offsets() ? 4u : 2u) &&
           hmtx_.data().size() >= metric_count() * 4u;
  }

  // Old ids in subset order: .notdef, the glyphs as used, then components of composites.
  bool collect(const std::vector<std::uint32_t>& glyphs, std::vector<std::uint32_t>& new_gids) {
    add(0);
    for (std::uint32_t glyph : glyphs) new_gids.push_back(add(glyph));
    for (std::size_t i = 0; i < order_.size(); ++i)
      if (!close_over_components(order_[i])) return false;
    return true;
  }

  std::string write() const {
    std::string glyf, loca, hmtx;
    for (std::uint32_t old : order_) {
      put32(loca, static_cast<std::uint32_t>(glyf.size()));
      append_glyph(old, glyf);
      while (glyf.size() % 4) glyf += '\0';
      put16(hmtx, advance(old));
      put16(hmtx, side_bearing(old));
    }
    put32(loca, static_cast<std::uint32_t>(glyf.size()));
    const unsigned count = static_cast<unsigned>(order_.size());
    std::string head(head_.data().substr(0, 54)), hhea(hhea_.data().substr(0, 36)),
        maxp(maxp_.data());
    set16(head, 8, 0);  // checkSumAdjustment, set below
    set16(head, 10, 0);
    set16(head, 50, 1);  // long loca offsets
    set16(hhea, 34, count);
    set16(maxp, 4, count);
    return assemble({{{"glyf", &glyf},
                      {"head", &head},
                      {"hhea", &hhea},
                      {"hmtx", &hmtx},
                      {"loca", &loca},
                      {"maxp", &maxp}}});
  }

 private:
  unsigned glyph_count() const { return u16(maxp_.data(), 4); }
  unsigned metric_count() const { return u16(hhea_.data(), 34); }
  bool long_offsets() const { return u16(head_.data(), 50) == 1; }

  std::string_view glyph(std::uint32_t old) const {
    if (old >= glyph_count()) return {};
    const std::string_view loca = loca_.data();
    const std::size_t begin = long_offsets() ? u32(loca, old * 4) : u16(loca, old * 2) * 2u;
    const std::size_t end = long_offsets() ? u32(loca, old * 4 + 4) : u16(loca, old * 2 + 2) * 2u;
    if (end <= begin || end > glyf_.data().size()) return {};
    return glyf_.data().substr(begin, end - begin);
  }

  std::uint32_t add(std::uint32_t old) {
    const auto [it, fresh] = new_ids_.try_emplace(old, static_cast<std::uint32_t>(order_.size()));
    if (fresh) order_.push_back(old);
    return it->second;
  }

  // Calls visit(offset of the component's glyph index) for each component; false if malformed.
  template <class Visit>
  static bool components(std::string_view data, Visit visit, std::size_t* end = nullptr) {
    std::size_t at = 10;
    for (;;) {
      if (at + 4 > data.size()) return false;
      const unsigned flags = u16(data, at);
      visit(at);
      at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
      at += (flags & kHaveScale) ? 2 : (flags & kHaveXYScale) ? 4 : (flags & kHaveTwoByTwo) ? 8 : 0;
      if (!(flags & kMoreComponents)) break;
    }
    if (at > data.size()) return false;
    if (end) *end = at;
    return true;
  }

  bool close_over_components(std::uint32_t old) {
    const std::string_view data = glyph(old);
    if (data.size() < 10 || static_cast<std::int16_t>(u16(data, 0)) >= 0) return true;
    std::vector<std::uint32_t> parts;
    if (!components(data, [&](std::size_t at) { parts.push_back(u16(data, at + 2)); }))
      return false;
    for (std::uint32_t part : parts) add(part);
    return true;
  }

  // The glyph without its instructions; composite components renumbered.
  void append_glyph(std::uint32_t old, std::string& out) const {
    const std::string_view data = glyph(old);
    if (data.size() < 10) return;  // an empty glyph (a space)
    const auto contours = static_cast<std::int16_t>(u16(data, 0));
    if (contours >= 0) {
      const std::size_t lengths = 10 + 2u * static_cast<unsigned>(contours);
      const std::size_t instructions = u16(data, lengths);
      if (lengths + 2 + instructions > data.size()) return;
      out.append(data.substr(0, lengths));
      put16(out, 0);
      out.append(data.substr(lengths + 2 + instructions));
      return;
    }
    std::string copy(data);
    std::size_t end = 0;
    components(
        data,
        [&](std::size_t at) {
          set16(copy, at, u16(data, at) & ~kHaveInstructions);
          set16(copy, at + 2, new_ids_.at(u16(data, at + 2)));
        },
        &end);
    out.append(copy, 0, end);
  }

  unsigned advance(std::uint32_t old) const {
    const unsigned last = metric_count() - 1;
    return u16(hmtx_.data(), std::min<unsigned>(old, last) * 4);
  }
  unsigned side_bearing(std::uint32_t old) const {
    const unsigned metrics = metric_count();
    return old < metrics ? u16(hmtx_.data(), old * 4 + 2)
                         : u16(hmtx_.data(), metrics * 4 + (old - metrics) * 2);
  }

  // The sum of the big-endian 32-bit words, the last one padded with zeros. Whole words
  // first, without a bound check per byte: a subset's tables are summed twice.
  static std::uint32_t checksum(const std::string& data) {
    std::uint32_t sum = 0;
    const std::size_t whole = data.size() / 4 * 4;
    const auto byte = [&data](std::size_t at) {
      return static_cast<std::uint32_t>(static_cast<unsigned char>(data[at]));
    };
    for (std::size_t at = 0; at < whole; at += 4)
      sum += byte(at) << 24 | byte(at + 1) << 16 | byte(at + 2) << 8 | byte(at + 3);
    for (std::size_t at = whole; at < data.size(); ++at) sum += byte(at) << (24 - 8 * (at - whole));
    return sum;
  }

  // Tables in tag order, 4-byte aligned, with their directory and the head checksum.
  static std::string assemble(const std::array<std::pair<const char*, std::string*>, 6>& tables) {
    std::string font;
    put32(font, 0x00010000);
    put16(font, 6);   // numTables
    put16(font, 64);  // searchRange: 16 × 4, the largest power of two ≤ 6
    put16(font, 2);   // entrySelector
    put16(font, 32);  // rangeShift: 6 × 16 − 64
    std::size_t offset = 12 + 16 * tables.size();
    std::size_t head_at = 0;
    for (const auto& [tag, data] : tables) {
      font.append(tag, 4);
      put32(font, checksum(*data));
      put32(font, static_cast<std::uint32_t>(offset));
      put32(font, static_cast<std::uint32_t>(data->size()));
      if (std::string_view(tag, 4) == "head") head_at = offset;
      offset += (data->size() + 3) / 4 * 4;
    }
    for (const auto& [tag, data] : tables) {
      font += *data;
      while (font.size() % 4) font += '\0';
    }
    const std::uint32_t adjustment = 0xB1B0AFBAu - checksum(font);
    font[head_at + 8] = static_cast<char>(adjustment >> 24);
    font[head_at + 9] = static_cast<char>((adjustment >> 16) & 0xFF);
    font[head_at + 10] = static_cast<char>((adjustment >> 8) & 0xFF);
    font[head_at + 11] = static_cast<char>(adjustment & 0xFF);
    return font;
  }

  Table head_, hhea_, maxp_, hmtx_, loca_, glyf_;
  std::vector<std::uint32_t> order_;  // old ids by new id
  std::unordered_map<std::uint32_t, std::uint32_t> new_ids_;
};

}  // namespace

bool subset_truetype(hb_face_t* face, const std::vector<std::uint32_t>& glyphs, std::string& out,
                     std::vector<std::uint32_t>& new_gids) {
  Subsetter subsetter(face);
  new_gids.clear();
  if (!subsetter.usable() || !subsetter.collect(glyphs, new_gids)) return false;
  out = subsetter.write();
  return true;
}

}  // namespace acquis::pdf
