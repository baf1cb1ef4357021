// The alignment score v1 (../shared/scoring.md; our reading of its open points: SCORING.md).
// Pure functions of a Plan: seven components, the overall with its cap, per-item scores and
// findings ordered by what they are worth to fix.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "plan.hpp"

namespace ab {

enum class Component { Linkage, Measurement, BudgetFocus, Integration, Journey, Ownership, Return };
constexpr size_t kComponentCount = 7;
// "linkage", "measurement", "budget_focus", "integration", "journey", "ownership", "return".
const char* component_name(Component c);
// The component's weight in the overall (25, 15, 15, 15, 10, 10, 10).
double component_weight(Component c);

// 0-100, or empty when not scored.
using ComponentScores = std::array<std::optional<double>, kComponentCount>;

struct Finding {
    std::string code;                  // contract: e.g. "tactic.untraced"
    std::optional<Component> component;  // empty for plan-level codes such as plan.empty
    std::vector<std::string> ids;      // contract: the items concerned
    std::string message;               // for people; may be reworded
    double worth = 0;                  // what fixing it is worth (SCORING.md says how); sorts findings
};

struct GoalScore {
    std::optional<double> overall;
    ComponentScores components;
};

struct Scores {
    std::optional<double> overall;
    std::optional<double> raw;
    std::optional<double> cap;
    double completeness = 0;  // sum of weights of the scored components
    ComponentScores components;
    std::vector<std::pair<std::string, GoalScore>> goals;       // plan order
    std::vector<std::pair<std::string, double>> strategies;     // plan order
    std::vector<std::pair<std::string, double>> tactics;        // plan order
    std::vector<Finding> findings;                              // most worth first
};

Scores score_plan(const Plan& plan);

// The JSON of `alignboard score`: numbers rounded half away from zero to one decimal, null for
// not scored.
nlohmann::ordered_json scores_to_json(const Scores& s);
// Half away from zero, to one decimal.
double round1(double v);

}  // namespace ab
