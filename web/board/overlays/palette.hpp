// Creating cards: the palette of new-card buttons (click to add to a column, drag to place),
// and the create step shared with double-click and the N key. A new card goes in through
// AddItem with a fresh id and a default name, is selected, and opens for renaming.
#pragma once

#include <optional>
#include <string>

#include "app/app.hpp"

namespace ab::web {

// Adds a card of `kind` (Goal, Strategy, Tactic or Kpi) that never lands on another card: at
// `pos` (its top-left, world units) when no card is there, else (or when `pos` is empty) at the
// first free slot of its column, by the heights the board measured (core/layout/place.hpp). A
// KPI measures `measures`, or nothing yet. The camera moves only if the card is not in full view.
// Returns the new id, or empty (with a message) if refused.
std::string create_card(App& app, Kind kind, std::optional<LayoutPos> pos, std::optional<ItemRef> measures);
// A card made without a place (a palette click, N): the first free slot of its column; a KPI
// measures the selected goal, strategy or tactic, or nothing when none is selected.
std::string create_card(App& app, Kind kind);

// The palette at the bottom-left of the board; a drag from one of its buttons drops a new card
// where the button is released over the board.
void draw_palette(App& app);

}  // namespace ab::web
