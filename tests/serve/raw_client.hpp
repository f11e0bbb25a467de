// A client written on a bare socket, for what a well-behaved HTTP library will not do: send
// half a request and wait, send a chunked body without end, read an answer cut short.
#pragma once

#include <string>
#include <string_view>

namespace acquis::test {

// A socket connected to 127.0.0.1:port, or -1.
int connect_loopback(int port);
// false when the peer no longer takes bytes (no SIGPIPE).
bool send_all(int socket, std::string_view bytes);
// Whether bytes are waiting to be read, within `milliseconds`.
bool readable(int socket, int milliseconds);
// Everything until the peer closes, or until `seconds` pass without a byte.
std::string read_to_end(int socket, int seconds = 30);
// The status line's code of a raw answer ("HTTP/1.1 413 …" → 413), or 0.
int status_of(const std::string& answer);
// A process's resident memory in kilobytes (VmRSS), or -1.
long resident_kilobytes(int pid);

}  // namespace acquis::test
