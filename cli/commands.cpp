// The four commands of `alignboard`. Each loads the plan through the core's reader (the one
// reader the app uses too) and prints what the core computes; problems are reported as
// `path: message` so an editor or CI log can point at the broken field.
#include "cli.hpp"
#include "export/export.hpp"
#include "export/svg/svg.hpp"
#include "io/plan_json.hpp"
#include "score/score.hpp"

namespace ab::cli {

namespace {

// What to call the input in messages.
std::string display_name(const std::string& file) { return file == "-" ? "<stdin>" : file; }

// Plan text for a terminal: a control character (C0, DEL, or C1 such as the one-byte CSI) is
// written as \u00XX, so an id or layout key in a problem's path cannot move the cursor, recolour
// the log or hide the lines around it.
std::string printable(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    auto escape = [&out](unsigned code) {
        static const char hex[] = "0123456789abcdef";
        out += "\\u00";
        out += hex[code >> 4];
        out += hex[code & 15];
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
        if (c < 0x20 || c == 0x7f) escape(c);
        else if (c == 0xc2 && next >= 0x80 && next <= 0x9f) escape(next), ++i;
        else out += static_cast<char>(c);
    }
    return out;
}

// A problem at the document root has no JSON path; the file name stands in for it.
std::string problem_line(const Problem& p, const std::string& where, bool warning) {
    return printable(p.path.empty() ? where : p.path) + ": " + (warning ? "warning: " : "") + printable(p.message) +
           "\n";
}

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

Outcome usage_failure(const std::string& why) {
    Outcome o;
    o.exit_code = kExitUsage;
    o.err = "alignboard: " + why + "\n\n" + usage_text();
    return o;
}

Outcome run_invocation(const Invocation& inv) {
    Outcome o;
    const Input input = read_input(inv.file);
    if (!input.ok) {
        o.exit_code = kExitFailed;
        o.err = "alignboard: cannot read " + inv.file + ": " + input.error + "\n";
        return o;
    }
    const std::string where = display_name(inv.file);
    LoadResult loaded = load_plan(input.text);
    // Warnings are worth seeing from every command; only validate is quiet about a good plan
    // otherwise, so the other commands' stdout stays pure output.
    for (const auto& w : loaded.warnings) o.err += problem_line(w, where, true);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) o.err += problem_line(e, where, false);
        if (loaded.errors.empty()) o.err += where + ": not a valid plan\n";
        o.exit_code = kExitFailed;
        return o;
    }
    const Plan& plan = *loaded.plan;

    if (inv.command == "validate") {
        o.out = where + ": valid plan (" + plural(item_count(plan), "item", "items") + ")\n";
    } else if (inv.command == "fmt") {
        o.out = save_plan(plan);
    } else if (inv.command == "score") {
        o.out = scores_to_json(score_plan(plan)).dump(2) + "\n";
    } else if (inv.command == "export") {
        if (inv.format == Format::Csv) {
            o.out = export_csv(plan);
        } else if (inv.format == Format::Svg) {
            const Scores scores = score_plan(plan);
            SvgOptions options;
            options.embed_plan = inv.embed_plan;
            options.score_panel = inv.score_panel;
            o.out = export_svg(plan, &scores, options);
        } else {
            const Scores scores = score_plan(plan);
            o.out = export_markdown(plan, &scores);
        }
    }
    return o;
}

}  // namespace

Outcome run(const std::vector<std::string>& args) {
    const ParsedArgs parsed = parse_args(args);
    if (parsed.help) {
        Outcome o;
        o.out = usage_text();
        return o;
    }
    if (!parsed.invocation) return usage_failure(parsed.error);
    return run_invocation(*parsed.invocation);
}

}  // namespace ab::cli
