// Command-line parsing for `alignboard`: which command, which file, which export format. Bad
// usage is an error value, never an exit from here, so main alone decides what gets printed.
#include "cli.hpp"

namespace ab::cli {

const char* usage_text() {
    return "usage: alignboard <command> [options] FILE\n"
           "\n"
           "Reads a plan file (alignboard.plan, version 1). FILE may be - for standard input.\n"
           "\n"
           "commands:\n"
           "  validate FILE                check the plan; problems go to stderr as `path: message`\n"
           "  fmt FILE                     print the plan in canonical form\n"
           "  score FILE                   print the alignment score as JSON\n"
           "  export --format md|csv FILE  print a Markdown report, or a CSV with one row per tactic\n"
           "  export --format svg [--no-plan] [--score] FILE\n"
           "                               print a picture of the board (SVG) holding the plan;\n"
           "                               --no-plan leaves the plan out, --score adds the score panel\n"
           "\n"
           "options:\n"
           "  --format md|csv|svg          export format (also --format=md)\n"
           "  -h, --help                   show this help\n"
           "\n"
           "exit status: 0 done, 1 invalid plan or unreadable file, 2 bad usage\n";
}

namespace {

bool known_command(const std::string& c) { return c == "validate" || c == "fmt" || c == "score" || c == "export"; }

bool parse_format(const std::string& value, Format& format) {
    if (value == "md" || value == "markdown") format = Format::Markdown;
    else if (value == "csv") format = Format::Csv;
    else if (value == "svg") format = Format::Svg;
    else return false;
    return true;
}

ParsedArgs usage_error(std::string why) {
    ParsedArgs parsed;
    parsed.error = std::move(why);
    return parsed;
}

}  // namespace

ParsedArgs parse_args(const std::vector<std::string>& args) {
    std::vector<std::string> positional;
    Format format = Format::None;
    bool format_given = false;
    bool no_plan = false, score = false;
    bool options_done = false;

    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (options_done || a == "-" || a.empty() || a[0] != '-') {
            positional.push_back(a);
        } else if (a == "--") {
            options_done = true;
        } else if (a == "-h" || a == "--help") {
            ParsedArgs parsed;
            parsed.help = true;
            return parsed;
        } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
            std::string value;
            if (a == "--format") {
                if (i + 1 >= args.size()) return usage_error("--format needs a value: md, csv or svg");
                value = args[++i];
            } else {
                value = a.substr(9);
            }
            if (!parse_format(value, format)) return usage_error("unknown format '" + value + "' (use md, csv or svg)");
            format_given = true;
        } else if (a == "--no-plan") {
            no_plan = true;
        } else if (a == "--score") {
            score = true;
        } else {
            return usage_error("unknown option '" + a + "'");
        }
    }

    if (positional.empty()) return usage_error("no command given");
    if (positional[0] == "help") {
        ParsedArgs parsed;
        parsed.help = true;
        return parsed;
    }
    Invocation inv;
    inv.command = positional[0];
    if (!known_command(inv.command)) return usage_error("unknown command '" + inv.command + "'");
    if (positional.size() < 2) return usage_error(inv.command + ": missing FILE");
    if (positional.size() > 2) return usage_error(inv.command + ": too many arguments ('" + positional[2] + "')");
    inv.file = positional[1];
    if (inv.command == "export" && !format_given) return usage_error("export: missing --format md|csv|svg");
    if (inv.command != "export" && format_given) return usage_error(inv.command + ": --format is for export only");
    if ((no_plan || score) && format != Format::Svg) {
        return usage_error(std::string(no_plan ? "--no-plan" : "--score") + " is for export --format svg only");
    }
    inv.format = format;
    inv.embed_plan = !no_plan;
    inv.score_panel = score;

    ParsedArgs parsed;
    parsed.invocation = std::move(inv);
    return parsed;
}

}  // namespace ab::cli
