// A batch: every candidate's document built and rendered by a pool of workers. Files are
// written atomically (temp + rename), so a killed batch leaves only whole files; run again,
// it skips them and does the rest. A candidate that fails is reported with its row and the
// others go on (unless --arret-erreur).
#include "batch.hpp"

#include "batch_files.hpp"
#include "progress.hpp"
#include "support.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

namespace acquis::cli {

namespace fs = std::filesystem;

namespace {

struct Job {
  const Candidate* candidate = nullptr;
  const Program* program = nullptr;
  std::string file;  // empty when there are no separate files
};

// A document of the merged file, once laid out (or failed: no `laid`).
struct Slot {
  bool done = false;
  Metadata metadata;
  std::shared_ptr<const LaidOutDocument> laid;
};

// The merged file's metadata: the documents' title, no one person's program as subject.
Metadata merged_metadata(Metadata metadata) {
  metadata.subject.clear();
  return metadata;
}

struct Tally {
  std::atomic<std::size_t> written{0}, failed{0};
  std::atomic<bool> stop{false};
  std::mutex report;  // one candidate's diagnostics printed together
};

class Batch {
 public:
  Batch(const Arguments& args, const DataSet& data, const Engine& engine)
      : args_(args), data_(data), engine_(engine), options_(template_options(args)) {
    options_.cache = make_template_cache();  // the template and catalogs read once
  }

  std::string template_path;
  std::optional<fs::path> folder;  // separate files go here
  std::string merged;              // the merged file, if asked

  // Jobs for every candidate, or a reported failure for a row whose program is unknown.
  std::vector<Job> plan(std::size_t& skipped) {
    std::vector<Job> jobs;
    FileNamer namer;
    const std::string forced = args_.option("programme");
    for (const Candidate& c : data_.candidates) {
      Job job{&c, data_.program(forced.empty() ? c.program : forced), {}};
      if (!job.program) {
        fail_row(c, say(args_, "programme inconnu : « ", "unknown program: “") +
                        (forced.empty() ? c.program : forced) + say(args_, " »", "”"));
        continue;
      }
      if (folder) {
        job.file = (*folder / namer.file_name(args_.positional[0], c)).string();
        if (!args_.flag("remplacer") && fs::exists(job.file)) {
          ++skipped;
          if (merged.empty()) continue;
          job.file.clear();  // still needed in the merged file
        }
      }
      jobs.push_back(std::move(job));
    }
    return jobs;
  }

  // Separate files, on every worker.
  void render_files(const std::vector<Job>& jobs, Progress& progress) {
    run_workers(jobs.size(), [&](std::size_t i) {
      Document document;
      if (!jobs[i].file.empty() && build(jobs[i], document)) {
        const RenderResult result = engine_.render_to_file(document, jobs[i].file);
        if (result.ok)
          ++tally_.written;
        else
          fail(*jobs[i].candidate, result.diagnostics);
      }
      progress.advance();
    });
  }

  // The merged file: documents built and laid out on every worker, painted in order by this
  // thread as they come; workers stay at most kWindow documents ahead, so memory holds the
  // compressed pages and a few documents, however many there are.
  bool render_merged(const std::vector<Job>& jobs, Progress& progress) {
    constexpr std::size_t kWindow = 32;
    std::vector<Slot> slots(jobs.size());
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t painted = 0;
    std::thread workers([&] {
      run_workers(jobs.size(), [&](std::size_t i) {
        {
          std::unique_lock lock(mutex);
          changed.wait(lock, [&] { return i < painted + kWindow || tally_.stop; });
        }
        Slot slot = lay_out(jobs[i]);
        std::lock_guard lock(mutex);
        slots[i] = std::move(slot);
        changed.notify_all();
      });
    });
    std::unique_ptr<Assembly> assembly;
    for (std::size_t i = 0; i < jobs.size() && !tally_.stop; ++i) {
      Slot slot;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return slots[i].done || tally_.stop; });
        slot = std::move(slots[i]);
      }
      if (slot.laid) {
        if (!assembly) assembly = engine_.assemble(merged_metadata(slot.metadata));
        assembly->add(*slot.laid);
      }
      {
        std::lock_guard lock(mutex);
        painted = i + 1;
        changed.notify_all();
      }
      progress.advance();
    }
    {
      std::lock_guard lock(mutex);
      painted = jobs.size();
      changed.notify_all();
    }
    workers.join();
    if (!assembly || tally_.stop) return false;
    const RenderResult result = assembly->finish_to_file(merged);
    print(result.diagnostics, args_.english);
    if (result.ok)
      std::fprintf(stderr, "%s (%d pages, %ju %s)\n", merged.c_str(), result.pages,
                   static_cast<std::uintmax_t>(fs::file_size(merged)),
                   say(args_, "octets", "bytes").c_str());
    return result.ok;
  }

  const Tally& tally() const { return tally_; }

 private:
  template <class Work>
  void run_workers(std::size_t count, const Work& work) {
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
      for (std::size_t i = next++; i < count && !tally_.stop; i = next++) work(i);
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < worker_count(); ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();
  }

  unsigned worker_count() const {
    const std::string asked = args_.option("taches");
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    return asked.empty() ? cores : std::max(1, std::min(64, std::atoi(asked.c_str())));
  }

  Slot lay_out(const Job& job) {
    Slot slot;
    slot.done = true;
    Document document;
    if (!build(job, document)) return slot;
    std::vector<Diagnostic> diagnostics;
    slot.laid = engine_.lay_out(document, diagnostics);
    slot.metadata = document.metadata;
    if (!slot.laid) fail(*job.candidate, diagnostics);
    return slot;
  }

  bool build(const Job& job, Document& document) {
    TemplateData input;
    input.organization = &data_.organization;
    input.employers = &data_.employers;
    input.programs = &data_.programs;  // a per-person document: no list of candidates
    input.data_directory = data_.directory;
    input.program = job.program;
    input.candidate = job.candidate;
    input.record = data_.record(job.candidate->permanent_code);
    std::vector<Diagnostic> diagnostics;
    if (build_document(template_path, input, options_, document, diagnostics)) return true;
    fail(*job.candidate, diagnostics);
    return false;
  }

  void fail(const Candidate& c, const std::vector<Diagnostic>& diagnostics) {
    fail_row(c, {});
    std::lock_guard lock(tally_.report);
    print(diagnostics, args_.english);
  }

  // Names the row (not the person: the row is enough to find it, and logs keep no names).
  void fail_row(const Candidate& c, const std::string& why) {
    ++tally_.failed;
    if (args_.flag("arret-erreur")) tally_.stop = true;
    std::lock_guard lock(tally_.report);
    std::fprintf(stderr, "%s %zu%s%s\n", say(args_, "rangée", "row").c_str(), c.row,
                 why.empty() ? "" : " : ", why.c_str());
  }

  const Arguments& args_;
  const DataSet& data_;
  const Engine& engine_;
  TemplateOptions options_;
  Tally tally_;
};

void summary(const Arguments& args, const Tally& tally, std::size_t skipped, std::size_t rejected,
             bool files) {
  const std::string failed = std::to_string(tally.failed + rejected);
  if (files)
    std::fprintf(stderr, "%s\n",
                 say(args,
                     std::to_string(tally.written) + " fichier(s) écrit(s), " +
                         std::to_string(skipped) + " déjà présent(s), " + failed + " en erreur.",
                     std::to_string(tally.written) + " file(s) written, " +
                         std::to_string(skipped) + " already there, " + failed + " failed.")
                     .c_str());
  else if (tally.failed + rejected > 0)
    std::fprintf(stderr, "%s\n",
                 say(args, failed + " personne(s) en erreur, absente(s) du fichier.",
                     failed + " candidate(s) failed, left out of the file.")
                     .c_str());
}

}  // namespace

int batch(const Arguments& args) {
  const std::string template_path = document_template(args);
  if (template_path.empty()) return 2;
  DataSet data;
  if (!load(args, data, true)) return 1;
  if (data.candidate_errors > 0 && (args.flag("arret-erreur") || data.candidates.empty())) return 1;
  const auto engine = make_engine(args);
  if (!engine) return 1;

  Batch batch(args, data, *engine);
  batch.template_path = template_path;
  batch.merged = args.option("fusion");
  if (batch.merged.empty() || !args.option("sortie").empty()) {
    batch.folder = fs::path(args.option("sortie", "."));
    std::error_code error;
    fs::create_directories(*batch.folder, error);
    if (error)
      return usage_error(args, "impossible de créer le dossier " + batch.folder->string(),
                         "cannot create the folder " + batch.folder->string());
    remove_leftovers(*batch.folder);
  }
  std::size_t skipped = 0;
  const std::vector<Job> jobs = batch.plan(skipped);
  if (batch.folder) {
    Progress progress(jobs.size(), args.flag("silencieux"), args.english);
    batch.render_files(jobs, progress);
    progress.finish();
  }
  bool merged_ok = true;
  if (!batch.merged.empty() && !batch.tally().stop) {
    Progress progress(jobs.size(), args.flag("silencieux"), args.english);
    merged_ok = batch.render_merged(jobs, progress);
    progress.finish();
  }
  summary(args, batch.tally(), skipped, data.candidate_errors, batch.folder.has_value());
  return batch.tally().failed == 0 && data.candidate_errors == 0 && merged_ok ? 0 : 1;
}

}  // namespace acquis::cli
