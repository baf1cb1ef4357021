// The plan model's few functions: the default settings,
// and slow-but-simple item look-ups for code that runs once per gesture (PlanIndex is for loops).
#include "model/plan.hpp"

#include <type_traits>

namespace ab {

std::vector<std::string> default_required_channels() {
    return {"creative", "ecommerce", "social", "in_store", "events", "pr", "partnerships", "email"};
}

std::vector<std::string> default_required_stages() { return {"awareness", "consideration", "purchase"}; }

// The variant's alternatives are declared in Kind's order, so the index is the kind.
static_assert(std::is_same_v<std::variant_alternative_t<static_cast<size_t>(Kind::Tactic), Item>, Tactic>);
static_assert(std::is_same_v<std::variant_alternative_t<static_cast<size_t>(Kind::Insight), Item>, Insight>);
Kind kind_of(const Item& item) { return static_cast<Kind>(item.index()); }

const std::string& id_of(const Item& item) {
    return std::visit([](const auto& it) -> const std::string& { return it.id.value; }, item);
}

namespace {

template <class T>
std::optional<size_t> index_of(const std::vector<T>& items, const std::string& id) {
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].id.value == id) return i;
    }
    return std::nullopt;
}

// A stale Location gives an empty item of its kind (empty id) rather than a throw or a crash.
template <class T>
T copy_at(const std::vector<T>& items, size_t index) {
    return index < items.size() ? items[index] : T{};
}

}  // namespace

std::optional<Location> find_item(const Plan& plan, const std::string& id) {
    if (id.empty()) return std::nullopt;
    if (auto i = index_of(plan.people, id)) return Location{Kind::Person, *i};
    if (auto i = index_of(plan.goals, id)) return Location{Kind::Goal, *i};
    if (auto i = index_of(plan.strategies, id)) return Location{Kind::Strategy, *i};
    if (auto i = index_of(plan.products, id)) return Location{Kind::Product, *i};
    if (auto i = index_of(plan.tactics, id)) return Location{Kind::Tactic, *i};
    if (auto i = index_of(plan.kpis, id)) return Location{Kind::Kpi, *i};
    if (auto i = index_of(plan.insights, id)) return Location{Kind::Insight, *i};
    return std::nullopt;
}

Item item_at(const Plan& plan, Location loc) {
    switch (loc.kind) {
        case Kind::Person: return copy_at(plan.people, loc.index);
        case Kind::Goal: return copy_at(plan.goals, loc.index);
        case Kind::Strategy: return copy_at(plan.strategies, loc.index);
        case Kind::Product: return copy_at(plan.products, loc.index);
        case Kind::Tactic: return copy_at(plan.tactics, loc.index);
        case Kind::Kpi: return copy_at(plan.kpis, loc.index);
        case Kind::Insight: break;
    }
    return copy_at(plan.insights, loc.index);
}

size_t item_count(const Plan& plan) {
    return plan.goals.size() + plan.strategies.size() + plan.products.size() + plan.tactics.size() +
           plan.kpis.size() + plan.insights.size();
}

}  // namespace ab
