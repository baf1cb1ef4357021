// Per-item scores (scoring.md "Per item"): a tactic's checklist, a strategy's own checks plus its
// tactics, and a goal's overall over its subtree.
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// G1 <- S1 <- t1 with push P (key "go"); t1 passes every check.
Plan healthy_plan() {
    Plan plan = goals_plan(1, 1);
    plan.products.push_back(product("P", 100, true, "go"));
    plan.tactics.push_back(selling(tactic("t1", {"S1"}, 100, 50), {"P"}, "go"));
    return plan;
}

double tactic_score(const Plan& plan, const std::string& id) { return item_score(score_plan(plan).tactics, id); }

}  // namespace

TEST_CASE("a tactic passing every check scores 100", "[score]") { CHECK(tactic_score(healthy_plan(), "t1") == Approx(100)); }

TEST_CASE("each failed tactic check costs its share of the checklist", "[score]") {
    Plan plan = healthy_plan();
    Tactic& t = plan.tactics[0];
    // Nine checks apply: traced, owner, channel, phase, stage, product, message, return, dates.
    SECTION("untraced") { t.strategies.clear(); }
    SECTION("two owners") { t.owners.push_back({"sam"}); }
    SECTION("no channel") { t.channel.clear(); }
    SECTION("no phase") { t.phase = Phase::None; }
    SECTION("no stage") { t.stage.clear(); }
    SECTION("off the push's key message") { t.message = "other"; }
    SECTION("funded without a return") { t.expected_return.reset(); }
    SECTION("ends after the plan period") { t.end = "2026-01-31"; }
    SECTION("ends before it starts") { t.end = "2025-02-01"; }
    SECTION("no start date") { t.start.clear(); }
    CHECK(tactic_score(plan, "t1") == Approx(100.0 * 8 / 9));
}

TEST_CASE("tactic checks that do not apply are left out", "[score]") {
    Plan plan = healthy_plan();
    Tactic& t = plan.tactics[0];
    SECTION("no product linked: the product check fails and the message check drops out") {
        t.products.clear();
        CHECK(tactic_score(plan, "t1") == Approx(100.0 * 7 / 8));
    }
    SECTION("a plan without products checks neither") {
        t.products.clear();
        plan.products.clear();
        t.message = "whatever";
        CHECK(tactic_score(plan, "t1") == Approx(100));
    }
    SECTION("an unfunded tactic is not asked for a return") {
        t.budget.reset();
        t.expected_return.reset();
        CHECK(tactic_score(plan, "t1") == Approx(100));
    }
    SECTION("a push without a key message asks for no message") {
        plan.products[0].key_message.clear();
        t.message = "whatever";
        CHECK(tactic_score(plan, "t1") == Approx(100));
    }
    SECTION("any one of several pushes' key messages will do") {
        plan.products.push_back(product("Q", 100, true, "hello"));
        t.products.push_back({"Q"});
        t.message = "hello";
        CHECK(tactic_score(plan, "t1") == Approx(100));
    }
}

TEST_CASE("a strategy scores half on its own checks and half on its tactics, by budget", "[score]") {
    Plan plan = healthy_plan();
    plan.kpis.push_back(kpi("k1", Kind::Strategy, "S1"));
    Tactic weak = tactic("t2", {"S1"}, 300);  // no product, no return: 6 of 8 checks
    plan.tactics.push_back(weak);
    const Scores s = score_plan(plan);
    REQUIRE(item_score(s.tactics, "t2") == Approx(75));
    CHECK(item_score(s.strategies, "S1") == Approx(50 + 0.5 * (100 * 100 + 300 * 75) / 400));
}

TEST_CASE("a strategy's unfunded tactics are averaged plainly", "[score]") {
    Plan plan = healthy_plan();
    plan.tactics[0].budget.reset();
    plan.tactics[0].expected_return.reset();
    Tactic weak = tactic("t2", {"S1"});  // no product: 6 of 7 checks
    plan.tactics.push_back(weak);
    const Scores s = score_plan(plan);
    // Own checks: goal, owner, tactics yes; KPI no.
    CHECK(item_score(s.strategies, "S1") == Approx(50 * 0.75 + 0.5 * (100 + 600.0 / 7) / 2));
}

TEST_CASE("a strategy without tactics gets only its own checks", "[score]") {
    Plan plan = healthy_plan();
    plan.strategies.push_back(strategy("S2", {"G1"}));
    plan.kpis.push_back(kpi("k1", Kind::Strategy, "S2"));
    CHECK(item_score(score_plan(plan).strategies, "S2") == Approx(37.5));
}

TEST_CASE("a goal's overall is capped by its own linkage like the plan's", "[score]") {
    Plan plan = empty_2025_plan();
    plan.settings.required_stages.clear();  // journey 100 with no tactics
    plan.goals.push_back(goal("G1"));
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1"));
    Insight in;
    in.id.value = "i1";
    in.goal = GoalId{"G1"};
    plan.insights.push_back(in);
    const Scores s = score_plan(plan);
    const GoalScore* g = goal_score(s, "G1");
    REQUIRE(g);
    // linkage 0 (no strategy, no tactic): cap 40, below the raw 55 of measurement 100, journey
    // 100 and ownership 80.
    CHECK(*g->components[static_cast<size_t>(Component::Linkage)] == Approx(0));
    REQUIRE(g->overall);
    CHECK(*g->overall == Approx(40));
}

TEST_CASE("scores list goals, strategies and tactics in plan order", "[score]") {
    Plan plan = healthy_plan();
    plan.goals.insert(plan.goals.begin(), goal("G0"));
    plan.tactics.push_back(tactic("a", {}));
    const Scores s = score_plan(plan);
    REQUIRE(s.goals.size() == 2);
    CHECK(s.goals[0].first == "G0");
    CHECK(s.goals[1].first == "G1");
    REQUIRE(s.tactics.size() == 2);
    CHECK(s.tactics[1].first == "a");
    REQUIRE(s.strategies.size() == 1);
}
