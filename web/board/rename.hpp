// Renaming a card in place: a text field over the card's title. Enter (or clicking away) commits
// through SetField, Esc leaves the name as it was.
#pragma once

#include "app/app.hpp"
#include "board/draw.hpp"

namespace ab::web {

// Starts renaming item `id` (ignored when it has no card).
void start_rename(App& app, const std::string& id);

// Draws the field while app.gesture.renaming names a card; call after the board's window ended.
void draw_rename(App& app, const BoardFrame& f);

}  // namespace ab::web
