// Tidying the board: every card on a slot of its column, the columns in link order with few
// crossings. Goals, strategies, tactics and KPIs are four layers linked goal -> strategy ->
// tactic -> KPI (a KPI hangs from the goal, strategy or tactic it measures); each column's order
// comes from a few barycenter sweeps (Sugiyama's layered ordering: a card moves to the mean place
// of the cards it links to, down the layers then up), and is kept only if it crosses fewer links
// than the board's present order. Products and insights line up on the shelf. Deterministic: the
// same plan gives the same layout on every platform.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "layout/board.hpp"
#include "layout/geometry.hpp"
#include "model/plan.hpp"

namespace ab::layout {

// The top-left corner of every card (goals, strategies, tactics, KPIs, products, insights), in
// board order. `heights` are card heights the caller measured (else estimated).
std::vector<std::pair<std::string, Point>> tidy(const Plan& plan, const Heights* heights = nullptr);

// How many pairs of links cross on `board`: two links between the same two columns cross when
// their ends are in opposite order (by the cards' middles, top to bottom). Links that share an
// end never cross.
size_t crossings(const Plan& plan, const Board& board);

}  // namespace ab::layout
