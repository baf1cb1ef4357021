// Where a finding is fixed, for the app's "What to fix" list: the item whose inspector field
// fixes it and that field, or, when the fix needs something the plan does not have yet (a
// product to make a big push, an insight from customers, a goal, a person to own an item), the
// commands that make it. A third face of the score module: plan in, commands out, no drawing,
// so the web panel holds no plan logic and the rules are tested natively (docs/scoring.md,
// "Where each finding is fixed").
#pragma once

#include <string>
#include <vector>

#include "commands/command.hpp"
#include "score/score.hpp"

namespace ab {

// What the plan must have first, for the fix to be possible.
enum class FixMake { None, Goal, Product, Insight };

struct FindingFix {
    std::string id;     // the item to select and inspect; "" when none (a plan-wide finding)
    std::string field;  // its inspector field that fixes the finding (panelRect names); "" for none
    FixMake make = FixMake::None;  // when set, the app offers `make_label` as a button
    std::string make_label;        // "Add a product"
};
FindingFix finding_fix(const Plan& plan, const Finding& finding);
// finding_fix's `make` alone, cheap enough for every row of a long list each time it changes.
FixMake finding_make(const Plan& plan, const Finding& finding);

// The commands that make what fix.make names (a goal; a big-push product; an insight feeding the
// finding's goal), to apply as one undo step; `id` is the new item and `field` the one to type
// in next. Empty commands when fix.make is None. `id_tag`: the participant's tag in a workshop
// room (Document::id_tag; model/ids.hpp), carried by the new item's id.
struct MadeForFix {
    std::string id;
    std::string field;
    std::vector<Command> commands;
};
MadeForFix make_for_fix(const Plan& plan, const Finding& finding, const FindingFix& fix,
                        const std::string& id_tag = "");

// What a tactic's expected return counts in: the unit of the primary KPI of the first goal it
// reaches (cafés for a café-count goal, USD for a revenue goal), "" when it reaches none or that
// KPI has no unit. The inspector shows it beside the field, so a count is not typed as money.
std::string expected_return_unit(const Plan& plan, const std::string& tactic);

// A new person called `name` (trimmed; none when blank) made an owner of `item`: an AddItem and
// a Link, to apply as one undo step. `person` gets the new person's id (tagged with `id_tag`, as
// make_for_fix's).
std::vector<Command> new_owner_commands(const Plan& plan, const std::string& item, const std::string& name,
                                        std::string* person = nullptr, const std::string& id_tag = "");

}  // namespace ab
