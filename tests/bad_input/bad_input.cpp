#include "bad_input.hpp"

#include "tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace acquis::test {

Damaged::Damaged(const std::string& name, const std::string& from)
    : dir_(output_dir() + "/abime-" + name) {
  fs::remove_all(dir_);
  fs::copy(from, dir_, fs::copy_options::recursive);
}

Damaged& Damaged::replace(const std::string& file, const std::string& from, const std::string& to) {
  std::string text = read_file(path(file));
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return write(file, text);
}

Damaged& Damaged::write(const std::string& file, const std::string& bytes) {
  std::ofstream(path(file), std::ios::binary | std::ios::trunc) << bytes;
  return *this;
}

std::string folder_state(const std::string& dir) {
  std::string state;
  if (dir.empty() || !fs::exists(dir)) return state;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    state += entry.path().string();
    if (entry.is_regular_file())
      state += " " + std::to_string(entry.file_size()) + " " +
               std::to_string(entry.last_write_time().time_since_epoch().count());
    state += "\n";
  }
  return state;
}

namespace {

std::string with_output(std::string arguments, const std::string& out) {
  for (std::size_t at; (at = arguments.find("{out}")) != std::string::npos;)
    arguments.replace(at, 5, out);
  return arguments;
}

// A crash or a sanitizer's report is never a refusal.
void check_no_crash(const CommandResult& result) {
  CHECK(result.exit_code >= 0);
  CHECK(result.exit_code < 128);
  CHECK(result.err.find("AddressSanitizer") == std::string::npos);
  CHECK(result.err.find("runtime error:") == std::string::npos);
  CHECK(result.err.find("terminate called") == std::string::npos);
}

void check_run(const std::string& arguments, const Refusal& refusal, bool english,
               const std::string& watched) {
  const std::string out = output_dir() + "/sortie-refusee";
  fs::remove_all(out);
  fs::create_directories(out);
  const std::string before = folder_state(watched);
  const CommandResult result = run(std::string(ACQUIS_CLI) + " " + with_output(arguments, out) +
                                   (english ? " --anglais" : "") + " </dev/null");
  INFO("acquis " << arguments << (english ? " --anglais" : "") << "\n" << result.err);
  check_no_crash(result);
  CHECK(result.exit_code == refusal.exit_code);
  for (const std::string& expected : english ? refusal.english : refusal.french)
    CHECK(result.err.find(expected) != std::string::npos);
  // The other language never shows through.
  CHECK(result.err.find(english ? "erreur" : "error:") == std::string::npos);
  for (const std::string& personal : refusal.never_shown)
    CHECK(result.err.find(personal) == std::string::npos);
  CHECK(fs::is_empty(out));
  CHECK(folder_state(watched) == before);
}

}  // namespace

void expect_refused(const std::string& arguments, const Refusal& refusal,
                    const std::string& watched) {
  check_run(arguments, refusal, false, watched);
  check_run(arguments, refusal, true, watched);
}

}  // namespace acquis::test
