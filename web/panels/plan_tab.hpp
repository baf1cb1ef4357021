// The Plan tab: the plan's settings (panels/plan_settings.hpp), the marketing plan's context —
// brand key, SWOT, competitors — and the lists of items that have no card on the board (people,
// products, insights). Plan-level fields change
// through SetField with an empty id; people, products and insights through AddItem/RemoveItems.
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Draws into the side panel's window (see side_panel.hpp).
void draw_plan_context(App& app);

}  // namespace ab::web
