// The board on screen: draws the columns, links and cards of the BoardModel through the camera,
// and turns gestures into view changes (pan, zoom, select) or core commands (moving cards, via
// Document::apply). It holds no plan logic of its own.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/app.hpp"

namespace ab::web {

// A rectangle in CSS pixels relative to the canvas' top-left corner.
struct RectCss {
    float x = 0, y = 0, w = 0, h = 0;
};

// Rebuilds the board model when the plan changed and frames the plan when a new one opened.
// Needs the fonts (to measure titles) and the canvas size, so call it after the first frame
// began or from the bridge once the app is ready.
void sync_board(App& app);

// Draws the board and handles its input; call between ImGui::NewFrame and ImGui::Render.
void draw_board(App& app);

// Where item `id`'s card is now, in canvas CSS pixels; empty when it has no card or is off screen.
std::optional<RectCss> item_rect_css(App& app, const std::string& id);

// Where the board drew its overlay `name` this frame ("zoom": the zoom control, "notice": the
// message line), in canvas CSS pixels; empty when it is not on screen.
std::optional<RectCss> overlay_rect_css(std::string_view name);

// Frames the whole plan in the board area.
void fit_board(App& app);

// Width taken by the side panel at the right of the board, in CSS pixels (0 on narrow screens).
float board_right_inset_css();

// Height of the board area's top edge below the canvas top, in CSS pixels (the top bar).
float board_top_css();

}  // namespace ab::web
