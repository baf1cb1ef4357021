// App-wide keyboard shortcuts (undo, redo, ...). One place, so the toolbar, the keys and later
// a command palette all run the same actions.
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Runs the shortcuts pressed this frame; text fields keep their own keys while they are active.
void handle_shortcuts(App& app);

}  // namespace ab::web
