// The plan as a tree outline, for the accessible mirror of the board and the outline view
// (web/a11y): goals, under each its strategies and the KPIs measuring it, under each strategy
// its tactics and KPIs, under each tactic its KPIs. An item linked under several parents
// appears under each. What is not under a goal (a strategy serving none, a tactic carrying no
// strategy, a KPI measuring nothing) starts a branch of its own after the goals, and the shelf
// (products, insights) closes the list. Every row is named in words a screen reader says: kind,
// title, score with its band, the card's key fields and what the item links to. Presentation
// only: the core decides the words so the web shows them without plan logic of its own.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab {

struct OutlineRow {
    std::string id;
    Kind kind = Kind::Goal;
    int level = 1;               // 1 at the top of the tree
    std::string parent;          // the item this row sits under; "" at the top
    std::string title;           // the text of its title field (a name, a KPI's metric, an insight's text)
    std::optional<double> score; // goals, strategies and tactics; empty otherwise
    size_t places = 1;           // how many rows show this item (> 1: under several parents)
    size_t place = 1;            // which of them this is, 1-based
    std::optional<double> target; // a KPI's target
    std::string label;           // the accessible name: "Tactic: Spring email series. Score 40.0, weak. ..."
};

struct Outline {
    std::vector<OutlineRow> rows;  // depth first, in plan order within each level
};

Outline plan_outline(const Plan& plan, const Scores& scores);

// {"rows": [{id, kind, level, parent, title, field, score (one decimal or null), band, places,
// place, label}, plus target for a KPI]} (field: the plan-file field that holds the title): what the web's mirror and outline view render as they are.
nlohmann::json outline_to_json(const Outline& outline);
// One row of it.
nlohmann::json outline_row_to_json(const OutlineRow& row);

// The plan-file field that holds an item's title: "metric" for a KPI, "text" for an insight,
// else "name".
const char* outline_title_field(Kind kind);

// The band a score falls in, as a word for those who cannot tell the badge's colours apart:
// "good" (80 and over), "fair" (60 to 80), "weak" (under 60), "" when not scored. The same
// thresholds as the badge colours of web/ui/theme.cpp.
const char* score_band(const std::optional<double>& score);

// What the mirror announces when the overall score settles on a new value: "Alignment 88.5, up
// 2.9", "Alignment 61.0, down 27.5", "Alignment not scored" (a plan with nothing to score),
// "Alignment 88.5" when there was no score before. Empty when the rounded score did not change.
std::string score_change_text(const std::optional<double>& before, const std::optional<double>& after);

}  // namespace ab
