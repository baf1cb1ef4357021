// Per-item scores (scoring.md "Per item"): a tactic's checklist, a strategy's own checks plus its
// tactics, and each goal's subtree scored with the same component formulas as the plan. Goal
// scopes come from the precomputed goal -> strategies/tactics/KPIs lists: no scan of all tactics.
#include "score/engine.hpp"

namespace ab::scoring {

void score_tactics(const ScoreGraph& g, std::vector<double>& out) {
    out.resize(g.tactic_count);
    const bool plan_has_products = g.product_count > 0;
    for (size_t t = 0; t < g.tactic_count; ++t) {
        const uint8_t traits = g.tactic_traits[t];
        int passed = 0, checks = 0;
        auto check = [&](bool ok) {
            ++checks;
            passed += ok ? 1 : 0;
        };
        check(g.tactic_goals.count(t) > 0);
        check(g.tactic_owners[t].count == 1);
        check((traits & kTraitChannel) != 0);
        check((traits & kTraitPhase) != 0);
        check((traits & kTraitStage) != 0);
        if (plan_has_products) {
            check(g.tactic_products.count(t) > 0);
            bool any_key = false, matches = false;
            for (uint32_t p : g.tactic_products.row(t)) {
                if (!g.big_push[p] || g.key_of_product[p] == kNoIndex) continue;
                any_key = true;
                matches = matches || g.on_message(static_cast<uint32_t>(t), p);
            }
            if (any_key) check(matches);
        }
        if (g.budget[t] > 0) check(g.expected_return[t] > 0);
        check(g.dates_ok[t] != 0);
        out[t] = 100.0 * passed / checks;
    }
}

void score_strategies(const ScoreGraph& g, const std::vector<double>& tactic_scores, std::vector<double>& out) {
    out.resize(g.strategy_count);
    for (size_t s = 0; s < g.strategy_count; ++s) {
        const IndexRange tactics = g.strategy_tactics.row(s);
        const int own = (g.strategy_goals.count(s) > 0) + (g.strategy_kpis.count(s) > 0) +
                        (g.strategy_owners[s].count == 1) + !tactics.empty();
        double budget = 0, weighted = 0, plain = 0;
        for (uint32_t t : tactics) {
            budget += g.budget[t];
            weighted += g.budget[t] * tactic_scores[t];
            plain += tactic_scores[t];
        }
        double tactic_mean = 0;
        if (!tactics.empty()) tactic_mean = budget > 0 ? weighted / budget : plain / static_cast<double>(tactics.size());
        out[s] = 50.0 * own / 4.0 + 0.5 * tactic_mean;
    }
}

GoalScore score_goal(const ScoreGraph& g, const PlanFacts& facts, uint32_t goal, Scratch& scratch) {
    if (scratch.push_slot.size() != g.product_count) scratch.push_slot.assign(g.product_count, kNoIndex);
    const IndexRange strategies = g.goal_strategies.row(goal);
    const IndexRange tactics = g.goal_tactics.row(goal);

    // KPIs on the goal, its strategies and its tactics; each KPI is on one item only.
    scratch.kpis.clear();
    for (uint32_t k : g.goal_kpis.row(goal)) scratch.kpis.push_back(k);
    for (uint32_t s : strategies)
        for (uint32_t k : g.strategy_kpis.row(s)) scratch.kpis.push_back(k);
    for (uint32_t t : tactics)
        for (uint32_t k : g.tactic_kpis.row(t)) scratch.kpis.push_back(k);

    // The big pushes its tactics use, in order of first use.
    scratch.pushes.clear();
    for (uint32_t t : tactics) {
        for (uint32_t p : g.tactic_products.row(t)) {
            if (!g.big_push[p] || scratch.push_slot[p] != kNoIndex) continue;
            scratch.push_slot[p] = 0;
            scratch.pushes.push_back(p);
        }
    }
    for (uint32_t p : scratch.pushes) scratch.push_slot[p] = kNoIndex;

    scratch.goal_one.assign(1, goal);
    Scope scope;
    scope.goals = range_of(scratch.goal_one);
    scope.strategies = strategies;
    scope.tactics = tactics;
    scope.kpis = range_of(scratch.kpis);
    scope.pushes = range_of(scratch.pushes);
    GoalScore gs;
    gs.components = score_scope(g, facts, scope, scratch, nullptr);
    gs.overall = combine(gs.components).overall;
    return gs;
}

}  // namespace ab::scoring
