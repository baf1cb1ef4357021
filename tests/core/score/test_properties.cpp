// Properties every score must have, on generated plans of many shapes and on absurd inputs:
// numbers stay in 0..100 and finite, the cap holds, findings use only the contract's codes and
// come sorted by worth.
#include <cmath>
#include <limits>
#include <set>

#include <catch2/catch.hpp>

#include "model/generator.hpp"
#include "builder.hpp"

using namespace ab;
using namespace ab::test;

namespace {

const std::set<std::string> kContractCodes = {
    "plan.empty", "plan.no_goal", "tactic.untraced", "goal.no_strategy", "goal.no_tactic", "goal.no_budget",
    "item.no_kpi", "kpi.incomplete", "plan.no_forecast", "push.outranked", "push.underfunded",
    "product.overfunded", "budget.unassigned", "plan.no_big_push", "push.missing_channel", "push.missing_phase",
    "tactic.off_message", "goal.missing_stage", "item.owner_count", "goal.one_team", "goal.no_customer_voice",
    "tactic.no_return", "goal.no_target", "goal.short_return"};

bool in_range(const std::optional<double>& v) { return !v || (std::isfinite(*v) && *v >= -1e-9 && *v <= 100 + 1e-9); }

void check_sane(const Scores& s) {
    CHECK(in_range(s.overall));
    CHECK(in_range(s.raw));
    for (const auto& c : s.components) CHECK(in_range(c));
    if (s.overall && s.cap) CHECK(*s.overall <= *s.cap + 1e-9);
    for (const auto& [id, g] : s.goals) {
        CHECK(in_range(g.overall));
        for (const auto& c : g.components) CHECK(in_range(c));
    }
    for (const auto& [id, v] : s.strategies) CHECK(in_range(v));
    for (const auto& [id, v] : s.tactics) CHECK(in_range(v));
    for (size_t i = 0; i < s.findings.size(); ++i) {
        const Finding& f = s.findings[i];
        CHECK(kContractCodes.count(std::string(f.code)) == 1);
        CHECK(std::isfinite(f.worth));
        CHECK_FALSE(f.message.empty());
        if (i > 0 && f.code != "plan.empty") CHECK(s.findings[i - 1].worth >= f.worth - 1e-6);
    }
}

}  // namespace

TEST_CASE("generated plans of many shapes score within range, capped and sorted", "[score]") {
    for (uint64_t seed = 1; seed <= 30; ++seed) {
        GenSpec spec;
        Rng shape(seed * 7919);
        spec.goals = shape.below(5);
        spec.strategies = shape.below(8);
        spec.tactics = shape.below(25);
        spec.kpis = shape.below(10);
        spec.products = shape.below(5);
        spec.people = 1 + shape.below(6);
        spec.insights = shape.below(3);
        INFO("seed " << seed);
        check_sane(score_plan(generate_plan(spec, seed)));
    }
}

TEST_CASE("absurd numbers never turn a score into NaN", "[score]") {
    Plan plan = empty_2025_plan();
    Goal g = goal("G1");
    g.primary_kpi = KpiId{"k1"};
    g.weight = -3;
    plan.goals.push_back(g);
    plan.strategies.push_back(strategy("S1", {"G1"}));
    plan.products.push_back(product("P", 1e308, true, "go"));
    plan.products.push_back(product("Q", -5));
    Tactic t = tactic("t1", {"S1"}, 1e308, std::numeric_limits<double>::infinity());
    t.products = ids_of<ProductId>({"P", "Q"});
    plan.tactics.push_back(t);
    plan.tactics.push_back(tactic("t2", {"S1"}, -100, std::nan("")));
    plan.kpis.push_back(kpi("k1", Kind::Goal, "G1", -1e308, 1e308));
    plan.settings.brand_reserve = 7;
    const Scores s = score_plan(plan);
    check_sane(s);
    REQUIRE(s.overall);
    CHECK(std::isfinite(*s.overall));
}
