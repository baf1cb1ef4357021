// What the board shows, derived from the plan and its scores: one card per goal, strategy,
// tactic and KPI with the words it displays and its place in world units, the four columns and
// the links between cards. Rebuilt when the document's revision changes; drawing reads it.
// It decides nothing about the plan: positions come from the plan's `layout` when present.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/geometry.hpp"
#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab::web {

// A card's words as drawn, measured on its first draw so off-screen cards never pay for it.
// World units at the nominal font sizes: text scales linearly with zoom, so one measure serves
// every zoom.
struct CardTextLayout {
    bool ready = false;
    float label_x = 0;     // where the kind label starts after the kind icon
    float id_x = 0;        // where the id starts after the kind label
    float note_w = 0;      // width of `note`
    float badge_w = 0;     // width of `badge` in the badge font
    char badge[8] = {};    // the score, rounded ("88")
    std::string meta;      // the meta line cut with an ellipsis to fit the card
};

// The column number of shelf cards: after the four columns, so column order logic ignores it.
constexpr int kShelfColumn = 4;

struct Card {
    std::string id;
    Kind kind = Kind::Goal;
    int column = 0;
    std::string title;             // the name (a KPI's metric)
    std::string meta;              // key fields on one line ("Email · Launch · $100K")
    std::optional<double> score;   // 0-100 for goals, strategies, tactics; empty otherwise
    std::string note;              // a short right-aligned label when there is no score ("on G1")
    float x = 0, y = 0, w = 0, h = 0;  // world units, top-left corner
    float title_h = 0;                 // height of the wrapped title, world units
    mutable CardTextLayout text;       // a cache of drawing, filled by board/draw
};

struct Column {
    Kind kind = Kind::Goal;
    float x = 0, w = 0;         // world units
    float bottom = 0;           // below the lowest card standing in the column, world units
    int count = 0;
};

// A line from a parent card (left) to a child card (right), by card index.
struct CardLink {
    size_t parent = 0;
    size_t child = 0;
    bool skips = false;  // it jumps over a column (a goal straight to a tactic)
};

// An axis-aligned box in world units.
struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Cards bucketed by area over a uniform grid, so asking what lies in a rectangle or under the
// pointer costs the cards near it instead of the whole plan.
struct CardGrid {
    float x0 = 0, y0 = 0;   // world point of cell (0, 0)
    float cell = 256;       // cell side, world units
    int cols = 0, rows = 0;
    std::vector<uint32_t> start;  // per cell, its first entry in `cards` (plus one past the end)
    std::vector<uint32_t> cards;  // card indices, ascending within each cell
};

struct BoardModel {
    std::vector<Card> cards;
    std::vector<Column> columns;  // Goals, Strategies, Tactics, KPIs
    // The shelf above the columns: products (big pushes first) and customer insights, whose
    // cards have column kShelfColumn. Empty box when the plan has neither.
    Box shelf;
    std::vector<CardLink> links;
    std::unordered_map<std::string, size_t> index;  // id -> card
    float min_x = 0, min_y = 0, max_x = 0, max_y = 0;  // bounds of everything, world units
    std::vector<Box> boxes;  // per card, its box (kept apart from the cards: culling reads only these)
    CardGrid grid;

    const Card* find(const std::string& id) const;
    // Replaces `out` with the cards whose box touches `b`, each once, in ascending index order.
    void cards_in(const Box& b, std::vector<uint32_t>& out) const;
    // The topmost card at a world point, skipping the ids in `except`; -1 when none.
    int card_at(float x, float y, const std::vector<std::string>* except = nullptr) const;
};

// Height in world units of `text` wrapped to `wrap_width_world` in the card title font.
using MeasureTitle = float (*)(const std::string& text, float wrap_width_world);

// Builds the board. Cards without a layout position are stacked in their column, each placed
// near the cards it links to, so links mostly run straight.
BoardModel build_board(const Plan& plan, const Scores& scores, MeasureTitle measure);

// Every card's height as the board measured it, by id: what the core's placing and tidying take
// instead of their estimate (core/layout/geometry.hpp, Heights).
layout::Heights measured_heights(const BoardModel& board);

// Layout constants of a card, world units.
float card_title_top_world();

}  // namespace ab::web
