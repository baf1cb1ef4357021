// The bar across the top of the app: the product mark, the plan's name and period, the action
// table's tools (folded into a More menu on a narrow bar), and the overall alignment score,
// always visible, coloured by health.
#pragma once

#include "app/app.hpp"

namespace ab::web {

void draw_top_bar(App& app);

}  // namespace ab::web
