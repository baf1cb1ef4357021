// The exporters as a reader of their output sees them: the Markdown report's outline, budget
// totals and untraced section on the Selma plan, and a CSV that a spreadsheet parses back into
// exactly the plan's fields, however awkward the names.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "export/export.hpp"
#include "fixtures.hpp"
#include "format/numbers.hpp"
#include "score/score.hpp"

using namespace ab;

namespace {

// A strict RFC 4180 reader, so the tests check what a spreadsheet would get back.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    size_t i = 0;
    bool row_open = false;
    while (i < text.size()) {
        row_open = true;
        if (text[i] == '"') {
            ++i;
            while (true) {
                REQUIRE(i < text.size());  // an unterminated quote is a broken file
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                REQUIRE(text[i] != '"');  // a quote inside an unquoted field
                cell += text[i++];
            }
        }
        REQUIRE(i < text.size());  // every record ends with CRLF, the last one too
        if (text[i] == ',') {
            row.push_back(cell);
            cell.clear();
            ++i;
            continue;
        }
        REQUIRE(text.compare(i, 2, "\r\n") == 0);
        row.push_back(cell);
        cell.clear();
        rows.push_back(row);
        row.clear();
        row_open = false;
        i += 2;
    }
    REQUIRE_FALSE(row_open);
    return rows;
}

size_t column(const std::string& name) {
    const auto& cols = csv_columns();
    for (size_t i = 0; i < cols.size(); ++i)
        if (cols[i] == name) return i;
    FAIL("no column " << name);
    return 0;
}

const std::vector<std::string>& row_of(const std::vector<std::vector<std::string>>& rows, const std::string& id) {
    for (const auto& r : rows)
        if (!r.empty() && r[0] == id) return r;
    FAIL("no row " << id);
    return rows.front();
}

// Position of `needle` in `text` at or after `from`; fails the test when absent.
size_t find_after(const std::string& text, const std::string& needle, size_t from = 0) {
    const size_t at = text.find(needle, from);
    INFO("looking for: " << needle);
    REQUIRE(at != std::string::npos);
    return at;
}

// The lines of the Markdown section that starts with `heading` (up to the next "## ").
std::string section(const std::string& md, const std::string& heading) {
    const size_t begin = find_after(md, "\n" + heading + "\n");
    const size_t end = md.find("\n## ", begin + 1);
    return md.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

double budget_of_strategy_tactics(const Plan& plan, const std::string& strategy) {
    double sum = 0;
    for (const auto& t : plan.tactics)
        for (const auto& s : t.strategies)
            if (s.value == strategy) sum += t.budget.value_or(0);
    return sum;
}

Tactic tactic(const std::string& id, const std::string& name, std::vector<std::string> strategies, Number budget) {
    Tactic t;
    t.id = TacticId{id};
    t.name = name;
    for (auto& s : strategies) t.strategies.push_back(StrategyId{s});
    t.budget = budget;
    return t;
}

// Two goals, a strategy each, a tactic serving both and one serving none.
Plan two_goal_plan() {
    Plan plan;
    plan.settings.name = "Two goals";
    plan.settings.currency = "EUR";
    Goal g1;
    g1.id = GoalId{"G1"};
    g1.name = "Revenue";
    Goal g2;
    g2.id = GoalId{"G2"};
    g2.name = "Retention";
    plan.goals = {g1, g2};
    Strategy s1;
    s1.id = StrategyId{"S1"};
    s1.goals = {GoalId{"G1"}};
    Strategy s2;
    s2.id = StrategyId{"S2"};
    s2.goals = {GoalId{"G2"}};
    plan.strategies = {s1, s2};
    Product p;
    p.id = ProductId{"bag"};
    p.name = "Bag";
    plan.products = {p};
    Tactic both = tactic("t_both", "Serves both", {"S1", "S2"}, 3000);
    both.products = {ProductId{"bag"}};
    both.channel = "email";
    Tactic none = tactic("t_none", "Serves none", {}, 1000);
    none.channel = "tiktok";
    plan.tactics = {both, none};
    return plan;
}

}  // namespace

TEST_CASE("the Markdown report outlines goals, strategies and tactics in plan order", "[export]") {
    const Plan plan = test::load_fixture("selma.json");
    const std::string md = export_markdown(plan);
    const std::string outline = section(md, "## Plan outline");

    size_t at = find_after(outline, "**Goal `G1`: Selma Spring revenue $6.0M**");
    at = find_after(outline, "KPI `k1` (primary): Selma revenue: 0 -> 6,000,000 USD, due 2013-06-30", at);
    at = find_after(outline, "**Strategy `S1`: Integrated Selma launch: one message, every touchpoint**", at);
    at = find_after(outline, "KPI `k2`: Selma full-price sell-through: 0 -> 65%, due 2013-06-30", at);
    for (int i = 1; i <= 9; ++i) at = find_after(outline, "Tactic `m" + std::to_string(i) + "`: ", at);
    at = find_after(outline, "**Goal `G2`: Jet Set tote revenue to $3.0M**", at);
    at = find_after(outline, "**Strategy `S2`", at);
    find_after(outline, "Tactic `m10`: Jet Set replenishment emails", at);
    // The tactic's own KPI sits under it, one level deeper.
    find_after(outline, "\n      - KPI `k4`: #jetsetselma posts: 0 -> 10,000 posts, due 2013-04-15",
               find_after(outline, "Tactic `m3`"));
    CHECK(outline.find("`m11`") == std::string::npos);
}

TEST_CASE("the Markdown report opens with the plan's title, period and currency", "[export]") {
    Plan plan = test::load_fixture("selma.json");
    plan.settings.currency = "USD";
    const std::string md = export_markdown(plan);
    CHECK(md.rfind("# Selma spring launch\n", 0) == 0);
    CHECK(md.find("- Period: 2013-01-01 to 2013-06-30\n") != std::string::npos);
    CHECK(md.find("- Currency: USD\n") != std::string::npos);
    CHECK(md.find("- Total budget: 900,000 USD\n") != std::string::npos);
}

TEST_CASE("the Markdown report totals the Selma budget per goal, channel and product", "[export]") {
    const Plan plan = test::load_fixture("selma.json");
    const double g1 = budget_of_strategy_tactics(plan, "S1");
    REQUIRE(g1 == 750000);
    const std::string budget = section(export_markdown(plan), "## Budget");

    CHECK(budget.find("| `G1` Selma Spring revenue $6.0M | 9 | " + grouped_number(g1) + " | 83.3% |") !=
          std::string::npos);
    CHECK(budget.find("| `G2` Jet Set tote revenue to $3.0M | 1 | 50,000 | 5.6% |") != std::string::npos);
    CHECK(budget.find("| No goal (untraced) | 1 | 100,000 | 11.1% |") != std::string::npos);
    CHECK(budget.find("| **Total** | 11 | **900,000** | 100.0% |") != std::string::npos);
    // email: m8 20,000 + m10 50,000 + m11 100,000.
    CHECK(budget.find("| `email` | yes | 3 | 170,000 | 18.9% |") != std::string::npos);
    CHECK(budget.find("| `selma` Selma satchel | yes | 60.0% | 9 | 750,000 | 83.3% |") != std::string::npos);
    CHECK(budget.find("| `watch` Watches | no | 10.0% | 0 | 0 | 0.0% |") != std::string::npos);
    CHECK(budget.find("| No product | - | - | 1 | 100,000 | 11.1% |") != std::string::npos);
}

TEST_CASE("the untraced Selma tactic gets its own section in the report", "[export]") {
    const Plan plan = test::load_fixture("selma.json");
    const std::string untraced = section(export_markdown(plan), "## Untraced tactics");
    CHECK(untraced.find("- Tactic `m11`: Spring email series — budget 100,000") != std::string::npos);
    CHECK(untraced.find("(not linked to a strategy)") != std::string::npos);
    CHECK(untraced.find("`m10`") == std::string::npos);
}

TEST_CASE("a plan whose tactics all trace to goals says so instead of listing none", "[export]") {
    Plan plan = test::load_fixture("selma.json");
    plan.tactics.pop_back();  // m11, the untraced one
    const std::string untraced = section(export_markdown(plan), "## Untraced tactics");
    CHECK(untraced.find("Every tactic traces to a sales goal.") != std::string::npos);
}

TEST_CASE("the report shows the alignment score and the findings worth fixing first", "[export]") {
    const Plan plan = test::load_fixture("selma.json");
    const Scores scores = score_plan(plan);
    const std::string md = export_markdown(plan, &scores);
    const std::string alignment = section(md, "## Alignment score");
    CHECK(alignment.find("**88.5 / 100**") != std::string::npos);
    CHECK(alignment.find("| Linkage | 25 | 94.9 |") != std::string::npos);
    CHECK(alignment.find("| Budget focus | 15 | 99.6 |") != std::string::npos);
    REQUIRE_FALSE(scores.findings.empty());
    CHECK(alignment.find("1. ") != std::string::npos);
    CHECK(alignment.find(scores.findings.front().code) != std::string::npos);
    // Goal and strategy scores ride along in the outline.
    CHECK(md.find("**Goal `G1`: Selma Spring revenue $6.0M** — owner VP Sales; budget 750,000; score 96.1") !=
          std::string::npos);
    // Without scores there is no score section at all.
    CHECK(export_markdown(plan).find("## Alignment score") == std::string::npos);
}

TEST_CASE("a tactic serving two goals gives each half its budget", "[export]") {
    const Plan plan = two_goal_plan();
    const BudgetTotals totals = budget_totals(plan);
    REQUIRE(totals.by_goal.size() == 2);
    CHECK(totals.by_goal[0].budget == 1500);
    CHECK(totals.by_goal[1].budget == 1500);
    CHECK(totals.untraced == 1000);
    CHECK(totals.total == 4000);
    CHECK(totals.no_product == 1000);
    REQUIRE(totals.by_product.size() == 1);
    CHECK(totals.by_product[0].budget == 3000);
    // Required channels come first even when unfunded; a channel outside them follows.
    REQUIRE(totals.by_channel.size() == plan.settings.required_channels.size() + 1);
    CHECK(totals.by_channel.back().key == "tiktok");
    CHECK(totals.by_channel.back().budget == 1000);

    const std::string md = export_markdown(plan);
    CHECK(md.find("| `G1` Revenue | 1 | 1,500 EUR | 37.5% |") != std::string::npos);
    CHECK(md.find("| `G2` Retention | 1 | 1,500 EUR | 37.5% |") != std::string::npos);
    // The tactic appears under both goals' strategies.
    const size_t first = md.find("Tactic `t_both`");
    REQUIRE(first != std::string::npos);
    CHECK(md.find("Tactic `t_both`", first + 1) != std::string::npos);
}

TEST_CASE("a budget split three ways shows to the cent in the report", "[export]") {
    Plan plan = two_goal_plan();
    Goal g3;
    g3.id = GoalId{"G3"};
    g3.name = "Reach";
    plan.goals.push_back(g3);
    Strategy s3;
    s3.id = StrategyId{"S3"};
    s3.goals = {GoalId{"G3"}};
    plan.strategies.push_back(s3);
    plan.tactics[0].strategies.push_back(StrategyId{"S3"});
    plan.tactics[0].budget = 1000;
    const std::string md = export_markdown(plan);
    CHECK(md.find("| `G3` Reach | 1 | 333.33 EUR | 16.7% |") != std::string::npos);
    CHECK(md.find("333.333") == std::string::npos);
}

TEST_CASE("plan text cannot turn into Markdown markup in the report", "[export]") {
    Plan plan = two_goal_plan();
    plan.goals[0].name = "*Grow* | the [brand] <now>\nsecond line #";
    const std::string md = export_markdown(plan);
    CHECK(md.find("\\*Grow\\* &#124; the \\[brand\\] &lt;now&gt; second line \\#") != std::string::npos);
    CHECK(md.find("*Grow*") == std::string::npos);
}

TEST_CASE("the CSV has a header and one CRLF-terminated row per Selma tactic", "[export]") {
    const Plan plan = test::load_fixture("selma.json");
    const std::string csv = export_csv(plan);
    size_t crlf = 0;
    for (size_t i = 0; i + 1 < csv.size(); ++i) crlf += csv.compare(i, 2, "\r\n") == 0 ? 1 : 0;
    CHECK(crlf == 12);
    CHECK(csv.substr(csv.size() - 2) == "\r\n");

    const auto rows = parse_csv(csv);
    REQUIRE(rows.size() == 12);
    CHECK(rows[0] == csv_columns());
    CHECK(csv.rfind("id,name,strategies,products,channel,phase,stage,message,budget,expected_return,owners,start,end,"
                    "goals\r\n",
                    0) == 0);
    for (const auto& r : rows) CHECK(r.size() == csv_columns().size());

    const auto& m1 = row_of(rows, "m1");
    CHECK(m1[column("name")] == "Selma key visual & campaign shoot");
    CHECK(m1[column("strategies")] == "S1");
    CHECK(m1[column("products")] == "selma");
    CHECK(m1[column("channel")] == "creative");
    CHECK(m1[column("phase")] == "pre");
    CHECK(m1[column("stage")] == "awareness");
    CHECK(m1[column("budget")] == "150000");
    CHECK(m1[column("expected_return")] == "0");
    CHECK(m1[column("owners")] == "creative_dir");
    CHECK(m1[column("start")] == "2013-01-07");
    CHECK(m1[column("end")] == "2013-02-15");
    CHECK(m1[column("goals")] == "G1");

    CHECK(row_of(rows, "m2")[column("expected_return")] == "1000000");
    CHECK(row_of(rows, "m10")[column("goals")] == "G2");
    const auto& m11 = row_of(rows, "m11");
    CHECK(m11[column("budget")] == "100000");
    CHECK(m11[column("strategies")].empty());
    CHECK(m11[column("goals")].empty());

    double sum = 0;
    for (size_t i = 1; i < rows.size(); ++i) sum += std::stod(rows[i][column("budget")]);
    CHECK(sum == 900000);
}

TEST_CASE("CSV quoting keeps commas, quotes and line breaks inside one field", "[export]") {
    Plan plan = two_goal_plan();
    const std::string awkward = "Sale \"50% off\", spring\r\nand summer";
    plan.tactics[0].name = awkward;
    plan.tactics[0].owners = {PersonId{"a"}, PersonId{"b"}};
    const std::string csv = export_csv(plan);
    CHECK(csv.find("\"Sale \"\"50% off\"\", spring\r\nand summer\"") != std::string::npos);

    const auto rows = parse_csv(csv);
    REQUIRE(rows.size() == 3);
    const auto& row = row_of(rows, "t_both");
    CHECK(row[column("name")] == awkward);
    CHECK(row[column("strategies")] == "S1;S2");
    CHECK(row[column("owners")] == "a;b");
    CHECK(row[column("goals")] == "G1;G2");
    CHECK(row[column("budget")] == "3000");
}

TEST_CASE("CSV cells a spreadsheet would run as formulas stay text", "[export]") {
    Plan plan = two_goal_plan();
    plan.tactics[0].name = "=HYPERLINK(\"http://evil\",\"x\")";
    plan.tactics[1].name = "@SUM(A1)";
    plan.tactics[1].budget = -250.5;
    const auto rows = parse_csv(export_csv(plan));
    CHECK(row_of(rows, "t_both")[column("name")] == "'=HYPERLINK(\"http://evil\",\"x\")");
    CHECK(row_of(rows, "t_none")[column("name")] == "'@SUM(A1)");
    // Numbers are numbers, not text: a negative budget keeps its sign untouched.
    CHECK(row_of(rows, "t_none")[column("budget")] == "-250.5");
}

TEST_CASE("CSV leaves a budget that is not set empty rather than zero", "[export]") {
    Plan plan = two_goal_plan();
    plan.tactics[0].budget.reset();
    plan.tactics[0].expected_return.reset();
    const auto rows = parse_csv(export_csv(plan));
    CHECK(row_of(rows, "t_both")[column("budget")].empty());
    CHECK(row_of(rows, "t_both")[column("expected_return")].empty());
}
