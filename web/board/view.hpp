// The board on screen: draws the columns, links and cards of the BoardModel through the camera,
// and turns gestures into view changes (pan, zoom, select) or core commands (moving cards, via
// Document::apply). It holds no plan logic of its own.
#pragma once

#include <optional>
#include <string>

#include "app/app.hpp"
#include "board/draw.hpp"

namespace ab::web {

// Rebuilds the board model when the plan changed and frames the plan when a new one opened.
// Needs the fonts (to measure titles) and the canvas size, so call it after the first frame
// began or from the bridge once the app is ready.
void sync_board(App& app);

// Draws the board and handles its input; call between ImGui::NewFrame and ImGui::Render.
void draw_board(App& app);

// Where item `id`'s card is now, in canvas CSS pixels; empty when it has no card or is off screen.
std::optional<RectCss> item_rect_css(App& app, const std::string& id);

// [SECTION] The camera, shared with board/gestures.cpp.

// The board area and camera of this frame (draw list not set).
BoardFrame board_frame(const App& app);
// Zooms by `factor` keeping the world point under `anchor_px` where it is.
void zoom_at(App& app, const BoardFrame& f, float factor, ImVec2 anchor_px);
// The topmost card under `mouse_px`, skipping the cards in `except` (the ones being dragged), or -1.
int hit_card(const BoardModel& board, const BoardFrame& f, ImVec2 mouse_px,
             const std::vector<std::string>* except = nullptr);

// Brings the cards of `ids` into view on the next frame (centred on them), unless every one of
// them is already wholly in the board area: the camera moves only when it has to.
void reveal_items(App& app, const std::vector<std::string>& ids);

// Frames the whole plan in the board area.
void fit_board(App& app);

// Width taken by the side panel at the right of the board, in CSS pixels (0 on narrow screens).
float board_right_inset_css();

// Height of the board area's top edge below the canvas top, in CSS pixels (the top bar).
float board_top_css();

}  // namespace ab::web
