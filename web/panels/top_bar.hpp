// The bar across the top of the app: the product mark, the plan's name and period, undo/redo,
// and the overall alignment score, always visible, coloured by health.
#pragma once

#include "app/app.hpp"

namespace ab::web {

void draw_top_bar(App& app);

}  // namespace ab::web
