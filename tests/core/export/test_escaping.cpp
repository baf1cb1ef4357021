// Hostile plan text in the exports: whatever ids, channels, names and numbers a plan from a share
// link holds, the Markdown report keeps its tables and emits no HTML or links of the plan's
// making, the CSV hands no spreadsheet a formula however it splits the rows, and sums past the
// largest double print as words, not "-nan%".
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "export/export.hpp"
#include "export/markdown_text.hpp"
#include "format/numbers.hpp"
#include "io/plan_json.hpp"
#include "score/score.hpp"

using namespace ab;

namespace {

Plan load(const std::string& text) {
    LoadResult r = load_plan(text);
    for (const auto& e : r.errors) INFO(e.path << ": " << e.message);
    REQUIRE(r.ok());
    return *r.plan;
}

const std::string kLink = R"j(web|<a href="javascript:alert(1)">Open the brief</a>)j";

// Ids, channels, names and a currency holding |, <, backticks and line breaks.
Plan hostile_plan() {
    return load(R"j({"format":"alignboard.plan","version":1,"name":"Launch | <b>plan</b>","currency":"EUR|<i>",
 "required_channels":["web|<a href=\"javascript:alert(1)\">Open the brief</a>","email"],
 "people":[{"id":"p|<x>","name":"`Ann`\nLee","team":"marketing"}],
 "goals":[{"id":"G|1","name":"Rev <script>alert(1)</script>","owners":["p|<x>"]}],
 "strategies":[{"id":"S`1`","name":"two\r\nlines","goals":["G|1"],"owners":["p|<x>"]}],
 "products":[{"id":"B|<u>","name":"Bag | bag","big_push":true,"forecast":100}],
 "tactics":[{"id":"t|<a href=x>","name":"a `tick` and ``two``","strategies":["S`1`"],"products":["B|<u>"],
             "channel":"web|<a href=\"javascript:alert(1)\">Open the brief</a>","phase":"launch","budget":300},
            {"id":"t2\nx","name":"n","channel":"```","budget":100}],
 "kpis":[{"id":"k|<k>","on":"G|1","metric":"<img src=x onerror=alert(1)>","unit":"|","baseline":0,"target":10,
          "due":"2024-01-01"}]})j");
}

// What a reader sees once a CommonMark renderer has resolved the escapes: backslash escapes and
// the character references markdown_text writes.
std::string visible(const std::string& md) {
    std::string out;
    for (size_t i = 0; i < md.size(); ++i) {
        if (md[i] == '\\' && i + 1 < md.size() && std::ispunct(static_cast<unsigned char>(md[i + 1]))) {
            out += md[++i];
            continue;
        }
        bool replaced = false;
        for (const auto& [ref, c] : std::vector<std::pair<std::string, char>>{
                 {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&#124;", '|'}, {"&#64;", '@'}, {"&#58;", ':'}, {"&#46;", '.'}}) {
            if (md.compare(i, ref.size(), ref) == 0) {
                out += c;
                i += ref.size() - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced) out += md[i];
    }
    return out;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    size_t begin = 0;
    while (begin < text.size()) {
        size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    return out;
}

size_t bars(const std::string& line) {
    size_t n = 0;
    for (char c : line) n += c == '|' ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("ids, channels and titles holding | < ` and line breaks keep every report table row whole",
          "[export][escaping]") {
    const Plan plan = hostile_plan();
    const Scores scores = score_plan(plan);
    const std::string md = export_markdown(plan, &scores);
    size_t rows = 0, header = 0;
    bool in_table = false;
    for (const std::string& line : lines(md)) {
        const bool row = !line.empty() && line[0] == '|';
        if (row && !in_table) header = bars(line);
        if (row) {
            INFO(line);
            CHECK(bars(line) == header);
            ++rows;
        }
        in_table = row;
    }
    CHECK(rows >= 15);  // components, goals, channels and products tables all present
    // The channel is one cell of its row: the link text does not start a cell of its own.
    CHECK(md.find("| web&#124;&lt;a href=\"javascript&#58;alert(1)\"&gt;Open the brief&lt;/a&gt; | yes | 1 |") !=
          std::string::npos);
}

TEST_CASE("no < from plan text reaches the report, yet the report reads as the user typed",
          "[export][escaping]") {
    const Plan plan = hostile_plan();
    const Scores scores = score_plan(plan);
    const std::string md = export_markdown(plan, &scores);
    CHECK(md.find('<') == std::string::npos);
    CHECK(md.find("javascript:") == std::string::npos);
    const std::string seen = visible(md);
    CHECK(seen.find(kLink) != std::string::npos);
    CHECK(seen.find("# Launch | <b>plan</b>\n") == 0);
    CHECK(seen.find("Rev <script>alert(1)</script>") != std::string::npos);
    CHECK(seen.find("`Ann` Lee") != std::string::npos);  // line break flattened, backticks kept
    CHECK(seen.find("two lines") != std::string::npos);
    CHECK(seen.find("S`1`") != std::string::npos);
    CHECK(seen.find("a `tick` and ``two``") != std::string::npos);
    CHECK(seen.find("<img src=x onerror=alert(1)>") != std::string::npos);
    CHECK(seen.find("t2 x") != std::string::npos);
    // Plain ids stay inline code.
    CHECK(md.find("`email`") != std::string::npos);
}

TEST_CASE("bare links, mentions and block starts in plan text stay plain text", "[export][escaping]") {
    CHECK(markdown_text("see https://evil.example/a") == "see https&#58;//evil.example/a");
    CHECK(markdown_text("javascript:alert(1)") == "javascript&#58;alert(1)");
    CHECK(markdown_text("go to www.evil.example") == "go to www&#46;evil.example");
    CHECK(markdown_text("mail a@evil.example or @team") == "mail a&#64;evil.example or &#64;team");
    CHECK(markdown_text("Goal: 10:30") == "Goal: 10:30");  // a colon in prose is left alone
    CHECK(markdown_text("# Big") == "\\# Big");
    CHECK(markdown_text("- item") == "\\- item");
    CHECK(markdown_text("+ item") == "\\+ item");
    CHECK(markdown_text("---") == "\\---");
    CHECK(markdown_text("-5% on bags") == "-5% on bags");
    CHECK(markdown_text("2024. A year") == "2024\\. A year");
    CHECK(markdown_text("3) three") == "3\\) three");
    CHECK(markdown_text("3.5 stars") == "3.5 stars");
    CHECK(markdown_text("> quote") == "&gt; quote");
    CHECK(markdown_text("tag #") == "tag \\#");
    CHECK(markdown_text("#jetsetselma posts") == "#jetsetselma posts");
    CHECK(markdown_text("a #tag here") == "a #tag here");
    CHECK(markdown_text("[x](javascript:y) *b* _i_ ~s~ $6.0M \\") ==
          "\\[x\\](javascript&#58;y) \\*b\\* \\_i\\_ \\~s\\~ $6.0M \\\\");
    CHECK(markdown_text("R&D <now>") == "R&amp;D &lt;now&gt;");
    CHECK(markdown_text(std::string("nul\0tab\tend", 11)) == "nul tab end");
    CHECK(markdown_code("S1") == "`S1`");
    CHECK(markdown_code("a`b") == "a\\`b");
    CHECK(markdown_code(" pad") == " pad");
    CHECK(markdown_code("").empty());
}

TEST_CASE("CSV text cannot start a formula whether the row is split on commas or semicolons",
          "[export][escaping]") {
    const Plan plan = load(R"j({"format":"alignboard.plan","version":1,"goals":[{"id":"=G"}],
 "strategies":[{"id":"S1","goals":["=G"]},{"id":"@S","goals":["=G"]}],
 "people":[{"id":"-p"},{"id":"q"}],
 "tactics":[{"id":"+t","name":"a;=1+1","strategies":["S1","@S"],"owners":["q","-p"],"channel":"x,@SUM(A1)",
             "message":"\"=q\"","stage":"\t=tab","budget":-250.5}]})j");
    const std::string csv = export_csv(plan);
    const std::string row = csv.substr(csv.find("\r\n") + 2);
    CHECK(row == "'+t,a;'=1+1,S1;'@S,,\"x,'@SUM(A1)\",,'\t'=tab,\"\"\"'=q\"\"\",-250.5,,q;'-p,,,'=G\r\n");
    // Every cell either reading produces: a number, or text that does not start a formula.
    for (char sep : {',', ';'}) {
        std::string cell;
        bool quoted = false, at_start = true;
        auto check = [&] {
            INFO("split on '" << sep << "': " << cell);
            const bool formula = !cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos;
            CHECK((!formula || cell == "-250.5"));
            cell.clear();
            at_start = true;
        };
        for (size_t i = 0; i + 2 <= row.size(); ++i) {
            const char c = row[i];
            if (c == '"' && (at_start || quoted)) {
                if (quoted && row[i + 1] == '"') cell += row[++i];
                else quoted = !quoted;
                at_start = false;
                continue;
            }
            if (!quoted && (c == sep || row.compare(i, 2, "\r\n") == 0)) {
                check();
                if (c == '\r') break;
                continue;
            }
            cell += c;
            at_start = false;
        }
    }
}

TEST_CASE("budgets near the largest double print as words, never nan or inf", "[export][numbers]") {
    const Plan plan = load(R"j({"format":"alignboard.plan","version":1,"name":"Huge","currency":"EUR",
 "goals":[{"id":"G"}],"strategies":[{"id":"S","goals":["G"]}],
 "products":[{"id":"P","big_push":true,"forecast":1e308},{"id":"Q","forecast":1e308}],
 "tactics":[{"id":"a","strategies":["S"],"products":["P"],"budget":1e308,"expected_return":1e308},
            {"id":"b","strategies":["S"],"products":["Q"],"budget":1e308,"expected_return":1e308}]})j");
    const Scores scores = score_plan(plan);
    const std::string md = export_markdown(plan, &scores);
    INFO(md);
    for (const char* broken : {"nan", "inf%", " inf", "e+309"}) CHECK(md.find(broken) == std::string::npos);
    CHECK(md.find("- Total budget: too large to add up\n") != std::string::npos);
    // Each tactic's own budget still prints in full; shares of a sum past the largest double do not.
    CHECK(md.find("budget " + grouped_number(1e308) + " EUR") != std::string::npos);
    CHECK(md.find("| **Total** | 2 | **too large to add up** | - |") != std::string::npos);
    for (const Finding& f : scores.findings) {
        INFO(f.message);
        for (const char* broken : {"nan", "inf%", " inf"}) CHECK(f.message.find(broken) == std::string::npos);
    }
    const std::string json = scores_to_json(scores).dump();
    CHECK_FALSE(nlohmann::json::parse(json, nullptr, false).is_discarded());
}

TEST_CASE("one budget of 1e308 is all of the budget, and no budget at all has no shares", "[export][numbers]") {
    const Plan huge = load(R"j({"format":"alignboard.plan","version":1,"goals":[{"id":"G"}],
 "strategies":[{"id":"S","goals":["G"]}],"tactics":[{"id":"a","strategies":["S"],"budget":1e308}]})j");
    const std::string md = export_markdown(huge);
    CHECK(md.find("| `G` | 1 | " + grouped_number(1e308) + " | 100.0% |") != std::string::npos);
    // A finding names the budget as entered, not the engine's bounded copy of it (1e15).
    bool named = false;
    for (const Finding& f : score_plan(huge).findings)
        if (f.code == "tactic.no_return") named = f.message.find("spends 1e+308 with no expected return") != std::string::npos;
    CHECK(named);
    const Plan zero = load(R"j({"format":"alignboard.plan","version":1,"goals":[{"id":"G"}],
 "strategies":[{"id":"S","goals":["G"]}],"products":[{"id":"P","forecast":0}],
 "tactics":[{"id":"a","strategies":["S"],"products":["P"],"budget":0}]})j");
    const std::string none = export_markdown(zero);
    CHECK(none.find("| `G` | 1 | 0 | - |") != std::string::npos);
    CHECK(none.find("| `P` | no | - | 1 | 0 | - |") != std::string::npos);
}
