// acquis: the command line. See `acquis --aide`.
#include "arguments.hpp"
#include "assemble.hpp"
#include "batch.hpp"
#include "commands.hpp"
#include "common/heap.hpp"
#include "export.hpp"
#include "read_form.hpp"
#include "serve_command.hpp"
#include "session.hpp"
#include "spreadsheets.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

int run(int argc, char** argv) {
  using namespace acquis::cli;
  const Arguments args = parse_arguments(argc, argv);
  if (!args.error.empty())
    return usage_error(args, args.error.c_str(), {{"option", args.error_option}});
  if (args.help || args.command.empty() || args.command == "aide") {
    const bool asked = args.help || args.command == "aide";
    std::fputs(say(args, "cli.help").c_str(), asked ? stdout : stderr);
    return asked ? 0 : 2;
  }
  if (args.command == "documents") return list_documents(args);
  if (args.command == "programmes" || args.command == "programs") return list_programs(args);
  if (args.command == "verifier" || args.command == "check") return check_inputs(args);
  if (args.command == "produire" || args.command == "render") return produce(args);
  if (args.command == "lot" || args.command == "batch") return batch(args);
  if (args.command == "assembler" || args.command == "assemble") return assemble_slices(args);
  if (args.command == "lire" || args.command == "read") return read_form(args);
  if (args.command == "exporter" || args.command == "export") return export_candidate(args);
  if (args.command == "effacer" || args.command == "erase") return erase_candidate(args);
  if (args.command == "registre" || args.command == "register") return export_register(args);
  if (args.command == "synthese" || args.command == "summary") return export_summary(args);
  if (args.command == "declarations") return export_declarations(args);
  return usage_error(args, "cli.unknown-command", {{"command", args.command}});
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && (std::strcmp(argv[1], "serve") == 0 || std::strcmp(argv[1], "servir") == 0))
    return acquis::cli::serve(argc, argv);
  acquis::process::use_large_heap_pages();
  const int status = run(argc, argv);
#if defined(__SANITIZE_ADDRESS__)
  return status;  // the leak check runs at exit
#else
  // Every file is closed by now: skip the destructors of ICU's and the font caches, a
  // millisecond a process.
  std::fflush(nullptr);
  std::_Exit(status);
#endif
}
