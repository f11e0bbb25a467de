#include "register.hpp"

#include "support.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace acquis::cli {

namespace {

// A field quoted when it holds the delimiter, a quote or a line break (RFC 4180).
std::string field(const std::string& text) {
  if (text.find_first_of(";\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string employer_name(const DataSet& data, const std::string& id) {
  for (const Employer& e : data.employers)
    if (e.id == id) return e.name;
  return id;
}

}  // namespace

int export_register(const Arguments& args) {
  DataSet data;
  if (!load(args, data)) return 1;
  std::vector<const Candidate*> certified;
  for (const Candidate& c : data.candidates)
    if (!c.certification_date.empty()) certified.push_back(&c);
  std::stable_sort(certified.begin(), certified.end(),
                   [](const Candidate* a, const Candidate* b) { return a->number < b->number; });
  // Semicolons and a byte-order mark: what a spreadsheet set to French opens as UTF-8 columns.
  std::ostringstream csv;
  csv << "\xEF\xBB\xBFnumero;nom;prenom;code_permanent;programme;titre_programme;employeur;"
         "date_attestation\r\n";
  for (const Candidate* c : certified) {
    const Program* program = data.program(c->program);
    csv << field(c->number) << ';' << field(c->family_name) << ';' << field(c->given_name) << ';'
        << c->permanent_code << ';' << field(c->program) << ';'
        << field(program ? program->title.in(args.option("langue", "fr-CA")) : "") << ';'
        << field(employer_name(data, c->employer)) << ';' << c->certification_date << "\r\n";
  }
  const std::string text = csv.str();
  const std::string path = args.option("sortie", "-");
  const int status = write_text(args, path, text);
  if (status == 0 && path != "-")
    std::fprintf(stderr, "%s (%zu)\n", path.c_str(), certified.size());
  return status;
}

}  // namespace acquis::cli
