// score_plan: resolves the plan once (ScoreGraph), then runs the plan scope with findings, the
// per-goal scopes and the per-item checklists, and orders the findings by worth.
#include "score.hpp"

#include <numeric>

#include "score_engine.hpp"

namespace ab {

const char* component_name(Component c) {
    switch (c) {
        case Component::Linkage: return "linkage";
        case Component::Measurement: return "measurement";
        case Component::BudgetFocus: return "budget_focus";
        case Component::Integration: return "integration";
        case Component::Journey: return "journey";
        case Component::Ownership: return "ownership";
        case Component::Return: break;
    }
    return "return";
}

double component_weight(Component c) {
    switch (c) {
        case Component::Linkage: return 25;
        case Component::Measurement:
        case Component::BudgetFocus:
        case Component::Integration: return 15;
        case Component::Journey:
        case Component::Ownership:
        case Component::Return: break;
    }
    return 10;
}

Scores score_plan(const Plan& plan) {
    using namespace scoring;
    const ScoreGraph g(plan);
    const PlanFacts facts = compute_plan_facts(g);
    Scratch scratch;

    std::vector<uint32_t> all_goals(g.goal_count), all_strategies(g.strategy_count), all_tactics(g.tactic_count);
    std::iota(all_goals.begin(), all_goals.end(), 0u);
    std::iota(all_strategies.begin(), all_strategies.end(), 0u);
    std::iota(all_tactics.begin(), all_tactics.end(), 0u);
    Scope scope;
    scope.whole_plan = true;
    scope.goals = range_of(all_goals);
    scope.strategies = range_of(all_strategies);
    scope.tactics = range_of(all_tactics);
    scope.kpis = range_of(g.attached_kpis);
    scope.pushes = range_of(g.pushes);

    FindingSink sink(g);
    Scores s;
    s.components = score_scope(g, facts, scope, scratch, &sink);
    const Overall overall = combine(s.components);
    s.overall = overall.overall;
    s.raw = overall.raw;
    s.cap = overall.cap;
    s.completeness = overall.completeness;
    if (!overall.overall) sink.plan_empty();
    s.findings = sink.finish(s.components, overall);

    const std::vector<GoalScore> goal_scores = score_goals(g, facts, scratch);
    const std::vector<double> tactic_scores = score_tactics(g);
    const std::vector<double> strategy_scores = score_strategies(g, tactic_scores);
    s.goals.reserve(g.goal_count);
    for (size_t i = 0; i < g.goal_count; ++i) s.goals.emplace_back(plan.goals[i].id.value, goal_scores[i]);
    s.strategies.reserve(g.strategy_count);
    for (size_t i = 0; i < g.strategy_count; ++i) s.strategies.emplace_back(plan.strategies[i].id.value, strategy_scores[i]);
    s.tactics.reserve(g.tactic_count);
    for (size_t i = 0; i < g.tactic_count; ++i) s.tactics.emplace_back(plan.tactics[i].id.value, tactic_scores[i]);
    return s;
}

}  // namespace ab
