// Labels for the undo history and the orientation of link gestures (a drop in either direction).
#include "command.hpp"

#include "command_links.hpp"

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
            } else {
                return "Replace the plan";
            }
        },
        cmd);
}

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
    return out;
}

}  // namespace ab
