// What the pointer and the keys do on the board. Each pointer gesture (press a card, move cards,
// pan, box select, draw a link) has a begin, an update per frame and an end, as imgui-node-editor
// structures its actions; the gesture in progress is App::gesture.board. Gestures change the view
// (camera, selection) or go through Document::apply (moves, links); they hold no plan logic.
#pragma once

#include "app/app.hpp"
#include "board/draw.hpp"

namespace ab::web {

// One frame of board input: the page's pinches and two-finger pans, the wheel, the pointer on
// the board item (`hovered`: the pointer is over it; `hovered_card`: the card under it, or -1)
// and the board's keys. Call right after the board's InvisibleButton.
void handle_board_input(App& app, const BoardFrame& f, bool hovered, int hovered_card);

// The gesture's marks on the board: the marquee, the drop chip by the pointer, the link being
// drawn, and the hovered card's link handle.
void draw_gesture_feedback(const App& app, const BoardFrame& f, int hovered_card);

}  // namespace ab::web
