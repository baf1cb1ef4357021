// Where a new card goes: exactly where it was asked for when no card is there, else the first
// free slot of its kind's column (the shelf's row for products and insights). Columns have no
// bottom: a full column grows downwards to hold the card.
#pragma once

#include <optional>

#include "layout/board.hpp"
#include "layout/geometry.hpp"

namespace ab::layout {

// The top-left corner for a new card of `kind` that is `height` tall. `wanted` is kept when the
// card there would come closer than kMargin to no other card. People have no card: they get
// `wanted`, or (0, 0).
Point free_slot(const Board& board, Kind kind, std::optional<Point> wanted, double height = kSlotHeight);
Point free_slot(const Plan& plan, Kind kind, std::optional<Point> wanted, double height = kSlotHeight);

}  // namespace ab::layout
