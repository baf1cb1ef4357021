// The overall (raw, cap, completeness), the empty plan, and findings: their order by worth, what
// a finding's worth means, and messages that name items.
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// A small plan with a handful of different gaps.
Plan gappy_plan() {
    Plan plan = goals_plan(2, 1);
    plan.goals[0].primary_kpi = KpiId{"k1"};
    plan.strategies.push_back(strategy("S2", {"G1"}, ""));
    plan.products.push_back(product("P", 100, true, "go"));
    plan.tactics.push_back(selling(tactic("t1", {"S1"}, 100, 50), {"P"}, "go"));
    plan.tactics.push_back(tactic("t2", {}, 50));
    Tactic t3 = tactic("t3", {"S2"}, 10, 10);
    t3.owners.clear();
    plan.tactics.push_back(t3);
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1", 0, 1000));
    return plan;
}

}  // namespace

TEST_CASE("a plan with no items scores null with the single finding plan.empty", "[score]") {
    const Scores s = score_plan(Plan{});
    CHECK_FALSE(s.overall);
    CHECK_FALSE(s.raw);
    CHECK_FALSE(s.cap);
    CHECK(s.completeness == 0);
    for (const auto& c : s.components) CHECK_FALSE(c);
    REQUIRE(s.findings.size() == 1);
    CHECK(s.findings[0].code == "plan.empty");
    CHECK_FALSE(s.findings[0].component);
    CHECK(s.findings[0].ids.empty());
    CHECK(s.findings[0].message.rfind("Add a sales goal", 0) == 0);
}

TEST_CASE("people alone do not make a plan scorable", "[score]") {
    const Scores s = score_plan(empty_2025_plan());
    CHECK_FALSE(s.overall);
    REQUIRE(s.findings.size() == 1);
    CHECK(s.findings[0].code == "plan.empty");
}

TEST_CASE("when nothing can be scored plan.empty comes first, before the other findings", "[score]") {
    Plan plan = empty_2025_plan();
    plan.products.push_back(product("A", std::nullopt));
    const Scores s = score_plan(plan);
    CHECK_FALSE(s.overall);
    REQUIRE(s.findings.size() == 3);
    CHECK(s.findings[0].code == "plan.empty");
    CHECK(has_finding(s, "plan.no_forecast", {}));
    CHECK(has_finding(s, "plan.no_big_push", {}));
}

TEST_CASE("the overall is the weighted mean of scored components, capped by linkage", "[score]") {
    const Scores s = score_plan(gappy_plan());
    double weighted = 0, weights = 0;
    for (size_t i = 0; i < kComponentCount; ++i) {
        if (!s.components[i]) continue;
        weighted += component_weight(static_cast<Component>(i)) * *s.components[i];
        weights += component_weight(static_cast<Component>(i));
    }
    REQUIRE(s.raw);
    CHECK(*s.raw == Approx(weighted / weights));
    CHECK(s.completeness == weights);
    CHECK(*s.cap == Approx(40 + 0.6 * *component_of(s, Component::Linkage)));
    CHECK(*s.overall == Approx(std::min(*s.raw, *s.cap)));
}

TEST_CASE("completeness is the sum of the weights of the scored components", "[score]") {
    Plan plan = empty_2025_plan();
    plan.goals.push_back(goal("G1"));
    const Scores s = score_plan(plan);
    // linkage 25, measurement 15, journey 10, ownership 10.
    CHECK(s.completeness == 60);
    CHECK(component_weight(Component::Linkage) + component_weight(Component::Measurement) +
              component_weight(Component::BudgetFocus) + component_weight(Component::Integration) +
              component_weight(Component::Journey) + component_weight(Component::Ownership) +
              component_weight(Component::Return) ==
          100);
}

TEST_CASE("findings come most worth first, ties by code then ids", "[score]") {
    const Scores s = score_plan(gappy_plan());
    REQUIRE(s.findings.size() > 5);
    for (size_t i = 1; i < s.findings.size(); ++i) {
        const Finding& a = s.findings[i - 1];
        const Finding& b = s.findings[i];
        CHECK(a.worth >= b.worth - 1e-6);
        if (std::abs(a.worth - b.worth) < 1e-9 && a.code != b.code) CHECK(a.code < b.code);
    }
}

TEST_CASE("findings worth the same are ordered by code, then by ids", "[score]") {
    Plan plan = goals_plan(1, 1);
    for (const char* id : {"b", "c", "a"}) {
        Tactic t = tactic(id, {"S1"}, 10, 10);
        t.owners.clear();
        plan.tactics.push_back(t);
    }
    const Scores s = score_plan(plan);
    const auto owners = findings_with(s, "item.owner_count");
    REQUIRE(owners.size() == 3);
    CHECK(owners[0].ids[0] == "a");
    CHECK(owners[1].ids[0] == "b");
    CHECK(owners[2].ids[0] == "c");
    // Same order whatever the plan order: the order is part of the output.
    std::swap(plan.tactics[0], plan.tactics[2]);
    const auto again = findings_with(score_plan(plan), "item.owner_count");
    CHECK(again[0].ids[0] == "a");
}

TEST_CASE("a finding's worth is the overall it would add when fixing only its own component", "[score]") {
    Plan plan = gappy_plan();
    const Scores before = score_plan(plan);
    REQUIRE(has_finding(before, "item.owner_count", {"t3"}));
    const double worth = findings_with(before, "item.owner_count")[0].worth;
    CHECK(worth > 0);
    // Give t3 an owner from a team its goal already has: only o changes.
    tactic_named(plan, "t3").owners = ids_of<PersonId>({"mia"});
    const Scores after = score_plan(plan);
    CHECK(*after.overall - *before.overall == Approx(worth));
}

TEST_CASE("while the linkage cap binds, fixing linkage is worth more than fixing anything else", "[score]") {
    // Everything but linkage is healthy; six funded tactics trace to no goal.
    Plan plan = empty_2025_plan();
    plan.settings.required_stages = {"purchase"};
    Goal g = goal("G1");
    g.primary_kpi = KpiId{"k1"};
    plan.goals.push_back(g);
    plan.strategies.push_back(strategy("S1", {"G1"}));
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1", 0, 100));
    plan.kpis.push_back(kpi("k2", Kind::Strategy, "S1"));
    Insight in;
    in.id.value = "i1";
    in.goal = GoalId{"G1"};
    plan.insights.push_back(in);
    plan.tactics.push_back(tactic("t1", {"S1"}, 10, 1000));
    for (int i = 0; i < 6; ++i) plan.tactics.push_back(tactic("u" + std::to_string(i), {}, 100, 100));
    plan.tactics.back().owners.clear();
    const Scores s = score_plan(plan);
    REQUIRE(*s.raw > *s.cap);
    CHECK(*s.overall == Approx(*s.cap));
    CHECK(s.findings[0].code == "tactic.untraced");
    CHECK(s.findings[0].ids == std::vector<std::string>{"u0"});
    CHECK(s.findings[0].worth > 0);
    // Fixing an owner lifts the raw score, not a capped overall.
    REQUIRE(count_findings(s, "item.owner_count") == 1);
    CHECK(findings_with(s, "item.owner_count")[0].worth == Approx(0));
}

TEST_CASE("messages name items and fall back to their ids", "[score]") {
    Plan plan = gappy_plan();
    tactic_named(plan, "t2").name.clear();
    const Scores s = score_plan(plan);
    REQUIRE(has_finding(s, "tactic.untraced", {"t2"}));
    CHECK(findings_with(s, "tactic.untraced")[0].message.rfind("\u201ct2\u201d", 0) == 0);
    for (const auto& f : s.findings) {
        CHECK_FALSE(f.message.empty());
        // Every message says what to do after the colon.
        CHECK(f.message.find(": ") != std::string::npos);
    }
}

TEST_CASE("every finding of a plan carries the component its code belongs to", "[score]") {
    const Scores s = score_plan(gappy_plan());
    for (const auto& f : s.findings) {
        if (f.code == "plan.empty") CHECK_FALSE(f.component);
        else CHECK(f.component);
    }
    CHECK(has_finding(s, "tactic.untraced", {"t2"}));
    CHECK(has_finding(s, "item.owner_count", {"t3"}));
    CHECK(has_finding(s, "item.owner_count", {"S2"}));
    CHECK(has_finding(s, "goal.no_strategy", {"G2"}));
    CHECK(has_finding(s, "goal.no_target", {"G2"}));
    CHECK(has_finding(s, "goal.short_return", {"G1"}));
}

TEST_CASE("scoring the same plan twice gives the same findings in the same order", "[score]") {
    const Scores a = score_plan(gappy_plan());
    const Scores b = score_plan(gappy_plan());
    REQUIRE(a.findings.size() == b.findings.size());
    for (size_t i = 0; i < a.findings.size(); ++i) {
        CHECK(a.findings[i].code == b.findings[i].code);
        CHECK(a.findings[i].ids == b.findings[i].ids);
    }
}
