#include "tools.hpp"

#include <sys/wait.h>
#include <unistd.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace acquis::test {

CommandResult run(const std::string& command) {
  const std::string err_path = output_dir() + "/stderr.txt";
  CommandResult result;
  FILE* pipe = popen((command + " 2>" + err_path).c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err_path);
  return result;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void write_file(const std::string& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
}

std::string copy_of_samples(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(output_dir()) / name;
  fs::remove_all(folder);
  fs::copy("samples", folder, fs::copy_options::recursive);
  return folder.string();
}

std::string base64(const std::string& bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (unsigned char c : bytes) {
    bits = (bits << 8) | c;
    count += 8;
    while (count >= 6) out += kAlphabet[(bits >> (count -= 6)) & 63];
  }
  if (count > 0) out += kAlphabet[(bits << (6 - count)) & 63];
  while (out.size() % 4) out += '=';
  return out;
}

std::vector<std::string> pages_of(const std::string& text) {
  std::vector<std::string> pages;
  for (std::size_t begin = 0, end; (end = text.find('\f', begin)) != std::string::npos;
       begin = end + 1)
    pages.push_back(text.substr(begin, end - begin));
  return pages;
}

std::string normalize_text(const std::string& text) {
  std::string cleaned;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC2\xAD") == 0) {  // soft hyphen + line or page end
      i += 1;
      while (i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\f')) ++i;
      continue;
    }
    if (text.compare(i, 2, "\xC2\xA0") == 0) {
      cleaned += ' ';
      ++i;
      continue;
    }
    if (text.compare(i, 3, "\xE2\x80\xAF") == 0) {
      cleaned += ' ';
      i += 2;
      continue;
    }
    const char c = text[i];
    cleaned += (c == '\n' || c == '\f' || c == '\t' || c == '\r') ? ' ' : c;
  }
  std::string out;
  for (char c : cleaned)
    if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string fonts_config() {
  return "fonts/fonts.xml";
}

const Engine& engine() {
  static std::unique_ptr<Engine> instance = [] {
    EngineOptions options;
    options.font_config = fonts_config();
    options.deterministic = true;
    std::vector<Diagnostic> diagnostics;
    auto created = Engine::create(options, diagnostics);
    if (!created)
      throw std::runtime_error("font configuration unusable: run the tests from the project root");
    return created;
  }();
  return *instance;
}

// One folder per test process: ctest runs tests in parallel and they render the same samples.
std::string output_dir() {
  const std::string dir = std::string(ACQUIS_TEST_OUTPUT_DIR) + "/" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace acquis::test
