// The score in words, as the app's score panel and the report show it: each component's title
// and formula, and the figures of a score written the way people read them. A second face of
// the score module beside score.hpp (the web app may include both, nothing else under score/).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "score/score.hpp"

namespace ab {

struct ComponentWords {
    const char* title;    // "Budget focus"
    const char* formula;  // how it is computed, in words (docs/scoring.md in brief)
    const char* plain;    // the question it asks, in words a shop owner uses ("Journey" alone is jargon)
};
ComponentWords component_words(Component c);

// The overall to one decimal ("88.5"), or an em dash when the plan is not scored.
std::string overall_text(const std::optional<double>& overall);
// "Completeness 85%", with " · capped at 60" when linkage caps the overall below its raw value.
std::string completeness_text(const Scores& scores);
// What completeness means, in one plain sentence for beside the figure.
const char* completeness_words();
// A component's score as a whole number ("72"), or "n/a" when not scored.
std::string component_score_text(const std::optional<double>& score);
// A component's share of the overall: "25%".
std::string component_weight_text(Component c);
// "Weight 25% of the overall · 72", or "· not scored: the plan lacks what it measures".
std::string component_status_text(Component c, const std::optional<double>& score);
// How many of the score's findings are about component `c`.
size_t findings_about(const Scores& scores, Component c);
// "2 findings below would raise it." ("1 finding ... raises"); empty when there are none.
std::string findings_below_text(size_t count);
// What fixing a finding adds to the overall: "+2.3".
std::string worth_text(double worth);

}  // namespace ab
