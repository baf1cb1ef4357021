// PlanIndex: one hash table from id to location, so the reader's link resolution and the score
// engine stay linear on 10,000-item plans. The first item wins when an id repeats (the reader
// reports the repeat as an error; a valid plan never has one).
#include "model/index.hpp"

namespace ab {

namespace {

template <class T>
void add_all(std::unordered_map<std::string_view, Location>& by_id, const std::vector<T>& items, Kind kind) {
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string& id = items[i].id.value;
        if (!id.empty()) by_id.try_emplace(id, Location{kind, i});
    }
}

}  // namespace

PlanIndex::PlanIndex(const Plan& plan) {
    by_id_.reserve(plan.people.size() + item_count(plan));
    add_all(by_id_, plan.people, Kind::Person);
    add_all(by_id_, plan.goals, Kind::Goal);
    add_all(by_id_, plan.strategies, Kind::Strategy);
    add_all(by_id_, plan.products, Kind::Product);
    add_all(by_id_, plan.tactics, Kind::Tactic);
    add_all(by_id_, plan.kpis, Kind::Kpi);
    add_all(by_id_, plan.insights, Kind::Insight);
}

std::optional<Location> PlanIndex::find(std::string_view id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
}

}  // namespace ab
