// The checks of one candidate's fields, the same for a row of a CSV file and an element of an
// XML file: shapes (code permanent, e-mail, date, gender), no control character, and the
// references (employer, program) to what the data set knows. Internal to data/.
#pragma once

#include <acquis/data.hpp>

#include "core/file_reporter.hpp"
#include "data/loaders.hpp"

#include <functional>
#include <string>

namespace acquis {

// The byte offset of the field named as in a CSV header ("code_permanent"), for messages.
using FieldOffset = std::function<std::size_t(const std::string& field)>;

// Reports every problem; false when there is one.
bool check_candidate(const Candidate& candidate, const KnownData& known, FileReporter& report,
                     const FieldOffset& at);

}  // namespace acquis
