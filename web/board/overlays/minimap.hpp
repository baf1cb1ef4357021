// The overview of a large plan: a small map in the board's top-right corner with every card as a
// dot in its kind's colour and the part of the board on screen as a frame. Pressing or dragging
// on it moves the camera there. It shows only when the plan does not fit the board at a readable
// zoom, so small plans keep the whole board.
#pragma once

#include <optional>

#include "app/app.hpp"
#include "board/draw.hpp"
#include "board/view.hpp"

namespace ab::web {

// Draws the minimap over the board and handles its input; call after the board's window ended,
// with the frame the board was drawn with.
void draw_minimap(App& app, const BoardFrame& f);

// Where the minimap was drawn in the last frame, in canvas CSS pixels; empty when hidden.
std::optional<RectCss> minimap_rect_css(const App& app);

}  // namespace ab::web
