#include "assemble.hpp"

#include "session.hpp"

#include <acquis/app/slices.hpp>

#include <cstdio>
#include <filesystem>

namespace acquis::cli {

namespace {

// "3, 7, 12": the slices missing, the first twenty.
std::string slice_list(const std::vector<int>& slices) {
  std::string list;
  for (std::size_t i = 0; i < slices.size() && i < 20; ++i)
    list += (list.empty() ? "" : ", ") + std::to_string(slices[i]);
  return slices.size() > 20 ? list + ", …" : list;
}

}  // namespace

int assemble_slices(const Arguments& args) {
  const std::string output = args.option("sortie");
  if (output.empty() || output == "-" || args.positional.empty())
    return usage_error(args, "cli.assemble-usage");
  const app::SliceJoin join = app::join_slices(args.positional, output, args.deterministic);
  if (!join.error.empty()) {
    std::fprintf(stderr, "acquis: %s\n",
                 say(args, join.error.c_str(),
                     {{"path", join.path},
                      {"other", join.other},
                      {"slice", std::to_string(join.slice)},
                      {"count", std::to_string(join.count)}})
                     .c_str());
    return 1;
  }
  if (!join.missing.empty())
    std::fprintf(stderr, "acquis: %s\n",
                 say(args, "cli.slices-missing",
                     {{"slices", slice_list(join.missing)},
                      {"missing", static_cast<double>(join.missing.size())},
                      {"count", std::to_string(join.count)}})
                     .c_str());
  std::error_code ignored;
  report_written(args, output, static_cast<int>(join.pages),
                 std::filesystem::file_size(output, ignored));
  return 0;
}

}  // namespace acquis::cli
