// The kind table (see model/kinds.hpp).
#include "model/kinds.hpp"

namespace ab {

namespace {

// Rows in Kind's order; the static_asserts below keep it so.
constexpr std::array<KindInfo, 7> kKinds = {{
    {Kind::Person, "person", "people", "Person", "People", "person", "people", "a", "p", "user"},
    {Kind::Goal, "goal", "goals", "Goal", "Goals", "goal", "goals", "a", "G", "bullseye"},
    {Kind::Strategy, "strategy", "strategies", "Strategy", "Strategies", "strategy", "strategies", "a", "S", "flag"},
    {Kind::Product, "product", "products", "Product", "Products", "product", "products", "a", "P", "star"},
    {Kind::Tactic, "tactic", "tactics", "Tactic", "Tactics", "tactic", "tactics", "a", "m", "lightbulb-o"},
    {Kind::Kpi, "kpi", "kpis", "KPI", "KPIs", "KPI", "KPIs", "a", "k", "line-chart"},
    {Kind::Insight, "insight", "insights", "Insight", "Insights", "insight", "insights", "an", "I", "comments-o"},
}};

constexpr bool in_kind_order() {
    for (size_t i = 0; i < kKinds.size(); ++i) {
        if (static_cast<size_t>(kKinds[i].kind) != i) return false;
    }
    return true;
}
static_assert(in_kind_order(), "kKinds lists the kinds in Kind's order");
static_assert(static_cast<size_t>(Kind::Insight) + 1 == kKinds.size(), "one row per kind");

}  // namespace

const std::array<KindInfo, 7>& kind_table() { return kKinds; }

const KindInfo& kind_info(Kind kind) {
    const size_t i = static_cast<size_t>(kind);
    // A Kind cast from a bad number reads as an insight rather than past the table.
    return kKinds[i < kKinds.size() ? i : kKinds.size() - 1];
}

std::string a_kind(Kind kind) {
    const KindInfo& k = kind_info(kind);
    return std::string(k.article) + " " + k.noun;
}

std::string count_of(size_t count, Kind kind) {
    const KindInfo& k = kind_info(kind);
    return std::to_string(count) + " " + (count == 1 ? k.noun : k.nouns);
}

std::string new_item_name(Kind kind) { return std::string("New ") + kind_info(kind).noun; }

const char* collection_name(Kind kind) { return kind_info(kind).collection; }
const char* kind_name(Kind kind) { return kind_info(kind).file_name; }

}  // namespace ab
