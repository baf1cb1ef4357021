// Small hand-built plans for the score tests: each helper returns a healthy item (one owner, a
// complete SMART KPI, dates inside the plan period) so a test only spells out the gap it checks.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab::test {

// A 2025 plan with a sales person "sam" and a marketing person "mia", and nothing else.
inline Plan empty_2025_plan() {
    Plan plan;
    plan.settings.name = "Test plan";
    plan.settings.start = "2025-01-01";
    plan.settings.end = "2025-12-31";
    plan.people.push_back(Person{{"sam"}, "Sam", "sales"});
    plan.people.push_back(Person{{"mia"}, "Mia", "marketing"});
    return plan;
}

template <class IdT>
LinkSet<IdT> ids_of(const std::vector<std::string>& ids) {
    LinkSet<IdT> out;
    for (const auto& id : ids) out.push_back(IdT{id});
    return out;
}

inline Goal goal(const std::string& id, double weight = 1, const std::string& owner = "sam") {
    Goal g;
    g.id.value = id;
    g.name = "Goal " + id;
    if (!owner.empty()) g.owners.push_back({owner});
    g.weight = weight;
    return g;
}

inline Strategy strategy(const std::string& id, const std::vector<std::string>& goals, const std::string& owner = "mia") {
    Strategy s;
    s.id.value = id;
    s.name = "Strategy " + id;
    s.goals = ids_of<GoalId>(goals);
    if (!owner.empty()) s.owners.push_back({owner});
    return s;
}

// A funded tactic with no expected return unless given; channel, phase, stage and dates set.
inline Tactic tactic(const std::string& id, const std::vector<std::string>& strategies, Number budget = std::nullopt,
                     Number expected_return = std::nullopt) {
    Tactic t;
    t.id.value = id;
    t.name = "Tactic " + id;
    t.strategies = ids_of<StrategyId>(strategies);
    t.channel = "email";
    t.phase = Phase::Launch;
    t.stage = "purchase";
    t.budget = budget;
    t.expected_return = expected_return;
    t.owners.push_back({"mia"});
    t.start = "2025-03-01";
    t.end = "2025-04-30";
    return t;
}

inline Product product(const std::string& id, Number forecast, bool big_push = false, const std::string& key = "") {
    Product p;
    p.id.value = id;
    p.name = "Product " + id;
    p.big_push = big_push;
    p.forecast = forecast;
    p.key_message = key;
    p.owners.push_back({"sam"});
    return p;
}

// A KPI passing all five SMART checks, from `baseline` up to `target`.
inline Kpi kpi(const std::string& id, Kind on_kind, const std::string& on_id, double baseline = 0, double target = 100) {
    Kpi k;
    k.id.value = id;
    k.on = ItemRef{on_kind, on_id};
    k.metric = "Metric " + id;
    k.unit = "USD";
    k.baseline = baseline;
    k.target = target;
    k.due = "2025-12-31";
    k.owners.push_back({"sam"});
    return k;
}

// An empty 2025 plan with goals G1..G<goals> and strategies S1..S<strategies>, Si serving Gi
// (a strategy past the last goal serves none).
inline Plan goals_plan(size_t goals, size_t strategies = 0) {
    Plan plan = empty_2025_plan();
    for (size_t i = 1; i <= goals; ++i) plan.goals.push_back(goal("G" + std::to_string(i)));
    for (size_t i = 1; i <= strategies; ++i) {
        const std::string n = std::to_string(i);
        plan.strategies.push_back(strategy("S" + n, i <= goals ? std::vector<std::string>{"G" + n} : std::vector<std::string>{}));
    }
    return plan;
}

// `t` selling `products`, on `message`.
inline Tactic selling(Tactic t, const std::vector<std::string>& products, const std::string& message = "") {
    t.products = ids_of<ProductId>(products);
    t.message = message;
    return t;
}

inline Tactic& tactic_named(Plan& plan, const std::string& id) {
    return *std::find_if(plan.tactics.begin(), plan.tactics.end(), [&](const Tactic& t) { return t.id.value == id; });
}

inline std::optional<double> component_of(const Scores& s, Component c) { return s.components[static_cast<size_t>(c)]; }

inline std::optional<double> goal_component(const Scores& s, const std::string& goal_id, Component c) {
    for (const auto& [id, gs] : s.goals)
        if (id == goal_id) return gs.components[static_cast<size_t>(c)];
    return std::nullopt;
}

inline const GoalScore* goal_score(const Scores& s, const std::string& goal_id) {
    for (const auto& [id, gs] : s.goals)
        if (id == goal_id) return &gs;
    return nullptr;
}

inline double item_score(const std::vector<std::pair<std::string, double>>& scores, const std::string& id) {
    for (const auto& [item, v] : scores)
        if (item == id) return v;
    return -1;
}

// The findings with `code`, in the engine's order.
inline std::vector<Finding> findings_with(const Scores& s, const std::string& code) {
    std::vector<Finding> out;
    for (const auto& f : s.findings)
        if (f.code == code) out.push_back(f);
    return out;
}

inline bool has_finding(const Scores& s, const std::string& code, const std::vector<std::string>& ids) {
    for (const auto& f : s.findings)
        if (f.code == code && f.ids == ids) return true;
    return false;
}

inline size_t count_findings(const Scores& s, const std::string& code) { return findings_with(s, code).size(); }

}  // namespace ab::test
