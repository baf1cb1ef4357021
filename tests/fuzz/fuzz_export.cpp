// libFuzzer target for the exporters: any bytes that load as a plan must export to a Markdown
// report, a CSV and a score JSON that keep their promises whatever the plan's text holds. A broken
// promise aborts:
// - Markdown: every table row has as many cells as its header, and no '<' at all (the report's
//   own words have none, so any '<' came from plan text and could open an HTML tag);
// - CSV: each row has the header's columns, and no cell begins a formula (= + - @ tab CR)
//   whether the file is split on ',' or on ';' (Excel in German and French), numbers aside;
// - score JSON: parses back as JSON.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "export/export.hpp"
#include "io/plan_json.hpp"
#include "score/score.hpp"

namespace {

void fail(const char* why, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz_export: %s\n%.*s\n", why, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

void check_markdown(const std::string& md) {
    if (md.find('<') != std::string::npos) fail("a '<' reached the Markdown report", md);
    size_t header_bars = 0;
    bool in_table = false;
    size_t begin = 0;
    while (begin < md.size()) {
        size_t end = md.find('\n', begin);
        if (end == std::string::npos) end = md.size();
        const std::string_view line(md.data() + begin, end - begin);
        for (char c : line)
            if (static_cast<unsigned char>(c) < 0x20) fail("a control character inside a Markdown line", line);
        if (!line.empty() && line.front() == '|') {
            size_t bars = 0;
            for (char c : line) bars += c == '|' ? 1 : 0;
            if (!in_table) header_bars = bars;
            else if (bars != header_bars) fail("a Markdown table row has a cell too many or too few", line);
            in_table = true;
        } else {
            in_table = false;
        }
        begin = end + 1;
    }
}

bool starts_formula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// A number as export_csv writes one ("-250.5", "1e+300"); strtod alone would also take "-inf".
bool is_number(const std::string& cell) {
    if (cell.empty() || cell.find_first_not_of("0123456789.-+e") != std::string::npos) return false;
    char* end = nullptr;
    std::strtod(cell.c_str(), &end);
    return end == cell.c_str() + cell.size();
}

// Cells of one record as a spreadsheet splitting on `sep` sees them: a quote opens a quoted field
// only at the start of a cell, "" inside it is a quote, and text after the closing quote is kept.
std::vector<std::string> cells(std::string_view record, char sep) {
    std::vector<std::string> out(1);
    size_t i = 0;
    bool at_start = true;
    while (i < record.size()) {
        const char c = record[i];
        if (at_start && c == '"') {
            ++i;
            while (i < record.size()) {
                if (record[i] == '"') {
                    if (i + 1 < record.size() && record[i + 1] == '"') {
                        out.back() += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                out.back() += record[i++];
            }
            at_start = false;
            continue;
        }
        if (c == sep) {
            out.emplace_back();
            at_start = true;
        } else {
            out.back() += c;
            at_start = false;
        }
        ++i;
    }
    return out;
}

// The CSV's records: CRLF ends a record outside quotes.
std::vector<std::string_view> records(const std::string& csv) {
    std::vector<std::string_view> out;
    bool quoted = false;
    size_t begin = 0;
    for (size_t i = 0; i < csv.size(); ++i) {
        if (csv[i] == '"') quoted = !quoted;
        if (!quoted && csv[i] == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            out.emplace_back(csv.data() + begin, i - begin);
            begin = i + 2;
            ++i;
        }
    }
    if (begin != csv.size() || quoted) fail("the CSV does not end with a complete record", csv);
    return out;
}

void check_csv(const std::string& csv, size_t tactics) {
    const auto rows = records(csv);
    if (rows.size() != tactics + 1) fail("the CSV has a row too many or too few", csv);
    for (std::string_view row : rows) {
        if (cells(row, ',').size() != ab::csv_columns().size()) fail("a CSV row has the wrong column count", row);
        for (char sep : {',', ';'})
            for (const std::string& cell : cells(row, sep))
                if (!cell.empty() && starts_formula(cell.front()) && !is_number(cell))
                    fail("a CSV cell starts a formula", cell);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ab::LoadResult loaded = ab::load_plan(text);
    if (!loaded.ok()) return 0;
    const ab::Plan& plan = *loaded.plan;
    const ab::Scores scores = ab::score_plan(plan);

    check_markdown(ab::export_markdown(plan, &scores));
    check_csv(ab::export_csv(plan), plan.tactics.size());
    const std::string json = ab::scores_to_json(scores).dump();
    if (nlohmann::json::parse(json, nullptr, false).is_discarded()) fail("the score JSON does not parse", json);
    return 0;
}
