// The JSON of `alignboard score` (scoring.md "Output"): the only place numbers are rounded, so the
// engine, the canvas and what-if comparisons all work on unrounded scores.
#include <cmath>
#include <cstddef>
#include <string_view>
#include <unordered_map>

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

// An object keyed by item id, built in linear time: ordered_json's operator[] finds a key by a
// linear scan, which made 80,000 tactics take 10 s. Same result as operator[]: a key seen again
// keeps its first place and takes the last value. Keys view the Scores being written.
class IdObject {
public:
    explicit IdObject(size_t expected) {
        object_ = nlohmann::ordered_json::object();
        entries().reserve(expected);
        at_.reserve(expected);
    }
    void set(std::string_view id, nlohmann::ordered_json value) {
        auto [it, added] = at_.emplace(id, entries().size());
        if (added) entries().emplace_back(std::string(id), std::move(value));
        else (entries().begin() + static_cast<std::ptrdiff_t>(it->second))->second = std::move(value);
    }
    nlohmann::ordered_json take() { return std::move(object_); }

private:
    nlohmann::ordered_json::object_t& entries() { return *object_.get_ptr<nlohmann::ordered_json::object_t*>(); }
    nlohmann::ordered_json object_;
    std::unordered_map<std::string_view, size_t> at_;
};

}  // namespace

nlohmann::ordered_json scores_to_json(const Scores& s) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["overall"] = number_or_null(s.overall);
    out["raw"] = number_or_null(s.raw);
    out["cap"] = number_or_null(s.cap);
    out["completeness"] = static_cast<int64_t>(std::llround(s.completeness));
    out["components"] = components_json(s.components);

    IdObject goals(s.goals.size());
    for (const auto& [id, gs] : s.goals) {
        nlohmann::ordered_json g = nlohmann::ordered_json::object();
        g["overall"] = number_or_null(gs.overall);
        g["components"] = components_json(gs.components);
        goals.set(id, std::move(g));
    }
    out["goals"] = goals.take();

    IdObject strategies(s.strategies.size());
    for (const auto& [id, v] : s.strategies) strategies.set(id, number_or_null(v));
    out["strategies"] = strategies.take();
    IdObject tactics(s.tactics.size());
    for (const auto& [id, v] : s.tactics) tactics.set(id, number_or_null(v));
    out["tactics"] = tactics.take();

    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    findings.get_ptr<nlohmann::ordered_json::array_t*>()->reserve(s.findings.size());
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
