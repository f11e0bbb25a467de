// Progress of a batch on stderr: a bar redrawn in place on a terminal, a line every tenth of
// the work otherwise (logs stay short), nothing when quiet. advance() may be called from any
// thread.
#pragma once

#include <acquis/language.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>

namespace acquis::cli {

class Progress {
 public:
  Progress(std::size_t total, bool quiet, Language language);
  void advance();
  void finish();  // the final state, and a new line after a bar

 private:
  void draw(std::size_t done);

  std::size_t total_;
  bool quiet_, terminal_;
  Language language_;
  std::atomic<std::size_t> done_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_, last_draw_{};
  std::size_t last_tenth_ = 0, last_drawn_ = 0;
};

}  // namespace acquis::cli
