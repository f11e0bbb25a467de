// bench-people: the advisors' list of people (GET /api/personnes) on a data folder of 10,000
// people (or --people N), 2,000 of them with a dossier. The folder is made from samples/ (its
// programs, employers and profile) with names drawn from Quebec's common ones, accents
// included; a running acquis-serve is started on it and each query is timed over HTTP on
// loopback: the whole list's first and last pages, a name typed without accents, a code
// permanent, a program, and a search matching nobody. Prints the median, 95th percentile and
// worst time of each (target: 50 ms at most), the first answer's, and the server's memory; then
// the same for one person's dossier and for their documents by step (each built to know whether
// it applies).
// Usage: bench-people path/to/acquis-serve [--people 10000] [--runs 50]   (from the project root)
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const char* kGiven[] = {"Éloïse", "Jean-Philippe", "Amina",   "Maxime", "Chloé",
                        "Félix",  "Léa",           "Océane",  "Noémie", "Mathis",
                        "Zoé",    "Gabriel",       "Rosalie", "Thomas", "Yasmine",
                        "Émile",  "Karim",         "Justine", "Loïc",   "Anaïs"};
const char* kFamily[] = {"Tremblay",   "Gagnon",   "Côté",     "Bouchard", "Gauthier",  "Morin",
                         "Lavoie",     "Fortin",   "Gagné",    "Ouellet",  "Pelletier", "Bélanger",
                         "Lévesque",   "Bergeron", "Leblanc",  "Paquette", "Girard",    "Simard",
                         "Boucher",    "Caron",    "Beaulieu", "Cloutier", "Dubé",      "Poirier",
                         "Fournier",   "Lapointe", "Leclerc",  "Lefebvre", "Poulin",    "Thibault",
                         "St-Pierre",  "Nadeau",   "Martin",   "Landry",   "Martel",    "Bédard",
                         "Grenier",    "Lessard",  "Bernier",  "Richard",  "Michaud",   "Hébert",
                         "Desjardins", "Couture",  "Turcotte", "Lachance", "Parent",    "Blais",
                         "Gosselin",   "Savard"};
const char* kPrograms[] = {"5195", "5912", "FMS-8142", "EEC.9X"};
const char* kEmployers[] = {"acier-rive-sud", "chantiers-beaumont", ""};

std::string upper_ascii(const std::string& name) {
  std::string letters;
  for (const char c : name)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letters += static_cast<char>(c & ~0x20);
  while (letters.size() < 3) letters += 'X';
  return letters;
}

// samples/ with its list of people and dossiers replaced by `people` generated ones.
std::string make_folder(int people) {
  const fs::path folder =
      fs::temp_directory_path() / ("acquis-bench-people-" + std::to_string(people));
  fs::remove_all(folder);
  fs::copy("samples", folder, fs::copy_options::recursive);
  fs::remove(folder / "candidats.xml");
  fs::remove_all(folder / "dossiers");
  fs::create_directories(folder / "dossiers");
  std::ifstream in("samples/dossiers/MORS19109707.xml");
  std::stringstream sample;
  sample << in.rdbuf();
  std::ofstream csv(folder / "candidats.csv");
  csv << "prenom;nom;code_permanent;courriel;telephone;employeur;programme;genre\n";
  for (int i = 0; i < people; ++i) {
    const std::string given = kGiven[i % 20], family = kFamily[(i / 20) % 50];
    char code[16];
    std::snprintf(code, sizeof code, "%.3s%c%08d", upper_ascii(family).c_str(),
                  upper_ascii(given)[0], 10000000 + i);
    // One in five has a dossier: the sample's, for a welding program person.
    const bool dossier = i % 5 == 0;
    const std::string program = dossier ? "5195" : kPrograms[i % 4];
    csv << given << ';' << family << ';' << code << ";;418 555-" << 1000 + i % 9000 << ';'
        << kEmployers[i % 3] << ';' << program << ";x\n";
    if (!dossier) continue;
    std::string text = std::regex_replace(sample.str(), std::regex("MORS19109707"), code);
    std::ofstream(folder / "dossiers" / (std::string(code) + ".xml")) << text;
  }
  return folder.string();
}

long resident_megabytes(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6) / 1024;
  return 0;
}

// The server on a free port; its port read from what it prints.
int start_server(const std::string& binary, const std::string& folder, int& port) {
  const std::string log = folder + "/serve.log";
  const int pid = fork();
  if (pid == 0) {
    std::freopen(log.c_str(), "w", stderr);
    ::setenv("ACQUIS_JETON", "jeton-de-banc-d-essai-0123", 1);
    execl(binary.c_str(), binary.c_str(), "--donnees", folder.c_str(), "--port", "0", nullptr);
    _exit(127);
  }
  for (int i = 0; i < 600 && port == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::ifstream in(log);
    std::stringstream text;
    text << in.rdbuf();
    std::smatch found;
    const std::string all = text.str();
    if (std::regex_search(all, found, std::regex("http://127\\.0\\.0\\.1:([0-9]+)/")))
      port = std::stoi(found[1]);
  }
  return pid;
}

struct Timing {
  double median, p95, worst;
  long total;
};

Timing time_query(httplib::Client& client, const std::string& url, int runs) {
  std::vector<double> ms;
  long total = -1;
  const httplib::Headers token = {{"Authorization", "Bearer jeton-de-banc-d-essai-0123"}};
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const auto answer = client.Get(url.c_str(), token);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (!answer || answer->status != 200) {
      std::fprintf(stderr, "bench-people: %s failed\n", url.c_str());
      std::exit(1);
    }
    total = nlohmann::json::parse(answer->body).value("total", -1L);
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back(), total};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench-people path/to/acquis-serve [--people N] [--runs N]\n");
    return 2;
  }
  int people = 10000, runs = 50;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--people") people = std::atoi(argv[i + 1]);
    if (std::string(argv[i]) == "--runs") runs = std::atoi(argv[i + 1]);
  }
  const std::string folder = make_folder(people);
  int port = 0;
  const auto started = Clock::now();
  const int pid = start_server(argv[1], folder, port);
  if (port == 0) return std::fprintf(stderr, "bench-people: the server did not start\n"), 1;
  const double load_s = std::chrono::duration<double>(Clock::now() - started).count();
  httplib::Client client("127.0.0.1", port);
  const auto first = Clock::now();  // the index is built at start: no request waits for it
  client.Get("/api/personnes", {{"Authorization", "Bearer jeton-de-banc-d-essai-0123"}});
  const double first_ms = std::chrono::duration<double, std::milli>(Clock::now() - first).count();

  std::printf("acquis serve, list of people: %d people (%d dossiers), %d runs each, loopback\n",
              people, (people + 4) / 5, runs);
  std::printf("  server ready in %.1f s (index built); first list %.1f ms\n", load_s, first_ms);
  const std::pair<const char*, std::string> queries[] = {
      {"everyone, page 1", "/api/personnes?taille=20"},
      {"everyone, last page",
       "/api/personnes?taille=20&page=" + std::to_string((people + 19) / 20)},
      {"« cote eloise »", "/api/personnes?q=cote%20eloise"},
      {"« TREMBLAY »", "/api/personnes?q=TREMBLAY"},
      {"a code permanent", "/api/personnes?q=TREL10000000"},
      {"a program « secretariat »", "/api/personnes?q=secretariat"},
      {"nobody « zzz »", "/api/personnes?q=zzz"}};
  double worst_p95 = 0;
  for (const auto& [name, url] : queries) {
    const Timing t = time_query(client, url, runs);
    worst_p95 = std::max(worst_p95, t.p95);
    std::printf("  %-28s %6ld found   median %6.2f ms   p95 %6.2f ms   max %6.2f ms\n", name,
                t.total, t.median, t.p95, t.worst);
  }
  std::printf("  server memory (RSS) %ld MB; worst p95 %.2f ms (target <= 50 ms)\n",
              resident_megabytes(pid), worst_p95);
  for (const auto& [name, url] :
       {std::pair{"a person's dossier", "/api/personnes/TREL10000000"},
        {"their documents by step", "/api/personnes/TREL10000000/documents"}}) {
    const Timing t = time_query(client, url, runs);
    std::printf("  %-28s %14s median %6.2f ms   p95 %6.2f ms   max %6.2f ms\n", name, "", t.median,
                t.p95, t.worst);
  }
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
  fs::remove_all(folder);
  return worst_p95 <= 50 ? 0 : 1;
}
