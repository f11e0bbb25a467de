// Everything a data folder holds about one person, as JSON (format acquis-donnees-personnelles/2):
// what the model made of them and the files' own text. Given by `acquis exporter` and by the
// service's export route (Quebec's Law 25: the right to one's data).
#pragma once

#include <acquis/app/data_set.hpp>
#include <acquis/app/person_files.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace acquis {

// `data`: the folder as loaded, or null when it does not load (the files are given anyway).
nlohmann::ordered_json person_export(const app::DataSet* data, const std::string& permanent_code,
                                     const app::PersonFiles& found, const std::string& today);

}  // namespace acquis
