// Where every card of a plan is on the board: at its `layout` position when it has one, else
// where the board stacks it (the rule web/board_model.cpp Builder::place and place_shelf follow
// today: each column's unplaced cards stacked from the top in the order of their parents' places,
// the shelf's left to right). Built once per question; cards are indexed by column, so asking
// for a column's free room costs that column's cards, not the plan's.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "layout/geometry.hpp"
#include "model/plan.hpp"

namespace ab::layout {

struct Card {
    std::string id;
    Kind kind = Kind::Goal;
    int column = 0;       // column_of(kind): 0..3 or kShelf
    Rect box;
    bool placed = false;  // it has a layout entry
};

struct ColumnSpan {
    Kind kind = Kind::Goal;
    double x = 0;
    // The bottom of the lowest card standing in the column (kColumnHeader when empty): the column's
    // frame grows to here so no card of it is left outside.
    double bottom = kColumnHeader;
    int count = 0;  // cards of the column's kind
};

struct Board {
    // Goals, strategies, tactics, KPIs, then the shelf (big pushes, other products, insights).
    std::vector<Card> cards;
    std::unordered_map<std::string, size_t> index;  // id -> card
    ColumnSpan columns[kColumnCount];
    // Per column, the cards whose box reaches into the column's band (its x range widened by
    // kMargin), whatever their kind, ordered by top edge.
    std::vector<size_t> in_column[kColumnCount];
    double shelf_tallest = 0;  // the tallest shelf card, 0 when the shelf is empty

    const Card* find(const std::string& id) const;
    // True when `r` comes closer than kMargin to any card other than `except`.
    bool taken(const Rect& r, const std::string& except = {}) const;
};

// The board of `plan`; `heights` are card heights the caller measured (else estimated).
Board board_of(const Plan& plan, const Heights* heights = nullptr);

}  // namespace ab::layout
