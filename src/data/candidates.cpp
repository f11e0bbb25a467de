#include "data/candidates.hpp"

#include "core/file_reporter.hpp"
#include "core/folding.hpp"
#include "core/utf8.hpp"
#include "data/candidate_checks.hpp"
#include "data/csv.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace acquis {

const std::array<CandidateColumn, 10> kCandidateColumns = {{
    {"prenom", &Candidate::given_name, true},
    {"nom", &Candidate::family_name, true},
    {"code_permanent", &Candidate::permanent_code, true},
    {"courriel", &Candidate::email, false},
    {"telephone", &Candidate::phone, false},
    {"employeur", &Candidate::employer, false},
    {"programme", &Candidate::program, false},
    {"genre", &Candidate::gender, false},
    {"numero", &Candidate::number, false},
    {"date_attestation", &Candidate::certification_date, false},
}};

namespace {

using Column = CandidateColumn;
constexpr const auto& kColumns = kCandidateColumns;

std::string trim(const std::string& text) {
  const std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

// Header position of each known column; reports missing required ones.
std::map<const Column*, std::size_t> map_columns(const CsvTable& table, FileReporter& report) {
  std::map<const Column*, std::size_t> found;
  for (std::size_t i = 0; i < table.header.size(); ++i)
    for (const Column& column : kColumns)
      if (normalize_column(table.header[i]) == column.name) found[&column] = i;
  std::vector<std::string> names;
  for (const std::string& h : table.header) names.push_back(normalize_column(h));
  for (const Column& column : kColumns)
    if (column.required && !found.count(&column)) {
      std::string close;  // a header that may be the column misspelt
      for (const std::string& name : names)
        if (close.empty() && edit_distance(name, column.name) <= 2) close = name;
      report.error("csv-missing-column", 0, {{"name", std::string(column.name)}}, close);
    }
  return found;
}

class RowChecker {
 public:
  RowChecker(FileReporter& report, const KnownData& known) : report_(report), known_(known) {}

  std::optional<Candidate> check(const CsvRow& row,
                                 const std::map<const Column*, std::size_t>& columns) {
    Candidate candidate;
    candidate.row = row.number;
    bool ok = true;
    for (const auto& [column, index] : columns) {
      std::string value = trim(row.fields[index]);
      if (column->required && value.empty()) {
        report_.error(
            "csv-empty-field", row.offsets[index],
            {{"row", static_cast<double>(row.number)}, {"name", std::string(column->name)}});
        ok = false;
      }
      candidate.*(column->field) = std::move(value);
    }
    const auto at = [&](const std::string& field) {
      for (const auto& [column, index] : columns)
        if (field == column->name) return row.offsets[index];
      return row.offsets.front();
    };
    ok = check_candidate(candidate, known_, report_, at) && ok;
    ok = ok && first_row_of(candidate.permanent_code, row, at("code_permanent"));
    return ok ? std::optional<Candidate>(std::move(candidate)) : std::nullopt;
  }

 private:
  // One row per person: a second row with the same code permanent is an error.
  bool first_row_of(const std::string& code, const CsvRow& row, std::size_t at) {
    const auto [it, fresh] = seen_.try_emplace(code, row.number);
    if (!fresh)
      report_.error(
          "duplicate-candidate", at,
          {{"row", static_cast<double>(row.number)}, {"first", static_cast<double>(it->second)}});
    return fresh;
  }

  FileReporter& report_;
  const KnownData& known_;
  std::map<std::string, std::size_t> seen_;
};

}  // namespace

// Folded as what people type is matched (core/folding.hpp); spaces and hyphens made "_".
std::string normalize_column(const std::string& name) {
  std::string out = fold_for_matching(name);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == ' ' || c == '-'; }, '_');
  return out;
}

std::vector<Candidate> parse_candidates_csv(SourceText source, Diagnostics& diags,
                                            const std::string& only, const KnownData& known) {
  if (!to_utf8(source, diags)) return {};
  FileReporter report(source, diags, Privacy::Personal);
  std::vector<Candidate> candidates;
  std::map<const Column*, std::size_t> columns;
  const auto header = [&](const CsvTable& table) {
    columns = map_columns(table, report);
    return !report.failed();
  };
  RowChecker checker(report, known);
  const auto add = [&](const CsvRow& row) {
    if (auto candidate = checker.check(row, columns)) candidates.push_back(std::move(*candidate));
  };
  if (only.empty()) {
    const std::string& text = source.text();
    candidates.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    CsvTable table;
    // A file with an error of its own is refused whole, as when it was read all at once.
    if (!parse_csv_each(source, report, table, header, add)) candidates.clear();
    return candidates;
  }
  // One person: only the lines holding their code are parsed.
  const CsvTable table = parse_csv_lines_with(source, report, only);
  if (table.header.empty() || !header(table)) return candidates;
  const auto code_column = std::find_if(columns.begin(), columns.end(), [](const auto& c) {
    return c.first->field == &Candidate::permanent_code;
  });
  for (const CsvRow& row : table.rows)
    if (code_column == columns.end() || trim(row.fields[code_column->second]) == only) add(row);
  return candidates;
}

std::vector<Candidate> load_candidates_csv(const std::string& path, Diagnostics& diags,
                                           const std::string& only, const KnownData& known) {
  SourceText source("", "");
  if (!read_user_file(path, source, diags)) return {};
  return parse_candidates_csv(std::move(source), diags, only, known);
}

}  // namespace acquis
