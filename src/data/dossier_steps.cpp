// A dossier's steps and supporting documents, and the order its dates must follow: the
// process runs forward (docs/formats.md), so a date out of order is a typing error to fix.
#include "data/dossier_steps.hpp"

#include "data/xml_fields.hpp"

#include <map>

namespace acquis {

namespace {

// The steps each step follows (../shared/seeds: the 14-step table). Observation (9) and
// training at work (10) run side by side after the interview; general education (12) may be
// completed at any time after the analysis of the dossier (6) and before the results (13).
const std::map<int, std::vector<int>>& predecessors() {
  static const std::map<int, std::vector<int>> table = {
      {2, {1}}, {3, {2}},  {4, {3}},      {5, {4}},  {6, {5}},       {7, {6}},  {8, {7}},
      {9, {7}}, {10, {7}}, {11, {9, 10}}, {12, {6}}, {13, {11, 12}}, {14, {13}}};
  return table;
}

}  // namespace

void read_steps(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r, StepNodes& nodes) {
  xml.check_names(node, {}, {"etape"});
  for (pugi::xml_node s : node.children("etape")) {
    xml.check_names(s, {"numero", "prevue", "faite", "par", "heure", "lieu", "lieu-en", "en"}, {});
    if (xml.attribute(s, "numero", true).empty()) continue;
    const auto number = fields::number(xml, s, "numero");
    if (!number) continue;
    const int n = static_cast<int>(*number);
    if (n != *number || n < 1 || n > 14) {
      xml.report().error("step-number", xml.offset(s, "numero"),
                         {{"value", std::string(s.attribute("numero").value())}});
      continue;
    }
    if (nodes.count(n)) {
      xml.report().error("duplicate-step", xml.offset(s), {{"step", static_cast<double>(n)}});
      continue;
    }
    nodes[n] = s;
    r.steps.push_back({n,
                       fields::date(xml, s, "prevue"),
                       fields::date(xml, s, "faite"),
                       s.attribute("par").value(),
                       fields::time(xml, s, "heure"),
                       {s.attribute("lieu").value(), s.attribute("lieu-en").value()},
                       fields::text(s)});
  }
}

void read_documents(XmlFile& xml, pugi::xml_node node, AssessmentRecord& r) {
  xml.check_names(node, {}, {"piece"});
  std::map<std::string, bool> seen;
  for (pugi::xml_node p : node.children("piece")) {
    xml.check_names(p, {"type", "recue"}, {});
    const std::string kind = fields::choice(xml, p, "type", kSupportingDocuments, true);
    if (kind.empty()) continue;
    if (seen[kind]) {
      xml.report().error("duplicate-document", xml.offset(p, "type"), {{"value", kind}});
      continue;
    }
    seen[kind] = true;
    r.documents.push_back({kind, fields::date(xml, p, "recue")});
  }
}

void read_parts(XmlFile& xml, pugi::xml_node root, AssessmentRecord& r) {
  std::map<std::string, bool> seen;
  for (pugi::xml_node v : root.children("volet")) {
    xml.check_names(v, {"nom", "statut", "date", "heures", "en"}, {});
    AssessmentRecord::Part part;
    part.name = fields::choice(xml, v, "nom", kCertificateParts, true);
    part.status = fields::choice(xml, v, "statut", kPartStatuses, true);
    part.date = fields::date(xml, v, "date");
    part.remark = fields::text(v);
    if (v.attribute("heures"))
      if (const auto hours = fields::number(xml, v, "heures")) part.hours = *hours;
    if (part.complete() && part.date.empty() && !v.attribute("date"))
      xml.report().error("part-date", xml.offset(v, "statut"), {{"value", part.status}});
    if (part.name.empty()) continue;
    if (seen[part.name]) {
      xml.report().error("duplicate-part", xml.offset(v, "nom"), {{"value", part.name}});
      continue;
    }
    seen[part.name] = true;
    r.parts.push_back(std::move(part));
  }
}

namespace {

const AssessmentRecord::Step* step(const AssessmentRecord& r, int number) {
  for (const auto& s : r.steps)
    if (s.number == number) return &s;
  return nullptr;
}

// The latest done date among the steps `number` follows, looking past those not recorded.
std::pair<int, std::string> latest_before(const AssessmentRecord& r, int number) {
  std::pair<int, std::string> latest{0, ""};
  const auto found = predecessors().find(number);
  if (found == predecessors().end()) return latest;
  for (int before : found->second) {
    const auto* s = step(r, before);
    auto candidate =
        s && !s->done.empty() ? std::make_pair(before, s->done) : latest_before(r, before);
    if (candidate.second > latest.second) latest = candidate;
  }
  return latest;
}

// Observations and verdicts come after the validation interview.
template <class Item>
void check_after_interview(XmlFile& xml, pugi::xml_node root, const char* element,
                           const std::vector<Item>& items, const std::string& interview) {
  std::size_t i = 0;
  for (pugi::xml_node n : root.children(element)) {
    if (i < items.size() && !items[i].date.empty() && items[i].date < interview)
      xml.report().error("before-interview", xml.offset(n, "date"));
    ++i;
  }
}

}  // namespace

void check_chronology(XmlFile& xml, pugi::xml_node root, const AssessmentRecord& r,
                      const StepNodes& nodes) {
  for (const auto& s : r.steps) {
    if (s.done.empty()) continue;
    const auto [before, date] = latest_before(r, s.number);
    if (before && s.done < date)
      xml.report().error(
          "step-order", xml.offset(nodes.at(s.number), "faite"),
          {{"step", static_cast<double>(s.number)}, {"before", static_cast<double>(before)}});
  }
  const auto* interview_step = step(r, 7);
  if (interview_step && !interview_step->done.empty() && !r.interview_date.empty() &&
      interview_step->done != r.interview_date)
    xml.report().error("interview-step-date", xml.offset(nodes.at(7), "faite"));
  std::string interview = r.interview_date;
  if (interview.empty() && interview_step) interview = interview_step->done;
  if (interview.empty()) return;
  check_after_interview(xml, root, "observation", r.observations, interview);
  check_after_interview(xml, root, "evaluation", r.verdicts, interview);
}

}  // namespace acquis
