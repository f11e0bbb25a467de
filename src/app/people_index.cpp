#include <acquis/app/people_index.hpp>

#include "core/folding.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <sstream>

namespace acquis::app {

namespace {

// The bytes that order names as French does, case and accents counting only to break ties.
std::string sort_key(const icu::Collator* collator, const Candidate& person) {
  const std::string name =
      person.family_name + "\x01" + person.given_name + "\x01" + person.permanent_code;
  if (!collator) return name;
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(name);
  std::string key(static_cast<std::size_t>(collator->getSortKey(text, nullptr, 0)), '\0');
  collator->getSortKey(text, reinterpret_cast<uint8_t*>(key.data()),
                       static_cast<int32_t>(key.size()));
  return key;
}

std::string match_key(const PersonSummary& s) {
  std::string words = s.person->given_name + " " + s.person->family_name + " " +
                      s.person->permanent_code + " " + s.person->program;
  if (s.program) words += " " + s.program->title.fr + " " + s.program->title.en;
  if (s.employer) words += " " + s.employer->name;
  return " " + fold_for_matching(words);
}

std::vector<std::string> folded_words(const std::string& query) {
  std::istringstream in(fold_for_matching(query));
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

PeopleIndex::PeopleIndex(const DataSet& data) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(
      icu::Collator::createInstance(icu::Locale("fr", "CA"), status));
  if (U_FAILURE(status)) collator.reset();
  std::vector<PersonSummary> people;
  std::vector<std::string> order;
  for (const Candidate& c : data.candidates) {
    PersonSummary s{&c, data.program(c.program), data.employer(c.employer), {}, false};
    const AssessmentRecord* record = data.record(c.permanent_code);
    s.broken_record = data.broken_records.count(c.permanent_code) > 0;
    s.progress = progress_of(record, &c, certification_of(c, s.program, record).certified());
    people.push_back(s);
    order.push_back(sort_key(collator.get(), c));
  }
  std::vector<std::size_t> index(people.size());
  std::iota(index.begin(), index.end(), 0);
  std::stable_sort(index.begin(), index.end(),
                   [&](std::size_t a, std::size_t b) { return order[a] < order[b]; });
  for (const std::size_t i : index) {
    people_.push_back(people[i]);
    keys_.push_back(match_key(people[i]));
  }
}

const PersonSummary* PeopleIndex::find(const std::string& permanent_code) const {
  for (const PersonSummary& s : people_)
    if (s.person->permanent_code == permanent_code) return &s;
  return nullptr;
}

PeopleIndex::Page PeopleIndex::search(const std::string& query, std::size_t first,
                                      std::size_t count) const {
  const std::vector<std::string> words = folded_words(query);
  Page page;
  for (std::size_t i = 0; i < people_.size(); ++i) {
    const std::string& key = keys_[i];
    // A word matches from the start of a word of the key: « tr » finds Tremblay, not Côté.
    const bool all = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      for (std::size_t at = key.find(w); at != std::string::npos; at = key.find(w, at + 1))
        if (at > 0 && (key[at - 1] == ' ' || key[at - 1] == '-' || key[at - 1] == '\''))
          return true;
      return false;
    });
    if (!all) continue;
    if (page.total >= first && page.people.size() < count) page.people.push_back(&people_[i]);
    ++page.total;
  }
  return page;
}

}  // namespace acquis::app
