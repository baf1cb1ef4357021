// Which links the model accepts: links point one level up (strategy->goal, tactic->strategy,
// tactic->product, kpi->goal|strategy|tactic, insight->goal|product, item->person as owner).
// Everything else is refused with a reason written for the person who tried it.
#include "commands/links.hpp"

#include <algorithm>
#include <optional>

#include "i18n/i18n.hpp"
#include "model/access.hpp"
#include "model/index.hpp"
#include "model/kinds.hpp"
#include "model/queries.hpp"

namespace ab {

namespace {

bool accepts(Kind child, Kind parent) {
    switch (child) {
        case Kind::Strategy: return parent == Kind::Goal || parent == Kind::Person;
        case Kind::Tactic: return parent == Kind::Strategy || parent == Kind::Product || parent == Kind::Person;
        case Kind::Kpi:
            return parent == Kind::Goal || parent == Kind::Strategy || parent == Kind::Tactic || parent == Kind::Person;
        case Kind::Insight: return parent == Kind::Goal || parent == Kind::Product;
        case Kind::Goal:
        case Kind::Product: return parent == Kind::Person;
        case Kind::Person: return false;
    }
    return false;
}

std::string refusal(Kind child, Kind parent, const std::string& cname, const std::string& pname) {
    if (child == Kind::Tactic && parent == Kind::Goal) {
        return i18n::tr("refuse.tactic_to_goal", {{"child", cname}, {"parent", pname}});
    }
    if (child == Kind::Kpi && parent == Kind::Product) {
        return i18n::tr("refuse.kpi_to_product");
    }
    if (accepts(parent, child)) {
        return i18n::tr("refuse.link_upward",
                        {{"child_a", a_kind(child)}, {"parent_a", a_kind(parent)}, {"child", cname}, {"parent", pname}});
    }
    if (child == parent) {
        return i18n::tr("refuse.link_same_level", {{"child", cname}, {"parent", pname}, {"nouns", kind_info(child).nouns}});
    }
    return i18n::tr("refuse.link_kinds", {{"child_a", a_kind(child)}, {"parent_a", a_kind(parent)}});
}

template <class IdT>
bool contains(const LinkSet<IdT>& set, const std::string& id) {
    for (const auto& l : set) {
        if (l.value == id) return true;
    }
    return false;
}

template <class IdT>
bool add_to(LinkSet<IdT>& set, const std::string& id) {
    if (contains(set, id)) return false;
    set.push_back(IdT{id});
    return true;
}

template <class IdT>
bool remove_from(LinkSet<IdT>& set, const std::string& id) {
    for (auto it = set.begin(); it != set.end(); ++it) {
        if (it->value == id) {
            set.erase(it);
            return true;
        }
    }
    return false;
}

template <class IdT>
bool set_optional(std::optional<IdT>& slot, const std::string& id, bool on) {
    if (on) {
        if (slot && slot->value == id) return false;
        slot = IdT{id};
        return true;
    }
    if (!slot || slot->value != id) return false;
    slot.reset();
    return true;
}

}  // namespace

LinkChange change_link(const Plan& plan, const std::string& child_id, const std::string& parent_id, bool on) {
    LinkChange out;
    if (child_id == parent_id) {
        out.error = i18n::tr("refuse.link_self");
        return out;
    }
    const auto child_loc = find_item(plan, child_id);
    const auto parent_loc = find_item(plan, parent_id);
    if (!child_loc) {
        out.error = i18n::tr("refuse.no_item", {{"id", child_id}});
        return out;
    }
    if (!parent_loc) {
        out.error = i18n::tr("refuse.no_item", {{"id", parent_id}});
        return out;
    }
    Item child = item_at(plan, *child_loc);
    const Item parent = item_at(plan, *parent_loc);
    const Kind ck = child_loc->kind;
    const Kind pk = parent_loc->kind;
    if (!accepts(ck, pk)) {
        out.error = refusal(ck, pk, quoted_name(child), quoted_name(parent));
        out.wrong_direction = accepts(pk, ck);
        return out;
    }
    out.before = child;
    bool changed = false;
    if (pk == Kind::Person) {
        changed = on ? add_to(*owners_of(child), parent_id) : remove_from(*owners_of(child), parent_id);
    } else {
        std::visit(
            [&](auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, Strategy>) {
                    changed = on ? add_to(it.goals, parent_id) : remove_from(it.goals, parent_id);
                } else if constexpr (std::is_same_v<T, Tactic>) {
                    if (pk == Kind::Strategy) {
                        changed = on ? add_to(it.strategies, parent_id) : remove_from(it.strategies, parent_id);
                    } else {
                        changed = on ? add_to(it.products, parent_id) : remove_from(it.products, parent_id);
                    }
                } else if constexpr (std::is_same_v<T, Kpi>) {
                    const ItemRef ref{pk, parent_id};
                    if (on) {
                        changed = !(it.on == ref);
                        it.on = ref;
                    } else if (it.on == ref) {
                        it.on = ItemRef{};
                        changed = true;
                    }
                } else if constexpr (std::is_same_v<T, Insight>) {
                    changed = pk == Kind::Goal ? set_optional(it.goal, parent_id, on)
                                               : set_optional(it.product, parent_id, on);
                }
            },
            child);
    }
    if (!changed && !on) {
        out.error = i18n::tr("refuse.not_linked", {{"child", quoted_name(child)}, {"parent", quoted_name(parent)}});
        return out;
    }
    out.index = child_loc->index;
    if (changed) out.after = std::move(child);
    return out;
}

namespace {

// How many links an item holds (a pasted card can hold tens of thousands of owners).
size_t link_count(const Item& item) {
    return std::visit(
        [](const auto& it) -> size_t {
            using T = std::decay_t<decltype(it)>;
            size_t n = 2;  // the single links (primary_kpi, on, goal, product)
            if constexpr (!std::is_same_v<T, Person> && !std::is_same_v<T, Insight>) n += it.owners.size();
            if constexpr (std::is_same_v<T, Strategy>) n += it.goals.size();
            if constexpr (std::is_same_v<T, Tactic>) n += it.strategies.size() + it.products.size();
            return n;
        },
        item);
}

}  // namespace

std::string check_links(const Plan& plan, const Item& item) {
    const std::string& self = id_of(item);
    std::string error;
    // find_item scans the plan; past a few links one index over it keeps this linear.
    constexpr size_t kIndexFromLinks = 16;
    std::optional<PlanIndex> index;
    if (link_count(item) > kIndexFromLinks) index.emplace(plan);
    auto expect = [&](const std::string& target, std::initializer_list<Kind> kinds, const char* what) {
        if (!error.empty()) return;
        if (target == self) {
            error = i18n::tr("refuse.link_self");
            return;
        }
        const auto loc = index ? index->find(target) : find_item(plan, target);
        if (!loc) {
            error = i18n::tr("refuse.field_no_item", {{"field", what}, {"id", target}});
            return;
        }
        for (Kind k : kinds) {
            if (loc->kind == k) return;
        }
        error = i18n::tr("refuse.field_wrong_kind", {{"field", what}, {"id", target}, {"kind_a", a_kind(loc->kind)}});
    };
    std::visit(
        [&](const auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (!std::is_same_v<T, Person> && !std::is_same_v<T, Insight>) {
                for (const auto& o : it.owners) expect(o.value, {Kind::Person}, "owners");
            }
            if constexpr (std::is_same_v<T, Goal>) {
                if (it.primary_kpi) expect(it.primary_kpi->value, {Kind::Kpi}, "primary_kpi");
            } else if constexpr (std::is_same_v<T, Strategy>) {
                for (const auto& g : it.goals) expect(g.value, {Kind::Goal}, "goals");
            } else if constexpr (std::is_same_v<T, Tactic>) {
                for (const auto& s : it.strategies) expect(s.value, {Kind::Strategy}, "strategies");
                for (const auto& p : it.products) expect(p.value, {Kind::Product}, "products");
            } else if constexpr (std::is_same_v<T, Kpi>) {
                if (!it.on.empty()) expect(it.on.id, {Kind::Goal, Kind::Strategy, Kind::Tactic}, "on");
            } else if constexpr (std::is_same_v<T, Insight>) {
                if (it.goal) expect(it.goal->value, {Kind::Goal}, "goal");
                if (it.product) expect(it.product->value, {Kind::Product}, "product");
            }
        },
        item);
    return error;
}

bool drop_links_to(Item& item, const std::unordered_set<std::string>& ids) {
    auto doomed = [&](const std::string& id) { return ids.count(id) > 0; };
    auto drop_all = [&](auto& set) {
        const size_t before = set.size();
        set.erase(std::remove_if(set.begin(), set.end(), [&](const auto& l) { return doomed(l.value); }), set.end());
        return set.size() != before;
    };
    auto drop_one = [&](auto& slot) {
        if (!slot || !doomed(slot->value)) return false;
        slot.reset();
        return true;
    };
    bool changed = false;
    std::visit(
        [&](auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (!std::is_same_v<T, Person> && !std::is_same_v<T, Insight>) changed = drop_all(it.owners) || changed;
            if constexpr (std::is_same_v<T, Goal>) {
                changed = drop_one(it.primary_kpi) || changed;
            } else if constexpr (std::is_same_v<T, Strategy>) {
                changed = drop_all(it.goals) || changed;
            } else if constexpr (std::is_same_v<T, Tactic>) {
                changed = drop_all(it.strategies) || changed;
                changed = drop_all(it.products) || changed;
            } else if constexpr (std::is_same_v<T, Kpi>) {
                if (!it.on.empty() && doomed(it.on.id)) {
                    it.on = ItemRef{};
                    changed = true;
                }
            } else if constexpr (std::is_same_v<T, Insight>) {
                changed = drop_one(it.goal) || changed;
                changed = drop_one(it.product) || changed;
            }
        },
        item);
    return changed;
}

}  // namespace ab
