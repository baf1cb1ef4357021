// The score panel at the right of the board: the overall as a gauge, the seven components as
// bars (hover explains each in words), completeness, and the findings, most worth first.
// Clicking a finding selects and centres its cards; hovering one makes them glow.
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Draws the panel (nothing on screens too narrow for it); call after draw_board.
void draw_score_panel(App& app);

}  // namespace ab::web
