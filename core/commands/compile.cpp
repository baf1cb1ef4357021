// Turning a command into exact edits against the current plan, or refusing it with a reason.
// Compiling never touches the plan: the Document applies the edits afterwards.
#include <algorithm>
#include <optional>
#include <set>
#include <unordered_set>

#include "commands/links.hpp"
#include "commands/edit.hpp"
#include "commands/workshop_rules.hpp"
#include "i18n/i18n.hpp"
#include "model/access.hpp"
#include "model/index.hpp"
#include "io/plan_json.hpp"
#include "io/read_links.hpp"
#include "layout/board.hpp"
#include "layout/place.hpp"
#include "layout/tidy.hpp"

namespace ab {

namespace {

// Commands naming more ids than this look them up in a PlanIndex rather than scanning the plan.
constexpr size_t kIndexFromIds = 16;

Compiled refuse(std::string why) {
    Compiled c;
    c.error = std::move(why);
    return c;
}

std::string first_problem(const std::vector<Problem>& errors) {
    if (errors.empty()) return i18n::tr("refuse.invalid_value");
    const Problem& p = errors.front();
    return p.path.empty() ? p.message : p.path + ": " + p.message;
}

// item_from_json has no plan to look ids up in, so a KPI's `on` comes back without its kind.
void resolve_refs(const Plan& plan, Item& item) {
    if (auto* kpi = std::get_if<Kpi>(&item); kpi && !kpi->on.empty()) {
        if (auto loc = find_item(plan, kpi->on.id)) kpi->on.kind = loc->kind;
    }
}

// Re-reads the item through the file reader's rules, so no command can store a value that a
// saved file could not load back (bad dates, negative weights, unknown phases...).
std::string validate_item(const Plan& plan, Item& item) {
    std::vector<Problem> errors;
    auto checked = item_from_json(kind_of(item), item_to_json(item), "", errors);
    if (!checked || !errors.empty()) return first_problem(errors);
    // item_from_json cannot resolve links (no plan): they pass through as written.
    item = std::move(*checked);
    resolve_refs(plan, item);
    plan_io::dedupe_item_links(item);
    return check_links(plan, item);
}

// Where a new item's card goes: `wanted` when no card is there, else the first free slot of its
// column (layout/place.hpp). People have no card and keep `wanted` (or no entry).
std::optional<LayoutPos> place_new_card(const Plan& plan, const Item& item, const std::optional<LayoutPos>& wanted) {
    const Kind kind = kind_of(item);
    if (layout::column_of(kind) == layout::kNoCard) return wanted;
    const std::string title = std::visit(
        [](const auto& it) -> std::string {
            if constexpr (std::is_same_v<std::decay_t<decltype(it)>, Person>) {
                return it.name;
            } else {
                return layout::card_title(it);
            }
        },
        item);
    const double height = layout::estimated_height(title);
    const layout::Board board = layout::board_of(plan);
    // Where it was asked for, the card as drawn must be clear of the others; a slot found for it
    // keeps room for the longer name it is about to be given.
    if (wanted && !board.taken(layout::Rect{wanted->x, wanted->y, wanted->x + layout::kCardWidth, wanted->y + height})) {
        return wanted;
    }
    const layout::Point p = layout::free_slot(board, kind, std::nullopt, std::max(height, layout::kSlotHeight));
    return LayoutPos{p.x, p.y, wanted ? wanted->extra : Extra::object()};
}

Compiled compile_add(const Plan& plan, const AddItem& cmd) {
    Item item = cmd.item;
    const std::string& id = id_of(item);
    if (id.empty()) return refuse(i18n::tr("refuse.new_needs_id"));
    if (find_item(plan, id)) return refuse(i18n::tr("refuse.id_used", {{"id", id}}));
    if (auto why = validate_item(plan, item); !why.empty()) return refuse(why);
    const size_t size = with_collection(plan, kind_of(item), [](const auto& v) { return v.size(); });
    const size_t index = cmd.index ? std::min(*cmd.index, size) : size;
    Compiled c;
    c.edits.push_back(InsertItem{item, index});
    if (std::optional<LayoutPos> pos = place_new_card(plan, item, cmd.pos)) {
        auto old = plan.layout.find(id);
        c.edits.push_back(UpdateLayout{id, old == plan.layout.end() ? std::nullopt : std::optional<LayoutPos>(old->second), std::move(pos)});
    }
    return c;
}

// Every card of the plan to its tidy place, keeping what else its layout entry holds; cards
// already there make no edit, so a tidy board tidies to nothing.
Compiled compile_tidy(const Plan& plan, const Tidy& cmd) {
    Compiled c;
    for (auto& [id, at] : layout::tidy(plan, &cmd.heights)) {
        auto old = plan.layout.find(id);
        std::optional<LayoutPos> before;
        LayoutPos after{at.x, at.y, Extra::object()};
        if (old != plan.layout.end()) {
            before = old->second;
            after.extra = old->second.extra;
            if (old->second.x == at.x && old->second.y == at.y) continue;
        }
        c.edits.push_back(UpdateLayout{id, std::move(before), std::move(after)});
    }
    return c;
}

Compiled compile_remove(const Plan& plan, const RemoveItems& cmd) {
    std::optional<PlanIndex> index;  // past a few ids, one look-up table instead of a scan each
    if (cmd.ids.size() > kIndexFromIds) index.emplace(plan);
    std::unordered_set<std::string> doomed;
    std::vector<Location> locs;
    for (const auto& id : cmd.ids) {
        if (!doomed.insert(id).second) continue;
        auto loc = index ? index->find(id) : find_item(plan, id);
        if (!loc) return refuse(i18n::tr("refuse.no_item", {{"id", id}}));
        locs.push_back(*loc);
    }
    Compiled c;
    // Links from surviving items to the doomed ones go first, while every index still holds.
    auto unlink_survivors = [&](const auto& vec) {
        for (size_t i = 0; i < vec.size(); ++i) {
            if (doomed.count(vec[i].id.value)) continue;
            Item item = vec[i];
            if (drop_links_to(item, doomed)) c.edits.push_back(UpdateItem{Item(vec[i]), std::move(item), i});
        }
    };
    unlink_survivors(plan.goals);
    unlink_survivors(plan.strategies);
    unlink_survivors(plan.products);
    unlink_survivors(plan.tactics);
    unlink_survivors(plan.kpis);
    unlink_survivors(plan.insights);
    // Erase from the back of each list so earlier indexes stay valid while the edits apply.
    std::sort(locs.begin(), locs.end(), [](const Location& a, const Location& b) {
        return a.kind != b.kind ? a.kind < b.kind : a.index > b.index;
    });
    for (const auto& loc : locs) c.edits.push_back(EraseItem{item_at(plan, loc), loc.index});
    // In id order, so the edits (and their undo) come out the same on every run.
    std::vector<std::string> sorted(doomed.begin(), doomed.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto& id : sorted) {
        auto it = plan.layout.find(id);
        if (it != plan.layout.end()) c.edits.push_back(UpdateLayout{id, it->second, std::nullopt});
    }
    return c;
}

Compiled compile_set_plan_field(const Plan& plan, const SetField& cmd) {
    static const std::set<std::string> kFields = {"name", "start", "end", "currency", "required_channels", "required_stages",
                                                  "brand_reserve", "brand_key", "swot", "competitors"};
    if (!kFields.count(cmd.field)) return refuse(i18n::tr("refuse.no_plan_field", {{"field", cmd.field}}));
    Plan settings_only;
    settings_only.settings = plan.settings;
    auto j = plan_to_json(settings_only);
    if (cmd.value.is_null()) {
        j.erase(cmd.field);
    } else {
        j[cmd.field] = cmd.value;
    }
    LoadResult r = load_plan_json(j);
    if (!r.ok()) return refuse(first_problem(r.errors));
    Compiled c;
    if (save_plan(*r.plan) == save_plan(settings_only)) return c;
    c.edits.push_back(UpdateSettings{plan.settings, r.plan->settings});
    return c;
}

Compiled compile_set_field(const Plan& plan, const SetField& cmd) {
    if (cmd.id.empty()) return compile_set_plan_field(plan, cmd);
    auto loc = find_item(plan, cmd.id);
    if (!loc) return refuse(i18n::tr("refuse.no_item", {{"id", cmd.id}}));
    if (cmd.field == "id") return refuse(i18n::tr("refuse.id_fixed"));
    if (cmd.field.empty()) return refuse(i18n::tr("refuse.field_empty"));
    const Item before = item_at(plan, *loc);
    auto j = item_to_json(before);
    if (cmd.value.is_null()) {
        j.erase(cmd.field);
    } else {
        j[cmd.field] = cmd.value;
    }
    std::vector<Problem> errors;
    auto parsed = item_from_json(loc->kind, j, "", errors);
    if (!parsed || !errors.empty()) return refuse(first_problem(errors));
    Item after = std::move(*parsed);
    resolve_refs(plan, after);
    plan_io::dedupe_item_links(after);
    if (auto why = check_links(plan, after); !why.empty()) return refuse(why);
    Compiled c;
    if (item_to_json(after).dump() == item_to_json(before).dump()) return c;
    c.edits.push_back(UpdateItem{before, std::move(after), loc->index});
    return c;
}

Compiled compile_replace_item(const Plan& plan, const ReplaceItem& cmd) {
    const std::string& id = id_of(cmd.item);
    auto loc = find_item(plan, id);
    if (!loc) return refuse(i18n::tr("refuse.no_item", {{"id", id}}));
    if (loc->kind != kind_of(cmd.item)) {
        return refuse(i18n::tr("refuse.kind_change", {{"id", id}, {"kind", kind_name(loc->kind)}, {"new_kind", kind_name(kind_of(cmd.item))}}));
    }
    Item after = cmd.item;
    if (auto why = validate_item(plan, after); !why.empty()) return refuse(why);
    const Item before = item_at(plan, *loc);
    Compiled c;
    if (item_to_json(after).dump() == item_to_json(before).dump()) return c;
    c.edits.push_back(UpdateItem{before, std::move(after), loc->index});
    return c;
}

Compiled compile_link(const Plan& plan, const std::string& child, const std::string& parent, bool on) {
    LinkChange ch = change_link(plan, child, parent, on);
    if (!ch.error.empty()) return refuse(ch.error);
    Compiled c;
    if (ch.after) c.edits.push_back(UpdateItem{std::move(ch.before), std::move(*ch.after), ch.index});
    return c;
}

Compiled compile_move(const Plan& plan, const MoveItems& cmd) {
    Compiled c;
    std::unordered_set<std::string> seen;
    // Moving a whole selection looks up thousands of ids: past a few, one index over the plan.
    std::optional<PlanIndex> index;
    if (cmd.moves.size() > kIndexFromIds) index.emplace(plan);
    for (const auto& [id, pos] : cmd.moves) {
        if (!(index ? index->contains(id) : find_item(plan, id).has_value())) return refuse(i18n::tr("refuse.no_item", {{"id", id}}));
        if (!seen.insert(id).second) return refuse(i18n::tr("refuse.moved_twice", {{"id", id}}));
        auto old = plan.layout.find(id);
        std::optional<LayoutPos> before;
        LayoutPos after = pos;
        if (old != plan.layout.end()) {
            before = old->second;
            if (after.extra.empty()) after.extra = old->second.extra;
            if (old->second.x == after.x && old->second.y == after.y && old->second.extra == after.extra) continue;
        }
        c.edits.push_back(UpdateLayout{id, before, after});
    }
    return c;
}

}  // namespace

Compiled compile(const Plan& plan, const Command& cmd) {
    return std::visit(
        [&](const auto& op) -> Compiled {
            using T = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<T, AddItem>) {
                return compile_add(plan, op);
            } else if constexpr (std::is_same_v<T, RemoveItems>) {
                return compile_remove(plan, op);
            } else if constexpr (std::is_same_v<T, SetField>) {
                return compile_set_field(plan, op);
            } else if constexpr (std::is_same_v<T, ReplaceItem>) {
                return compile_replace_item(plan, op);
            } else if constexpr (std::is_same_v<T, Link>) {
                return compile_link(plan, op.child, op.parent, true);
            } else if constexpr (std::is_same_v<T, Unlink>) {
                return compile_link(plan, op.child, op.parent, false);
            } else if constexpr (std::is_same_v<T, MoveItems>) {
                return compile_move(plan, op);
            } else if constexpr (std::is_same_v<T, Tidy>) {
                return compile_tidy(plan, op);
            } else if constexpr (std::is_same_v<T, WorkshopAct>) {
                return compile_workshop(plan, op);
            } else {
                Compiled c;
                c.edits.push_back(SwapPlan{std::make_shared<const Plan>(plan), std::make_shared<const Plan>(op.plan)});
                return c;
            }
        },
        cmd);
}

}  // namespace ab
