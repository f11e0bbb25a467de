#include "batch_route.hpp"

#include <acquis/app/batch.hpp>

#include "route_support.hpp"
#include "zip_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>

namespace acquis::serve {

namespace {

// A window of renders ahead of the one being sent: the next ones are under way meanwhile.
std::size_t window(const Service& service) {
  return service.config.renders + 1;
}

// "rangée 4 : …" in the language of the request (not of its documents).
std::string row_reason(const app::Batch& batch, std::size_t index, const app::Rendered& failed,
                       Language language) {
  Problem problem(language);
  problem.diagnostics(failed.diagnostics);
  return message("service.row-failed", language,
                 {{"row", std::to_string(batch.items[index].subject.candidate->row)},
                  {"why", first_reason(problem)}});
}

// A ZIP of one PDF per person, streamed as the documents are made. A person whose document
// fails is listed in erreurs.txt by row number (no name), one it does not concern (a
// certificate for someone not certified) in non-concernees.txt; the others still come.
void send_zip(Service& service, httplib::Response& res, std::shared_ptr<const app::Batch> batch,
              Language language) {
  const app::Workspace& workspace = service.renderer.workspace();
  auto run = std::make_shared<app::BatchRun>(workspace, batch, service.pool, window(service));
  auto zip = std::make_shared<ZipWriter>();
  auto failures = std::make_shared<std::string>();
  auto left_out = std::make_shared<std::string>();
  res.set_header("Content-Disposition", "attachment; filename=\"" + batch->document + ".zip\"");
  res.set_chunked_content_provider(
      "application/zip", [run, zip, failures, left_out, batch, &workspace, language](
                             std::size_t, httplib::DataSink& sink) {
        app::Rendered result;
        std::size_t index = 0;
        if (run->next(result, index)) {
          if (result.skipped) return true;
          if (!result.ok) {
            std::string& list = result.not_applicable ? *left_out : *failures;
            list += row_reason(*batch, index, result, language) + "\n";
            return true;
          }
          const Candidate& person = *batch->items[index].subject.candidate;
          const std::string bytes =
              zip->entry(workspace.file_name(batch->document, person), result.pdf);
          return sink.write(bytes.data(), bytes.size());
        }
        std::string tail;
        if (!failures->empty()) tail = zip->entry("erreurs.txt", *failures);
        if (!left_out->empty()) tail += zip->entry("non-concernees.txt", *left_out);
        tail += zip->finish();
        sink.write(tail.data(), tail.size());
        sink.done();
        return true;
      });
}

// One print-ready PDF: laid out on the pool, painted in order into a file of the service's
// private folder, opened, unlinked (nothing of it outlives the request, whatever happens
// next), then sent in chunks (memory holds compressed pages, not the file). Any failure:
// nothing sent but the rows that failed. People the document does not concern are left out
// and counted in a header. Cut by the end of a stop's grace: a 503.
void send_merged(Service& service, httplib::Response& res, std::shared_ptr<const app::Batch> batch,
                 Language language) {
  const Problem unwritable =
      make_problem(language, 500, "erreur-interne", "service.merged-unwritable");
  const std::string path = service.temp.new_file(".pdf");
  // Made 0600 first: the merged file is then written (and replaced) with these permissions.
  const int made = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (made < 0) return send_problem(res, unwritable);
  close(made);
  const app::Workspace& workspace = service.renderer.workspace();
  app::BatchRun run(workspace, batch, service.pool, window(service));
  Problem failed = invalid_request(language, "service.batch-failed");
  std::size_t left_out = 0;
  const RenderResult merged = app::merge_batch(
      workspace, run, path, true,
      {[&](std::size_t index, const app::Rendered& failure) {
         if (failure.not_applicable) return static_cast<void>(++left_out);
         const std::string why = row_reason(*batch, index, failure, language);
         failed.errors.push_back({{"pointeur", "/candidats_csv"}, {"message", why}});
       },
       [&] {
         if (service.cut) run.stop();
       }});
  auto file = std::make_shared<std::ifstream>(path, std::ios::binary);
  std::remove(path.c_str());
  if (service.cut) {
    res.set_header("Connection", "close");
    return send_problem(res, make_problem(language, 503, "arret-en-cours", "service.stopping"));
  }
  if (failed.errors.empty() && !merged.ok && left_out == batch->items.size())
    return send_problem(res, invalid_request(language, "service.batch-nobody-concerned"));
  if (!failed.errors.empty() || !merged.ok || !*file)
    return send_problem(res, failed.errors.empty() ? unwritable : failed);
  res.set_header("Acquis-Non-Concernees", std::to_string(left_out));
  res.set_header("Content-Disposition", "attachment; filename=\"" + batch->document + ".pdf\"");
  res.set_chunked_content_provider("application/pdf", [file](std::size_t, httplib::DataSink& sink) {
    char buffer[65536];
    file->read(buffer, sizeof buffer);
    if (file->gcount() > 0 && !sink.write(buffer, static_cast<std::size_t>(file->gcount())))
      return false;
    if (!*file) sink.done();
    return true;
  });
}

}  // namespace

void batch(Service& service, const httplib::Request& req, httplib::Response& res) {
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  auto batch = std::make_shared<app::Batch>();
  Problem problem(request_language(req));
  if (!service.renderer.plan_batch(request, *batch, problem)) return send_problem(res, problem);
  if (batch->output == app::Output::Pdf) return send_zip(service, res, batch, problem.language);
  send_merged(service, res, batch, problem.language);
}

}  // namespace acquis::serve
