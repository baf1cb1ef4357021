// A finger dragged over a panel scrolls it, as every touch screen does: ImGui windows scroll by
// wheel or scrollbar only. The drag takes over once the finger moved past ImGui's drag threshold,
// and the button or field it started on is let go, so a scroll never ends in a click.
#pragma once

#include "imgui.h"

namespace ab::web::ui {

// Call once a frame after the panels are drawn. `area_min`/`area_max` (ImGui pixels) bound where
// a drag may start; `scrolling` is the state kept between frames (the window's id, 0 when none).
// Returns true while a drag scrolls.
bool touch_scroll(ImVec2 area_min, ImVec2 area_max, unsigned& scrolling);

}  // namespace ab::web::ui
