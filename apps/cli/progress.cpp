#include "progress.hpp"

#include <unistd.h>

#include <acquis/messages.hpp>

#include <cmath>
#include <cstdio>
#include <string>

namespace acquis::cli {

Progress::Progress(std::size_t total, bool quiet, Language language)
    : total_(total),
      quiet_(quiet || total == 0),
      terminal_(isatty(fileno(stderr)) != 0),
      language_(language),
      start_(std::chrono::steady_clock::now()) {}

void Progress::advance() {
  const std::size_t done = ++done_;
  if (quiet_) return;
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is drawing: skip, the next call will
  const auto now = std::chrono::steady_clock::now();
  if (terminal_ && now - last_draw_ < std::chrono::milliseconds(100) && done < total_) return;
  if (!terminal_ && done * 10 / total_ == last_tenth_) return;
  last_draw_ = now;
  last_tenth_ = done * 10 / total_;
  draw(done);
}

void Progress::finish() {
  if (quiet_) return;
  std::lock_guard lock(mutex_);
  if (terminal_ || last_drawn_ != done_) draw(done_);
  if (terminal_) std::fputc('\n', stderr);
}

void Progress::draw(std::size_t done) {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = seconds > 0 ? done / seconds : 0;
  last_drawn_ = done;
  if (!terminal_) {
    std::fprintf(stderr, "%zu / %zu\n", done, total_);
    return;
  }
  constexpr int kWidth = 30;
  const int filled = static_cast<int>(kWidth * done / total_);
  std::string bar(filled, '#');
  bar.append(kWidth - filled, '.');
  std::fprintf(stderr, "\r[%s] %zu / %zu  (%s)", bar.c_str(), done, total_,
               message("cli.per-second", language_, {{"rate", std::round(rate)}}).c_str());
  std::fflush(stderr);
}

}  // namespace acquis::cli
