// The inside of the score engine, shared by its .cpp files: the per-goal facts computed once,
// the scope a set of component scores is computed over (the whole plan or one goal's subtree),
// and the seven component formulas of scoring.md, written once for both kinds of scope.
#pragma once

#include <cstdint>
#include <vector>

#include "score/score.hpp"
#include "score/findings.hpp"
#include "score/graph/graph.hpp"

namespace ab::scoring {

// What the formulas need to know about one goal; identical in the plan scope and its own.
struct GoalFacts {
    double split_budget = 0;  // sum over goals(t) of budget(t)/k(t): the goal's share of B, in money
    double full_budget = 0;   // sum of the full budgets of its tactics: B of its own scope
    double got = 0;           // expected return reaching it, split by 1/k
    double need = 0;          // target move of its primary KPI (in its direction)
    bool target_usable = false;
    double suff = 0;          // min(1, got/need), 0 when unusable or need <= 0
    uint32_t stages_covered = 0;
    uint8_t teams = 0;        // TeamBits across the goal's tree
    bool has_voice = false;   // an insight on the goal or on a product of its tactics
};

struct PlanFacts {
    std::vector<GoalFacts> goals;
    std::vector<uint8_t> stage_covered;  // goal-major: [g * stages + i]
};

// Into `facts`, keeping the memory it has.
void compute_plan_facts(const ScoreGraph& g, PlanFacts& facts);

// The items a score looks at. Pushes are the big pushes in the scope: all of them for the plan,
// those its tactics use for a goal.
struct Scope {
    bool whole_plan = false;
    IndexRange goals, strategies, tactics, kpis, pushes;
};

// Reusable buffers so that scoring 200 goal scopes allocates nothing per goal.
struct Scratch {
    std::vector<uint32_t> goal_one;
    std::vector<uint32_t> kpis;
    std::vector<uint32_t> pushes;
    std::vector<uint32_t> push_slot;     // product -> slot in the scope's pushes, or kNoIndex
    std::vector<uint8_t> channel_seen;   // slot-major [slot * channels + c]
    std::vector<uint8_t> phase_seen;     // [slot * 3 + phase]
    std::vector<uint32_t> push_tactics;  // per slot
    std::vector<uint32_t> push_on_message;
};

// The seven components over `scope`; findings (plan scope only) go to `sink` when not null.
ComponentScores score_scope(const ScoreGraph& g, const PlanFacts& facts, const Scope& scope, Scratch& scratch,
                            FindingSink* sink);

// raw, cap, overall and completeness from component scores.
Overall combine(const ComponentScores& c);

// Per-item scores of scoring.md "Per item".
void score_tactics(const ScoreGraph& g, std::vector<double>& out);
void score_strategies(const ScoreGraph& g, const std::vector<double>& tactic_scores, std::vector<double>& out);
GoalScore score_goal(const ScoreGraph& g, const PlanFacts& facts, uint32_t goal, Scratch& scratch);

inline size_t index_of(Component c) { return static_cast<size_t>(c); }

}  // namespace ab::scoring
