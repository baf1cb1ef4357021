// Primitive edits: the smallest exact changes to a plan, each trivially invertible. Commands
// compile into these; history stores them, so undo restores the plan exactly by construction.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "commands/command.hpp"
#include "model/plan.hpp"

namespace ab {

struct InsertItem {  // put `item` at `index` of its kind's list
    Item item;
    size_t index;
};
struct EraseItem {  // remove `item` (kept for the inverse) from `index`
    Item item;
    size_t index;
};
struct UpdateItem {  // the item at `index` goes from `before` to `after`
    Item before;
    Item after;
    size_t index;
};
struct UpdateSettings {
    Settings before;
    Settings after;
};
struct UpdateLayout {  // empty optional = no layout entry
    std::string id;
    std::optional<LayoutPos> before;
    std::optional<LayoutPos> after;
};
struct SwapPlan {  // whole-plan replacement (shared so history stays cheap to copy)
    std::shared_ptr<const Plan> before;
    std::shared_ptr<const Plan> after;
};

struct UpdateWorkshop {  // the plan's `workshop` object (workshop/workshop.hpp); empty = none
    std::optional<Extra> before;
    std::optional<Extra> after;
};

using Edit = std::variant<InsertItem, EraseItem, UpdateItem, UpdateSettings, UpdateLayout, SwapPlan, UpdateWorkshop>;
using EditList = std::vector<Edit>;

void apply_edit(Plan& plan, const Edit& e);
Edit invert(const Edit& e);
// Applies a list in order / undoes it in reverse order.
void apply_edits(Plan& plan, const EditList& edits);
void revert_edits(Plan& plan, const EditList& edits);

// Checks `cmd` against `plan` and returns the edits that carry it out, or the reason it is
// refused (the plan is not touched either way).
struct Compiled {
    EditList edits;
    std::string error;  // non-empty = refused
    bool ok() const { return error.empty(); }
};
Compiled compile(const Plan& plan, const Command& cmd);

}  // namespace ab
