// The worked example of scoring.md: the Selma spring launch plan (tests/data/selma.json) and its
// published numbers, to one decimal, plus the two what-ifs on the "Spring email series" tactic.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "builder.hpp"

using namespace ab;
using namespace ab::test;

namespace {

double rounded(const std::optional<double>& v) {
    REQUIRE(v);
    return round1(*v);
}

}  // namespace

TEST_CASE("the Selma plan scores the worked example's components and overall", "[score]") {
    const Scores s = score_plan(load_fixture("selma.json"));
    CHECK(rounded(component_of(s, Component::Linkage)) == 94.9);
    CHECK(rounded(component_of(s, Component::Measurement)) == 85.0);
    CHECK(rounded(component_of(s, Component::BudgetFocus)) == 99.6);
    CHECK(rounded(component_of(s, Component::Integration)) == 96.7);
    CHECK(rounded(component_of(s, Component::Journey)) == 66.7);
    CHECK(rounded(component_of(s, Component::Ownership)) == 87.0);
    CHECK(rounded(component_of(s, Component::Return)) == 71.9);
    CHECK(rounded(s.overall) == 88.5);
    CHECK(rounded(s.raw) == 88.5);
    CHECK(rounded(s.cap) == 97.0);
    CHECK(s.completeness == 100);
}

TEST_CASE("the Selma plan scores the worked example's goals, strategies and tactic", "[score]") {
    const Scores s = score_plan(load_fixture("selma.json"));
    REQUIRE(goal_score(s, "G1"));
    REQUIRE(goal_score(s, "G2"));
    CHECK(rounded(goal_score(s, "G1")->overall) == 96.1);
    CHECK(rounded(goal_score(s, "G2")->overall) == 79.9);
    CHECK(round1(item_score(s.strategies, "S1")) == 98.2);
    CHECK(round1(item_score(s.strategies, "S2")) == 87.5);
    CHECK(round1(item_score(s.tactics, "m11")) == 62.5);
    CHECK(round1(item_score(s.tactics, "m1")) == 88.9);
}

TEST_CASE("the Selma JSON prints the worked example's numbers", "[score]") {
    const nlohmann::ordered_json j = scores_to_json(score_plan(load_fixture("selma.json")));
    CHECK(j["overall"] == 88.5);
    CHECK(j["raw"] == 88.5);
    CHECK(j["cap"] == 97.0);
    CHECK(j["completeness"] == 100);
    CHECK(j["components"]["linkage"] == 94.9);
    CHECK(j["components"]["return"] == 71.9);
    CHECK(j["goals"]["G1"]["overall"] == 96.1);
    CHECK(j["goals"]["G2"]["overall"] == 79.9);
    CHECK(j["goals"]["G2"]["components"]["integration"].is_null());
    CHECK(j["strategies"]["S1"] == 98.2);
    CHECK(j["tactics"]["m11"] == 62.5);
}

TEST_CASE("the Selma plan's findings are exactly its gaps", "[score]") {
    const Scores s = score_plan(load_fixture("selma.json"));
    std::vector<std::pair<std::string, std::vector<std::string>>> got;
    for (const auto& f : s.findings) got.emplace_back(f.code, f.ids);
    std::sort(got.begin(), got.end());
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
        {"goal.missing_stage", {"G2"}},       // awareness
        {"goal.missing_stage", {"G2"}},       // consideration
        {"goal.no_customer_voice", {"G2"}},
        {"goal.short_return", {"G1"}},
        {"goal.short_return", {"G2"}},
        {"item.no_kpi", {"S2"}},
        {"item.owner_count", {"k4"}},
        {"kpi.incomplete", {"k4"}},
        {"tactic.no_return", {"m1"}},
        {"tactic.no_return", {"m11"}},
        {"tactic.no_return", {"m6"}},
        {"tactic.off_message", {"m9", "selma"}},
        {"tactic.untraced", {"m11"}},
    };
    CHECK(got == expected);
}

TEST_CASE("the Selma plan's untraced tactic is named and told to link to a strategy", "[score]") {
    const Scores s = score_plan(load_fixture("selma.json"));
    const auto untraced = findings_with(s, "tactic.untraced");
    REQUIRE(untraced.size() == 1);
    CHECK(untraced[0].message == "\u201cSpring email series\u201d reaches no sales goal: link it to a strategy");
}

TEST_CASE("linking the Spring email series to S2 raises the overall to 91.4, and to jetset 91.5", "[score]") {
    Plan plan = load_fixture("selma.json");
    Tactic& m11 = tactic_named(plan, "m11");
    m11.strategies.push_back({"S2"});
    const Scores linked = score_plan(plan);
    CHECK(rounded(linked.overall) == 91.4);
    CHECK_FALSE(has_finding(linked, "tactic.untraced", {"m11"}));

    tactic_named(plan, "m11").products.push_back({"jetset"});
    const Scores with_product = score_plan(plan);
    CHECK(rounded(with_product.overall) == 91.5);
    CHECK(rounded(component_of(with_product, Component::BudgetFocus)) == 100.0);
}
