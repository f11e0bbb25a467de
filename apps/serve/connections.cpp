#include "connections.hpp"

#include <sys/socket.h>

#include <chrono>

namespace acquis::serve {

namespace {
// A thread left without a connection this long ends (memory back after a burst).
constexpr std::chrono::seconds kIdleEnd{20};
}  // namespace

void ConnectionThreads::enqueue(std::function<void()> job) {
  std::unique_lock lock(mutex_);
  join_finished(lock);
  jobs_.push_back(std::move(job));
  if (idle_ < jobs_.size() && running_.size() < max_threads_) {
    running_.emplace_back();
    const auto self = std::prev(running_.end());
    *self = std::thread([this, self] { work(self); });
  }
  work_ready_.notify_one();
}

void ConnectionThreads::work(std::list<std::thread>::iterator self) {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    const bool woken =
        work_ready_.wait_for(lock, kIdleEnd, [this] { return !jobs_.empty() || stopping_; });
    --idle_;
    if (jobs_.empty() && (stopping_ || !woken)) break;
    if (jobs_.empty()) continue;
    std::function<void()> job = std::move(jobs_.front());
    jobs_.pop_front();
    lock.unlock();
    job();
    lock.lock();
  }
  // Joined by whoever comes next (a thread cannot join itself).
  finished_.splice(finished_.end(), running_, self);
  thread_ended_.notify_all();
}

void ConnectionThreads::join_finished(std::unique_lock<std::mutex>& lock) {
  if (finished_.empty()) return;
  std::list<std::thread> done;
  done.swap(finished_);
  lock.unlock();
  for (std::thread& thread : done) thread.join();
  lock.lock();
}

void ConnectionThreads::shutdown() {
  std::unique_lock lock(mutex_);
  stopping_ = true;
  work_ready_.notify_all();
  thread_ended_.wait(lock, [this] { return running_.empty(); });
  join_finished(lock);
}

bool Listener::deepen_backlog() {
  return ::listen(svr_sock_, SOMAXCONN) == 0;
}

}  // namespace acquis::serve
