// The workshop's record (docs/workshop.md, "The report"): Markdown with the steps and their
// times, the ideas with their authors (unless anonymous), the vote results, the score before and
// after with the findings fixed, and the final plan (export_markdown).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab {

// The score now as the workshop keeps it for "before": {"score": n|null, "findings": [text]}.
nlohmann::json workshop_score_snapshot(const Scores& scores);

// The report of the plan's workshop, scored by `scores` (the plan's current scores). A plan
// with no workshop gets a report that says so, followed by the plan.
std::string workshop_report(const Plan& plan, const Scores& scores);

}  // namespace ab
