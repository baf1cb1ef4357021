// What the app and the messages ask of a plan without changing it: the name an item is shown
// by, which items link to one (a link is stored on the item lower down, so "the strategies of a
// goal" is a search), what a person owns, and the totals of a selection of items.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace ab {

// The text an item is shown by: its name, a KPI's metric, an insight's text (may be blank).
inline const std::string& shown_text(const Kpi& kpi) { return kpi.metric; }
inline const std::string& shown_text(const Insight& insight) { return insight.text; }
template <class T>
const std::string& shown_text(const T& item) {
    return item.name;
}

// How an item is shown to people: its shown_text, or its id when that is blank.
template <class T>
std::string display_name(const T& item) {
    const std::string& text = shown_text(item);
    return text.empty() ? item.id.value : text;
}
std::string display_name(const Item& item);
// The same for the item with `id`; the id itself when no item has it.
std::string display_name(const Plan& plan, const std::string& id);
// display_name in quotes, as messages in the reader's language quote it: “Spring launch”, „Frühling“.
std::string quoted_name(const Item& item);

// The items of kind `from` that hold a link to `id` (as a parent, the KPI's subject, or an
// owner), in plan order, each once: the strategies serving a goal, the KPIs measuring it, the
// tactics carrying a strategy or promoting a product, the insights feeding a goal.
std::vector<std::string> linked_from(const Plan& plan, const std::string& id, Kind from);
// Everything person `id` owns: goals, strategies, products, tactics, then KPIs, each in plan order.
std::vector<std::string> owned_by(const Plan& plan, const std::string& id);
// The KPIs a goal may name as its primary one: those measuring it, and the one it names now
// (even if that measures something else), in plan order.
std::vector<std::string> primary_kpi_choices(const Plan& plan, const Goal& goal);

// What a selection of several items holds.
struct SelectionTotals {
    std::array<size_t, 7> counts{};  // items per Kind (ids no item has are not counted)
    double budget = 0;               // sum of the selected tactics' budgets
    double expected_return = 0;      // sum of their expected returns
    size_t budgeted = 0;             // selected tactics that have a budget
    size_t tactics() const { return counts[static_cast<size_t>(Kind::Tactic)]; }
};
SelectionTotals selection_totals(const Plan& plan, const std::vector<std::string>& ids);
// "2 goals · 1 KPI": the counts per kind, in Kind's order, kinds with none left out.
std::string kind_counts_text(const SelectionTotals& totals);
// "1 of 3 selected tactics have a budget."; empty when no tactic is selected.
std::string budgeted_text(const SelectionTotals& totals);

}  // namespace ab
