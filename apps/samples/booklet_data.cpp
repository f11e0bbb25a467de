// Reading the W2 referential format (a stop-gap until the data loaders of the template issue).
#include "booklet.hpp"

#include <acquis/diagnostic.hpp>

#include <pugixml.hpp>

namespace acquis::samples {

bool read_booklet_data(const std::string& path, BookletData& data, std::string& error) {
  pugi::xml_document xml;
  const pugi::xml_parse_result parsed = xml.load_file(path.c_str());
  const Location file{path, 0, 0, {}};
  if (!parsed) {
    error = format_diagnostic({Severity::Error, "xml.unreadable", {}, {}, file, {}});
    return false;
  }
  const pugi::xml_node root = xml.child("referentiel");
  if (!root) {
    error = format_diagnostic({Severity::Error,
                               "xml-root",
                               {{"expected", std::string("referentiel")},
                                {"found", std::string(xml.document_element().name())}},
                               {},
                               file,
                               {}});
    return false;
  }
  data.organization = root.attribute("organisation").value();
  data.service = root.attribute("service").value();
  data.program = root.attribute("programme").value();
  data.code = root.attribute("code").value();
  data.title = root.attribute("titre").value();
  for (pugi::xml_node p : root.child("intro").children("p"))
    data.introduction.push_back(p.text().get());
  for (pugi::xml_node c : root.children("competence")) {
    Competency competency{c.attribute("numero").value(), c.child_value("enonce"), {}};
    for (pugi::xml_node t : c.children("tache")) competency.tasks.push_back(t.text().get());
    data.competencies.push_back(std::move(competency));
  }
  return true;
}

}  // namespace acquis::samples
