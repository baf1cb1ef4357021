// Creating cards: the palette of new-card buttons (click to add to a column, drag to place),
// and the create step shared with double-click and the N key. A new card goes in through
// AddItem with a fresh id and a default name, is selected, and opens for renaming.
#pragma once

#include <optional>
#include <string>

#include "app/app.hpp"

namespace ab::web {

// Adds a card of `kind` (Goal, Strategy, Tactic or Kpi), placed at `pos` (world units) or, when
// empty, at the bottom of its column. Returns the new id, or empty (with a message) if refused.
std::string create_card(App& app, Kind kind, std::optional<LayoutPos> pos);

// The palette at the bottom-left of the board; a drag from one of its buttons drops a new card
// where the button is released over the board.
void draw_palette(App& app);

}  // namespace ab::web
