// The JSON of `alignboard score` (scoring.md "Output"): the only place numbers are rounded, so the
// engine, the canvas and what-if comparisons all work on unrounded scores.
#include <cmath>

#include "score/score.hpp"

namespace ab {

double round1(double v) {
    // Half away from zero on the decimal a person reads: 0.05 -> 0.1, -0.05 -> -0.1.
    return std::round(v * 10.0) / 10.0;
}

namespace {

nlohmann::ordered_json number_or_null(const std::optional<double>& v) {
    if (!v || !std::isfinite(*v)) return nullptr;
    return round1(*v);
}

nlohmann::ordered_json components_json(const ComponentScores& c) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (size_t i = 0; i < kComponentCount; ++i) out[component_name(static_cast<Component>(i))] = number_or_null(c[i]);
    return out;
}

}  // namespace

nlohmann::ordered_json scores_to_json(const Scores& s) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["overall"] = number_or_null(s.overall);
    out["raw"] = number_or_null(s.raw);
    out["cap"] = number_or_null(s.cap);
    out["completeness"] = static_cast<int64_t>(std::llround(s.completeness));
    out["components"] = components_json(s.components);

    nlohmann::ordered_json goals = nlohmann::ordered_json::object();
    for (const auto& [id, gs] : s.goals) {
        nlohmann::ordered_json g = nlohmann::ordered_json::object();
        g["overall"] = number_or_null(gs.overall);
        g["components"] = components_json(gs.components);
        goals[id] = std::move(g);
    }
    out["goals"] = std::move(goals);

    nlohmann::ordered_json strategies = nlohmann::ordered_json::object();
    for (const auto& [id, v] : s.strategies) strategies[id] = number_or_null(v);
    out["strategies"] = std::move(strategies);
    nlohmann::ordered_json tactics = nlohmann::ordered_json::object();
    for (const auto& [id, v] : s.tactics) tactics[id] = number_or_null(v);
    out["tactics"] = std::move(tactics);

    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Finding& f : s.findings) {
        nlohmann::ordered_json j = nlohmann::ordered_json::object();
        j["code"] = std::string(f.code);
        j["component"] = f.component ? nlohmann::ordered_json(component_name(*f.component)) : nlohmann::ordered_json();
        j["ids"] = f.ids.strings();
        j["message"] = std::string(f.message.view());
        findings.push_back(std::move(j));
    }
    out["findings"] = std::move(findings);
    return out;
}

}  // namespace ab
