// The advisors' workspace: the people of the data folder and their dossiers.
//   GET  /api/personnes?q=&page=&taille=        the list, searched and paged
//   GET  /api/personnes/CODE                    the person, their program and dossier (ETag)
//   PUT  /api/personnes/CODE/dossier/PART       a part saved (If-Match: the ETag read)
//   PUT  /api/personnes/CODE/sanction           the certificate's number and date (If-Match)
//   GET  /api/personnes/CODE/documents?langue=  the person's documents by step: which apply
//   GET  /api/personnes/CODE/export             everything held about them (acquis exporter)
// Each consultation, save, export and document made for a person goes to the access journal.
#pragma once

#include "routes.hpp"

namespace acquis::serve {

void people_routes(httplib::Server& server, Service& service);

// Writes in the journal a document made for the person `code`, or a form read into their
// dossier.
void journal_document(Service& service, const std::string& code, const std::string& document);
void journal_form(Service& service, const std::string& code, const std::string& document);

}  // namespace acquis::serve
