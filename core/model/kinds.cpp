// The kind table (see model/kinds.hpp).
#include "model/kinds.hpp"

#include "i18n/i18n.hpp"

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

// The table with the words people read in the active language (i18n/*.json: kind.<file name>.*),
// rebuilt when the language changes; the file's words, prefixes and icons never change.
const std::array<KindInfo, 7>& kind_table() {
    static std::array<KindInfo, 7> table = kKinds;
    static uint32_t built = ~0u;
    if (built != i18n::generation()) {
        for (size_t i = 0; i < table.size(); ++i) {
            const std::string base = std::string("kind.") + kKinds[i].file_name + ".";
            table[i].label = i18n::tr(base + "label").c_str();
            table[i].plural = i18n::tr(base + "plural").c_str();
            table[i].noun = i18n::tr(base + "noun").c_str();
            table[i].nouns = i18n::tr(base + "nouns").c_str();
        }
        built = i18n::generation();
    }
    return table;
}

const KindInfo& kind_info(Kind kind) {
    const size_t i = static_cast<size_t>(kind);
    // A Kind cast from a bad number reads as an insight rather than past the table.
    return kind_table()[i < kKinds.size() ? i : kKinds.size() - 1];
}

std::string a_kind(Kind kind) { return i18n::tr(std::string("kind.") + kind_name(kind) + ".a"); }

std::string count_of(size_t count, Kind kind) {
    return i18n::tr_count(std::string("kind.") + kind_name(kind) + ".count", static_cast<double>(count));
}

std::string new_item_name(Kind kind) { return i18n::tr(std::string("kind.") + kind_name(kind) + ".new"); }

const char* collection_name(Kind kind) {
    const size_t i = static_cast<size_t>(kind);
    return kKinds[i < kKinds.size() ? i : kKinds.size() - 1].collection;
}
const char* kind_name(Kind kind) {
    const size_t i = static_cast<size_t>(kind);
    return kKinds[i < kKinds.size() ? i : kKinds.size() - 1].file_name;
}

}  // namespace ab
