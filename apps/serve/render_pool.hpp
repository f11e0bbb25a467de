// The worker pool that renders: a thread per render allowed at once, each with its caches warm
// (shaping, ICU formatters, malloc arena), fed by a bounded queue. Connection threads only
// parse and wait.
// Past the queue's bound, or when a job waits longer than the request's time limit, the caller
// answers 503 at once rather than piling work up.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace acquis::serve {

class RenderPool {
 public:
  RenderPool(unsigned workers, unsigned queue_limit);
  ~RenderPool();  // finishes the queued jobs, then joins
  RenderPool(const RenderPool&) = delete;
  RenderPool& operator=(const RenderPool&) = delete;

  // Runs `job` on a worker; false (and `job` dropped) when the queue is full. The job must own
  // what it touches: its caller may stop waiting.
  bool submit(std::function<void()> job);

 private:
  void work();

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  const std::size_t limit_;  // jobs allowed to wait for a worker
  std::size_t busy_ = 0;     // workers running a job
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace acquis::serve
