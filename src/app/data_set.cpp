#include <acquis/app/data_set.hpp>

#include "data/candidates.hpp"
#include "data/loaders.hpp"

#include <algorithm>
#include <filesystem>

namespace acquis::app {

namespace fs = std::filesystem;

namespace {

template <class Item, class Loader, class... Known>
bool load_file(const fs::path& path, Item& item, Diagnostics& diags, Loader loader,
               const Known&... known) {
  SourceText source("", "");
  return read_source(path.string(), source, diags) &&
         loader(std::move(source), item, diags, known...);
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

void load_candidates(const fs::path& file, DataSet& data, Diagnostics& diags,
                     const DataSetOptions& options, const KnownData& known) {
  const std::size_t before = diags.count();
  if (file.extension() == ".xml")
    load_file(file, data.candidates, diags, load_candidates_xml, known);
  else
    data.candidates = load_candidates_csv(file.string(), diags, options.only_candidate, known);
  for (std::size_t i = before; i < diags.count(); ++i)
    if (diags.items()[i].severity == Severity::Error) ++data.candidate_errors;
}

fs::path candidates_file(const fs::path& dir, const std::string& given) {
  if (!given.empty()) return given;
  if (fs::exists(dir / "candidats.csv") || !fs::exists(dir / "candidats.xml"))
    return dir / "candidats.csv";
  return dir / "candidats.xml";
}

template <class Item, class Key>
const Item* find(const std::vector<Item>& items, const std::string& wanted, Key key) {
  for (const Item& item : items)
    if (item.*key == wanted) return &item;
  return nullptr;
}

}  // namespace

const Program* DataSet::program(const std::string& code) const {
  for (const Program& p : programs)
    if (p.answers_to(code)) return &p;
  return nullptr;
}

const Candidate* DataSet::candidate(const std::string& permanent_code) const {
  return find(candidates, permanent_code, &Candidate::permanent_code);
}

const Employer* DataSet::employer(const std::string& id) const {
  return find(employers, id, &Employer::id);
}

const AssessmentRecord* DataSet::record(const std::string& permanent_code) const {
  const auto it = records.find(permanent_code);
  return it == records.end() ? nullptr : &it->second;
}

bool load_data_set(const std::string& directory, const DataSetOptions& options, DataSet& data,
                   std::vector<Diagnostic>& diagnostics) {
  Diagnostics diags;
  const fs::path dir(directory);
  data.directory = directory;
  // In the order of their references: each file is checked against those read before it.
  // A file that failed is not used to judge the others: one bad byte in candidats.csv must not
  // also make every record "a person nobody knows".
  KnownData known;
  data.broken_organization =
      !load_file(dir / "organisation.xml", data.organization, diags, load_organization);
  for (const fs::path& file : xml_files(dir / "programmes")) {
    Program program;
    known.programs = &data.programs;
    if (load_file(file, program, diags, load_program, known))
      data.programs.push_back(std::move(program));
    else
      data.broken_program_files.push_back(file.string());
  }
  const bool programs_ok = data.broken_program_files.empty();
  known.programs = programs_ok ? &data.programs : nullptr;
  bool employers_ok = true;
  if (fs::exists(dir / "employeurs.xml")) {
    employers_ok = load_file(dir / "employeurs.xml", data.employers, diags, load_employers);
    if (employers_ok)
      known.employers = &data.employers;
    else
      data.employers.clear();
    data.broken_employers = !employers_ok;
  }
  const bool ok = !data.broken_organization && programs_ok && employers_ok;
  const fs::path candidates = candidates_file(dir, options.candidates_file);
  if (!options.candidates_file.empty() || fs::exists(candidates)) {
    load_candidates(candidates, data, diags, options, known);
    data.candidates_path = candidates.string();
    // One person's row read alone, or another list (--candidats), says nothing of the others'
    // records.
    if (options.only_candidate.empty() && options.candidates_file.empty() &&
        data.candidate_errors == 0)
      known.candidates = &data.candidates;
  }
  known.records = &data.records;
  for (const fs::path& file : xml_files(dir / "dossiers")) {
    AssessmentRecord record;
    if (!load_file(file, record, diags, load_assessment, known))
      data.broken_records.insert(record.permanent_code);
    else if (!data.records.count(record.permanent_code))
      data.records[record.permanent_code] = std::move(record);
  }
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return ok;
}

const char* blocked_by_broken_files(const DataSet& data, bool lists_people, const Program* program,
                                    const Candidate* candidate) {
  if (data.broken_organization) return "cli.uses-broken-profile";
  if (!program && !candidate && !data.broken_program_files.empty())
    return "cli.uses-broken-programs";
  if (candidate && data.broken_employers) return "cli.uses-broken-employers";
  // A list of people would silently leave out an employer or count someone wrongly.
  if (lists_people && data.broken_employers) return "cli.lists-broken-employers";
  if (lists_people && !data.broken_records.empty()) return "cli.lists-broken-records";
  return nullptr;
}

std::vector<Diagnostic> check_sanctions(const DataSet& data) {
  std::vector<Diagnostic> problems;
  for (const Candidate& c : data.candidates) {
    const AssessmentRecord* record = data.record(c.permanent_code);
    const Certification certification = certification_of(c, data.program(c.program), record);
    if (!certification.contradicted()) continue;
    problems.push_back({Severity::Error,
                        "sanction-contradicted",
                        {{"row", static_cast<double>(c.row)},
                         {"count", static_cast<double>(certification.without_success.size())},
                         {"codes", certification.first_codes()},
                         {"volets", certification.parts_keyword()}},
                        record->file,
                        {},
                        {}});
  }
  return problems;
}

std::vector<Candidate> parse_candidates_csv(const std::string& file_name, std::string text,
                                            std::vector<Diagnostic>& diagnostics) {
  Diagnostics diags;
  std::vector<Candidate> candidates =
      acquis::parse_candidates_csv(SourceText(file_name, std::move(text)), diags);
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return candidates;
}

const std::vector<CandidateField>& candidate_fields() {
  static const std::vector<CandidateField> fields = [] {
    std::vector<CandidateField> out;
    for (const CandidateColumn& column : kCandidateColumns)
      out.push_back({column.name, column.field, column.required});
    return out;
  }();
  return fields;
}

}  // namespace acquis::app
