// Exporters: a plan as a Markdown report for people and as a CSV of tactics for spreadsheets.
// Pure functions from a Plan (and its Scores, when the caller has them) to text; the CLI and the
// app decide where the text goes. Budget roll-ups follow scoring.md: a tactic reaching k goals
// gives each goal 1/k of its budget, and a tactic's budget is split evenly over its products.
#pragma once

#include <string>
#include <vector>

#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab {

// One row of a budget roll-up: an item (or a channel name) and the budget it receives.
struct BudgetLine {
    std::string key;    // goal or product id, or channel name
    std::string label;  // what a person reads: the item's name, or the channel itself
    double budget = 0;  // in the plan's currency
    size_t tactics = 0;  // tactics contributing to this line
};

struct BudgetTotals {
    double total = 0;                   // sum of all tactic budgets (missing = 0)
    std::vector<BudgetLine> by_goal;    // every goal, plan order
    double untraced = 0;                // budget of tactics that reach no goal
    std::vector<BudgetLine> by_channel; // required channels first (even at 0), then others as first
                                        // used; a tactic without a channel counts under key ""
    std::vector<BudgetLine> by_product; // every product, plan order
    double no_product = 0;              // budget of tactics linked to no product
};

// For each tactic (plan order): the goals it reaches through its strategies, as ascending indexes
// into plan.goals, each once. Links to ids not in the plan are ignored. Linear in the plan's size.
std::vector<std::vector<size_t>> goals_reached(const Plan& plan);

BudgetTotals budget_totals(const Plan& plan);

// The readable report: title, period and currency; the alignment score and its top findings
// (when `scores` is given); the plan as an outline Goal > Strategy > Tactic with KPIs; budget
// totals per goal, channel and product; and the tactics that trace to no goal.
std::string export_markdown(const Plan& plan, const Scores* scores = nullptr);

// One row per tactic, RFC 4180: header row, CRLF line ends, fields holding a comma, quote or line
// break quoted with quotes doubled; lists joined with ";". In text cells an apostrophe goes before
// every = + - @ tab or CR that starts the cell or follows one of , ; " tab CR LF, so no reading of
// the file (split on "," or on ";" as Excel does in German and French, quotes or not) hands a
// spreadsheet a formula. Numbers are written as numbers (a negative budget keeps its "-"); a
// number that is not finite is an empty cell.
std::string export_csv(const Plan& plan);

// The CSV header, in column order.
const std::vector<std::string>& csv_columns();

}  // namespace ab
