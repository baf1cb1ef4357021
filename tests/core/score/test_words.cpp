// Finding messages as a baker reads them: items by name, never by id; amounts in the unit they
// count (cafés are not money, money is in the plan's currency, shares are percent); one of a
// thing in the singular; the score's own words explained or replaced by plain ones.
#include <catch2/catch.hpp>

#include "builder.hpp"
#include "score/advice/explain.hpp"

using namespace ab;
using namespace ab::test;

namespace {

// A bakery's plan: one goal counted in cafés, a strategy, a funded tactic expecting one café.
Plan bakery() {
    Plan plan = empty_2025_plan();
    plan.settings.currency = "EUR";
    Goal g = goal("G1");
    g.name = "Open more cafés";
    g.primary_kpi = KpiId{"k1"};
    plan.goals.push_back(g);
    Strategy s = strategy("S1", {"G1"});
    s.name = "Sell to offices nearby";
    plan.strategies.push_back(s);
    Tactic t = tactic("m1", {"S1"}, 500, 1);
    t.name = "Lunch flyers";
    plan.tactics.push_back(t);
    Kpi k = kpi("k1", Kind::Goal, "G1", 0, 3);
    k.metric = "Cafés open";
    k.unit = "cafés";
    plan.kpis.push_back(k);
    return plan;
}

std::string message(const Plan& plan, const std::string& code) {
    const std::vector<Finding> f = findings_with(score_plan(plan), code);
    REQUIRE_FALSE(f.empty());
    return std::string(f.front().message);
}

}  // namespace

TEST_CASE("a goal counted in cafés is short by cafés, not by money, one café in the singular", "[score]") {
    CHECK(message(bakery(), "goal.short_return") ==
          "Tactics for \u201cOpen more caf\u00e9s\u201d are expected to bring 1 caf\u00e9 of the 3 caf\u00e9s it needs: "
          "add tactics or raise their expected return (in caf\u00e9s)");
}

TEST_CASE("a goal counted in the plan's currency or in percent says so without a bracket", "[score]") {
    struct Case {
        const char* unit;
        double target, got;
        const char* amounts;
    };
    for (const Case& c : {Case{"EUR", 2000, 1500.5, "1,501 EUR of the 2,000 EUR"}, Case{"%", 12, 4, "4% of the 12%"}}) {
        Plan plan = bakery();
        plan.kpis[0].unit = c.unit;
        plan.kpis[0].target = c.target;
        plan.tactics[0].expected_return = c.got;
        CHECK(message(plan, "goal.short_return") == std::string("Tactics for \u201cOpen more caf\u00e9s\u201d are expected "
                                                                "to bring ") +
                                                        c.amounts + " it needs: add tactics or raise their expected return");
    }
}

TEST_CASE("money in a message is in the plan's currency", "[score]") {
    Plan plan = bakery();
    plan.tactics[0].expected_return.reset();
    plan.tactics[0].budget = 1250;
    CHECK(message(plan, "tactic.no_return") ==
          "\u201cLunch flyers\u201d spends 1,250 EUR with no expected return: estimate what it brings in");
}

TEST_CASE("a KPI that cannot be checked says what to do in plain words, in its unit", "[score]") {
    Plan plan = bakery();
    plan.kpis[0].target = 1;
    plan.kpis[0].baseline = 1;
    plan.kpis[0].owners.clear();
    CHECK(message(plan, "kpi.incomplete") ==
          "KPI \u201cCaf\u00e9s open\u201d cannot be checked yet: name the one person who owns it; its target 1 caf\u00e9 "
          "should be above its starting number 1 caf\u00e9");
    plan.kpis[0].unit.clear();
    plan.kpis[0].due.clear();
    CHECK(message(plan, "kpi.incomplete") ==
          "KPI \u201cCaf\u00e9s open\u201d cannot be checked yet: give it a unit (caf\u00e9s, USD, %); name the one person "
          "who owns it; its target 1 should be above its starting number 1; give it a due date");
}

TEST_CASE("units typed in the plural lose it for exactly one; others stay as typed", "[score]") {
    Plan plan = bakery();
    plan.kpis[0].target = 2;
    for (const auto& [unit, one] : std::vector<std::pair<std::string, std::string>>{
             {"bakeries", "1 bakery"}, {"USD", "1 USD"}, {"glass", "1 glass"},
             {"kg", "1 kg"}, {"customers", "1 customer"}}) {
        plan.kpis[0].unit = unit;
        CHECK_THAT(message(plan, "goal.short_return"), Catch::Matchers::Contains("bring " + one + " of the 2 " + unit));
    }
}

TEST_CASE("no finding of a named plan shows an item's id", "[score]") {
    Plan plan = bakery();
    plan.tactics[0].owners.clear();
    plan.tactics[0].expected_return.reset();
    plan.kpis[0].due.clear();
    plan.strategies.push_back(strategy("S2", {}));
    plan.strategies.back().name = "Weekend markets";
    Tactic t = tactic("m2", {"S2"}, 40);
    t.name = "Market stall";
    plan.tactics.push_back(t);
    const Scores s = score_plan(plan);
    REQUIRE(s.findings.size() >= 5);
    for (const Finding& f : s.findings) {
        INFO(f.message);
        for (const char* id : {"G1", "S1", "S2", "m1", "m2", "k1"}) CHECK(f.message.find(id) == std::string::npos);
    }
    // The ids stay in the machine fields.
    CHECK(has_finding(s, "tactic.untraced", {"m2"}));
}

TEST_CASE("counts agree with their number and the score's words are explained", "[score]") {
    CHECK(findings_below_text(1) == "1 finding below would raise it.");
    CHECK(findings_below_text(2) == "2 findings below would raise it.");
    CHECK(std::string(completeness_words()).find("Completeness is") == 0);
    for (size_t i = 0; i < kComponentCount; ++i) {
        const ComponentWords w = component_words(static_cast<Component>(i));
        INFO(w.title);
        CHECK(std::string(w.plain).back() == '?');  // a question a shop owner can answer
    }
    CHECK(std::string(component_words(Component::Journey).plain).find("customer journey") != std::string::npos);
}
