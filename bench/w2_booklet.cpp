// Workload W2 (../shared/bench/WORKLOADS.md): the self-assessment booklet from referential.xml,
// built through the C++ API, laid out and written in one process with fonts warm. Prints the
// median time per booklet (and layout alone), pages, bytes, pages per second and peak memory.
// Figures only: this never fails on time.
//   bench-w2 [--referential PATH] [--count N] [--out FILE]
#include <acquis/acquis.hpp>
#include <acquis/loaders.hpp>

#include "booklet.hpp"

#include <sys/resource.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

// The same booklet through the template language, from the sample data (0 when unavailable).
double template_median(const acquis::Engine& engine, std::size_t count, const std::string& out) {
  std::vector<double> times;
  for (std::size_t i = 0; i < count; ++i) {
    const auto t0 = Clock::now();
    std::vector<acquis::Diagnostic> diags;
    acquis::Program program;
    acquis::Organization organization;
    if (!acquis::read_program("samples/programmes/soudage-montage.xml", program, diags) ||
        !acquis::read_organization("samples/organisation.xml", organization, diags))
      return 0;
    acquis::TemplateData data;
    data.program = &program;
    data.organization = &organization;
    data.data_directory = "samples";
    std::vector<acquis::Diagnostic> diagnostics;
    if (!acquis::render_template_to_file(engine, "templates/cahier-autoevaluation.xml", data, {},
                                         out, diagnostics))
      return 0;
    times.push_back(ms_since(t0));
  }
  return median(times);
}

}  // namespace

int main(int argc, char** argv) {
  std::string referential = "../shared/bench/referential.xml", out = "bench/out/w2.pdf";
  std::size_t count = 100;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--referential")) referential = argv[i + 1];
    if (!std::strcmp(argv[i], "--count")) count = std::stoul(argv[i + 1]);
    if (!std::strcmp(argv[i], "--out")) out = argv[i + 1];
  }
  acquis::samples::BookletData data;
  std::string error;
  if (!acquis::samples::read_booklet_data(referential, data, error)) {
    std::fprintf(stderr, "bench-w2: %s\n", error.c_str());
    return 1;
  }
  const auto cold_start = Clock::now();
  std::vector<acquis::Diagnostic> diagnostics;
  auto engine = acquis::Engine::create({}, diagnostics);
  if (!engine) return 1;
  const acquis::RenderResult first =
      engine->render(acquis::samples::self_assessment_booklet(data, {}));
  const double cold_ms = ms_since(cold_start);
  if (!first.ok) {
    for (const auto& d : first.diagnostics)
      std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    return 1;
  }
  std::vector<double> total, layout;
  std::size_t bytes = 0;
  int pages = 0;
  for (std::size_t i = 0; i < count; ++i) {
    auto t0 = Clock::now();
    const acquis::Document document = acquis::samples::self_assessment_booklet(data, {});
    std::vector<acquis::Diagnostic> ignored;
    const std::string dump = engine->dump(document, ignored);
    layout.push_back(ms_since(t0));
    t0 = Clock::now();
    const acquis::RenderResult result =
        engine->render_to_file(acquis::samples::self_assessment_booklet(data, {}), out);
    total.push_back(ms_since(t0));
    bytes = result.pdf.size();
    pages = result.pages;
  }
  const double templated = template_median(*engine, count, out);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double m = median(total);
  std::printf("W2 self-assessment booklet, one process, fonts warm (%zu runs, %s)\n", count,
              referential.c_str());
  std::printf("first booklet, fonts cold (engine creation + render): %.2f ms\n", cold_ms);
  std::printf("build + lay out + write: median %.2f ms, p90 %.2f ms  (layout alone %.2f ms)\n", m,
              percentile(total, 0.9), median(layout));
  std::printf("%d pages, %.1f KB, %.0f pages/s\n", pages, bytes / 1000.0, pages * 1000.0 / m);
  if (templated > 0)
    std::printf(
        "from templates/cahier-autoevaluation.xml (load data + template + lay out + "
        "write): median %.2f ms\n",
        templated);
  std::printf("peak memory: %.1f MB\n", usage.ru_maxrss / 1024.0);
  std::printf(
      "target: <= 25 ms in one process with fonts warm (Typst: 156 ms as a whole process)\n");
  return 0;
}
