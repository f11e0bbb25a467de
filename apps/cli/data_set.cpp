#include "data_set.hpp"

#include "data/candidates.hpp"
#include "data/loaders.hpp"

#include <algorithm>
#include <filesystem>

namespace acquis::cli {

namespace fs = std::filesystem;

namespace {

template <class Item, class Loader>
bool load_file(const fs::path& path, Item& item, Diagnostics& diags, bool english, Loader loader) {
  SourceText source("", "");
  return read_source(path.string(), source, diags, english) &&
         loader(std::move(source), item, diags, english);
}

// The .xml files of a folder, sorted so that the order (and the output) never depends on the disk.
std::vector<fs::path> xml_files(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error))
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

void load_candidates(fs::path file, DataSet& data, Diagnostics& diags,
                     const DataSetOptions& options) {
  const std::size_t before = diags.count();
  if (file.extension() == ".xml")
    load_file(file, data.candidates, diags, options.english, load_candidates_xml);
  else
    data.candidates =
        load_candidates_csv(file.string(), diags, options.english, options.only_candidate);
  for (std::size_t i = before; i < diags.count(); ++i)
    if (diags.items()[i].severity == Severity::Error) ++data.candidate_errors;
}

fs::path candidates_file(const fs::path& dir, const std::string& given) {
  if (!given.empty()) return given;
  if (fs::exists(dir / "candidats.csv") || !fs::exists(dir / "candidats.xml"))
    return dir / "candidats.csv";
  return dir / "candidats.xml";
}

}  // namespace

const Program* DataSet::program(const std::string& code) const {
  for (const Program& p : programs)
    if (p.code == code) return &p;
  return nullptr;
}

const Candidate* DataSet::candidate(const std::string& permanent_code) const {
  for (const Candidate& c : candidates)
    if (c.permanent_code == permanent_code) return &c;
  return nullptr;
}

const AssessmentRecord* DataSet::record(const std::string& permanent_code) const {
  const auto it = records.find(permanent_code);
  return it == records.end() ? nullptr : &it->second;
}

bool load_data_set(const std::string& directory, DataSet& data, Diagnostics& diags,
                   const DataSetOptions& options) {
  const bool english = options.english;
  const std::string& candidates = options.candidates_file;
  const fs::path dir(directory);
  data.directory = directory;
  bool ok =
      load_file(dir / "organisation.xml", data.organization, diags, english, load_organization);
  for (const fs::path& file : xml_files(dir / "programmes")) {
    Program program;
    ok = load_file(file, program, diags, english, load_program) && ok;
    data.programs.push_back(std::move(program));
  }
  const fs::path candidates_path = candidates_file(dir, candidates);
  if (!candidates.empty() || fs::exists(candidates_path))
    load_candidates(candidates_path, data, diags, options);
  if (fs::exists(dir / "employeurs.xml"))
    ok = load_file(dir / "employeurs.xml", data.employers, diags, english, load_employers) && ok;
  for (const fs::path& file : xml_files(dir / "dossiers")) {
    AssessmentRecord record;
    ok = load_file(file, record, diags, english, load_assessment) && ok;
    data.records[record.permanent_code] = std::move(record);
  }
  return ok;
}

}  // namespace acquis::cli
