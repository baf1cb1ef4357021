// Whole-plan checks after reading (plan_read_links.hpp). Everything goes through one PlanIndex,
// so a 10,000-item plan is checked in linear time. Messages name the exact link:
// `tactics[10].strategies[0]: no strategy with id "S9"; link ignored`.
#include "io/read_links.hpp"

#include <string_view>
#include <unordered_set>

#include "i18n/i18n.hpp"
#include "io/read_items.hpp"
#include "model/kinds.hpp"

namespace ab::plan_io {

namespace {

// The plan's stages for a message: "awareness, consideration, purchase", shortened when a file
// lists thousands of them.
std::string stage_list(const std::vector<std::string>& stages) {
    constexpr size_t kShownStages = 10;
    std::string list;
    for (size_t i = 0; i < stages.size() && i < kShownStages; ++i) list += (i == 0 ? "" : ", ") + stages[i];
    if (stages.size() > kShownStages) list += i18n::tr("read.and_more", {{"count", std::to_string(stages.size() - kShownStages)}});
    return list.empty() ? i18n::tr("read.none") : list;
}

// Where an item sits in the file, spelled out only when a message needs it.
struct ItemAt {
    Kind kind;
    size_t index;
    std::string path() const { return index_path(collection_name(kind), index); }
};

// Checks links against the index: dangling or wrong-kind ones are dropped with a warning,
// repeats are dropped silently (links are sets).
class Resolver {
public:
    Resolver(const PlanIndex& index, Sink& sink) : index_(index), sink_(sink) {}

    template <class IdT>
    void links(LinkSet<IdT>& links, ItemAt at, const char* field) {
        std::unordered_set<std::string_view> seen;  // only for long lists; short ones are scanned
        const bool hashed = links.size() > 16;
        size_t kept = 0;
        for (size_t i = 0; i < links.size(); ++i) {
            const std::string& id = links[i].value;
            if (!usable(id, IdT::kind, [&] { return index_path(field_path(at.path(), field), i); })) continue;
            bool repeat = false;
            if (hashed) {
                repeat = seen.count(id) > 0;
            } else {
                for (size_t j = 0; j < kept && !repeat; ++j) repeat = links[j].value == id;
            }
            if (repeat) continue;
            if (kept != i) links[kept] = std::move(links[i]);
            if (hashed) seen.insert(links[kept].value);  // kept entries never move again
            ++kept;
        }
        links.resize(kept);
    }

    template <class IdT>
    void ref(std::optional<IdT>& ref, ItemAt at, const char* field) {
        if (ref && !usable(ref->value, IdT::kind, [&] { return field_path(at.path(), field); })) ref.reset();
    }

    void on(ItemRef& on, ItemAt at) {
        if (on.id.empty()) return;
        auto loc = index_.find(on.id);
        if (!loc) {
            sink_.warning(field_path(at.path(), "on"),
                          i18n::tr("read.kpi_on_missing", {{"id", literal(on.id)}}));
            on = ItemRef{};
        } else if (loc->kind != Kind::Goal && loc->kind != Kind::Strategy && loc->kind != Kind::Tactic) {
            sink_.warning(field_path(at.path(), "on"),
                          i18n::tr("read.kpi_on_wrong", {{"id", literal(on.id)}, {"kind_a", a_kind(loc->kind)}}));
            on = ItemRef{};
        } else {
            on.kind = loc->kind;
        }
    }

private:
    template <class PathFn>
    bool usable(const std::string& id, Kind want, PathFn path) {
        auto loc = index_.find(id);
        if (!loc) {
            sink_.warning(path(), i18n::tr("read.link_missing", {{"kind", kind_info(want).noun}, {"id", literal(id)}}));
            return false;
        }
        if (loc->kind != want) {
            sink_.warning(path(), i18n::tr("read.link_wrong", {{"id", literal(id)}, {"kind_a", a_kind(loc->kind)}, {"want_a", a_kind(want)}}));
            return false;
        }
        return true;
    }

    const PlanIndex& index_;
    Sink& sink_;
};

void resolve_links(Plan& plan, const PlanIndex& index, Sink& s) {
    Resolver r(index, s);
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        r.links(plan.goals[i].owners, {Kind::Goal, i}, "owners");
        r.ref(plan.goals[i].primary_kpi, {Kind::Goal, i}, "primary_kpi");
    }
    for (size_t i = 0; i < plan.strategies.size(); ++i) {
        r.links(plan.strategies[i].goals, {Kind::Strategy, i}, "goals");
        r.links(plan.strategies[i].owners, {Kind::Strategy, i}, "owners");
    }
    for (size_t i = 0; i < plan.products.size(); ++i) r.links(plan.products[i].owners, {Kind::Product, i}, "owners");
    for (size_t i = 0; i < plan.tactics.size(); ++i) {
        r.links(plan.tactics[i].strategies, {Kind::Tactic, i}, "strategies");
        r.links(plan.tactics[i].products, {Kind::Tactic, i}, "products");
        r.links(plan.tactics[i].owners, {Kind::Tactic, i}, "owners");
    }
    for (size_t i = 0; i < plan.kpis.size(); ++i) {
        r.on(plan.kpis[i].on, {Kind::Kpi, i});
        r.links(plan.kpis[i].owners, {Kind::Kpi, i}, "owners");
    }
    for (size_t i = 0; i < plan.insights.size(); ++i) {
        r.ref(plan.insights[i].goal, {Kind::Insight, i}, "goal");
        r.ref(plan.insights[i].product, {Kind::Insight, i}, "product");
    }
}

// The index keeps the first item with an id, so any other item with that id is a repeat.
template <class T>
void report_duplicates(const std::vector<T>& items, Kind kind, const PlanIndex& index, Sink& s) {
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string& id = items[i].id.value;
        if (id.empty()) continue;
        auto first = index.find(id);
        if (first && (first->kind != kind || first->index != i)) {
            s.error(field_path(ItemAt{kind, i}.path(), "id"),
                    i18n::tr("read.duplicate_id", {{"id", literal(id)}, {"other", field_path(ItemAt{first->kind, first->index}.path(), "id")}}));
        }
    }
}

// A stage outside the plan's list is kept (the list may be edited next) but pointed out. One
// hash set and one spelled-out list, however many tactics and stages there are.
void check_stages(const Plan& plan, Sink& s) {
    const auto& stages = plan.settings.required_stages;
    const std::unordered_set<std::string_view> known(stages.begin(), stages.end());
    std::string list;
    for (size_t i = 0; i < plan.tactics.size(); ++i) {
        const std::string& stage = plan.tactics[i].stage;
        if (stage.empty() || known.count(stage) > 0) continue;
        if (list.empty()) list = stage_list(stages);
        s.warning(field_path(ItemAt{Kind::Tactic, i}.path(), "stage"),
                  i18n::tr("read.unknown_stage", {{"stage", literal(stage)}, {"list", list}}));
    }
}

template <class IdT>
void dedupe(LinkSet<IdT>& links) {
    if (links.size() < 2) return;
    std::unordered_set<std::string_view> seen;
    seen.reserve(links.size());
    size_t kept = 0;
    for (size_t i = 0; i < links.size(); ++i) {
        if (seen.count(links[i].value) > 0) continue;
        if (kept != i) links[kept] = std::move(links[i]);
        seen.insert(links[kept].value);  // kept entries never move again
        ++kept;
    }
    links.resize(kept);
}

}  // namespace

void check_ids_and_links(Plan& plan, const PlanIndex& index, Sink& s) {
    report_duplicates(plan.people, Kind::Person, index, s);
    report_duplicates(plan.goals, Kind::Goal, index, s);
    report_duplicates(plan.strategies, Kind::Strategy, index, s);
    report_duplicates(plan.products, Kind::Product, index, s);
    report_duplicates(plan.tactics, Kind::Tactic, index, s);
    report_duplicates(plan.kpis, Kind::Kpi, index, s);
    report_duplicates(plan.insights, Kind::Insight, index, s);
    // A file with errors is refused whole: its links and stages would only add noise, and on a
    // crafted file they are where the time goes.
    if (s.error_count() > 0) return;
    resolve_links(plan, index, s);
    check_stages(plan, s);
}

void dedupe_item_links(Item& item) {
    std::visit(
        [](auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (!std::is_same_v<T, Person> && !std::is_same_v<T, Insight>) dedupe(it.owners);
            if constexpr (std::is_same_v<T, Strategy>) dedupe(it.goals);
            if constexpr (std::is_same_v<T, Tactic>) {
                dedupe(it.strategies);
                dedupe(it.products);
            }
        },
        item);
}

}  // namespace ab::plan_io
