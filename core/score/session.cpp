// ScoreSession: the plan scope and its findings are scored again in full (linear passes over
// arrays), but the graph is patched, goals are re-scored only when an edit reaches them, and
// findings whose message inputs did not change are reused whole, strings included.
#include "score/session.hpp"

#include <numeric>

namespace ab {

namespace {

template <class T>
bool texts_differ(const T& a, const T& b) {
    return a.name != b.name;
}
bool texts_differ(const Tactic& a, const Tactic& b) { return a.name != b.name || a.message != b.message; }
bool texts_differ(const Product& a, const Product& b) { return a.name != b.name || a.key_message != b.key_message; }
bool texts_differ(const Kpi& a, const Kpi& b) { return a.metric != b.metric || a.unit != b.unit; }

void note_update(scoring::GraphChange& c, const UpdateItem& u) {
    if (id_of(u.before) != id_of(u.after) || u.before.index() != u.after.index()) {
        c.full = true;
        return;
    }
    const uint32_t i = static_cast<uint32_t>(u.index);
    std::visit(
        [&](const auto& before) {
            using T = std::decay_t<decltype(before)>;
            const T& after = std::get<T>(u.after);
            if constexpr (std::is_same_v<T, Goal>) c.goals.push_back(i);
            else if constexpr (std::is_same_v<T, Strategy>) c.strategies.push_back(i);
            else if constexpr (std::is_same_v<T, Tactic>) c.tactics.push_back(i);
            else if constexpr (std::is_same_v<T, Kpi>) c.kpis.push_back(i);
            else if constexpr (std::is_same_v<T, Product>) c.products.push_back(i);
            else c.full = true;  // people (teams reach every item) and insights
            if constexpr (std::is_same_v<T, Goal> || std::is_same_v<T, Strategy> || std::is_same_v<T, Tactic> ||
                          std::is_same_v<T, Kpi> || std::is_same_v<T, Product>)
                c.texts = c.texts || texts_differ(before, after);
        },
        u.before);
}

}  // namespace

void ScoreSession::note(const EditList& edits) {
    for (const Edit& e : edits) {
        if (std::holds_alternative<UpdateLayout>(e)) continue;  // layout never reaches a score
        if (std::holds_alternative<UpdateWorkshop>(e)) continue;  // nor does the workshop
        if (const auto* u = std::get_if<UpdateItem>(&e)) note_update(change_, *u);
        else change_.full = true;
    }
}

const Scores& ScoreSession::score(const Plan& plan) {
    using namespace scoring;
    bool incremental = false;
    if (built_) {
        incremental = graph_.update(plan, change_, dirty_goals_);
    } else {
        graph_.build(plan);
        dirty_goals_.assign(graph_.goal_count, 1);
        built_ = true;
    }
    const bool texts = change_.texts;
    change_.clear();
    if (incremental && !texts) memo_.findings = std::move(scores_.findings);
    else memo_.clear();

    const ScoreGraph& g = graph_;
    compute_plan_facts(g, facts_);
    const PlanFacts& facts = facts_;
    all_goals_.resize(g.goal_count);
    all_strategies_.resize(g.strategy_count);
    all_tactics_.resize(g.tactic_count);
    std::iota(all_goals_.begin(), all_goals_.end(), 0u);
    std::iota(all_strategies_.begin(), all_strategies_.end(), 0u);
    std::iota(all_tactics_.begin(), all_tactics_.end(), 0u);
    Scope scope;
    scope.whole_plan = true;
    scope.goals = range_of(all_goals_);
    scope.strategies = range_of(all_strategies_);
    scope.tactics = range_of(all_tactics_);
    scope.kpis = range_of(g.attached_kpis);
    scope.pushes = range_of(g.pushes);

    Scores& s = scores_;
    FindingSink& sink = sink_;
    sink.bind(g);
    s.components = score_scope(g, facts, scope, scratch_, &sink);
    const Overall overall = combine(s.components);
    s.overall = overall.overall;
    s.raw = overall.raw;
    s.cap = overall.cap;
    s.completeness = overall.completeness;
    if (!overall.overall) sink.plan_empty();
    s.findings = sink.finish(s.components, overall, &memo_);

    // Items keep their places and ids between incremental scores, so only values are written.
    const Plan& p = g.plan();
    if (!incremental || s.goals.size() != g.goal_count) {
        s.goals.clear();
        s.goals.reserve(g.goal_count);
        for (size_t i = 0; i < g.goal_count; ++i) s.goals.emplace_back(p.goals[i].id.value, GoalScore{});
        dirty_goals_.assign(g.goal_count, 1);
    }
    for (size_t i = 0; i < g.goal_count; ++i)
        if (dirty_goals_[i]) s.goals[i].second = score_goal(g, facts, static_cast<uint32_t>(i), scratch_);

    score_tactics(g, tactic_scores_);
    score_strategies(g, tactic_scores_, strategy_scores_);
    const std::vector<double>& tactic_scores = tactic_scores_;
    const std::vector<double>& strategy_scores = strategy_scores_;
    if (!incremental || s.tactics.size() != g.tactic_count || s.strategies.size() != g.strategy_count) {
        s.strategies.clear();
        s.strategies.reserve(g.strategy_count);
        for (size_t i = 0; i < g.strategy_count; ++i) s.strategies.emplace_back(p.strategies[i].id.value, 0.0);
        s.tactics.clear();
        s.tactics.reserve(g.tactic_count);
        for (size_t i = 0; i < g.tactic_count; ++i) s.tactics.emplace_back(p.tactics[i].id.value, 0.0);
    }
    for (size_t i = 0; i < g.strategy_count; ++i) s.strategies[i].second = strategy_scores[i];
    for (size_t i = 0; i < g.tactic_count; ++i) s.tactics[i].second = tactic_scores[i];
    return s;
}

Scores ScoreSession::score_once(const Plan& plan) {
    note_all();
    score(plan);
    Scores out = std::move(scores_);
    scores_ = Scores{};
    note_all();  // nothing kept may be reused: the scores left and the plan may be gone
    return out;
}

}  // namespace ab
