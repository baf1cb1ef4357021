// Integration (scoring.md): does every big push run through every required channel, every
// phase, with one key message? Hand-computed pushes, weighting and the "not scored" branch.
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// Two required channels keep the arithmetic small.
Plan integration_plan() {
    Plan plan = goals_plan(1, 1);
    plan.settings.required_channels = {"email", "social"};
    return plan;
}

void add_phased_tactic(Plan& plan, const std::string& id, const std::string& product, const std::string& channel, Phase phase,
                const std::string& message) {
    Tactic t = selling(tactic(id, {"S1"}, 10, 10), {product}, message);
    t.channel = channel;
    t.phase = phase;
    plan.tactics.push_back(t);
}

std::optional<double> integration(const Scores& s) { return component_of(s, Component::Integration); }

}  // namespace

TEST_CASE("a push carried by every channel, in every phase, on message scores full integration", "[score]") {
    Plan plan = integration_plan();
    plan.products.push_back(product("P", 100, true, "go"));
    add_phased_tactic(plan, "t1", "P", "email", Phase::Pre, "go");
    add_phased_tactic(plan, "t2", "P", "social", Phase::Launch, "go");
    add_phased_tactic(plan, "t3", "P", "email", Phase::Post, "go");
    const Scores s = score_plan(plan);
    CHECK(*integration(s) == Approx(100));
    CHECK(count_findings(s, "push.missing_channel") + count_findings(s, "push.missing_phase") +
              count_findings(s, "tactic.off_message") ==
          0);
}

TEST_CASE("missing channels, missing phases and off-message tactics each cost their share", "[score]") {
    Plan plan = integration_plan();
    plan.products.push_back(product("P", 100, true, "go"));
    add_phased_tactic(plan, "t1", "P", "email", Phase::Pre, "go");
    add_phased_tactic(plan, "t2", "P", "email", Phase::Launch, "other");
    const Scores s = score_plan(plan);
    // cc = 1/2, pc = 2/3, mc = 1/2.
    CHECK(*integration(s) == Approx(100 * (0.4 * 0.5 + 0.3 * 2 / 3 + 0.3 * 0.5)));
    REQUIRE(count_findings(s, "push.missing_channel") == 1);
    CHECK(findings_with(s, "push.missing_channel")[0].ids == std::vector<std::string>{"P"});
    CHECK(findings_with(s, "push.missing_channel")[0].message.find("social") != std::string::npos);
    REQUIRE(count_findings(s, "push.missing_phase") == 1);
    CHECK(findings_with(s, "push.missing_phase")[0].message.find("post-launch") != std::string::npos);
    CHECK(has_finding(s, "tactic.off_message", {"t2", "P"}));
    CHECK(count_findings(s, "tactic.off_message") == 1);
}

TEST_CASE("a push without a key message earns nothing for messages and flags no tactic", "[score]") {
    Plan plan = integration_plan();
    plan.products.push_back(product("P", 100, true, ""));
    add_phased_tactic(plan, "t1", "P", "email", Phase::Pre, "anything");
    add_phased_tactic(plan, "t2", "P", "social", Phase::Launch, "else");
    add_phased_tactic(plan, "t3", "P", "social", Phase::Post, "");
    const Scores s = score_plan(plan);
    CHECK(*integration(s) == Approx(70));
    CHECK(count_findings(s, "tactic.off_message") == 0);
}

TEST_CASE("a push no tactic carries scores zero with one finding per channel and per phase", "[score]") {
    Plan plan = integration_plan();
    plan.products.push_back(product("P", 100, true, "go"));
    plan.tactics.push_back(tactic("t1", {"S1"}, 10, 10));
    const Scores s = score_plan(plan);
    CHECK(*integration(s) == Approx(0));
    CHECK(count_findings(s, "push.missing_channel") == 2);
    CHECK(count_findings(s, "push.missing_phase") == 3);
}

TEST_CASE("pushes are weighted by forecast, or equally when one has no forecast", "[score]") {
    Plan plan = integration_plan();
    plan.products.push_back(product("P", 300, true, "go"));
    plan.products.push_back(product("Q", 100, true, "go"));
    add_phased_tactic(plan, "t1", "P", "email", Phase::Pre, "go");
    add_phased_tactic(plan, "t2", "P", "social", Phase::Launch, "go");
    add_phased_tactic(plan, "t3", "P", "email", Phase::Post, "go");
    // Q: cc = 1/2, pc = 1/3, mc = 1.
    add_phased_tactic(plan, "t4", "Q", "email", Phase::Pre, "go");
    const double q = 0.4 * 0.5 + 0.3 / 3 + 0.3;
    SECTION("by forecast") { CHECK(*integration(score_plan(plan)) == Approx(100 * (0.75 * 1 + 0.25 * q))); }
    SECTION("equally") {
        plan.products[1].forecast.reset();
        CHECK(*integration(score_plan(plan)) == Approx(100 * (0.5 * 1 + 0.5 * q)));
    }
}

TEST_CASE("no required channels leaves nothing to miss", "[score]") {
    Plan plan = integration_plan();
    plan.settings.required_channels.clear();
    plan.products.push_back(product("P", 100, true, "go"));
    add_phased_tactic(plan, "t1", "P", "radio", Phase::Pre, "go");
    const Scores s = score_plan(plan);
    CHECK(*integration(s) == Approx(100 * (0.4 + 0.1 + 0.3)));
    CHECK(count_findings(s, "push.missing_channel") == 0);
}

TEST_CASE("integration is not scored without a big push", "[score]") {
    Plan plan = integration_plan();
    SECTION("tactics but no push") {
        plan.tactics.push_back(tactic("t1", {"S1"}, 10, 10));
        const Scores s = score_plan(plan);
        CHECK_FALSE(integration(s));
        CHECK(has_finding(s, "plan.no_big_push", {}));
        CHECK(findings_with(s, "plan.no_big_push")[0].component == Component::Integration);
    }
    SECTION("nothing a push could be named from") {
        const Scores s = score_plan(plan);
        CHECK_FALSE(integration(s));
        CHECK(count_findings(s, "plan.no_big_push") == 0);
    }
}

TEST_CASE("a goal's integration looks only at the pushes its own tactics carry", "[score]") {
    Plan plan = integration_plan();
    plan.goals.push_back(goal("G2"));
    plan.strategies.push_back(strategy("S2", {"G2"}));
    plan.products.push_back(product("P", 100, true, "go"));
    plan.products.push_back(product("Q", 100, true, "go"));
    add_phased_tactic(plan, "t1", "P", "email", Phase::Pre, "go");
    Tactic other = tactic("t2", {"S2"}, 10, 10);
    other.products = ids_of<ProductId>({"Q"});
    other.message = "go";
    other.channel = "social";
    plan.tactics.push_back(other);
    Tactic plain = tactic("t3", {"S2"}, 10, 10);
    plan.tactics.push_back(plain);
    const Scores s = score_plan(plan);
    // G1 sees P only: cc 1/2, pc 1/3, mc 1.
    CHECK(*goal_component(s, "G1", Component::Integration) == Approx(100 * (0.2 + 0.1 + 0.3)));
    // G2 sees Q only: social, launch, on message.
    CHECK(*goal_component(s, "G2", Component::Integration) == Approx(100 * (0.2 + 0.1 + 0.3)));
    plan.tactics.erase(plan.tactics.begin());
    CHECK_FALSE(goal_component(score_plan(plan), "G1", Component::Integration));
}
