#include "render_pool.hpp"

#include <pthread.h>

namespace acquis::serve {

RenderPool::RenderPool(unsigned workers, unsigned queue_limit) : limit_(queue_limit) {
  for (unsigned i = 0; i < workers; ++i) {
    workers_.emplace_back([this] { work(); });
    pthread_setname_np(workers_.back().native_handle(), "acquis-rendu");  // as top -H shows it
  }
}

RenderPool::~RenderPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

bool RenderPool::submit(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    const std::size_t idle = workers_.size() - busy_;
    if (stopping_ || jobs_.size() >= limit_ + idle) return false;
    jobs_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

void RenderPool::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // stopping, nothing left
      job = std::move(jobs_.front());
      jobs_.pop_front();
      ++busy_;
    }
    job();
    std::lock_guard lock(mutex_);
    --busy_;
  }
}

}  // namespace acquis::serve
