// score_plan: resolves the plan once (ScoreGraph), then runs the plan scope with findings, the
// per-goal scopes and the per-item checklists, and orders the findings by worth.
#include "score/score.hpp"

#include <algorithm>
#include <numeric>
#include <ostream>

#include "score/engine.hpp"

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

bool operator==(const FindingIds& a, const FindingIds& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

bool operator==(const FindingIds& a, const std::vector<std::string>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

std::ostream& operator<<(std::ostream& out, const FindingText& t) { return out << t.view(); }

namespace {

// What score_plan needs besides its result, kept per thread between calls so that scoring again
// reuses its memory (the graph's tables and lists, the facts, the findings' work buffers)
// instead of allocating it all for every score. Only valid during one call: the graph points
// into the plan being scored.
struct Workspace {
    scoring::ScoreGraph graph;
    scoring::PlanFacts facts;
    scoring::Scratch scratch;
    scoring::FindingSink sink{graph};
    std::vector<uint32_t> all_goals, all_strategies, all_tactics;
    std::vector<double> tactic_scores, strategy_scores;
};

void fill_iota(std::vector<uint32_t>& v, size_t n) {
    v.resize(n);
    std::iota(v.begin(), v.end(), 0u);
}

}  // namespace

Scores score_plan(const Plan& plan) {
    using namespace scoring;
    static thread_local Workspace ws;
    ScoreGraph& g = ws.graph;
    g.build(plan);
    PlanFacts& facts = ws.facts;
    compute_plan_facts(g, facts);
    Scratch& scratch = ws.scratch;

    fill_iota(ws.all_goals, g.goal_count);
    fill_iota(ws.all_strategies, g.strategy_count);
    fill_iota(ws.all_tactics, g.tactic_count);
    Scope scope;
    scope.whole_plan = true;
    scope.goals = range_of(ws.all_goals);
    scope.strategies = range_of(ws.all_strategies);
    scope.tactics = range_of(ws.all_tactics);
    scope.kpis = range_of(g.attached_kpis);
    scope.pushes = range_of(g.pushes);

    FindingSink& sink = ws.sink;
    Scores s;
    s.components = score_scope(g, facts, scope, scratch, &sink);
    const Overall overall = combine(s.components);
    s.overall = overall.overall;
    s.raw = overall.raw;
    s.cap = overall.cap;
    s.completeness = overall.completeness;
    if (!overall.overall) sink.plan_empty();
    s.findings = sink.finish(s.components, overall);

    std::vector<double>& tactic_scores = ws.tactic_scores;
    std::vector<double>& strategy_scores = ws.strategy_scores;
    score_tactics(g, tactic_scores);
    score_strategies(g, tactic_scores, strategy_scores);
    s.goals.reserve(g.goal_count);
    for (size_t i = 0; i < g.goal_count; ++i)
        s.goals.emplace_back(plan.goals[i].id.value, score_goal(g, facts, static_cast<uint32_t>(i), scratch));
    s.strategies.reserve(g.strategy_count);
    for (size_t i = 0; i < g.strategy_count; ++i) s.strategies.emplace_back(plan.strategies[i].id.value, strategy_scores[i]);
    s.tactics.reserve(g.tactic_count);
    for (size_t i = 0; i < g.tactic_count; ++i) s.tactics.emplace_back(plan.tactics[i].id.value, tactic_scores[i]);
    return s;
}

}  // namespace ab
