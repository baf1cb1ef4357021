// Journey (scoring.md): do the tactics under each goal take customers through every required
// stage, from awareness to the sale?
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

void add_staged(Plan& plan, const std::string& id, const std::string& strategy_id, const std::string& stage) {
    Tactic t = tactic(id, {strategy_id}, 10, 10);
    t.stage = stage;
    plan.tactics.push_back(t);
}

}  // namespace

TEST_CASE("journey is the weighted share of required stages each goal's tactics cover", "[score]") {
    Plan plan = empty_2025_plan();
    plan.goals.push_back(goal("G1", 3));
    plan.goals.push_back(goal("G2", 1));
    plan.strategies.push_back(strategy("S1", {"G1"}));
    add_staged(plan, "t1", "S1", "awareness");
    add_staged(plan, "t2", "S1", "purchase");
    add_staged(plan, "t3", "S1", "purchase");
    const Scores s = score_plan(plan);
    // j(G1) = 2/3 with weight 3, j(G2) = 0 with weight 1.
    CHECK(*component_of(s, Component::Journey) == Approx(100 * (3 * 2.0 / 3) / 4));
    CHECK(*goal_component(s, "G1", Component::Journey) == Approx(100 * 2.0 / 3));
    CHECK(*goal_component(s, "G2", Component::Journey) == Approx(0));
}

TEST_CASE("each stage a goal's tactics miss is one goal.missing_stage finding", "[score]") {
    Plan plan = goals_plan(2, 1);
    add_staged(plan, "t1", "S1", "awareness");
    const Scores s = score_plan(plan);
    const auto missing = findings_with(s, "goal.missing_stage");
    REQUIRE(missing.size() == 5);
    size_t for_g1 = 0;
    for (const auto& f : missing) {
        CHECK(f.component == Component::Journey);
        if (f.ids == std::vector<std::string>{"G1"}) {
            ++for_g1;
            CHECK(f.message.find("awareness") == std::string::npos);
        }
    }
    CHECK(for_g1 == 2);
}

TEST_CASE("a tactic reaching two goals covers its stage for both", "[score]") {
    Plan plan = empty_2025_plan();
    plan.settings.required_stages = {"purchase"};
    plan.goals.push_back(goal("G1"));
    plan.goals.push_back(goal("G2"));
    plan.strategies.push_back(strategy("S1", {"G1", "G2"}));
    add_staged(plan, "t1", "S1", "purchase");
    const Scores s = score_plan(plan);
    CHECK(*component_of(s, Component::Journey) == Approx(100));
    CHECK(count_findings(s, "goal.missing_stage") == 0);
}

TEST_CASE("stages outside the plan's required list do not count", "[score]") {
    Plan plan = empty_2025_plan();
    plan.settings.required_stages = {"trial", "purchase"};
    plan.goals.push_back(goal("G1"));
    plan.strategies.push_back(strategy("S1", {"G1"}));
    add_staged(plan, "t1", "S1", "awareness");
    add_staged(plan, "t2", "S1", "trial");
    CHECK(*component_of(score_plan(plan), Component::Journey) == Approx(50));
}

TEST_CASE("journey is not scored without goals", "[score]") {
    Plan plan = empty_2025_plan();
    plan.tactics.push_back(tactic("t1", {}, 10, 10));
    const Scores s = score_plan(plan);
    CHECK_FALSE(component_of(s, Component::Journey));
    CHECK(count_findings(s, "goal.missing_stage") == 0);
}

TEST_CASE("goal.missing_stage reads as a sentence for each default stage, and names other stages", "[score]") {
    Plan plan = empty_2025_plan();
    plan.settings.required_stages.push_back("loyalty");
    plan.goals.push_back(goal("G1"));
    const Scores s = score_plan(plan);
    const auto missing = findings_with(s, "goal.missing_stage");
    REQUIRE(missing.size() == 4);
    std::vector<std::string> messages;
    for (const auto& f : missing) messages.push_back(f.message);
    std::sort(messages.begin(), messages.end());
    CHECK(messages == std::vector<std::string>{
        "No tactic for \u201cGoal G1\u201d builds awareness: add one that makes new customers aware of what you sell",
        "No tactic for \u201cGoal G1\u201d covers \u201cloyalty\u201d, a step customers go through on the way to "
        "buying (a journey stage): add one for that step",
        "No tactic for \u201cGoal G1\u201d helps customers buy: add one that turns interest into a purchase",
        "No tactic for \u201cGoal G1\u201d works on consideration: add one that helps customers weigh your offer "
        "against others",
    });
}
