#include <acquis/app/worker_pool.hpp>

#include <pthread.h>

#include <algorithm>

namespace acquis::app {

WorkerPool::WorkerPool(unsigned workers, unsigned queue_limit, const std::string& name)
    : limit_(queue_limit) {
  for (unsigned i = 0; i < std::max(1u, workers); ++i) {
    workers_.emplace_back([this] { work(); });
    pthread_setname_np(workers_.back().native_handle(), name.substr(0, 15).c_str());
  }
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  room_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

bool WorkerPool::has_room() const {
  const std::size_t idle = workers_.size() - busy_;
  return jobs_.size() < limit_ + idle;
}

bool WorkerPool::submit(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || !has_room()) return false;
    jobs_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

bool WorkerPool::submit_waiting(std::function<void()> job) {
  {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [this] { return stopping_ || has_room(); });
    if (stopping_) return false;
    jobs_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

void WorkerPool::work() {
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
    {
      std::lock_guard lock(mutex_);
      --busy_;
    }
    room_.notify_one();
  }
}

unsigned default_render_threads() {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, cores - 1);
}

}  // namespace acquis::app
