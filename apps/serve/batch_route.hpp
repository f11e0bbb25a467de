// POST /api/lot: one document for every row of a candidates CSV, as a ZIP of one PDF per
// person (streamed as they are made) or one merged PDF. See docs/service.md.
#pragma once

#include "routes.hpp"

namespace acquis::serve {

void batch(Service& service, const httplib::Request& req, httplib::Response& res);

}  // namespace acquis::serve
