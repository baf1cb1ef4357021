// Return (scoring.md): does the money expect a return, and do the tactics under each goal add up
// to the move its primary KPI needs?
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// G1 with primary KPI k1 from 100 to 300 (need 200); S1 serves it.
Plan return_plan() {
    Plan plan = goals_plan(1, 1);
    plan.goals[0].primary_kpi = KpiId{"k1"};
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1", 100, 300));
    return plan;
}

std::optional<double> return_of(const Scores& s) { return component_of(s, Component::Return); }

}  // namespace

TEST_CASE("return combines the funded share expecting a return with each goal's sufficiency", "[score]") {
    Plan plan = return_plan();
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 50));
    plan.tactics.push_back(tactic("t2", {"S1"}, 300));
    const Scores s = score_plan(plan);
    // rm = 100/400; got 50 of the 200 needed.
    CHECK(*return_of(s) == Approx(100 * (0.5 * 0.25 + 0.5 * 0.25)));
    CHECK(has_finding(s, "tactic.no_return", {"t2"}));
    CHECK(count_findings(s, "tactic.no_return") == 1);
    REQUIRE(has_finding(s, "goal.short_return", {"G1"}));
    CHECK(findings_with(s, "goal.short_return")[0].message.find("50 USD of the 200 USD") != std::string::npos);
}

TEST_CASE("enough expected return caps sufficiency at one and raises no finding", "[score]") {
    Plan plan = return_plan();
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 500));
    const Scores s = score_plan(plan);
    CHECK(*return_of(s) == Approx(100));
    CHECK(count_findings(s, "goal.short_return") == 0);
}

TEST_CASE("a tactic reaching k goals gives each 1/k of its expected return", "[score]") {
    Plan plan = return_plan();
    Goal g2 = goal("G2");
    g2.primary_kpi = KpiId{"k2"};
    plan.goals.push_back(g2);
    plan.kpis.push_back(kpi("k2", Kind::Goal, "G2", 0, 100));
    plan.strategies[0].goals.push_back({"G2"});
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 200));
    const Scores s = score_plan(plan);
    // Each goal gets 100: G1 needs 200 (0.5), G2 needs 100 (1).
    CHECK(*return_of(s) == Approx(100 * (0.5 + 0.5 * 0.75)));
    CHECK(has_finding(s, "goal.short_return", {"G1"}));
    CHECK_FALSE(has_finding(s, "goal.short_return", {"G2"}));
}

TEST_CASE("a tactic linked twice to the same strategy still reaches its goal once", "[score]") {
    Plan plan = return_plan();
    plan.strategies[0].goals.push_back({"G1"});
    plan.tactics.push_back(tactic("t1", {"S1", "S1"}, 100, 100));
    // got = 100 of 200, not 50.
    CHECK(*return_of(score_plan(plan)) == Approx(100 * (0.5 + 0.5 * 0.5)));
}

TEST_CASE("goal weights weigh sufficiency", "[score]") {
    Plan plan = return_plan();
    plan.goals[0].weight = 3;
    plan.goals.push_back(goal("G2"));  // no primary KPI: sufficiency 0
    plan.strategies[0].goals.push_back({"G2"});
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 400));
    // G1 gets 200 of 200 needed.
    CHECK(*return_of(score_plan(plan)) == Approx(100 * (0.5 + 0.5 * 0.75)));
}

TEST_CASE("a KPI that should go down needs a target below its baseline", "[score]") {
    Plan plan = return_plan();
    plan.kpis[0].dir = Direction::Down;
    plan.kpis[0].baseline = 100;
    plan.kpis[0].target = 40;
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 30));
    // need = 60, got = 30.
    CHECK(*return_of(score_plan(plan)) == Approx(100 * (0.5 + 0.5 * 0.5)));
}

TEST_CASE("a primary KPI whose target does not move past its baseline gives no sufficiency", "[score]") {
    Plan plan = return_plan();
    plan.kpis[0].target = 100;
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 30));
    const Scores s = score_plan(plan);
    CHECK(*return_of(s) == Approx(50));
    REQUIRE(has_finding(s, "goal.short_return", {"G1"}));
    CHECK(findings_with(s, "goal.short_return")[0].message.find("above the starting number") != std::string::npos);
    CHECK(count_findings(s, "goal.no_target") == 0);
}

TEST_CASE("a goal without a usable primary KPI gets goal.no_target", "[score]") {
    Plan plan = return_plan();
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 30));
    SECTION("no primary KPI") { plan.goals[0].primary_kpi.reset(); }
    SECTION("primary KPI without a target") { plan.kpis[0].target.reset(); }
    SECTION("primary KPI that does not exist") { plan.goals[0].primary_kpi = KpiId{"k9"}; }
    const Scores s = score_plan(plan);
    CHECK(*return_of(s) == Approx(50));
    CHECK(has_finding(s, "goal.no_target", {"G1"}));
    CHECK(count_findings(s, "goal.short_return") == 0);
}

TEST_CASE("without any budget, rm is the share of tactics expecting a return", "[score]") {
    Plan plan = return_plan();
    plan.tactics.push_back(tactic("t1", {"S1"}, std::nullopt, 200));
    plan.tactics.push_back(tactic("t2", {"S1"}));
    const Scores s = score_plan(plan);
    CHECK(*return_of(s) == Approx(100 * (0.25 + 0.5)));
    // Unfunded tactics are not asked for a return.
    CHECK(count_findings(s, "tactic.no_return") == 0);
}

TEST_CASE("untraced tactics count in rm", "[score]") {
    Plan plan = return_plan();
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 200));
    plan.tactics.push_back(tactic("t2", {}, 100));
    const Scores s = score_plan(plan);
    CHECK(*return_of(s) == Approx(100 * (0.25 + 0.5)));
    CHECK(has_finding(s, "tactic.no_return", {"t2"}));
}

TEST_CASE("return is not scored without tactics or without goals", "[score]") {
    SECTION("no tactics") {
        const Scores s = score_plan(return_plan());
        CHECK_FALSE(return_of(s));
        CHECK(count_findings(s, "goal.no_target") == 0);
    }
    SECTION("no goals") {
        Plan plan = empty_2025_plan();
        plan.tactics.push_back(tactic("t1", {}, 100));
        const Scores s = score_plan(plan);
        CHECK_FALSE(return_of(s));
        CHECK(count_findings(s, "tactic.no_return") == 0);
    }
}

TEST_CASE("a goal's return uses the full budgets of its own tactics", "[score]") {
    Plan plan = return_plan();
    plan.goals.push_back(goal("G2"));
    plan.strategies[0].goals.push_back({"G2"});
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 200));
    plan.tactics.push_back(tactic("t2", {}, 300));
    const Scores s = score_plan(plan);
    // G1's scope: rm = 100/100 (t2 is not its tactic); got = 100 of 200.
    CHECK(*goal_component(s, "G1", Component::Return) == Approx(100 * (0.5 + 0.25)));
    // A goal without tactics has no return score.
    plan.tactics.erase(plan.tactics.begin());
    CHECK_FALSE(goal_component(score_plan(plan), "G1", Component::Return));
}

TEST_CASE("goal.short_return keeps the cents of small amounts instead of rounding them away", "[score]") {
    Plan plan = empty_2025_plan();
    Goal g = goal("G1");
    g.primary_kpi = KpiId{"k1"};
    plan.goals.push_back(g);
    plan.strategies.push_back(strategy("S1", {"G1"}));
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1", 1, 3.5));  // need 2.5
    plan.tactics.push_back(tactic("t1", {"S1"}, 1, 0.4));
    const Scores s = score_plan(plan);
    REQUIRE(has_finding(s, "goal.short_return", {"G1"}));
    CHECK_THAT(findings_with(s, "goal.short_return")[0].message,
               Catch::Matchers::Contains("bring 0.40 USD of the 2.50 USD it needs"));
    // Amounts of a thousand and more stay whole, grouped.
    plan.kpis[0].target = 1 + 12345.5;
    plan.tactics[0].expected_return = 1500.25;
    CHECK_THAT(findings_with(score_plan(plan), "goal.short_return")[0].message,
               Catch::Matchers::Contains("bring 1,500 USD of the 12,346 USD it needs"));
}
