// How connections are taken. cpp-httplib 0.11 reads and answers each connection on a thread
// of its own, blocking; with a fixed pool of threads, a few hundred idle or slow clients
// would hold them all and leave even the health check unanswered. Here threads are made as
// connections come, up to a maximum, and end after a while idle; and the listening socket's
// backlog is the system's, not httplib's 5.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace acquis::serve {

class ConnectionThreads : public httplib::TaskQueue {
 public:
  explicit ConnectionThreads(std::size_t max_threads) : max_threads_(max_threads) {}
  ~ConnectionThreads() override { shutdown(); }
  void enqueue(std::function<void()> job) override;
  // Every connection taken is answered, then the threads end.
  void shutdown() override;

 private:
  void work(std::list<std::thread>::iterator self);
  void join_finished(std::unique_lock<std::mutex>& lock);

  const std::size_t max_threads_;
  std::mutex mutex_;
  std::condition_variable work_ready_, thread_ended_;
  std::deque<std::function<void()>> jobs_;
  std::list<std::thread> running_, finished_;
  std::size_t idle_ = 0;
  bool stopping_ = false;
};

class Listener : public httplib::Server {
 public:
  // After bind_to_port: the pending-connection queue as deep as the system allows.
  bool deepen_backlog();
};

}  // namespace acquis::serve
