// The score panel of the picture (see svg_write.hpp): what the app's score panel says, in the
// same words (score/advice/explain.hpp): the overall with its completeness, each component with its
// weight, score and a bar, and the findings most worth fixing.
#include <algorithm>

#include "export/svg/svg_text.hpp"
#include "i18n/i18n.hpp"
#include "export/svg/svg_write.hpp"
#include "score/advice/explain.hpp"

namespace ab::svg {

namespace {
constexpr double kInset = 20;
constexpr size_t kTopFindings = 5;
}  // namespace

double score_panel(std::string& out, const Scores& scores, double x, double y) {
    std::string body;
    const double left = x + kInset, right = x + kPanelWidth - kInset, width = right - left;
    double at = y + kInset;
    text(body, left, at, kHeadingSize, "tx b", i18n::tr("md.alignment"));
    at += 26;
    text(body, left, at, 40, std::string(health_class(scores.overall)).append(" bb").c_str(),
         overall_text(scores.overall));
    at += 50;
    text(body, left, at, 12, "mu", completeness_text(scores));
    at += 28;
    for (size_t i = 0; i < kComponentCount; ++i) {
        const auto c = Component(i);
        const std::optional<double>& value = scores.components[i];
        text(body, left, at, 13, "tx", component_words(c).title);
        text(body, right - 40, at, 12, "fa", component_weight_text(c), "text-anchor=\"end\"");
        text(body, right, at, 13, std::string(health_class(value)).append(" bb").c_str(),
             component_score_text(value), "text-anchor=\"end\"");
        at += 20;
        rect(body, left, at, width, 5, 2.5, "track");
        if (value) rect(body, left, at, width * std::clamp(*value, 0.0, 100.0) / 100, 5, 2.5, health_class(value));
        at += 17;
    }
    if (!scores.findings.empty()) {
        at += 8;
        text(body, left, at, kHeadingSize, "tx b", i18n::tr("export.top_findings"));
        at += 24;
        for (size_t i = 0; i < std::min(kTopFindings, scores.findings.size()); ++i) {
            const Finding& f = scores.findings[i];
            const std::string worth = worth_text(f.worth);
            text(body, left, at, 12, "good bb", worth);
            const double indent = 44;
            for (const std::string& line : wrap(f.message.view(), 12, width - indent)) {
                text(body, left + indent, at, 12, "tx", line);
                at += 16;
            }
            at += 8;
        }
    }
    const double height = at - y + kInset - 8;
    out += "<g class=\"score\">\n";
    rect(out, x, y, kPanelWidth, height, 14, "panel");
    out += body;
    out += "</g>\n";
    return height;
}

}  // namespace ab::svg
