#include <acquis/app/batch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>

namespace acquis::app {

// What the renders share with the reader: results waiting to be taken, by index.
struct BatchRun::State {
  std::mutex mutex;
  std::condition_variable changed;
  std::map<std::size_t, Rendered> ready;
  std::size_t running = 0;
  std::atomic<bool> stopped{false};  // read by jobs before they start
};

BatchRun::BatchRun(const Workspace& workspace, std::shared_ptr<const Batch> batch, WorkerPool& pool,
                   std::size_t window)
    : workspace_(workspace),
      batch_(std::move(batch)),
      pool_(pool),
      window_(std::max<std::size_t>(1, window)),
      state_(std::make_shared<State>()) {}

BatchRun::~BatchRun() {
  stop();  // the jobs not begun yet finish at once
  std::unique_lock lock(state_->mutex);
  state_->changed.wait(lock, [this] { return state_->running == 0; });
}

void BatchRun::stop() {
  state_->stopped = true;
}

namespace {

// A file's name is made of the person's name: an error about it shows only the folder and the
// row (said by the caller), so logs keep no names.
void hide_file_name(std::vector<Diagnostic>& diagnostics, const std::string& file) {
  const std::string shown = (std::filesystem::path(file).parent_path() / "…").string();
  for (Diagnostic& d : diagnostics)
    for (MessageArg& arg : d.args)
      if (arg.first == "path" && std::get_if<std::string>(&arg.second) &&
          std::get<std::string>(arg.second) == file)
        arg.second = shown;
}

// One item of the batch, unless the batch was stopped before its turn came.
Rendered render_item(const Workspace& workspace, const Batch& batch, std::size_t index,
                     const std::atomic<bool>& stopped) {
  Rendered result;
  if (stopped) {
    result.skipped = true;
    return result;
  }
  try {
    const BatchItem& item = batch.items[index];
    const DocumentRequest request{batch.document, batch.language, item.subject,   nullptr,
                                  false,          batch.specimen, batch.archival, batch.fillable};
    result = workspace.render(batch.loaded, request, batch.output, item.file);
    if (batch.output == Output::File) hide_file_name(result.diagnostics, item.file);
  } catch (const std::exception& error) {
    result = {};
    result.diagnostics.push_back(
        {Severity::Error, "internal", {{"detail", std::string(error.what())}}, {}, {}, {}});
  }
  return result;
}

}  // namespace

void BatchRun::start_more() {
  const std::size_t count = batch_->items.size();
  while (started_ < count && started_ < taken_ + window_ && !state_->stopped) {
    {
      std::lock_guard lock(state_->mutex);
      ++state_->running;
    }
    auto job = [state = state_, batch = batch_, &workspace = workspace_, index = started_] {
      Rendered result = render_item(workspace, *batch, index, state->stopped);
      std::lock_guard lock(state->mutex);
      state->ready.emplace(index, std::move(result));
      --state->running;
      state->changed.notify_all();
    };
    if (!pool_.submit_waiting(std::move(job))) {  // the pool is stopping
      std::lock_guard lock(state_->mutex);
      --state_->running;
      state_->stopped = true;
      return;
    }
    ++started_;
  }
}

bool BatchRun::next(Rendered& result, std::size_t& index) {
  start_more();
  if (taken_ >= started_) return false;  // all taken, or stopped with nothing under way
  std::unique_lock lock(state_->mutex);
  state_->changed.wait(lock, [this] { return state_->ready.count(taken_) > 0; });
  const auto it = state_->ready.find(taken_);
  result = std::move(it->second);
  state_->ready.erase(it);
  index = taken_++;
  return true;
}

namespace {

// A merged file's metadata: its documents' title, no one person's program as subject; a print
// job, not tagged (see Metadata::tagged).
Metadata merged_metadata(Metadata metadata, const std::string& slice) {
  metadata.subject.clear();
  metadata.tagged = false;
  metadata.slice = slice;
  return metadata;
}

}  // namespace

RenderResult merge_batch(const Workspace& workspace, BatchRun& run, const std::string& path,
                         bool all_or_nothing, const MergeEvents& events) {
  std::unique_ptr<Assembly> assembly;
  bool failed = false;
  Rendered result;
  std::size_t index = 0;
  while (run.next(result, index)) {
    if (result.skipped) continue;
    if (result.ok && result.laid && !(all_or_nothing && failed)) {
      const Batch& batch = run.batch();
      if (!assembly)
        assembly = workspace.engine().assemble(merged_metadata(result.metadata, batch.slice), path);
      assembly->add(
          *result.laid,
          batch.slice.empty() ? -1 : static_cast<long>(batch.items[index].subject.candidate->row));
    } else if (!result.ok) {
      failed = failed || !result.not_applicable;
      if (events.failed) events.failed(index, result);
    }
    if (events.advanced) events.advanced();
  }
  if (!assembly || (all_or_nothing && failed)) return {};  // nothing is left at `path`
  return assembly->finish();
}

std::optional<Slice> parse_slice(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto number = [](std::string_view digits) {
    int value = 0;
    if (digits.empty() || digits.size() > 5) return -1;
    for (char c : digits) {
      if (c < '0' || c > '9') return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  };
  const Slice slice{number(text.substr(0, slash)), number(text.substr(slash + 1))};
  if (slice.index < 1 || slice.index > slice.count || slice.count > 10000) return std::nullopt;
  return slice;
}

// FNV-1a: stable across machines and versions, unlike std::hash.
int slice_of(std::string_view permanent_code, int count) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : permanent_code) hash = (hash ^ c) * 1099511628211ull;
  return static_cast<int>(hash % static_cast<std::uint64_t>(count)) + 1;
}

std::size_t remove_leftovers(const std::string& folder) {
  std::size_t removed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 8 && name.compare(name.size() - 8, 8, ".pdf.tmp") == 0 &&
        std::filesystem::remove(entry.path(), error))
      ++removed;
  }
  return removed;
}

}  // namespace acquis::app
