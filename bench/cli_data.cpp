#include "cli_data.hpp"

#include "booklet.hpp"
#include "csv_rows.hpp"

#include <cstdio>
#include <fstream>
#include <map>
#include <set>

namespace acquis::bench {

namespace fs = std::filesystem;

namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

void write_program(const fs::path& folder, const std::string& code_with_level,
                   const std::string& title, const std::string& body = {}) {
  const std::size_t space = code_with_level.find(' ');
  const std::string level = code_with_level.substr(0, space);
  const std::string code = code_with_level.substr(space + 1);
  std::ofstream(folder / "programmes" / (code + ".xml"))
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<programme code=\"" << code << "\" niveau=\""
      << level << "\">\n  <titre>" << escape(title) << "</titre>\n"
      << body << "</programme>\n";
}

void prepare(const fs::path& folder, const std::string& organisation_xml) {
  fs::remove_all(folder);
  fs::create_directories(folder / "programmes");
  fs::copy_file(organisation_xml, folder / "organisation.xml");
  const fs::path logo = fs::path(organisation_xml).parent_path() / "logo-navigateurs.png";
  if (fs::exists(logo)) fs::copy_file(logo, folder / "logo-navigateurs.png");
}

}  // namespace

void write_w1_folder(const std::string& certs_csv, const std::string& organisation_xml,
                     const fs::path& folder, int copies) {
  prepare(folder, organisation_xml);
  const std::vector<Row> rows = read_csv(certs_csv);
  std::map<std::string, std::string> trades;
  for (const Row& row : rows) trades[row.at("code_programme")] = row.at("metier");
  for (const auto& [code, title] : trades) write_program(folder, code, title);
  std::ofstream csv(folder / "candidats.csv");
  csv << "numero,prenom,nom,code_permanent,programme,date_attestation\n";
  std::set<std::string> taken;
  for (int copy = 0; copy < copies; ++copy)
    for (const Row& row : rows) {
      std::string code = row.at("code_permanent");
      // A copy keeps the letters and the birth date; its last four digits change until the
      // code is no one else's.
      for (int n = copy; !taken.insert(code).second; n = (n + 1) % 10000) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%04d", n);
        code.replace(8, 4, digits);
      }
      const std::string& program = row.at("code_programme");
      csv << row.at("id") << (copy > 0 ? "-" + std::to_string(copy) : "") << ",\""
          << row.at("prenom") << "\",\"" << row.at("nom") << "\"," << code << ","
          << program.substr(program.find(' ') + 1) << "," << row.at("date_iso") << "\n";
    }
}

bool write_w2_folder(const std::string& referential_xml, const std::string& organisation_xml,
                     const fs::path& folder) {
  samples::BookletData data;
  std::string error;
  if (!samples::read_booklet_data(referential_xml, data, error)) return false;
  prepare(folder, organisation_xml);
  std::string body = "  <introduction>\n";
  for (const std::string& p : data.introduction) body += "    <p>" + escape(p) + "</p>\n";
  body += "  </introduction>\n";
  for (const samples::Competency& c : data.competencies) {
    body += "  <competence code=\"" + c.number + "\">\n    <enonce>" + escape(c.statement) +
            "</enonce>\n";
    for (const std::string& task : c.tasks) body += "    <tache>" + escape(task) + "</tache>\n";
    body += "  </competence>\n";
  }
  write_program(folder, data.code, data.program, body);
  return true;
}

}  // namespace acquis::bench
