// `acquis lot DOCUMENT`: every candidate's document, rendered on a worker pool and taken in
// order. Files are written atomically (temp + rename), so a killed batch leaves only whole
// files; run again, it skips them and does the rest. A candidate that fails is reported with
// its row and the others go on (unless --arret-erreur).
#include "batch.hpp"

#include <acquis/app/batch.hpp>
#include <acquis/files.hpp>

#include "progress.hpp"
#include "session.hpp"

#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace acquis::cli {

namespace fs = std::filesystem;

namespace {

struct Tally {
  std::size_t written = 0, skipped = 0, failed = 0;
  std::set<std::size_t> not_applicable;  // rows the document does not apply to (not certified)
  bool stop = false;
};

// "4, 7, 12": the rows, the first twenty.
std::string row_list(const std::set<std::size_t>& rows) {
  std::string list;
  std::size_t shown = 0;
  for (std::size_t row : rows) {
    if (shown++ == 20) return list + ", …";
    list += (list.empty() ? "" : ", ") + std::to_string(row);
  }
  return list;
}

class BatchCommand {
 public:
  BatchCommand(const Arguments& args, const app::Workspace& workspace, app::LoadedData loaded)
      : args_(args),
        workspace_(workspace),
        loaded_(std::move(loaded)),
        pool_(worker_count(), kFileWindow) {}

  std::optional<fs::path> folder;   // separate files go here
  std::string merged;               // the merged file, if asked
  std::optional<app::Slice> slice;  // only the people of this slice (--tranche)

  // Every candidate with a program: its file (when separate files are asked and it is not
  // there yet) and whether it still has to be made.
  void plan(const std::string& document, app::Batch& files, app::Batch& laid_out) {
    files.loaded = laid_out.loaded = loaded_;
    const std::string forced = args_.option("programme");
    const bool lists_people = app::lists_people(*workspace_.document(document));
    for (const Candidate& c : loaded_.data->candidates) {
      if (slice && app::slice_of(c.permanent_code, slice->count) != slice->index) continue;
      ++planned_;
      const std::string code = forced.empty() ? c.program : forced;
      app::BatchItem item{{&c, loaded_.data->record(c.permanent_code), loaded_.data->program(code)},
                          {}};
      const char* refusal = loaded_.data->broken_records.count(c.permanent_code)
                                ? "cli.record-has-errors"
                                : refusal_for_broken_files(*loaded_.data, lists_people,
                                                           item.subject, !item.subject.program);
      if (!refusal && !item.subject.program) refusal = "cli.unknown-program";
      if (refusal) {
        fail_row(c.row, say(args_, refusal, {{"code", code}}));
        continue;
      }
      if (!merged.empty()) laid_out.items.push_back(item);
      if (!folder) continue;
      item.file = (*folder / workspace_.file_name(document, c)).string();
      if (!args_.flag("remplacer") && fs::exists(item.file))
        ++tally_.skipped;
      else
        files.items.push_back(std::move(item));
    }
  }

  void render_files(std::shared_ptr<const app::Batch> batch) {
    Progress progress(batch->items.size(), args_.flag("silencieux"), args_.messages);
    app::BatchRun run(workspace_, batch, pool_, kFileWindow);
    app::Rendered result;
    std::size_t index = 0;
    // After a stop (--arret-erreur), the documents under way still come, and are counted.
    while (run.next(result, index)) {
      if (result.skipped) continue;
      if (result.ok) {
        ++tally_.written;
      } else {
        fail(batch->items[index], result);
        if (tally_.stop) run.stop();
      }
      progress.advance();
    }
    progress.finish();
  }

  // Laid out on the workers, painted in order here: memory holds the compressed pages and a
  // window of documents, however many there are.
  bool render_merged(std::shared_ptr<const app::Batch> batch) {
    Progress progress(batch->items.size(), args_.flag("silencieux"), args_.messages);
    app::BatchRun run(workspace_, batch, pool_, kWindow);
    const RenderResult result =
        app::merge_batch(workspace_, run, merged, args_.flag("arret-erreur"),
                         {[&](std::size_t index, const app::Rendered& failure) {
                            fail(batch->items[index], failure);
                            if (tally_.stop) run.stop();
                          },
                          [&] { progress.advance(); }});
    progress.finish();
    print(args_, result.diagnostics);
    // Nothing merged and nothing said why: every person was left out as not concerned (a
    // failure to write or paint comes with its diagnostics).
    const bool nobody = !result.ok && result.diagnostics.empty() && tally_.failed == 0;
    if (result.ok)
      report_written(args_, merged, result.pages, fs::file_size(merged));
    else if (nobody)
      std::fprintf(stderr, "acquis: %s\n", say(args_, "cli.batch-nothing-merged").c_str());
    // A slice where nobody is concerned is as normal as one nobody falls in.
    return result.ok || (slice && nobody);
  }

  const Tally& tally() const { return tally_; }
  std::size_t planned() const { return planned_; }  // the people of the batch (or slice)

 private:
  // How far the workers may run ahead of the reader: a written file's result is small, a laid
  // out document is not.
  static constexpr std::size_t kFileWindow = 256, kWindow = 32;

  unsigned worker_count() const {
    const std::string asked = args_.option("taches");
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    return asked.empty() ? cores : static_cast<unsigned>(std::atoi(asked.c_str()));  // checked
  }

  void fail(const app::BatchItem& item, const app::Rendered& result) {
    if (result.not_applicable)
      tally_.not_applicable.insert(item.subject.candidate->row);
    else if (fail_row(item.subject.candidate->row, {}))
      print(args_, result.diagnostics);
  }

  // Names the row (not the person: the row is enough to find it, and logs keep no names).
  // False when the row already failed (its file, then the merged file): said and counted once.
  bool fail_row(std::size_t row, const std::string& why) {
    if (!failed_rows_.insert(row).second) return false;
    ++tally_.failed;
    if (args_.flag("arret-erreur")) tally_.stop = true;
    std::fprintf(stderr, "%s\n",
                 say(args_, why.empty() ? "cli.row" : "cli.row-why",
                     {{"row", std::to_string(row)}, {"why", why}})
                     .c_str());
    return true;
  }

  const Arguments& args_;
  const app::Workspace& workspace_;
  app::LoadedData loaded_;
  app::WorkerPool pool_;
  Tally tally_;
  std::size_t planned_ = 0;
  std::set<std::size_t> failed_rows_;  // rows said and counted already
};

void summary(const Arguments& args, const Tally& tally, std::size_t rejected, bool files) {
  const double failed = static_cast<double>(tally.failed + rejected);
  if (!tally.not_applicable.empty())
    std::fprintf(stderr, "%s\n",
                 say(args, "cli.batch-not-applicable",
                     {{"count", static_cast<double>(tally.not_applicable.size())},
                      {"rows", row_list(tally.not_applicable)}})
                     .c_str());
  if (files)
    std::fprintf(stderr, "%s\n",
                 say(args, "cli.batch-files",
                     {{"written", static_cast<double>(tally.written)},
                      {"skipped", static_cast<double>(tally.skipped)},
                      {"failed", failed}})
                     .c_str());
  else if (failed > 0)
    std::fprintf(stderr, "%s\n",
                 say(args, "cli.batch-merged-failed", {{"failed", failed}}).c_str());
}

}  // namespace

int batch(const Arguments& args) {
  app::RunConfig config;
  const auto [workspace, status] = start(args, config);
  if (!workspace) return status;
  const app::DocumentInfo* document = named_document(args, *workspace);
  if (!document) return 2;
  app::DataSet data;
  if (!load_usable(args, config, data, true)) return 1;
  const std::size_t rejected = data.candidate_errors;
  if (data.candidates.empty()) {
    std::fprintf(stderr, "acquis: %s\n", say(args, "cli.no-candidates").c_str());
    return 1;
  }
  if (rejected > 0 && args.flag("arret-erreur")) return 1;

  BatchCommand command(args, *workspace, app::make_loaded_data(std::move(data)));
  command.merged = args.option("fusion");
  if (const std::string slice = args.option("tranche"); !slice.empty()) {
    command.slice = app::parse_slice(slice);
    if (!command.slice) return usage_error(args, "cli.bad-slice", {{"value", slice}});
  }
  // A run killed while writing the merged file left its temporary file (pages of names and
  // codes permanents): removed before anything else.
  std::error_code ignored;
  if (!command.merged.empty() && fs::is_regular_file(temporary_path(command.merged), ignored))
    fs::remove(temporary_path(command.merged), ignored);
  if (command.merged.empty() || !args.option("sortie").empty()) {
    command.folder = fs::path(args.option("sortie", "."));
    std::error_code error;
    fs::create_directories(*command.folder, error);
    if (error)
      return usage_error(args, "cli.cannot-create-folder", {{"path", command.folder->string()}});
    app::remove_leftovers(command.folder->string());
  }
  auto files = std::make_shared<app::Batch>();
  auto laid_out = std::make_shared<app::Batch>();
  for (app::Batch* b : {files.get(), laid_out.get()}) {
    b->document = document->name;
    b->language = config.language;
    b->specimen = args.flag("specimen");
    b->archival = args.flag("archive");
    b->slice = args.option("tranche");
  }
  // Each person's own form; a merged file is a print job, whose forms would share field names.
  files->fillable = args.flag("remplissable");
  files->output = app::Output::File;
  laid_out->output = app::Output::LayOut;
  command.plan(document->name, *files, *laid_out);
  if (command.slice && command.planned() == 0) {  // a slice nobody falls in: nothing to do
    std::fprintf(stderr, "acquis: %s\n",
                 say(args, "cli.slice-empty", {{"slice", args.option("tranche")}}).c_str());
    return rejected == 0 ? 0 : 1;
  }
  bool merged_ok = true;
  if (command.folder && !command.tally().stop) command.render_files(files);
  if (!command.merged.empty() && !command.tally().stop) merged_ok = command.render_merged(laid_out);
  summary(args, command.tally(), rejected, command.folder.has_value());
  return command.tally().failed == 0 && rejected == 0 && merged_ok ? 0 : 1;
}

}  // namespace acquis::cli
