#include <acquis/app/run_config.hpp>
#include <acquis/templates.hpp>

#include <ctime>

namespace acquis::app {

std::string today(const RunConfig& config) {
  if (config.deterministic) return kFixedDate;
  if (!config.date.empty()) return config.date;
  return local_time("%Y-%m-%d");
}

std::string local_time(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);  // reentrant, and /etc/localtime is read once, not at every call
  char buffer[64];
  return std::string(buffer, std::strftime(buffer, sizeof buffer, format, &local));
}

}  // namespace acquis::app
