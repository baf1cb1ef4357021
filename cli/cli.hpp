// The command-line tool `alignboard`: validate, fmt, score and export a plan file. The tool is
// the only place that touches files; everything it prints comes from the core as text. Split so
// argument parsing, file reading and the commands can each be read (and changed) alone.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ab::cli {

// Exit statuses, documented in the usage text.
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;  // invalid plan, unreadable file, output not written
constexpr int kExitUsage = 2;

enum class Format { None, Markdown, Csv, Svg };

struct Invocation {
    std::string command;  // "validate" | "fmt" | "score" | "export"
    std::string file;     // "-" = standard input
    Format format = Format::None;
    bool embed_plan = true;    // svg: the plan inside the picture (--no-plan leaves it out)
    bool score_panel = false;  // svg: the score panel at the right (--score)
};

struct ParsedArgs {
    bool help = false;                     // -h/--help: usage on stdout, exit 0
    std::optional<Invocation> invocation;  // set when the arguments make a command
    std::string error;                     // why they don't (usage error, exit 2)
};

// Arguments after the program name. Options may come anywhere; `--` ends them.
ParsedArgs parse_args(const std::vector<std::string>& args);
const char* usage_text();

struct Input {
    bool ok = false;
    std::string text;
    std::string error;  // "No such file or directory", from strerror
};

// Reads FILE ("-" = stdin) whole, but stops one byte past the reader's size limit: the reader
// then refuses the input with its own message, and a huge file is never held in memory.
Input read_input(const std::string& file);

// What a run prints and how it exits; main does the writing.
struct Outcome {
    int exit_code = kExitOk;
    std::string out;
    std::string err;
};

Outcome run(const std::vector<std::string>& args);

}  // namespace ab::cli
