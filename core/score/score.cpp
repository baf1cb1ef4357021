// The score's names and weights, finding ids and texts, and score_plan: a full score, computed
// by the live session (score/session.cpp: the plan scope with findings, the per-goal scopes and
// the per-item checklists).
#include "score/score.hpp"

#include <algorithm>
#include <ostream>

#include "score/session.hpp"

namespace ab {

const char* component_name(Component c) {
    switch (c) {
        case Component::Linkage: return "linkage";
        case Component::Measurement: return "measurement";
        case Component::BudgetFocus: return "budget_focus";
        case Component::Integration: return "integration";
        case Component::Journey: return "journey";
        case Component::Ownership: return "ownership";
        case Component::Return: break;
    }
    return "return";
}

double component_weight(Component c) {
    switch (c) {
        case Component::Linkage: return 25;
        case Component::Measurement:
        case Component::BudgetFocus:
        case Component::Integration: return 15;
        case Component::Journey:
        case Component::Ownership:
        case Component::Return: break;
    }
    return 10;
}

bool operator==(const FindingIds& a, const FindingIds& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

bool operator==(const FindingIds& a, const std::vector<std::string>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

std::ostream& operator<<(std::ostream& out, const FindingText& t) { return out << t.view(); }

Scores score_plan(const Plan& plan) {
    // One full score by the live score's own code (ScoreSession), so the two cannot drift apart.
    // Kept per thread, so that scoring again reuses its memory instead of allocating it all.
    static thread_local ScoreSession session;
    return session.score_once(plan);
}

}  // namespace ab
