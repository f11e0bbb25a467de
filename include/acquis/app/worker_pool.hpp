// Threads that render: each keeps its caches warm (shaping, ICU formatters, malloc arena), fed
// by a bounded queue. The service answers 503 rather than queue past the bound (submit); a batch
// waits for room (submit_waiting).
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace acquis::app {

class WorkerPool {
 public:
  // `name`: the threads' name, as `top -H` shows it.
  WorkerPool(unsigned workers, unsigned queue_limit, const std::string& name = "acquis-rendu");
  ~WorkerPool();  // finishes the queued jobs, then joins
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs `job` on a worker; false (and `job` dropped) when the queue is full or the pool
  // stopping. The job must own what it touches: its caller may stop waiting.
  bool submit(std::function<void()> job);
  // The same, waiting for room in the queue; false only when the pool is stopping.
  bool submit_waiting(std::function<void()> job);
  unsigned workers() const { return static_cast<unsigned>(workers_.size()); }

 private:
  bool has_room() const;
  void work();

  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<std::function<void()>> jobs_;
  const std::size_t limit_;  // jobs allowed to wait for a worker
  std::size_t busy_ = 0;     // workers running a job
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

// Every core but one, at least one: the last core is left to the connections and the client,
// and a machine kept fully busy is paused by its hypervisor (docs/service.md).
unsigned default_render_threads();

}  // namespace acquis::app
