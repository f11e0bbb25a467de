#include "batch_route.hpp"

#include "route_support.hpp"
#include "zip_writer.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <fstream>
#include <future>
#include <memory>
#include <thread>

namespace acquis::serve {

namespace {

// The documents of a batch, made on the pool a few at a time, in order: the next ones are
// under way while one is sent.
class BatchProducer {
 public:
  // `laid`: documents laid out for an Assembly rather than written.
  BatchProducer(Service& service, std::shared_ptr<const BatchPlan> plan, bool laid)
      : service_(service), plan_(std::move(plan)), laid_(laid) {}

  // The next person's document (or its failure); false when there is none left.
  bool next(RenderOutcome& outcome, std::size_t& index) {
    while (pending_.size() < service_.config.renders + 1 && queued_ < plan_->candidates.size())
      queue(queued_++);
    if (pending_.empty()) return false;
    index = done_++;
    outcome = pending_.front().get();
    pending_.pop_front();
    return true;
  }

 private:
  void queue(std::size_t index) {
    auto promise = std::make_shared<std::promise<RenderOutcome>>();
    pending_.push_back(promise->get_future());
    const Renderer& renderer = service_.renderer;
    auto job = [promise, plan = plan_, index, &renderer, laid = laid_] {
      RenderOutcome outcome;
      try {
        if (laid) {
          outcome.laid = renderer.lay_out_person(*plan, index, outcome.problem);
          outcome.ok = outcome.laid != nullptr;
        } else {
          outcome.ok = renderer.render_person(*plan, index, outcome.document, outcome.problem);
        }
      } catch (const std::exception&) {
        outcome.ok = false;
      }
      promise->set_value(std::move(outcome));
    };
    while (!service_.pool.submit(job)) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }

  Service& service_;
  std::shared_ptr<const BatchPlan> plan_;
  bool laid_;
  std::deque<std::future<RenderOutcome>> pending_;
  std::size_t queued_ = 0, done_ = 0;
};

// A ZIP of one PDF per person, streamed as the documents are made. A person whose document
// fails is listed in erreurs.txt by row number (no name), the others still come.
void send_zip(Service& service, httplib::Response& res, std::shared_ptr<const BatchPlan> plan) {
  auto producer = std::make_shared<BatchProducer>(service, plan, false);
  auto zip = std::make_shared<ZipWriter>();
  auto failures = std::make_shared<std::string>();
  res.set_header("Content-Disposition", "attachment; filename=\"" + plan->document + ".zip\"");
  res.set_chunked_content_provider(
      "application/zip", [producer, zip, failures, plan](std::size_t, httplib::DataSink& sink) {
        RenderOutcome outcome;
        std::size_t index = 0;
        if (producer->next(outcome, index)) {
          if (outcome.ok) {
            const std::string bytes = zip->entry(outcome.document.file_name, outcome.document.pdf);
            return sink.write(bytes.data(), bytes.size());
          }
          *failures += "rangée " + std::to_string(plan->candidates[index].row) + " : " +
                       first_reason(outcome.problem) + "\n";
          return true;
        }
        std::string tail;
        if (!failures->empty()) tail = zip->entry("erreurs.txt", *failures);
        tail += zip->finish();
        sink.write(tail.data(), tail.size());
        sink.done();
        return true;
      });
}

// One print-ready PDF: laid out on the pool, painted in order into a temporary file, then sent
// from it in chunks (memory holds compressed pages, not the file). Any failure: nothing sent
// but the rows that failed.
void send_merged(Service& service, httplib::Response& res, std::shared_ptr<const BatchPlan> plan) {
  BatchProducer producer(service, plan, true);
  const std::unique_ptr<Assembly> assembly = service.renderer.assemble(*plan);
  Problem failed =
      invalid_request("Certaines personnes n’ont pas pu être traitées ; rien n’a été produit.");
  RenderOutcome outcome;
  std::size_t index = 0;
  while (producer.next(outcome, index)) {
    if (outcome.ok) {
      assembly->add(*outcome.laid);
      continue;
    }
    const std::string why = first_reason(outcome.problem);
    failed.field("/candidats_csv",
                 "rangée " + std::to_string(plan->candidates[index].row) + " : " + why);
  }
  if (!failed.errors.empty()) return send_problem(res, failed);
  char name[] = "/tmp/acquis-lot-XXXXXX";
  const int descriptor = mkstemp(name);
  if (descriptor >= 0) close(descriptor);
  const std::string path = name;
  if (descriptor < 0 || !assembly->finish_to_file(path).ok)
    return send_problem(
        res, {500, "erreur-interne", "Erreur interne", "Le fichier fusionné n’a pas pu être écrit.",
              nlohmann::ordered_json::array()});
  auto file = std::make_shared<std::ifstream>(path, std::ios::binary);
  res.set_header("Content-Disposition", "attachment; filename=\"" + plan->document + ".pdf\"");
  res.set_chunked_content_provider(
      "application/pdf",
      [file](std::size_t, httplib::DataSink& sink) {
        char buffer[65536];
        file->read(buffer, sizeof buffer);
        if (file->gcount() > 0 && !sink.write(buffer, static_cast<std::size_t>(file->gcount())))
          return false;
        if (!*file) sink.done();
        return true;
      },
      [path](bool) { std::remove(path.c_str()); });
}

}  // namespace

void batch(Service& service, const httplib::Request& req, httplib::Response& res) {
  nlohmann::json request;
  if (!parse_body(req, res, request)) return;
  auto plan = std::make_shared<BatchPlan>();
  Problem problem;
  if (!service.renderer.plan_batch(request, *plan, problem)) return send_problem(res, problem);
  if (plan->zip) return send_zip(service, res, plan);
  send_merged(service, res, plan);
}

}  // namespace acquis::serve
