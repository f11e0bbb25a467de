// Workload W1 (../shared/bench/WORKLOADS.md): the one-page attestation from certs.csv, each
// written as a standalone file in one process, through the C++ API. Prints median time and
// bytes per file, and the same page written with libharu's own TrueType path side by side.
// Figures only: this never fails on time.
//   bench-w1 [--csv PATH] [--count N] [--libharu-count N] [--out DIR]
#include <acquis/acquis.hpp>

#include "csv_rows.hpp"
#include "libharu_attestation.hpp"
#include "sample_documents.hpp"

#include <sys/resource.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string csv = "../shared/bench/certs.csv";
  std::size_t count = 1000;
  std::size_t libharu_count = 200;
  std::string out = "bench/out/w1";
};

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--csv")) options.csv = argv[i + 1];
    if (!std::strcmp(argv[i], "--count")) options.count = std::stoul(argv[i + 1]);
    if (!std::strcmp(argv[i], "--libharu-count")) options.libharu_count = std::stoul(argv[i + 1]);
    if (!std::strcmp(argv[i], "--out")) options.out = argv[i + 1];
  }
  return options;
}

acquis::samples::AttestationData from_row(const acquis::bench::Row& row) {
  return {row.at("prenom"),         row.at("nom"),    row.at("code_permanent"), row.at("metier"),
          row.at("code_programme"), row.at("date_fr")};
}

struct Series {
  std::vector<double> ms;         // render + write, per file
  std::vector<double> render_ms;  // render to memory only
  std::vector<std::size_t> bytes;
  double total_s = 0;

  static double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
  }
  double percentile(double p) const {
    std::vector<double> v = ms;
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
  }
  double median_bytes() const {
    std::vector<double> v(bytes.begin(), bytes.end());
    return median(v);
  }
  void print(const char* label) const {
    std::printf(
        "%-28s %5zu files  median %6.3f ms (render %6.3f + write)  p90 %6.3f ms  %5.0f files/s  "
        "median %5.1f KB\n",
        label, ms.size(), median(ms), median(render_ms), percentile(0.9), ms.size() / total_s,
        median_bytes() / 1000.0);
  }
};

template <typename Render>
Series run(const std::vector<acquis::bench::Row>& rows, std::size_t count, const std::string& dir,
           Render render) {
  std::filesystem::remove_all(dir);  // a fresh batch, as in real use
  std::filesystem::create_directories(dir);
  Series series;
  const auto start = Clock::now();
  for (std::size_t i = 0; i < count && i < rows.size(); ++i) {
    const auto t0 = Clock::now();
    const std::vector<std::uint8_t> pdf = render(from_row(rows[i]));
    series.render_ms.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    std::ofstream(dir + "/" + rows[i].at("id") + ".pdf", std::ios::binary)
        .write(reinterpret_cast<const char*>(pdf.data()), static_cast<std::streamsize>(pdf.size()));
    series.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    series.bytes.push_back(pdf.size());
  }
  series.total_s = std::chrono::duration<double>(Clock::now() - start).count();
  return series;
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  const auto rows = acquis::bench::read_csv(options.csv);
  if (rows.empty()) {
    std::fprintf(stderr, "bench-w1: aucune ligne lue dans %s\n", options.csv.c_str());
    return 1;
  }
  const auto cold_start = Clock::now();
  std::vector<acquis::Diagnostic> diagnostics;
  auto engine = acquis::Engine::create({}, diagnostics);
  if (!engine) return 1;
  const auto first = engine->render(acquis::samples::attestation(from_row(rows[0])));
  const double cold_ms =
      std::chrono::duration<double, std::milli>(Clock::now() - cold_start).count();
  if (!first.ok) return 1;

  std::printf("W1 attestation, standalone files, one process (%zu rows in %s)\n", rows.size(),
              options.csv.c_str());
  std::printf("first file, fonts cold (engine creation + render): %.2f ms\n", cold_ms);
  const Series acquis_series =
      run(rows, options.count, options.out + "/acquis",
          [&](const auto& data) { return engine->render(acquis::samples::attestation(data)).pdf; });
  const long acquis_rss = peak_rss_kb();
  const Series libharu_series =
      run(rows, options.libharu_count, options.out + "/libharu",
          [](const auto& data) { return acquis::bench::libharu_attestation(data); });
  acquis_series.print("Acquis (HarfBuzz + subset)");
  libharu_series.print("libharu TrueType path");
  std::printf("speed-up: %.1fx faster, %.1fx smaller\n",
              Series::median(libharu_series.ms) / Series::median(acquis_series.ms),
              libharu_series.median_bytes() / acquis_series.median_bytes());
  std::printf("peak memory after Acquis run: %.1f MB\n", acquis_rss / 1024.0);
  std::printf("targets: <= 1.5 ms and <= 25 KB per file, >= 10x faster than libharu's own path\n");
  return 0;
}
