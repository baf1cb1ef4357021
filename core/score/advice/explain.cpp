// The score in words (see score/advice/explain.hpp). The formulas are docs/scoring.md's, said briefly
// enough for a tooltip; a change to a component's computation changes its words here.
#include "score/advice/explain.hpp"

#include <cmath>
#include <cstdio>

namespace ab {

ComponentWords component_words(Component c) {
    switch (c) {
        case Component::Linkage:
            return {"Linkage",
                    "Half: the share of tactics, and of their budget, that trace up through a strategy "
                    "to a goal. Half: for each goal, whether a strategy links it, a tactic is traced "
                    "to it and it receives budget.",
                    "Does every tactic, and the money on it, lead up to a sales goal?"};
        case Component::Measurement:
            return {"Measurement",
                    "Half: the share of goals and strategies with at least one KPI. Half: how "
                    "complete the KPIs are: specific (metric and unit), measurable (baseline and "
                    "target), one owner, realistic direction, due inside the plan period.",
                    "Does every goal and strategy have a number (a KPI) that shows whether it works, "
                    "with a starting point, a target, an owner and a date?"};
        case Component::BudgetFocus:
            return {"Budget focus",
                    "Whether the big pushes are the products with the largest forecast, and whether "
                    "the budget follows the forecast: big pushes get at least their fair share, other "
                    "products no more, little money tied to no product beyond the brand reserve.",
                    "Does the money go where the sales are expected, with the products you push most "
                    "getting their share?"};
        case Component::Integration:
            return {"Integration",
                    "For each big push: the required channels its tactics use (40%), the phases "
                    "they cover (30%) and the share of tactics carrying its key message (30%), "
                    "weighted by forecast.",
                    "Is each product you push most (a big push) in every channel and every phase, with "
                    "one message?"};
        case Component::Journey:
            return {"Journey",
                    "For each goal: the share of the required customer-journey stages covered by "
                    "the tactics traced to it.",
                    "Do the tactics for each goal cover every step a customer takes, from hearing of you "
                    "to buying (the customer journey)?"};
        case Component::Ownership:
            return {"Ownership",
                    "60%: the share of goals, strategies, tactics, KPIs and big pushes with exactly "
                    "one owner. 40%: per goal, sales and marketing both own part of it, and a "
                    "customer insight feeds it.",
                    "Does one person answer for each item, do sales and marketing share each goal, and "
                    "is the customer heard?"};
        case Component::Return: break;
    }
    return {"Return",
            "Half: the share of budget on tactics with an expected return. Half: per goal, "
            "how much of the gap between its KPI's baseline and target the expected "
            "returns of its tactics cover.",
            "Do funded tactics say what they should bring in, and does it add up to each goal's target?"};
}

std::string overall_text(const std::optional<double>& overall) {
    if (!overall) return "\u2014";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", round1(*overall));
    return buf;
}

std::string completeness_text(const Scores& scores) {
    char buf[80];
    if (scores.cap && scores.raw && *scores.cap < *scores.raw) {
        std::snprintf(buf, sizeof buf, "Completeness %.0f%% \u00B7 capped at %.0f", scores.completeness, *scores.cap);
    } else {
        std::snprintf(buf, sizeof buf, "Completeness %.0f%%", scores.completeness);
    }
    return buf;
}

const char* completeness_words() {
    return "Completeness is how much of the score this plan can be measured on yet: a part it has nothing for "
           "(no products, say) is left out, not counted as zero.";
}

std::string component_score_text(const std::optional<double>& score) {
    if (!score) return "n/a";
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
    return "Weight " + component_weight_text(c) + " of the overall \u00B7 " +
           (score ? component_score_text(score) : "not scored: the plan lacks what it measures");
}

size_t findings_about(const Scores& scores, Component c) {
    size_t count = 0;
    for (const Finding& f : scores.findings) count += f.component == c ? 1 : 0;
    return count;
}

std::string findings_below_text(size_t count) {
    if (count == 0) return "";
    return count == 1 ? "1 finding below would raise it." : std::to_string(count) + " findings below would raise it.";
}

std::string worth_text(double worth) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "+%.1f", round1(worth));
    return buf;
}

}  // namespace ab
