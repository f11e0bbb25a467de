// The public loaders (acquis/loaders.hpp): a file read, then the loader of its kind.
#include <acquis/loaders.hpp>

#include "data/candidates.hpp"
#include "data/loaders.hpp"

namespace acquis {

namespace {

template <class Item, class Loader>
bool read_with(const std::string& path, Item& item, std::vector<Diagnostic>& diagnostics,
               Loader loader) {
  Diagnostics diags;
  SourceText source("", "");
  const bool ok = read_source(path, source, diags) && loader(std::move(source), item, diags);
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return ok;
}

}  // namespace

bool read_program(const std::string& path, Program& program, std::vector<Diagnostic>& diagnostics) {
  return read_with(path, program, diagnostics, [](SourceText s, Program& p, Diagnostics& d) {
    return load_program(std::move(s), p, d);
  });
}

bool read_organization(const std::string& path, Organization& organization,
                       std::vector<Diagnostic>& diagnostics) {
  return read_with(path, organization, diagnostics, load_organization);
}

bool read_employers(const std::string& path, std::vector<Employer>& employers,
                    std::vector<Diagnostic>& diagnostics) {
  return read_with(path, employers, diagnostics, load_employers);
}

bool read_assessment(const std::string& path, AssessmentRecord& record,
                     std::vector<Diagnostic>& diagnostics) {
  return read_with(path, record, diagnostics,
                   [](SourceText s, AssessmentRecord& r, Diagnostics& d) {
                     return load_assessment(std::move(s), r, d);
                   });
}

std::vector<Candidate> read_candidates(const std::string& path,
                                       std::vector<Diagnostic>& diagnostics) {
  std::vector<Candidate> candidates;
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0) {
    read_with(path, candidates, diagnostics,
              [](SourceText s, std::vector<Candidate>& c, Diagnostics& d) {
                return load_candidates_xml(std::move(s), c, d);
              });
    return candidates;
  }
  Diagnostics diags;
  candidates = load_candidates_csv(path, diags);
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return candidates;
}

}  // namespace acquis
