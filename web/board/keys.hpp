// The board from the keyboard, so everything the mouse does has a key: arrows walk the
// selection from card to card (along a column, and across to the next column), Alt+arrows move
// the selected cards, L links the two selected cards and Shift+L unlinks them.
#pragma once

#include <string>
#include <vector>

#include "app/app.hpp"
#include "layout/place.hpp"

namespace ab::web {

// Runs the board's keys pressed this frame (call only while the board has the keyboard).
void handle_board_keys(App& app);

// Moves `ids` by (dx, dy) world units as one command. A card put down on another comes to rest at
// the nearest free place straight above or below (layout::settle_moves; `lean` Up or Down looks
// only that way, so a nudge up into a card hops over it), so no card is left hidden. Cards the
// plan has not placed yet are pinned where they are shown, so moving one card never reshuffles
// the others.
void move_cards(App& app, const std::vector<std::string>& ids, float dx_world, float dy_world,
                layout::Lean lean = layout::Lean::Nearest);

// Links (or unlinks) two cards whichever order they are given in, and says what happened.
void link_cards(App& app, const std::string& a, const std::string& b, bool link);

}  // namespace ab::web
