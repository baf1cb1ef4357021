// Ownership (scoring.md): one accountable owner per item, sales and marketing both in each goal's
// tree, and the customer's voice feeding it.
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// G1 (sam, sales) <- S1 (mia, marketing) <- t1; KPI k1 on G1.
Plan ownership_plan() {
    Plan plan = goals_plan(1, 1);
    plan.tactics.push_back(tactic("t1", {"S1"}, 10, 10));
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1"));
    return plan;
}

std::optional<double> ownership(const Scores& s) { return component_of(s, Component::Ownership); }

}  // namespace

TEST_CASE("items without exactly one owner lower o, one finding each", "[score]") {
    Plan plan = ownership_plan();
    plan.tactics[0].owners.clear();
    plan.kpis[0].owners.push_back({"mia"});
    const Scores s = score_plan(plan);
    // o = 2/4 (G1, S1 fine; t1 none, k1 two); h(G1) = 0.5 (both teams, no insight).
    CHECK(*ownership(s) == Approx(100 * (0.6 * 0.5 + 0.4 * 0.5)));
    CHECK(has_finding(s, "item.owner_count", {"t1"}));
    CHECK(has_finding(s, "item.owner_count", {"k1"}));
    CHECK(count_findings(s, "item.owner_count") == 2);
    for (const auto& f : findings_with(s, "item.owner_count")) {
        if (f.ids[0] == "t1") CHECK(f.message.find("has no owner") != std::string::npos);
        if (f.ids[0] == "k1") CHECK(f.message.find("has 2 owners") != std::string::npos);
    }
}

TEST_CASE("an insight on the goal or on a product of its tactics is the customer's voice", "[score]") {
    Plan plan = ownership_plan();
    SECTION("none") {
        const Scores s = score_plan(plan);
        CHECK(*ownership(s) == Approx(100 * (0.6 + 0.4 * 0.5)));
        CHECK(has_finding(s, "goal.no_customer_voice", {"G1"}));
    }
    SECTION("on the goal") {
        Insight in;
        in.id.value = "i1";
        in.goal = GoalId{"G1"};
        plan.insights.push_back(in);
        const Scores s = score_plan(plan);
        CHECK(*ownership(s) == Approx(100));
        CHECK(count_findings(s, "goal.no_customer_voice") == 0);
    }
    SECTION("on a product one of its tactics sells") {
        plan.products.push_back(product("A", 100));
        plan.tactics[0].products = ids_of<ProductId>({"A"});
        Insight in;
        in.id.value = "i1";
        in.product = ProductId{"A"};
        plan.insights.push_back(in);
        CHECK(count_findings(score_plan(plan), "goal.no_customer_voice") == 0);
    }
}

TEST_CASE("a goal owned by one team only gets goal.one_team", "[score]") {
    Plan plan = ownership_plan();
    plan.strategies[0].owners = ids_of<PersonId>({"sam"});
    plan.tactics[0].owners = ids_of<PersonId>({"sam"});
    const Scores s = score_plan(plan);
    // h(G1) = 0: one team, no insight.
    CHECK(*ownership(s) == Approx(60));
    REQUIRE(has_finding(s, "goal.one_team", {"G1"}));
    CHECK(findings_with(s, "goal.one_team")[0].message.find("marketing") != std::string::npos);
}

TEST_CASE("a KPI owner on a tactic of the goal brings that team into the goal's tree", "[score]") {
    Plan plan = ownership_plan();
    plan.strategies[0].owners = ids_of<PersonId>({"sam"});
    plan.tactics[0].owners = ids_of<PersonId>({"sam"});
    Kpi k = kpi("k2", Kind::Tactic, "t1");
    k.owners = ids_of<PersonId>({"mia"});
    plan.kpis.push_back(k);
    CHECK(count_findings(score_plan(plan), "goal.one_team") == 0);
}

TEST_CASE("big pushes are owned items, other products are not", "[score]") {
    Plan plan = ownership_plan();
    Product push = product("P", 100, true, "go");
    push.owners.clear();
    Product other = product("Q", 100);
    other.owners.clear();
    plan.products.push_back(push);
    plan.products.push_back(other);
    const Scores s = score_plan(plan);
    // o = 4/5.
    CHECK(*ownership(s) == Approx(100 * (0.6 * 0.8 + 0.4 * 0.5)));
    CHECK(has_finding(s, "item.owner_count", {"P"}));
    CHECK_FALSE(has_finding(s, "item.owner_count", {"Q"}));
}

TEST_CASE("without goals ownership is the owner share alone", "[score]") {
    Plan plan = empty_2025_plan();
    plan.strategies.push_back(strategy("S1", {}));
    plan.strategies.push_back(strategy("S2", {}, ""));
    const Scores s = score_plan(plan);
    CHECK(*ownership(s) == Approx(50));
    CHECK(count_findings(s, "goal.one_team") == 0);
}

TEST_CASE("ownership is not scored when there is nothing to own", "[score]") {
    Plan plan = empty_2025_plan();
    plan.products.push_back(product("Q", 100));
    CHECK_FALSE(ownership(score_plan(plan)));
}

TEST_CASE("a goal's ownership counts only the items of its tree", "[score]") {
    Plan plan = ownership_plan();
    plan.goals.push_back(goal("G2"));
    Tactic stray = tactic("t2", {}, 10, 10);
    stray.owners.clear();
    plan.tactics.push_back(stray);
    const Scores s = score_plan(plan);
    // G1's tree: G1, S1, t1, k1 all owned once; both teams; no insight.
    CHECK(*goal_component(s, "G1", Component::Ownership) == Approx(100 * (0.6 + 0.2)));
    // G2 alone: owned by sales, nothing else.
    CHECK(*goal_component(s, "G2", Component::Ownership) == Approx(60));
}
