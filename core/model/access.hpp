// Generic access to the plan's per-kind vectors, so code that works on "any item" (commands,
// edits) is written once instead of seven times.
#pragma once

#include "model/plan.hpp"

namespace ab {

// Calls f(vector&) with the vector holding items of `kind`.
template <class PlanT, class F>
decltype(auto) with_collection(PlanT& plan, Kind kind, F&& f) {
    switch (kind) {
        case Kind::Person: return f(plan.people);
        case Kind::Goal: return f(plan.goals);
        case Kind::Strategy: return f(plan.strategies);
        case Kind::Product: return f(plan.products);
        case Kind::Tactic: return f(plan.tactics);
        case Kind::Kpi: return f(plan.kpis);
        case Kind::Insight: break;
    }
    return f(plan.insights);
}

// The owners of any owned item; null for kinds without owners (people, insights).
inline LinkSet<PersonId>* owners_of(Item& item) {
    return std::visit(
        [](auto& it) -> LinkSet<PersonId>* {
            if constexpr (std::is_same_v<std::decay_t<decltype(it)>, Person> ||
                          std::is_same_v<std::decay_t<decltype(it)>, Insight>) {
                return nullptr;
            } else {
                return &it.owners;
            }
        },
        item);
}

}  // namespace ab
