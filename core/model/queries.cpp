// Read-only questions about a plan (see model/queries.hpp).
#include "model/queries.hpp"

#include <optional>
#include <type_traits>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "model/access.hpp"
#include "model/index.hpp"
#include "model/kinds.hpp"

namespace ab {

namespace {

// Calls f(id) for every link `it` holds, whatever it points at.
template <class T, class F>
void for_each_link(const T& it, F&& f) {
    if constexpr (!std::is_same_v<T, Person> && !std::is_same_v<T, Insight>) {
        for (const auto& o : it.owners) f(o.value);
    }
    if constexpr (std::is_same_v<T, Goal>) {
        if (it.primary_kpi) f(it.primary_kpi->value);
    } else if constexpr (std::is_same_v<T, Strategy>) {
        for (const auto& g : it.goals) f(g.value);
    } else if constexpr (std::is_same_v<T, Tactic>) {
        for (const auto& s : it.strategies) f(s.value);
        for (const auto& p : it.products) f(p.value);
    } else if constexpr (std::is_same_v<T, Kpi>) {
        if (!it.on.empty()) f(it.on.id);
    } else if constexpr (std::is_same_v<T, Insight>) {
        if (it.goal) f(it.goal->value);
        if (it.product) f(it.product->value);
    }
}

template <class T>
bool links_to(const T& it, const std::string& id) {
    bool found = false;
    for_each_link(it, [&](const std::string& target) { found = found || target == id; });
    return found;
}

}  // namespace

std::string display_name(const Item& item) {
    return std::visit([](const auto& it) { return display_name(it); }, item);
}

std::string display_name(const Plan& plan, const std::string& id) {
    const std::optional<Location> loc = find_item(plan, id);
    return loc ? display_name(item_at(plan, *loc)) : id;
}

std::string quoted_name(const Item& item) { return i18n::tr("quoted", {{"name", display_name(item)}}); }

std::vector<std::string> linked_from(const Plan& plan, const std::string& id, Kind from) {
    std::vector<std::string> out;
    if (id.empty()) return out;
    with_collection(plan, from, [&](const auto& items) {
        for (const auto& it : items) {
            if (links_to(it, id)) out.push_back(it.id.value);
        }
    });
    return out;
}

std::vector<std::string> owned_by(const Plan& plan, const std::string& id) {
    std::vector<std::string> out;
    if (id.empty()) return out;
    for (Kind kind : {Kind::Goal, Kind::Strategy, Kind::Product, Kind::Tactic, Kind::Kpi}) {
        with_collection(plan, kind, [&](const auto& items) {
            using T = typename std::decay_t<decltype(items)>::value_type;
            if constexpr (!std::is_same_v<T, Person> && !std::is_same_v<T, Insight>) {
                for (const auto& it : items) {
                    for (const PersonId& o : it.owners) {
                        if (o.value != id) continue;
                        out.push_back(it.id.value);
                        break;
                    }
                }
            }
        });
    }
    return out;
}

std::vector<std::string> primary_kpi_choices(const Plan& plan, const Goal& goal) {
    std::vector<std::string> out;
    for (const Kpi& k : plan.kpis) {
        const bool measures = !goal.id.value.empty() && k.on.id == goal.id.value;
        const bool named = goal.primary_kpi && goal.primary_kpi->value == k.id.value;
        if (measures || named) out.push_back(k.id.value);
    }
    return out;
}

SelectionTotals selection_totals(const Plan& plan, const std::vector<std::string>& ids) {
    SelectionTotals totals;
    // A look-up scans the plan; a large selection (select all) looks up through one index.
    constexpr size_t kIndexFrom = 16;
    std::optional<PlanIndex> index;
    if (ids.size() > kIndexFrom) index.emplace(plan);
    for (const std::string& id : ids) {
        const std::optional<Location> loc = index ? index->find(id) : find_item(plan, id);
        if (!loc) continue;
        totals.counts[static_cast<size_t>(loc->kind)]++;
        if (loc->kind != Kind::Tactic || loc->index >= plan.tactics.size()) continue;
        const Tactic& t = plan.tactics[loc->index];
        if (t.budget) {
            totals.budget += *t.budget;
            totals.budgeted++;
        }
        if (t.expected_return) totals.expected_return += *t.expected_return;
    }
    return totals;
}

std::string kind_counts_text(const SelectionTotals& totals) {
    std::string out;
    for (const KindInfo& k : kind_table()) {
        const size_t n = totals.counts[static_cast<size_t>(k.kind)];
        if (n == 0) continue;
        if (!out.empty()) out += " \u00B7 ";
        out += count_of(n, k.kind);
    }
    return out;
}

std::string budgeted_text(const SelectionTotals& totals) {
    if (totals.tactics() == 0) return "";
    return i18n::tr_count("selection.budgeted", static_cast<double>(totals.tactics()),
                          {{"n", local_number(static_cast<double>(totals.budgeted))}});
}

}  // namespace ab
