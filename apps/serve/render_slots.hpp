// Renders are CPU work: at most one per core at once, a bounded number waiting, and a wait
// that gives up in time. Past those limits the request is answered 503 at once rather than
// piling up until memory or patience runs out.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace acquis::serve {

class RenderSlots {
 public:
  RenderSlots(unsigned running, unsigned waiting) : max_running_(running), max_waiting_(waiting) {}

  // False when too many are waiting or none became free in time.
  bool acquire(std::chrono::milliseconds patience) {
    std::unique_lock lock(mutex_);
    if (running_ >= max_running_ && waiting_ >= max_waiting_) return false;
    ++waiting_;
    const bool free = freed_.wait_for(lock, patience, [this] { return running_ < max_running_; });
    --waiting_;
    if (free) ++running_;
    return free;
  }

  void release() {
    {
      std::lock_guard lock(mutex_);
      --running_;
    }
    freed_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  unsigned running_ = 0, waiting_ = 0;
  const unsigned max_running_, max_waiting_;
};

// Holds a slot for a scope.
class SlotGuard {
 public:
  explicit SlotGuard(RenderSlots& slots) : slots_(slots) {}
  ~SlotGuard() { slots_.release(); }
  SlotGuard(const SlotGuard&) = delete;
  SlotGuard& operator=(const SlotGuard&) = delete;

 private:
  RenderSlots& slots_;
};

}  // namespace acquis::serve
