// Where a new card goes: exactly where it was asked for when no card is there, else the first
// free slot of its kind's column (the shelf's row for products and insights). Columns have no
// bottom: a full column grows downwards to hold the card.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "layout/board.hpp"
#include "layout/geometry.hpp"

namespace ab::layout {

// The top-left corner for a new card of `kind` that is `height` tall. `wanted` is kept when the
// card there would come closer than kMargin to no other card. People have no card: they get
// `wanted`, or (0, 0).
Point free_slot(const Board& board, Kind kind, std::optional<Point> wanted, double height = kSlotHeight);
Point free_slot(const Plan& plan, Kind kind, std::optional<Point> wanted, double height = kSlotHeight);

// Where moved cards come to rest, so a move never leaves one card hidden under another: each
// card stays exactly where it was moved when no other card is there, else it goes to the nearest
// free place straight above or below that spot (same x, kCardGap from the card it would cover;
// below wins a tie). `lean` Up or Down looks only that way: a card nudged up into the one above
// it hops over it instead of bouncing back (keys move in small steps). Cards are settled top to
// bottom; the cards that do not move, and the moved ones already settled, are what each must
// keep clear of. `moves` are the cards' new top-left corners by id (ids the plan has no card for
// are left as asked); the answer is in their order. `heights` are card heights the caller
// measured (else estimated).
using Moves = std::vector<std::pair<std::string, Point>>;
enum class Lean { Nearest, Up, Down };
Moves settle_moves(const Plan& plan, const Moves& moves, const Heights* heights = nullptr, Lean lean = Lean::Nearest);

}  // namespace ab::layout
