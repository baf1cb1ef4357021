// The workshop on the command path: a workshop action compiles to one UpdateWorkshop edit, and
// every other command's edits are reviewed against the workshop (locks refuse a participant's
// change to a locked card; new cards get their author and may land in the ideas inbox; deleted
// cards leave votes, locks and the inbox).
#pragma once

#include <string>

#include "commands/edit.hpp"

namespace ab {

Compiled compile_workshop(const Plan& plan, const WorkshopAct& cmd);

// Checks `edits` (compiled from a command by `actor`) against the plan's workshop. Returns why
// they are refused ("'Grow repeat customers' is locked by the facilitator"), or "" after
// appending the workshop's bookkeeping edit when one is needed. No workshop: no change.
std::string review_workshop(const Plan& plan, EditList& edits, const std::string& actor);

}  // namespace ab
