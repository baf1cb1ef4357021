// Labels for the undo history and the orientation of link gestures (a drop in either direction).
#include "commands/command.hpp"

#include "commands/links.hpp"
#include "i18n/i18n.hpp"
#include "model/kinds.hpp"
#include "model/plan.hpp"
#include "model/queries.hpp"

namespace ab {

std::string describe(const Command& cmd) {
    return std::visit(
        [](const auto& op) -> std::string {
            using T = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<T, AddItem>) {
                return std::string("Add ") + kind_name(kind_of(op.item)) + " " + id_of(op.item);
            } else if constexpr (std::is_same_v<T, RemoveItems>) {
                return op.ids.size() == 1 ? "Delete " + op.ids[0] : "Delete " + std::to_string(op.ids.size()) + " items";
            } else if constexpr (std::is_same_v<T, SetField>) {
                return "Set " + op.field + (op.id.empty() ? std::string(" of the plan") : " of " + op.id);
            } else if constexpr (std::is_same_v<T, ReplaceItem>) {
                return "Edit " + id_of(op.item);
            } else if constexpr (std::is_same_v<T, Link>) {
                return "Link " + op.child + " to " + op.parent;
            } else if constexpr (std::is_same_v<T, Unlink>) {
                return "Unlink " + op.child + " from " + op.parent;
            } else if constexpr (std::is_same_v<T, MoveItems>) {
                return op.moves.size() == 1 ? "Move " + op.moves[0].first : "Move " + std::to_string(op.moves.size()) + " cards";
            } else if constexpr (std::is_same_v<T, ReplacePlan>) {
                return "Replace the plan";
            } else if constexpr (std::is_same_v<T, WorkshopAct>) {
                return "Workshop: " + op.name;
            } else {
                return "Tidy the board";
            }
        },
        cmd);
}

std::string describe(const Command& cmd, const Plan& plan) {
    using i18n::tr;
    using i18n::tr_count;
    const auto name = [&](const std::string& id) { return tr("quoted", {{"name", display_name(plan, id)}}); };
    return std::visit(
        [&](const auto& op) -> std::string {
            using T = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<T, AddItem>) {
                return tr("command.add", {{"kind", kind_info(kind_of(op.item)).noun},
                                          {"name", tr("quoted", {{"name", display_name(op.item)}})}});
            } else if constexpr (std::is_same_v<T, RemoveItems>) {
                return op.ids.size() == 1 ? tr("command.delete", {{"name", name(op.ids[0])}})
                                          : tr_count("command.delete_many", static_cast<double>(op.ids.size()));
            } else if constexpr (std::is_same_v<T, SetField>) {
                if (op.field == "name" && !op.id.empty()) return tr("command.rename", {{"name", display_name(plan, op.id)}});
                return op.id.empty() ? tr("command.set_plan", {{"field", op.field}})
                                     : tr("command.set", {{"field", op.field}, {"name", name(op.id)}});
            } else if constexpr (std::is_same_v<T, ReplaceItem>) {
                return tr("command.edit", {{"name", name(id_of(op.item))}});
            } else if constexpr (std::is_same_v<T, Link>) {
                return tr("command.link", {{"child", name(op.child)}, {"parent", name(op.parent)}});
            } else if constexpr (std::is_same_v<T, Unlink>) {
                return tr("command.unlink", {{"child", name(op.child)}, {"parent", name(op.parent)}});
            } else if constexpr (std::is_same_v<T, MoveItems>) {
                return op.moves.size() == 1 ? tr("command.move", {{"name", name(op.moves[0].first)}})
                                            : tr_count("command.move_many", static_cast<double>(op.moves.size()));
            } else if constexpr (std::is_same_v<T, ReplacePlan>) {
                return tr("command.replace_plan");
            } else {
                return tr("command.tidy");
            }
        },
        cmd);
}

namespace {

// How far down the plan's tree a kind sits; a refused drop explains itself from the lower card's
// point of view ("link the tactic to a strategy"), whichever card was dragged.
int depth(Kind k) {
    switch (k) {
        case Kind::Person: return -1;
        case Kind::Goal: return 0;
        case Kind::Strategy:
        case Kind::Product: return 1;
        case Kind::Tactic:
        case Kind::Insight: return 2;
        case Kind::Kpi: return 3;
    }
    return 0;
}

}  // namespace

Oriented orient_link(const Plan& plan, const std::string& a, const std::string& b) {
    Oriented out;
    LinkChange up = change_link(plan, a, b, true);
    if (up.error.empty()) {
        out.link = Link{a, b};
        return out;
    }
    if (up.wrong_direction) {
        out.link = Link{b, a};
        return out;
    }
    out.reason = up.error;
    const auto la = find_item(plan, a), lb = find_item(plan, b);
    if (la && lb && depth(lb->kind) > depth(la->kind)) out.reason = change_link(plan, b, a, true).error;
    return out;
}
}  // namespace ab
