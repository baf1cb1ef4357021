// What the board shows, derived from the plan and its scores: one card per goal, strategy,
// tactic and KPI with the words it displays and its place in world units, the four columns and
// the links between cards. Rebuilt when the document's revision changes; drawing reads it.
// It decides nothing about the plan: positions come from the plan's `layout` when present.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "plan.hpp"
#include "score.hpp"

namespace ab::web {

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
};

struct Column {
    Kind kind = Kind::Goal;
    float x = 0, w = 0;         // world units
    float bottom = 0;           // lowest auto-placed card, world units
    int count = 0;
};

// A line from a parent card (left) to a child card (right), by card index.
struct CardLink {
    size_t parent = 0;
    size_t child = 0;
};

struct BoardModel {
    std::vector<Card> cards;
    std::vector<Column> columns;  // Goals, Strategies, Tactics, KPIs
    std::vector<CardLink> links;
    std::unordered_map<std::string, size_t> index;  // id -> card
    float min_x = 0, min_y = 0, max_x = 0, max_y = 0;  // bounds of everything, world units

    const Card* find(const std::string& id) const;
};

// Height in world units of `text` wrapped to `wrap_width_world` in the card title font.
using MeasureTitle = float (*)(const std::string& text, float wrap_width_world);

// Builds the board. Cards without a layout position are stacked in their column, each placed
// near the cards it links to, so links mostly run straight.
BoardModel build_board(const Plan& plan, const Scores& scores, MeasureTitle measure);

// Layout constants of a card, world units.
float card_title_top_world();

}  // namespace ab::web
