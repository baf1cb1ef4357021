// The alignment score v1 (docs/scoring.md, with the engine's readings of its open points).
// Pure functions of a Plan: seven components, the overall with its cap, per-item scores and
// findings ordered by what they are worth to fix.
#pragma once

#include <array>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/plan.hpp"

namespace ab {

enum class Component { Linkage, Measurement, BudgetFocus, Integration, Journey, Ownership, Return };
constexpr size_t kComponentCount = 7;
// "linkage", "measurement", "budget_focus", "integration", "journey", "ownership", "return".
const char* component_name(Component c);
// The component's weight in the overall (25, 15, 15, 15, 10, 10, 10).
double component_weight(Component c);

// 0-100, or empty when not scored.
using ComponentScores = std::array<std::optional<double>, kComponentCount>;

// The ids of the items a finding is about (none, one or two), read like a small vector of
// string_view. They view the text the finding's message keeps alive (no allocation per
// finding): valid while the finding or a copy of it lives; strings() copies them.
class FindingIds {
public:
    static constexpr size_t kMax = 2;
    void push_back(std::string_view id) {
        if (count_ < kMax) ids_[count_++] = id;
    }
    const std::string_view* begin() const { return ids_; }
    const std::string_view* end() const { return ids_ + count_; }
    size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    std::string_view operator[](size_t i) const { return ids_[i]; }
    // Copies, for whoever keeps ids longer than the scores (a selection, the board's glow).
    std::vector<std::string> strings() const { return std::vector<std::string>(begin(), end()); }
    operator std::vector<std::string>() const { return strings(); }

private:
    std::string_view ids_[kMax];
    size_t count_ = 0;
};
bool operator==(const FindingIds& a, const FindingIds& b);
bool operator==(const FindingIds& a, const std::vector<std::string>& b);
inline bool operator!=(const FindingIds& a, const FindingIds& b) { return !(a == b); }
inline bool operator!=(const FindingIds& a, const std::vector<std::string>& b) { return !(a == b); }

// A finding's message: a piece of the one text every finding of a score shares (a 10,000-item
// plan has thousands of findings, and a string each, with its code and ids, was a fifth of the
// score's time, more in WASM). It keeps that text alive, so copies may outlive the scores. Reads
// like a const std::string.
class FindingText {
public:
    FindingText() = default;
    // `piece` lies in *text and is followed by a NUL there.
    FindingText(std::shared_ptr<const std::string> text, std::string_view piece)
        : text_(std::move(text)), view_(piece) {}
    std::string_view view() const { return view_; }
    operator std::string_view() const { return view_; }
    operator std::string() const { return std::string(view_); }
    const char* c_str() const { return view_.empty() ? "" : view_.data(); }
    const char* data() const { return c_str(); }
    size_t size() const { return view_.size(); }
    bool empty() const { return view_.empty(); }
    size_t find(std::string_view s, size_t pos = 0) const { return view_.find(s, pos); }
    size_t rfind(std::string_view s, size_t pos = std::string_view::npos) const { return view_.rfind(s, pos); }
    friend bool operator==(const FindingText& a, std::string_view b) { return a.view_ == b; }
    friend bool operator!=(const FindingText& a, std::string_view b) { return a.view_ != b; }
    friend bool operator==(const FindingText& a, const FindingText& b) { return a.view_ == b.view_; }
    friend std::ostream& operator<<(std::ostream& out, const FindingText& t);

private:
    std::shared_ptr<const std::string> text_;
    std::string_view view_;
};

struct Finding {
    std::string_view code;               // contract: e.g. "tactic.untraced" (static text)
    std::optional<Component> component;  // empty for plan-level codes such as plan.empty
    FindingIds ids;                      // contract: the items concerned (views of `message`'s text)
    FindingText message;                 // for people; may be reworded
    double worth = 0;                    // what fixing it is worth (docs/scoring.md says how); sorts findings
};

struct GoalScore {
    std::optional<double> overall;
    ComponentScores components;
};

struct Scores {
    std::optional<double> overall;
    std::optional<double> raw;
    std::optional<double> cap;
    double completeness = 0;  // sum of weights of the scored components
    ComponentScores components;
    std::vector<std::pair<std::string, GoalScore>> goals;       // plan order
    std::vector<std::pair<std::string, double>> strategies;     // plan order
    std::vector<std::pair<std::string, double>> tactics;        // plan order
    std::vector<Finding> findings;                              // most worth first
};

Scores score_plan(const Plan& plan);

// The JSON of `alignboard score`: numbers rounded half away from zero to one decimal, null for
// not scored.
nlohmann::ordered_json scores_to_json(const Scores& s);
// Half away from zero, to one decimal.
double round1(double v);

}  // namespace ab
