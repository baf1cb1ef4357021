// The keyboard's way into the action table (action_table.hpp): undo, redo, copy, delete, ...,
// so a key and its top bar button always run the same action.
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Runs the shortcuts pressed this frame; text fields keep their own keys while they are active.
void handle_shortcuts(App& app);

}  // namespace ab::web
