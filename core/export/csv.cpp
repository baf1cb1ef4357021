// The tactics as CSV (RFC 4180) for spreadsheets: one row per tactic with every field of the plan
// file plus the goals it reaches, so budgets can be pivoted without the app.
#include "export/export.hpp"
#include "format/numbers.hpp"

namespace ab {

namespace {

const char* phase_name(Phase phase) {
    switch (phase) {
        case Phase::Pre: return "pre";
        case Phase::Launch: return "launch";
        case Phase::Post: return "post";
        case Phase::None: break;
    }
    return "";
}

// A cell a spreadsheet would evaluate ("=HYPERLINK(...)" in a plan opened from a share link) is
// kept as text by an apostrophe before the character that would start the formula, as OWASP
// advises. Not only at the start of the cell: Excel in German or French reads this file split on
// ';' (and a naive reader on tabs or line breaks), and a quote may open a field there, so every
// character after one of , ; " TAB CR LF is a cell start for some reader. Joined id lists
// ("S1;=cmd") are covered the same way.
bool starts_formula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }
bool starts_cell_after(char c) {
    return c == ',' || c == ';' || c == '"' || c == '\t' || c == '\r' || c == '\n';
}

std::string defuse_formula(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 1);
    for (size_t i = 0; i < text.size(); ++i) {
        if (starts_formula(text[i]) && (i == 0 || starts_cell_after(text[i - 1]))) out += '\'';
        out += text[i];
    }
    return out;
}

std::string quoted(const std::string& cell) {
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void add_text(std::vector<std::string>& row, const std::string& text) { row.push_back(defuse_formula(text)); }

void add_number(std::vector<std::string>& row, const Number& n) { row.push_back(n ? exact_number(*n) : ""); }

template <class IdT>
void add_ids(std::vector<std::string>& row, const std::vector<IdT>& ids) {
    std::string joined;
    for (const auto& id : ids) {
        if (!joined.empty()) joined += ';';
        joined += id.value;
    }
    add_text(row, joined);
}

void append_row(std::string& out, const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size(); ++i) {
        if (i) out += ',';
        out += quoted(row[i]);
    }
    out += "\r\n";
}

}  // namespace

const std::vector<std::string>& csv_columns() {
    static const std::vector<std::string> columns = {
        "id",     "name",            "strategies", "products", "channel", "phase", "stage", "message",
        "budget", "expected_return", "owners",     "start",    "end",     "goals"};
    return columns;
}

std::string export_csv(const Plan& plan) {
    std::string out;
    append_row(out, csv_columns());
    const auto reached = goals_reached(plan);
    for (size_t ti = 0; ti < plan.tactics.size(); ++ti) {
        const Tactic& t = plan.tactics[ti];
        std::vector<std::string> row;
        row.reserve(csv_columns().size());
        add_text(row, t.id.value);
        add_text(row, t.name);
        add_ids(row, t.strategies);
        add_ids(row, t.products);
        add_text(row, t.channel);
        add_text(row, phase_name(t.phase));
        add_text(row, t.stage);
        add_text(row, t.message);
        add_number(row, t.budget);
        add_number(row, t.expected_return);
        add_ids(row, t.owners);
        add_text(row, t.start);
        add_text(row, t.end);
        std::vector<GoalId> goals;
        for (size_t g : reached[ti]) goals.push_back(plan.goals[g].id);
        add_ids(row, goals);
        append_row(out, row);
    }
    return out;
}

}  // namespace ab
