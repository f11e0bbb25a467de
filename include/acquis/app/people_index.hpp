// The people of a data set as the advisors' page lists them: in the order of their names as
// French sorts them (ICU collation: « Côté » beside « Cote », « Lévesque » before « Lord »), found
// by any words of their name, code permanent, program or employer typed without accents or
// capitals. Built once per data set loaded; a search reads it only, from any thread.
#pragma once

#include <acquis/app/data_set.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace acquis::app {

struct PersonSummary {
  const Candidate* person = nullptr;
  const Program* program = nullptr;    // null when the list names an unknown one
  const Employer* employer = nullptr;  // null when none or unknown
  Progress progress;                   // the step reached and the next one planned
  bool broken_record = false;          // the dossier has errors: to be fixed first
};

class PeopleIndex {
 public:
  explicit PeopleIndex(const DataSet& data);

  struct Page {
    std::size_t total = 0;  // people matching the search
    std::vector<const PersonSummary*> people;
  };
  // The matching people from the `first`th, at most `count`; every word of `query` must be
  // found (an empty query matches everyone).
  Page search(const std::string& query, std::size_t first, std::size_t count) const;
  std::size_t size() const { return people_.size(); }
  // The person of that code, or null.
  const PersonSummary* find(const std::string& permanent_code) const;

 private:
  std::vector<PersonSummary> people_;  // in collation order
  std::vector<std::string> keys_;      // each person's words, folded, for matching
};

}  // namespace acquis::app
