// What one kind of filled form holds (the self-assessment booklet, the registration form),
// taken field by field, then written into the person's dossier. Internal to app/.
#pragma once

#include <acquis/app/data_set.hpp>
#include <acquis/app/form_import.hpp>
#include <acquis/messages.hpp>

#include "app/form_reader.hpp"
#include "app/people_lists.hpp"
#include "core/folding.hpp"

#include <pugixml.hpp>

#include <functional>
#include <memory>
#include <string>

namespace acquis::app {

// Reports a field or value that does not belong: a message id and its arguments.
using FieldProblem = std::function<void(const std::string& id, MessageArgs args)>;

class FormContent {
 public:
  virtual ~FormContent() = default;
  // One field other than the identity field.
  virtual void take(const FilledField& field, const FieldProblem& problem) = 0;
  // What the fields say together, once all are taken (a session half filled).
  virtual void check_together(const FieldProblem&) const {}
  // The person's dossier as it is (null when they have none yet), once the person is known.
  virtual void know_record(const AssessmentRecord*) {}
  // Nothing to write, and why (a message id).
  virtual bool empty() const = 0;
  virtual std::string empty_reason() const { return "form.empty"; }
  // The code permanent typed in the form (a blank one), else empty.
  virtual std::string typed_code() const = 0;
  // The program typed in the form (a registration form made blank of any), else empty.
  virtual std::string typed_program() const { return {}; }
  // What the form says of the person for the list of people (its name, contact…); false when
  // the form does not change the list.
  virtual bool person_entry(PersonEntry& entry) const = 0;
  // Puts what the form said into the dossier's root, in place of what an earlier one said.
  virtual void write_into(pugi::xml_node dossier, const std::string& today) const = 0;
  virtual void summarize(FormImport& result) const = 0;
};

std::unique_ptr<FormContent> booklet_content(const Program& program);
// `today`: the latest date a form may give (a birth date, a session).
std::unique_ptr<FormContent> registration_content(const DataSet& data, const std::string& today);
std::unique_ptr<FormContent> observation_content(const Program& program, const std::string& today);

// The program a person typed: its code, its title or its designation ("DEP 5195"), case and
// accents aside; else the one program whose code the text holds as a word. Null when none.
const Program* program_named(const DataSet& data, const std::string& typed);

// Typed text as a dossier keeps it: lines ended by \n, no other control characters, no blank
// edges; `one_line`: line breaks become spaces.
std::string clean_text(const std::string& typed, bool one_line = false);
// What a program's fields are named after: "5195/", "EEC_9X/" (a period is an underscore in a
// field's name).
std::string field_prefix(const Program& program);
// "a, b, c"
std::string joined(const std::vector<std::string>& words);
// Whether typed text can go into the data: at most `max_characters`, in Latin letters (the
// documents' faces draw them; a name is written in Latin letters on Quebec's records), and not
// read by a spreadsheet as a formula (=, @, or + and - before other than a digit). Reports why
// not.
bool acceptable_text(const FilledField& field, const std::string& text, std::size_t max_characters,
                     const FieldProblem& problem);
// A typed YYYY-MM-DD date, not after `today` (empty: no limit). Reports a date that is not one.
bool acceptable_date(const FilledField& field, const std::string& date, const std::string& today,
                     const FieldProblem& problem);
// A checkbox's value: true when ticked; a state other than Oui or Off is reported.
bool ticked(const FilledField& field, const FieldProblem& problem);

}  // namespace acquis::app
