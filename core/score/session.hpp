// The live score of a document: keeps the score graph, each goal's score and the worded
// findings between edits, so that scoring again after an edit redoes only what the edit can
// reach. The result is always exactly what a full score gives for the same plan (score_plan is
// one: score_once; a property test checks it after random edit sequences); only the work differs.
#pragma once

#include <cstdint>
#include <vector>

#include "commands/edit.hpp"
#include "score/score.hpp"
#include "score/engine.hpp"

namespace ab {

class ScoreSession {
public:
    // Records what `edits` change (after they were applied, or reverted: the same items).
    void note(const EditList& edits);
    // Forgets everything kept: the next score is a full one.
    void note_all() { change_.full = true; }
    // The scores of `plan`: the plan last scored, changed only by the noted edits.
    const Scores& score(const Plan& plan);
    // The last scores when `current` says nothing changed since, else score(plan).
    const Scores& score_if(const Plan& plan, bool current) { return current && built_ ? scores_ : score(plan); }
    // A full score of `plan`, handed over rather than kept (score_plan); the next score is a
    // full one again.
    Scores score_once(const Plan& plan);

private:
    bool built_ = false;
    scoring::GraphChange change_;
    scoring::ScoreGraph graph_;
    // Work memory kept between scores, so that one after an edit allocates next to nothing.
    scoring::PlanFacts facts_;
    scoring::Scratch scratch_;
    scoring::FindingSink sink_{graph_};
    scoring::FindingMemo memo_;
    std::vector<double> tactic_scores_, strategy_scores_;
    std::vector<uint8_t> dirty_goals_;
    std::vector<uint32_t> all_goals_, all_strategies_, all_tactics_;
    Scores scores_;
};

}  // namespace ab
