#include <acquis/app/slices.hpp>

#include "app/formread/slices.h"
#include "app/qpdf_module.hpp"

#include <cstdio>
#include <filesystem>
#include <map>

namespace acquis::app {

namespace {

const char* unreadable_or_not_slice(int status) {
  return status == ACQUIS_SLICE_UNREADABLE ? "slices.unreadable" : "slices.not-a-slice";
}

// Each input's slice: all of one batch (same count), none twice; the slices not given.
bool check_slices(const std::vector<std::string>& inputs, SliceJoin& join) {
  const auto read = reinterpret_cast<AcquisReadSlice>(qpdf_module_entry("acquis_read_slice"));
  if (!read) return join.error = "form.reader-missing", false;
  std::map<int, std::string> given;
  for (const std::string& path : inputs) {
    int index = 0, count = 0;
    join.path = path;
    if (const int status = read(path.c_str(), &index, &count); status != ACQUIS_SLICE_OK)
      return join.error = unreadable_or_not_slice(status), false;
    if (join.count == 0) join.count = count;
    join.slice = index;
    if (count != join.count)
      return join.error = "slices.other-batch", join.other = inputs[0], join.count = count, false;
    if (const auto [it, added] = given.emplace(index, path); !added)
      return join.error = "slices.twice", join.other = it->second, false;
  }
  for (int index = 1; index <= join.count; ++index)
    if (!given.count(index)) join.missing.push_back(index);
  join.path.clear();
  return true;
}

}  // namespace

SliceJoin join_slices(const std::vector<std::string>& inputs, const std::string& output,
                      bool deterministic) {
  SliceJoin join;
  if (!check_slices(inputs, join)) return join;
  const auto assemble =
      reinterpret_cast<AcquisAssembleSlices>(qpdf_module_entry("acquis_assemble_slices"));
  if (!assemble) return join.error = "form.reader-missing", join;
  std::vector<const char*> paths;
  for (const std::string& path : inputs) paths.push_back(path.c_str());
  // Written beside the output, then renamed: a failure leaves nothing, a reader never sees
  // half a file.
  const std::string temporary = output + ".tmp";
  std::size_t failed = 0;
  const int status = assemble(paths.data(), paths.size(), temporary.c_str(), deterministic ? 1 : 0,
                              &join.pages, &failed);
  std::error_code error;
  if (status == ACQUIS_SLICE_OK) std::filesystem::rename(temporary, output, error);
  if (status == ACQUIS_SLICE_OK && !error) return join;
  std::filesystem::remove(temporary, error);
  join.path = failed < inputs.size() ? inputs[failed] : output;
  join.error = status == ACQUIS_SLICE_OK || status == ACQUIS_SLICE_WRITE
                   ? "slices.cannot-write"
                   : unreadable_or_not_slice(status);
  return join;
}

}  // namespace acquis::app
