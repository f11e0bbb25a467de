// Workloads W1 and W2 (../shared/bench/WORKLOADS.md) through the command line, as whole
// processes: what a user waits for, start to exit. Prints medians, throughput, bytes and the
// peak memory of each process.
//   bench-cli [--acquis build/release/apps/acquis] [--shared ../shared/bench] [--runs 5]
#include "cli_data.hpp"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;

struct Run {
  double ms = 0;
  long peak_kb = 0;
  int status = -1;
};

// One process, timed from spawn to exit; stdout and stderr go to /dev/null.
Run run(const std::vector<std::string>& command) {
  std::vector<char*> argv;
  for (const std::string& word : command) argv.push_back(const_cast<char*>(word.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  Run result;
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
    rusage usage{};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    result.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    result.peak_kb = usage.ru_maxrss;
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  return result;
}

struct Summary {
  double median_ms = 0;
  long peak_kb = 0;
  bool ok = true;
};

Summary repeat(int runs, const std::vector<std::string>& command,
               const std::function<void()>& before = {}) {
  std::vector<double> times;
  Summary s;
  for (int i = 0; i < runs; ++i) {
    if (before) before();
    const Run r = run(command);
    s.ok = s.ok && r.status == 0;
    times.push_back(r.ms);
    s.peak_kb = std::max(s.peak_kb, r.peak_kb);
  }
  std::sort(times.begin(), times.end());
  s.median_ms = times[times.size() / 2];
  return s;
}

std::uintmax_t median_size(const fs::path& folder, std::size_t& count) {
  std::vector<std::uintmax_t> sizes;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".pdf") sizes.push_back(entry.file_size());
  count = sizes.size();
  if (sizes.empty()) return 0;
  std::sort(sizes.begin(), sizes.end());
  return sizes[sizes.size() / 2];
}

std::string option(int argc, char** argv, const char* name, const std::string& fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (!std::strcmp(argv[i], name)) return argv[i + 1];
  return fallback;
}

void status(const Summary& s) {
  if (!s.ok) std::printf("   !! a run exited with an error\n");
}

}  // namespace

int main(int argc, char** argv) {
  const std::string acquis =
      fs::absolute(option(argc, argv, "--acquis", "build/release/apps/acquis"));
  const std::string shared = option(argc, argv, "--shared", "../shared/bench");
  const int runs = std::stoi(option(argc, argv, "--runs", "5"));
  const fs::path work = fs::temp_directory_path() / "acquis-bench-cli";
  const std::string organisation = "samples/organisation.xml";
  fs::create_directories(work);

  const fs::path w1 = work / "w1", w1x10 = work / "w1x10", w1x100 = work / "w1x100",
                 w2 = work / "w2";
  acquis::bench::write_w1_folder(shared + "/certs.csv", organisation, w1);
  acquis::bench::write_w1_folder(shared + "/certs.csv", organisation, w1x10, 10);
  acquis::bench::write_w1_folder(shared + "/certs.csv", organisation, w1x100, 100);
  if (!acquis::bench::write_w2_folder(shared + "/referential.xml", organisation, w2)) {
    std::fprintf(stderr, "cannot read %s/referential.xml\n", shared.c_str());
    return 1;
  }
  // A new folder per run, all removed at the end: creating files where as many were just
  // deleted is slower on ext4 than a user's first batch would be.
  int run_number = 0;
  std::string out;
  const auto next_folder = [&] { out = (work / ("out-" + std::to_string(++run_number))).string(); };
  const std::vector<std::string> common = {"--deterministe"};
  std::printf("Acquis command line, whole processes (%s), median of %d runs\n", acquis.c_str(),
              runs);

  const std::string one = (work / "one.pdf").string();
  const Summary w1_one =
      repeat(runs * 4, {acquis, "produire", "attestation", "--donnees", w1, "--programme", "5195",
                        "--candidat", "COTE12345678", "-o", one, "--deterministe"});
  std::printf("W1 one attestation:        %7.1f ms   %6.1f KB   peak %ld MB\n", w1_one.median_ms,
              fs::file_size(one) / 1024.0, w1_one.peak_kb / 1024);
  status(w1_one);

  const auto separate = [&](const fs::path& data, const char* label) {
    std::vector<std::string> command = {acquis,      "lot",          "attestation",
                                        "--donnees", data.string(),  "--sortie",
                                        "",          "--silencieux", "--deterministe"};
    Summary s;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
      next_folder();
      command[6] = out;
      const Run r = run(command);
      s.ok = s.ok && r.status == 0;
      s.peak_kb = std::max(s.peak_kb, r.peak_kb);
      times.push_back(r.ms);
    }
    std::sort(times.begin(), times.end());
    s.median_ms = times[times.size() / 2];
    std::size_t files = 0;
    const std::uintmax_t size = median_size(out, files);
    std::printf("W1 %-22s %7.0f ms   %6.0f files/s   %6.1f KB/file   peak %ld MB\n", label,
                s.median_ms, files / (s.median_ms / 1000), size / 1024.0, s.peak_kb / 1024);
    status(s);
  };
  separate(w1, "1,000 separate:");
  separate(w1x10, "10,000 separate:");

  // 100,000 pages take a quarter of a minute: run once.
  const auto merged = [&](const fs::path& data, const char* label, std::size_t pages, int times) {
    const std::string file = (work / "merged.pdf").string();
    const Summary s = repeat(times, {acquis, "lot", "attestation", "--donnees", data, "--fusion",
                                     file, "--silencieux", "--deterministe"});
    std::printf("W1 %-22s %7.0f ms   %6.0f pages/s   %6.1f MB          peak %ld MB\n", label,
                s.median_ms, pages / (s.median_ms / 1000), fs::file_size(file) / 1048576.0,
                s.peak_kb / 1024);
    status(s);
  };
  merged(w1, "1,000 merged:", 1000, runs);
  merged(w1x10, "10,000 merged:", 10000, runs);
  merged(w1x100, "100,000 merged:", 100000, 1);
  // What the list of people costs alone: the same 100,000 loaded, one slice in 10,000 made.
  const Summary list = repeat(1, {acquis, "lot", "attestation", "--donnees", w1x100, "--fusion",
                                  (work / "merged.pdf").string(), "--tranche", "1/10000",
                                  "--silencieux", "--deterministe"});
  std::printf("W1 100,000 loaded, ~10 merged: %7.0f ms   peak %ld MB (the list of people)\n",
              list.median_ms, list.peak_kb / 1024);
  status(list);
  fs::remove(work / "merged.pdf");

  const std::string booklet = (work / "booklet.pdf").string();
  const Summary w2_one =
      repeat(runs * 2, {acquis, "produire", "cahier-autoevaluation", "--donnees", w2, "--programme",
                        "5195", "-o", booklet, "--deterministe"});
  for (int i = 1; i <= run_number; ++i) fs::remove_all(work / ("out-" + std::to_string(i)));
  std::printf("W2 booklet:                %7.1f ms   %6.1f KB   peak %ld MB\n", w2_one.median_ms,
              fs::file_size(booklet) / 1024.0, w2_one.peak_kb / 1024);
  status(w2_one);
  return 0;
}
