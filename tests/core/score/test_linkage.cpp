// Linkage (scoring.md): does every tactic, and its money, trace to a sales goal, and does every
// goal have strategies, tactics and budget under it? Hand-computed plans for each branch.
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// G1 <- S1 <- t1 (300), plus t2 (100) linked to nothing.
Plan one_goal_with_stray_tactic(Number stray_budget, Number traced_budget) {
    Plan plan = goals_plan(1, 1);
    plan.tactics.push_back(tactic("t1", {"S1"}, traced_budget));
    plan.tactics.push_back(tactic("t2", {}, stray_budget));
    return plan;
}

}  // namespace

TEST_CASE("an untraced tactic costs linkage by its count and by its share of the budget", "[score]") {
    const Scores s = score_plan(one_goal_with_stray_tactic(100, 300));
    // U = 0.5 * 1/2 + 0.5 * 300/400 = 0.625; d(G1) = 1.
    CHECK(*component_of(s, Component::Linkage) == Approx(100 * (0.625 + 1) / 2));
    CHECK(has_finding(s, "tactic.untraced", {"t2"}));
    CHECK_FALSE(has_finding(s, "tactic.untraced", {"t1"}));
}

TEST_CASE("without any budget, linkage counts traced tactics only and goals lose their budget term", "[score]") {
    const Scores s = score_plan(one_goal_with_stray_tactic(std::nullopt, std::nullopt));
    // U = 1/2; d(G1) = mean(strategy, tactic) = 1.
    CHECK(*component_of(s, Component::Linkage) == Approx(75));
    CHECK(count_findings(s, "goal.no_budget") == 0);
}

TEST_CASE("the untraced tactic's finding names it and says how to trace it", "[score]") {
    Plan plan = one_goal_with_stray_tactic(100, 300);
    tactic_named(plan, "t2").name = "Spring email series";
    const Scores s = score_plan(plan);
    REQUIRE(count_findings(s, "tactic.untraced") == 1);
    const Finding f = findings_with(s, "tactic.untraced")[0];
    CHECK(f.message == "\u201cSpring email series\u201d reaches no sales goal: link it to a strategy");
    CHECK(f.component == Component::Linkage);
}

TEST_CASE("a tactic whose strategy serves no goal is untraced, and the fix names the strategy", "[score]") {
    Plan plan = one_goal_with_stray_tactic(100, 300);
    plan.strategies.push_back(strategy("S9", {}));
    tactic_named(plan, "t2").strategies = ids_of<StrategyId>({"S9"});
    const Scores s = score_plan(plan);
    REQUIRE(has_finding(s, "tactic.untraced", {"t2"}));
    CHECK(findings_with(s, "tactic.untraced")[0].message.find("\u201cStrategy S9\u201d to a goal") != std::string::npos);
}

TEST_CASE("goals without strategies or tactics lower linkage by their weight", "[score]") {
    Plan plan = goals_plan(2);
    plan.goals.push_back(goal("G3", 2));
    plan.strategies.push_back(strategy("S2", {"G2"}));
    plan.strategies.push_back(strategy("S3", {"G3"}));
    plan.tactics.push_back(tactic("t3", {"S3"}, 100));
    const Scores s = score_plan(plan);
    // U = 1; d = 0 (G1), 1/3 (G2), 1 (G3, weight 2): D = (0 + 1/3 + 2) / 4.
    const double d = (0 + 1.0 / 3 + 2) / 4;
    CHECK(*component_of(s, Component::Linkage) == Approx(100 * (1 + d) / 2));
    CHECK(has_finding(s, "goal.no_strategy", {"G1"}));
    CHECK(has_finding(s, "goal.no_tactic", {"G1"}));
    CHECK(has_finding(s, "goal.no_tactic", {"G2"}));
    CHECK_FALSE(has_finding(s, "goal.no_strategy", {"G2"}));
    CHECK(count_findings(s, "goal.no_strategy") == 1);
    // Goals without tactics are told to get tactics, not budget.
    CHECK(count_findings(s, "goal.no_budget") == 0);
}

TEST_CASE("a goal whose tactics are all unfunded gets goal.no_budget when the plan has budget", "[score]") {
    Plan plan = goals_plan(2, 2);
    plan.tactics.push_back(tactic("t1", {"S1"}, 0));
    plan.tactics.push_back(tactic("t2", {"S2"}, 100));
    const Scores s = score_plan(plan);
    // U = 0.5 * 1 + 0.5 * 100/100 = 1; d(G1) = 2/3, d(G2) = 1.
    CHECK(*component_of(s, Component::Linkage) == Approx(100 * (1 + (2.0 / 3 + 1) / 2) / 2));
    CHECK(has_finding(s, "goal.no_budget", {"G1"}));
    CHECK_FALSE(has_finding(s, "goal.no_budget", {"G2"}));
}

TEST_CASE("tactics without any goal score linkage 0, cap the overall at 40 and ask for a goal", "[score]") {
    Plan plan = empty_2025_plan();
    plan.strategies.push_back(strategy("S1", {}));
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 50));
    plan.tactics.push_back(tactic("t2", {}, 100, 50));
    const Scores s = score_plan(plan);
    CHECK(*component_of(s, Component::Linkage) == 0);
    REQUIRE(s.cap);
    CHECK(*s.cap == Approx(40));
    CHECK(*s.overall <= 40);
    CHECK(has_finding(s, "plan.no_goal", {}));
    CHECK(findings_with(s, "plan.no_goal")[0].component == Component::Linkage);
    CHECK(count_findings(s, "tactic.untraced") == 2);
}

TEST_CASE("goals alone are scored on linkage by their goal terms", "[score]") {
    Plan plan = goals_plan(1, 1);
    const Scores s = score_plan(plan);
    // No tactics: no U; B = 0 so d(G1) = mean(strategy 1, tactic 0).
    CHECK(*component_of(s, Component::Linkage) == Approx(50));
    CHECK_FALSE(has_finding(s, "plan.no_goal", {}));
}

TEST_CASE("a plan with neither goals nor tactics has no linkage score and no cap", "[score]") {
    Plan plan = empty_2025_plan();
    plan.strategies.push_back(strategy("S1", {}));
    const Scores s = score_plan(plan);
    CHECK_FALSE(component_of(s, Component::Linkage));
    CHECK_FALSE(s.cap);
}

TEST_CASE("a tactic reaching two goals traces to both and funds both", "[score]") {
    Plan plan = goals_plan(2);
    plan.strategies.push_back(strategy("S1", {"G1", "G2"}));
    plan.tactics.push_back(tactic("t1", {"S1"}, 100));
    const Scores s = score_plan(plan);
    CHECK(*component_of(s, Component::Linkage) == Approx(100));
    CHECK(count_findings(s, "goal.no_budget") == 0);
    CHECK(count_findings(s, "goal.no_tactic") == 0);
}

TEST_CASE("a goal's own linkage is d(g) over its subtree, with B the budgets of its tactics", "[score]") {
    Plan plan = goals_plan(3, 2);
    plan.tactics.push_back(tactic("t1", {"S1"}, 100));
    plan.tactics.push_back(tactic("t2", {"S2"}, 0));
    const Scores s = score_plan(plan);
    CHECK(*goal_component(s, "G1", Component::Linkage) == Approx(100));
    // G2's tactics have no budget, so its scope drops the budget term: mean(1, 1).
    CHECK(*goal_component(s, "G2", Component::Linkage) == Approx(100));
    // G3: no strategy, no tactic.
    CHECK(*goal_component(s, "G3", Component::Linkage) == Approx(0));
    // Per goal, budget focus is never scored.
    CHECK_FALSE(goal_component(s, "G1", Component::BudgetFocus));
}

TEST_CASE("duplicate links count once", "[score]") {
    Plan plain = one_goal_with_stray_tactic(100, 300);
    Plan doubled = plain;
    doubled.strategies[0].goals.push_back({"G1"});
    tactic_named(doubled, "t1").strategies.push_back({"S1"});
    const Scores a = score_plan(plain);
    const Scores b = score_plan(doubled);
    for (size_t i = 0; i < kComponentCount; ++i) CHECK(a.components[i] == b.components[i]);
    CHECK(a.overall == b.overall);
}

TEST_CASE("links to items that do not exist are ignored", "[score]") {
    Plan plan = one_goal_with_stray_tactic(100, 300);
    tactic_named(plan, "t2").strategies = ids_of<StrategyId>({"nope"});
    plan.strategies[0].goals.push_back({"ghost"});
    const Scores s = score_plan(plan);
    CHECK(*component_of(s, Component::Linkage) == Approx(100 * (0.625 + 1) / 2));
    CHECK(has_finding(s, "tactic.untraced", {"t2"}));
}
