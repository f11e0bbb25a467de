// zlib deflate with one compression state per thread, reset between streams.
#pragma once

#include <string>
#include <string_view>

namespace acquis::pdf {

// The zlib-wrapped (FlateDecode) form of `bytes`; empty on failure.
std::string deflate_bytes(std::string_view bytes);

}  // namespace acquis::pdf
