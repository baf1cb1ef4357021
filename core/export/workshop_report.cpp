// The Markdown workshop report (export/workshop_report.hpp).
#include "export/workshop_report.hpp"

#include <cstdio>
#include <set>

#include "export/export.hpp"
#include "model/queries.hpp"
#include "workshop/workshop.hpp"

namespace ab {

namespace {

// [SECTION] Words people read (moved to the UI catalogue after the merge).
const char* const kTitle = "# Workshop report";
const char* const kNoWorkshop = "This plan has no workshop.";
const char* const kSteps = "## Steps";
const char* const kStepsHead = "| Step | Planned | Started | Ended | Took |\n| --- | --- | --- | --- | --- |";
const char* const kIdeas = "## Ideas";
const char* const kNoIdeas = "No ideas were added during the workshop.";
const char* const kAnonymous = "Ideas were anonymous.";
const char* const kVotes = "## Votes";
const char* const kNoVotes = "No vote was revealed.";
const char* const kScore = "## Score";
const char* const kFixed = "Findings fixed during the workshop:";
const char* const kNoneFixed = "No finding was fixed during the workshop.";
const char* const kFinalPlan = "## The final plan";

std::string score_text(const nlohmann::ordered_json* v) {
    if (v == nullptr || !v->is_number()) return "not scored";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", round1(v->get<double>()));
    return buf;
}

// Server-epoch ms as "HH:MM UTC" (days from the civil calendar are not needed in a two-hour report).
std::string clock_text(const nlohmann::ordered_json* ms) {
    if (ms == nullptr || !ms->is_number()) return "";
    const long long minutes = static_cast<long long>(ms->get<double>() / 60000.0);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld UTC", (minutes / 60) % 24, minutes % 60);
    return buf;
}

std::string duration_text(double seconds) {
    char buf[32];
    const long long s = static_cast<long long>(seconds + 0.5);
    std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
    return buf;
}

const nlohmann::ordered_json* field(const nlohmann::ordered_json& j, const char* key) {
    if (!j.is_object()) return nullptr;
    auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

bool is_event(const nlohmann::ordered_json& e, const char* name) {
    const auto* ev = field(e, "event");
    return ev != nullptr && ev->is_string() && ev->get<std::string>() == name;
}

std::string person(const workshop::Workshop& w, const std::string& id) {
    auto it = w.names.find(id);
    return it != w.names.end() && !it->second.empty() ? it->second : id;
}

}  // namespace

nlohmann::json workshop_score_snapshot(const Scores& scores) {
    nlohmann::json j = {{"score", nullptr}, {"findings", nlohmann::json::array()}};
    if (scores.overall) j["score"] = round1(*scores.overall);
    for (const auto& f : scores.findings) j["findings"].push_back(std::string(f.message));
    return j;
}

std::string workshop_report(const Plan& plan, const Scores& scores) {
    std::string out = std::string(kTitle) + (plan.settings.name.empty() ? "" : ": " + plan.settings.name) + "\n\n";
    const std::optional<workshop::Workshop> w = workshop::of(plan);
    if (!w) return out + kNoWorkshop + "\n\n" + kFinalPlan + "\n\n" + export_markdown(plan, &scores);

    out += std::string(kSteps) + "\n\n" + kStepsHead + "\n";
    const nlohmann::ordered_json* before = nullptr;
    for (const auto& e : w->log) {
        if (is_event(e, "start") && before == nullptr) before = &e;
        if (!is_event(e, "step")) continue;
        const auto *name = field(e, "name"), *planned = field(e, "planned_s"), *start = field(e, "start"), *end = field(e, "end");
        const bool timed = start != nullptr && end != nullptr && start->is_number() && end->is_number();
        out += "| " + (name != nullptr && name->is_string() ? name->get<std::string>() : std::string()) + " | " +
               (planned != nullptr && planned->is_number() ? duration_text(planned->get<double>()) : "") + " | " +
               clock_text(start) + " | " + clock_text(end) + " | " +
               (timed ? duration_text((end->get<double>() - start->get<double>()) / 1000.0) : "") + " |\n";
    }

    out += "\n" + std::string(kIdeas) + "\n\n";
    if (w->anonymous) out += std::string(kAnonymous) + "\n\n";
    if (w->authors.empty()) out += std::string(kNoIdeas) + "\n";
    for (const auto& [id, author] : w->authors) {
        const auto loc = find_item(plan, id);
        if (!loc) continue;
        out += "- " + std::string(kind_name(loc->kind)) + ": " + display_name(plan, id);
        if (!w->anonymous) out += " (" + person(*w, author) + ")";
        out += "\n";
    }

    out += "\n" + std::string(kVotes) + "\n\n";
    int votes = 0;
    for (const auto& e : w->log) {
        if (!is_event(e, "vote")) continue;
        ++votes;
        const auto *dots = field(e, "dots"), *voters = field(e, "voters"), *results = field(e, "results");
        out += "Vote " + std::to_string(votes) + " at " + clock_text(field(e, "at")) + " (" +
               (voters != nullptr && voters->is_number() ? std::to_string(voters->get<long long>()) : "0") + " voters, " +
               (dots != nullptr && dots->is_number() ? std::to_string(dots->get<long long>()) : "?") + " dots each):\n\n";
        int rank = 0;
        if (results != nullptr && results->is_array()) {
            for (const auto& r : *results) {
                const auto *name = field(r, "name"), *n = field(r, "dots");
                out += std::to_string(++rank) + ". " + (name != nullptr && name->is_string() ? name->get<std::string>() : "") + ": " +
                       (n != nullptr && n->is_number() ? std::to_string(n->get<long long>()) : "0") + " dots\n";
            }
        }
        out += "\n";
    }
    if (votes == 0) out += std::string(kNoVotes) + "\n\n";

    out += std::string(kScore) + "\n\n";
    const nlohmann::ordered_json after_score = scores.overall ? nlohmann::ordered_json(*scores.overall) : nlohmann::ordered_json();
    out += "Before: " + score_text(before != nullptr ? field(*before, "score") : nullptr) + ". After: " + score_text(&after_score) + ".\n\n";
    std::set<std::string> now;
    for (const auto& f : scores.findings) now.insert(std::string(f.message));
    std::vector<std::string> fixed;
    if (const auto* was = before != nullptr ? field(*before, "findings") : nullptr; was != nullptr && was->is_array()) {
        for (const auto& f : *was) {
            if (f.is_string() && !now.count(f.get<std::string>())) fixed.push_back(f.get<std::string>());
        }
    }
    if (fixed.empty()) {
        out += std::string(kNoneFixed) + "\n\n";
    } else {
        out += std::string(kFixed) + "\n\n";
        for (const auto& f : fixed) out += "- " + f + "\n";
        out += "\n";
    }
    out += std::string(kFinalPlan) + "\n\n" + export_markdown(plan, &scores);
    return out;
}

}  // namespace ab
