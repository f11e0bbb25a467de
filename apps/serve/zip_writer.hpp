// A ZIP archive written entry by entry, for streaming: each entry's bytes can be sent as soon
// as it is made, the directory at the end. Entries are stored, not compressed (PDFs already
// are), with a fixed date so that the same files make the same archive.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace acquis::serve {

class ZipWriter {
 public:
  // The local header and the data of one file, to send next.
  std::string entry(const std::string& name, const std::string& data);
  // The central directory and its end record: the archive's last bytes.
  std::string finish() const;

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc, size, offset;
  };
  std::vector<Entry> entries_;
  std::uint32_t offset_ = 0;
};

}  // namespace acquis::serve
