// Measurement (scoring.md): do goals and strategies carry KPIs, and is each KPI SMART? One test
// per SMART check, plus the coverage share and the "not scored" branch.
#include <catch2/catch.hpp>
#include <functional>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// One goal with one KPI; the test spoils the KPI and reads measurement = 50 + 50 * quality.
Plan goal_with_kpi(const Kpi& k) {
    Plan plan = empty_2025_plan();
    plan.goals.push_back(goal("G1"));
    plan.kpis.push_back(k);
    return plan;
}

double measurement_of(const Plan& plan) { return *component_of(score_plan(plan), Component::Measurement); }

}  // namespace

TEST_CASE("a goal with a complete SMART KPI scores full measurement", "[score]") {
    const Scores s = score_plan(goal_with_kpi(kpi("k1", Kind::Goal, "G1")));
    CHECK(*component_of(s, Component::Measurement) == Approx(100));
    CHECK(count_findings(s, "kpi.incomplete") == 0);
    CHECK(count_findings(s, "item.no_kpi") == 0);
}

TEST_CASE("each failed SMART check costs a fifth of the KPI's quality", "[score]") {
    Kpi k = kpi("k1", Kind::Goal, "G1");
    SECTION("specific: metric and unit") {
        k.unit.clear();
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(90));
    }
    SECTION("measurable: numeric baseline and target (realistic fails with it)") {
        k.baseline.reset();
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(80));
    }
    SECTION("assignable: exactly one owner") {
        k.owners.push_back({"mia"});
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(90));
    }
    SECTION("assignable: an owner who is not a person of the plan does not count") {
        k.owners = ids_of<PersonId>({"nobody"});
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(90));
    }
    SECTION("realistic: the target must move in the KPI's direction") {
        k.target = k.baseline;
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(90));
    }
    SECTION("realistic: a KPI that should go down needs a target below its baseline") {
        k.dir = Direction::Down;
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(90));
        k.baseline = 100;
        k.target = 40;
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(100));
    }
    SECTION("time-bound: due inside the plan period") {
        k.due = "2026-01-15";
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(90));
        k.due.clear();
        CHECK(measurement_of(goal_with_kpi(k)) == Approx(90));
    }
    SECTION("time-bound: a plan without an end date leaves the period open") {
        Plan plan = goal_with_kpi(k);
        plan.settings.end.clear();
        plan.kpis[0].due = "2030-01-01";
        CHECK(measurement_of(plan) == Approx(100));
    }
}

TEST_CASE("an incomplete KPI gets one finding that lists every fix", "[score]") {
    Kpi k = kpi("k1", Kind::Goal, "G1");
    k.metric = "Repeat buyers";
    k.owners.clear();
    k.due = "2030-01-01";
    const Scores s = score_plan(goal_with_kpi(k));
    REQUIRE(count_findings(s, "kpi.incomplete") == 1);
    const Finding f = findings_with(s, "kpi.incomplete")[0];
    CHECK(f.ids == std::vector<std::string>{"k1"});
    CHECK(f.component == Component::Measurement);
    CHECK(f.message.find("\u201cRepeat buyers\u201d") != std::string::npos);
    CHECK(f.message == "KPI \u201cRepeat buyers\u201d cannot be checked yet: name the one person who owns it; "
                       "its due date 2030-01-01 is after the plan ends (2025-12-31)");
}

TEST_CASE("kpi.incomplete says which SMART check fails and why", "[score]") {
    auto message_for = [](const std::function<void(Kpi&)>& change) {
        Kpi k = kpi("k1", Kind::Goal, "G1");
        change(k);
        const Scores s = score_plan(goal_with_kpi(k));
        REQUIRE(count_findings(s, "kpi.incomplete") == 1);
        return findings_with(s, "kpi.incomplete")[0].message;
    };
    // Each failing check says what to do, in words that need no "SMART".
    using Catch::Matchers::Contains;
    CHECK_THAT(message_for([](Kpi& k) { k.unit.clear(); }), Contains(": give it a unit (caf\u00e9s, USD, %)"));
    CHECK_THAT(message_for([](Kpi& k) { k.metric.clear(); }), Contains(": say what it counts"));
    CHECK_THAT(message_for([](Kpi& k) { k.metric.clear(), k.unit.clear(); }),
               Contains(": say what it counts and in what unit"));
    CHECK_THAT(message_for([](Kpi& k) { k.target.reset(); }),
               Contains(": give it a target number") && !Contains("should be"));
    CHECK_THAT(message_for([](Kpi& k) { k.baseline.reset(); }), Contains(": give it a starting number (baseline)"));
    CHECK_THAT(message_for([](Kpi& k) { k.owners.push_back({"mia"}); }), Contains(": it has 2 owners: keep one"));
    CHECK_THAT(message_for([](Kpi& k) { k.target = *k.baseline; }),
               Contains(": its target 0 USD should be above its starting number 0 USD"));
    CHECK_THAT(message_for([](Kpi& k) { k.dir = Direction::Down; }),
               Contains(": its target 100 USD should be below its starting number 0 USD (lower is better for it)"));
    CHECK_THAT(message_for([](Kpi& k) { k.due.clear(); }), Contains(": give it a due date"));
    CHECK_THAT(message_for([](Kpi& k) { k.due = "soon"; }), Contains(": write its due date as YYYY-MM-DD"));
    CHECK_THAT(message_for([](Kpi& k) { k.due = "2024-06-30"; }),
               Contains(": its due date 2024-06-30 is before the plan starts (2025-01-01)"));
    // Several failures are listed in the checks' order, joined by semicolons.
    CHECK_THAT(message_for([](Kpi& k) { k.unit.clear(), k.due.clear(), k.target.reset(); }),
               Contains(": give it a unit (caf\u00e9s, USD, %); give it a target number; give it a due date"));
}

TEST_CASE("goals and strategies without a KPI lower coverage and each gets item.no_kpi", "[score]") {
    Plan plan = goals_plan(1, 1);
    plan.strategies.push_back(strategy("S2", {"G1"}));
    plan.strategies.push_back(strategy("S3", {"G1"}));
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1"));
    plan.kpis.push_back(kpi("k2", Kind::Strategy, "S1"));
    const Scores s = score_plan(plan);
    // m = 2/4, Q = 1.
    CHECK(*component_of(s, Component::Measurement) == Approx(75));
    CHECK(has_finding(s, "item.no_kpi", {"S2"}));
    CHECK(has_finding(s, "item.no_kpi", {"S3"}));
    CHECK(count_findings(s, "item.no_kpi") == 2);
}

TEST_CASE("KPIs on tactics count for quality but not for coverage", "[score]") {
    Plan plan = goals_plan(1, 1);
    plan.tactics.push_back(tactic("t1", {"S1"}, 100));
    Kpi k = kpi("k1", Kind::Tactic, "t1");
    k.unit.clear();
    plan.kpis.push_back(k);
    const Scores s = score_plan(plan);
    // m = 0/2, Q = 0.8.
    CHECK(*component_of(s, Component::Measurement) == Approx(40));
}

TEST_CASE("with no KPI at all the quality term is zero", "[score]") {
    Plan plan = empty_2025_plan();
    plan.goals.push_back(goal("G1"));
    CHECK(measurement_of(plan) == Approx(0));
}

TEST_CASE("a KPI attached to nothing is not scored", "[score]") {
    Plan plan = goal_with_kpi(kpi("k1", Kind::Goal, "G1"));
    Kpi loose = kpi("k2", Kind::Goal, "");
    loose.unit.clear();
    plan.kpis.push_back(loose);
    const Scores s = score_plan(plan);
    CHECK(*component_of(s, Component::Measurement) == Approx(100));
    CHECK_FALSE(has_finding(s, "kpi.incomplete", {"k2"}));
}

TEST_CASE("measurement is not scored without goals and strategies", "[score]") {
    Plan plan = empty_2025_plan();
    plan.tactics.push_back(tactic("t1", {}, 100));
    plan.kpis.push_back(kpi("k1", Kind::Tactic, "t1"));
    const Scores s = score_plan(plan);
    CHECK_FALSE(component_of(s, Component::Measurement));
    CHECK(count_findings(s, "item.no_kpi") == 0);
}

TEST_CASE("a goal's measurement covers its strategies and the KPIs of its tactics", "[score]") {
    Plan plan = goals_plan(2, 2);
    plan.tactics.push_back(tactic("t1", {"S1"}, 100));
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1"));
    Kpi on_tactic = kpi("k2", Kind::Tactic, "t1");
    on_tactic.owners.clear();
    plan.kpis.push_back(on_tactic);
    plan.kpis.push_back(kpi("k3", Kind::Strategy, "S2"));
    const Scores s = score_plan(plan);
    // G1: m = 1/2 (S1 has none), Q = (1 + 0.8) / 2.
    CHECK(*goal_component(s, "G1", Component::Measurement) == Approx(100 * (0.25 + 0.45)));
    // G2: m = 1/2, Q = 1 (k3 only).
    CHECK(*goal_component(s, "G2", Component::Measurement) == Approx(75));
}
