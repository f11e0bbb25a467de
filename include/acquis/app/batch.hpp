// A batch: one document for each of many people, made on a worker pool a window at a time and
// handed back in order — written as separate files, kept in memory (a ZIP being sent), or laid
// out and painted in order into one merged PDF. Memory holds the window, not the batch.
#pragma once

#include <acquis/app/worker_pool.hpp>
#include <acquis/app/workspace.hpp>

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acquis::app {

struct BatchItem {
  Subject subject;
  std::string file;  // Output::File: where this person's document goes
};

struct Batch {
  LoadedData loaded;
  // People who are not in the data set (a CSV sent with the batch), which items point into.
  std::shared_ptr<const std::vector<Candidate>> people;
  std::string document;
  Language language = Language::French;
  std::vector<BatchItem> items;
  Output output = Output::Pdf;  // Pdf (in memory), File, or LayOut (for a merged file)
  bool specimen = false;        // see TemplateOptions::specimen
  bool archival = false;        // see TemplateOptions::archival
  bool fillable = false;        // see TemplateOptions::fillable
  std::string slice;            // "3/16" when the batch is one slice of a larger one
};

// One slice of a batch split over several machines (`acquis lot --tranche 3/16`).
struct Slice {
  int index = 1;  // from 1
  int count = 1;
};

// "3/16" → {3, 16}; nothing when it is not two whole numbers with 1 ≤ index ≤ count ≤ 10,000.
std::optional<Slice> parse_slice(std::string_view text);
// The slice (from 1) a person falls in: from their code permanent alone, so the same on every
// machine and whoever else is on the list.
int slice_of(std::string_view permanent_code, int count);

// Renders the batch's items on `pool`, at most `window` ahead of the reader, who takes the
// results in order with next(). Destroying it waits for the renders under way.
class BatchRun {
 public:
  BatchRun(const Workspace& workspace, std::shared_ptr<const Batch> batch, WorkerPool& pool,
           std::size_t window);
  ~BatchRun();
  BatchRun(const BatchRun&) = delete;
  BatchRun& operator=(const BatchRun&) = delete;

  // The next item's result, in order; false when there is none left.
  bool next(Rendered& result, std::size_t& index);
  // No more items are started: those already handed to the pool but not begun come back
  // skipped, those under way finish; next() then returns false.
  void stop();
  const Batch& batch() const { return *batch_; }

 private:
  struct State;
  void start_more();
  const Workspace& workspace_;
  std::shared_ptr<const Batch> batch_;
  WorkerPool& pool_;
  std::size_t window_;
  std::shared_ptr<State> state_;
  std::size_t started_ = 0, taken_ = 0;
};

// What merging reports as it goes: a person left out (their document failed, or does not
// apply to them: Rendered::not_applicable, which `all_or_nothing` does not count), and each step.
struct MergeEvents {
  std::function<void(std::size_t index, const Rendered& failure)> failed;
  std::function<void()> advanced;
};

// Paints every laid-out document of `run` (a LayOut batch) in order into one PDF written
// atomically at `path`, as it goes; a person whose document failed is left out. A slice's
// pages carry their person's row, by which `acquis assembler` puts the slices together. Nothing is
// written when none succeeded or `all_or_nothing` and one failed (result.ok false, no diagnostics
// then).
RenderResult merge_batch(const Workspace& workspace, BatchRun& run, const std::string& path,
                         bool all_or_nothing, const MergeEvents& events);

// Removes the temporary files an interrupted batch left in `folder` (*.pdf.tmp); returns how
// many.
std::size_t remove_leftovers(const std::string& folder);

}  // namespace acquis::app
