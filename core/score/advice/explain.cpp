// The score in words (see score/advice/explain.hpp). The formulas are docs/scoring.md's, said briefly
// enough for a tooltip; a change to a component's computation changes its words here.
#include "score/advice/explain.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"

namespace ab {

// The words are the catalogue's: component.<name>.title, .formula and .plain.
ComponentWords component_words(Component c) {
    const char* name = "return";
    switch (c) {
        case Component::Linkage: name = "linkage"; break;
        case Component::Measurement: name = "measurement"; break;
        case Component::BudgetFocus: name = "budget_focus"; break;
        case Component::Integration: name = "integration"; break;
        case Component::Journey: name = "journey"; break;
        case Component::Ownership: name = "ownership"; break;
        case Component::Return: break;
    }
    const std::string base = std::string("component.") + name + ".";
    return {i18n::tr(base + "title").c_str(), i18n::tr(base + "formula").c_str(), i18n::tr(base + "plain").c_str()};
}

std::string overall_text(const std::optional<double>& overall) {
    if (!overall) return "\u2014";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", round1(*overall));
    return buf;
}

std::string completeness_text(const Scores& scores) {
    const std::string percent = local_number(std::round(scores.completeness));
    if (scores.cap && scores.raw && *scores.cap < *scores.raw)
        return i18n::tr("score.completeness_capped", {{"percent", percent}, {"cap", local_number(std::round(*scores.cap))}});
    return i18n::tr("top.completeness", {{"percent", percent}});
}

const char* completeness_words() {
    return i18n::tr("score.completeness_words").c_str();
}

std::string component_score_text(const std::optional<double>& score) {
    if (!score) return i18n::tr("score.not_applicable");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", std::floor(*score + 0.5));
    return buf;
}

std::string component_weight_text(Component c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", component_weight(c));
    return buf;
}

std::string component_status_text(Component c, const std::optional<double>& score) {
    return i18n::tr("score.weight", {{"weight", component_weight_text(c)}}) + " \u00B7 " +
           (score ? component_score_text(score) : i18n::tr("score.not_scored"));
}

size_t findings_about(const Scores& scores, Component c) {
    size_t count = 0;
    for (const Finding& f : scores.findings) count += f.component == c ? 1 : 0;
    return count;
}

std::string findings_below_text(size_t count) {
    if (count == 0) return "";
    return i18n::tr_count("score.findings_below", static_cast<double>(count));
}

std::string worth_text(double worth) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "+%.1f", round1(worth));
    return buf;
}

}  // namespace ab
