// Where each finding is fixed (see score/advice/fixes.hpp; the table is docs/scoring.md's "Where each
// finding is fixed"). Runs on a click, over the plan by id: no score graph needed.
#include "score/advice/fixes.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "i18n/i18n.hpp"
#include "model/ids.hpp"
#include "model/kinds.hpp"
#include "model/queries.hpp"

namespace ab {
namespace {

template <class V>
const auto* find_by_id(const V& list, std::string_view id) {
    for (const auto& it : list)
        if (it.id.value == id) return &it;
    return static_cast<const typename V::value_type*>(nullptr);
}

bool usable(const Number& n) { return n && std::isfinite(*n); }

// The tactics traced to goal `g` (through its strategies), in plan order.
std::vector<const Tactic*> tactics_of(const Plan& plan, const std::string& g) {
    std::set<std::string> strategies;
    for (const std::string& s : linked_from(plan, g, Kind::Strategy)) strategies.insert(s);
    std::vector<const Tactic*> out;
    for (const Tactic& t : plan.tactics) {
        for (const StrategyId& s : t.strategies) {
            if (strategies.count(s.value)) {
                out.push_back(&t);
                break;
            }
        }
    }
    return out;
}

size_t owner_count(const Plan& plan, const LinkSet<PersonId>& owners) {
    std::set<std::string> people;
    for (const PersonId& p : owners)
        if (find_by_id(plan.people, p.value)) people.insert(p.value);
    return people.size();
}

// The first of a KPI's fields, in the order of the checks, that keeps it from passing them.
std::string kpi_field(const Plan& plan, const Kpi& k) {
    if (k.metric.empty()) return "metric";
    if (k.unit.empty()) return "unit";
    if (!usable(k.baseline)) return "baseline";
    if (!usable(k.target)) return "target";
    if (owner_count(plan, k.owners) != 1) return "owners";
    const bool up = k.dir == Direction::Up;
    if (up ? !(*k.target > *k.baseline) : !(*k.target < *k.baseline)) return "target";
    return "due";
}

FindingFix on(std::string id, std::string field) {
    FindingFix f;
    f.id = std::move(id);
    f.field = std::move(field);
    return f;
}

FindingFix make(std::string id, FixMake what, const std::string& label) {
    FindingFix f;
    f.id = std::move(id);
    f.make = what;
    f.make_label = label;
    return f;
}

// A new item of `kind` with a fresh id, called what the palette calls a new one ("New goal").
template <class T>
T fresh(const Plan& plan, Kind kind, const std::string& tag) {
    T item;
    item.id.value = fresh_id(plan, kind, {}, tag);
    item.name = new_item_name(kind);
    return item;
}

}  // namespace

FindingFix finding_fix(const Plan& plan, const Finding& finding) {
    const std::string_view code = finding.code;
    const std::string a = finding.ids.size() > 0 ? std::string(finding.ids[0]) : std::string();
    const std::string b = finding.ids.size() > 1 ? std::string(finding.ids[1]) : std::string();
    if (code == "plan.empty" || code == "plan.no_goal") return make("", FixMake::Goal, i18n::tr("fix.add_goal"));
    if (code == "tactic.untraced") {
        const Tactic* t = find_by_id(plan.tactics, a);
        if (t && t->strategies.size() == 1) return on(t->strategies.begin()->value, "goals");
        return on(a, "strategies");
    }
    if (code == "goal.no_strategy") return on(a, "strategies");
    if (code == "goal.no_tactic") {
        const std::vector<std::string> strategies = linked_from(plan, a, Kind::Strategy);
        return strategies.empty() ? on(a, "strategies") : on(strategies.front(), "tactics");
    }
    if (code == "goal.no_budget") {
        const std::vector<const Tactic*> tactics = tactics_of(plan, a);
        return tactics.empty() ? on(a, "") : on(tactics.front()->id.value, "budget");
    }
    if (code == "item.no_kpi") return on(a, "kpis");
    if (code == "kpi.incomplete") {
        const Kpi* k = find_by_id(plan.kpis, a);
        return on(a, k ? kpi_field(plan, *k) : "");
    }
    if (code == "plan.no_forecast") {
        for (const Product& p : plan.products)
            if (!usable(p.forecast) || *p.forecast <= 0) return on(p.id.value, "forecast");
        return on("", "");
    }
    if (code == "push.outranked") return on(b, "big_push");
    if (code == "push.underfunded" || code == "product.overfunded" || code == "push.missing_channel" ||
        code == "push.missing_phase")
        return on(a, "tactics");
    if (code == "budget.unassigned") {
        for (const Tactic& t : plan.tactics)
            if (t.products.empty() && usable(t.budget) && *t.budget > 0) return on(t.id.value, "products");
        return on("", "");
    }
    if (code == "plan.no_big_push") {
        // The product with the largest forecast is the likeliest push; with none, one to make.
        const Product* best = nullptr;
        for (const Product& p : plan.products) {
            const double f = usable(p.forecast) ? *p.forecast : 0;
            if (!best || f > (usable(best->forecast) ? *best->forecast : 0)) best = &p;
        }
        if (best) return on(best->id.value, "big_push");
        return make("", FixMake::Product, i18n::tr("fix.add_product"));
    }
    if (code == "tactic.off_message") return on(a, "message");
    if (code == "goal.missing_stage") {
        const std::vector<const Tactic*> tactics = tactics_of(plan, a);
        for (const Tactic* t : tactics)
            if (t->stage.empty()) return on(t->id.value, "stage");
        return tactics.empty() ? on(a, "") : on(tactics.front()->id.value, "stage");
    }
    if (code == "item.owner_count" || code == "goal.one_team") return on(a, "owners");
    if (code == "goal.no_customer_voice") return make(a, FixMake::Insight, i18n::tr("fix.add_insight"));
    if (code == "tactic.no_return") return on(a, "expected_return");
    if (code == "goal.no_target" || code == "goal.short_return") {
        const Goal* g = find_by_id(plan.goals, a);
        const Kpi* k = g && g->primary_kpi ? find_by_id(plan.kpis, g->primary_kpi->value) : nullptr;
        if (!k) return on(a, "primary_kpi");
        if (!usable(k->baseline)) return on(k->id.value, "baseline");
        if (!usable(k->target)) return on(k->id.value, "target");
        const double need = (*k->target - *k->baseline) * (k->dir == Direction::Down ? -1 : 1);
        const std::vector<const Tactic*> tactics = tactics_of(plan, a);
        if (need > 0 && !tactics.empty()) return on(tactics.front()->id.value, "expected_return");
        return on(k->id.value, "target");
    }
    return on(a, "");
}

FixMake finding_make(const Plan& plan, const Finding& finding) {
    const std::string_view code = finding.code;
    if (code == "plan.empty" || code == "plan.no_goal") return FixMake::Goal;
    if (code == "goal.no_customer_voice") return FixMake::Insight;
    if (code == "plan.no_big_push" && plan.products.empty()) return FixMake::Product;
    return FixMake::None;
}

MadeForFix make_for_fix(const Plan& plan, const Finding& finding, const FindingFix& fix,
                        const std::string& id_tag) {
    MadeForFix out;
    AddItem add;
    switch (fix.make) {
        case FixMake::None: return out;
        case FixMake::Goal:
            add.item = fresh<Goal>(plan, Kind::Goal, id_tag);
            out.field = "name";
            break;
        case FixMake::Product: {
            Product p = fresh<Product>(plan, Kind::Product, id_tag);
            p.big_push = finding.code == "plan.no_big_push";
            add.item = p;
            out.field = "name";
            break;
        }
        case FixMake::Insight: {
            Insight in;
            in.id.value = fresh_id(plan, Kind::Insight, {}, id_tag);
            if (!fix.id.empty() && find_by_id(plan.goals, fix.id)) in.goal = GoalId{fix.id};
            add.item = in;
            out.field = "text";
            break;
        }
    }
    out.id = id_of(add.item);
    out.commands.push_back(std::move(add));
    return out;
}

std::string expected_return_unit(const Plan& plan, const std::string& tactic) {
    const Tactic* t = find_by_id(plan.tactics, tactic);
    if (!t) return "";
    for (const StrategyId& sid : t->strategies) {
        const Strategy* s = find_by_id(plan.strategies, sid.value);
        if (!s) continue;
        for (const GoalId& gid : s->goals) {
            const Goal* g = find_by_id(plan.goals, gid.value);
            const Kpi* k = g && g->primary_kpi ? find_by_id(plan.kpis, g->primary_kpi->value) : nullptr;
            if (k) return k->unit;
        }
    }
    return "";
}

std::vector<Command> new_owner_commands(const Plan& plan, const std::string& item, const std::string& name,
                                        std::string* person, const std::string& id_tag) {
    const size_t first = name.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const size_t last = name.find_last_not_of(" \t\r\n");
    Person p;
    p.id.value = fresh_id(plan, Kind::Person, {}, id_tag);
    p.name = name.substr(first, last - first + 1);
    if (person) *person = p.id.value;
    std::vector<Command> out;
    out.push_back(AddItem{p, std::nullopt, std::nullopt});
    out.push_back(Link{item, p.id.value});
    return out;
}

}  // namespace ab
