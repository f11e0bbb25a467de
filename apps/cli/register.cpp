#include "register.hpp"

#include "session.hpp"

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

std::string employer_name(const app::DataSet& data, const std::string& id) {
  const Employer* employer = data.employer(id);
  return employer ? employer->name : id;
}

}  // namespace

int export_register(const Arguments& args) {
  app::RunConfig config;
  if (!configure(args, config)) return 2;
  app::DataSet data;
  if (!load(args, config, data)) return 1;
  std::vector<const Candidate*> certified;
  for (const Candidate& c : data.candidates)
    if (certification_of(c, data.program(c.program), data.record(c.permanent_code)).certified())
      certified.push_back(&c);
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
        << field(program ? program->title_for(c->gender, config.language) : "") << ';'
        << field(employer_name(data, c->employer)) << ';' << c->certification_date << "\r\n";
  }
  const std::string text = csv.str();
  const std::string path = args.option("sortie", "-");
  const int status = write_text(args, path, text);
  if (status == 0 && path != "-")
    std::fprintf(stderr, "%s\n",
                 say(args, "cli.register-written",
                     {{"path", path}, {"count", static_cast<double>(certified.size())}})
                     .c_str());
  return status;
}

}  // namespace acquis::cli
