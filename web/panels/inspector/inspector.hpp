// The inspector: every field of the selected item, edited in place. Each edit is one command
// through Document::apply (SetField, Link, Unlink, RemoveItems); a refused edit leaves the plan as
// it was and shows the model's reason under the field. Several selected items get a summary.
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Draws into the side panel's window (see side_panel.hpp).
void draw_inspector(App& app);

}  // namespace ab::web
