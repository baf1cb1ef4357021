// What the open library dialog shows, as JSON for the page (library_dialogs.js draws it): the
// library's lists and answers as storage.hpp keeps them, and the few facts about the open plan
// the dialogs tell (read-only, its counts and score for a checkpoint's preview). No words but
// the library's own messages and the times: the page holds the dialogs' text.
#include <optional>
#include <string>

#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "score/score.hpp"

namespace ab::web::store_ui {
namespace {

using nlohmann::json;

json score_json(std::optional<double> s) { return s ? json(round1(*s)) : json(nullptr); }

// Plans: {templates: [{id, name, summary}], plans: [{id, name, when, size, current, trashed}]}.
void plans_model(json& out) {
    const storage::Library& lib = storage::library();
    json templates = json::array();
    for (const auto& t : lib.templates) templates.push_back({{"id", t.id}, {"name", t.name}, {"summary", t.summary}});
    json plans = json::array();
    for (const auto& p : lib.plans) {
        plans.push_back({{"id", p.id}, {"name", p.name}, {"when", when(p.updated_ms)}, {"size", p.size},
                         {"current", p.current}, {"trashed", p.trashed_ms > 0}});
    }
    out["templates"] = std::move(templates);
    out["plans"] = std::move(plans);
}

// History: {checkpoints: [{id, name, when, auto}], preview: null | {id, error, name, counts:
// [goals, strategies, tactics, kpis], now: [the same of the open plan], overall, nowOverall}}.
void history_model(App& app, json& out) {
    const storage::Library& lib = storage::library();
    json list = json::array();
    for (const auto& c : lib.checkpoints) {
        list.push_back({{"id", c.id}, {"name", c.name}, {"when", when(c.time_ms)}, {"auto", c.automatic}});
    }
    out["checkpoints"] = std::move(list);
    const storage::Preview& p = lib.preview;
    if (p.id < 0 || (p.error.empty() && p.name.empty())) {
        out["preview"] = nullptr;
        return;
    }
    const Plan& now = app.doc.plan();
    out["preview"] = {{"id", p.id},
                      {"error", p.error},
                      {"name", p.name},
                      {"counts", {p.goals, p.strategies, p.tactics, p.kpis}},
                      {"now", {now.goals.size(), now.strategies.size(), now.tactics.size(), now.kpis.size()}},
                      {"overall", score_json(p.overall)},
                      {"nowOverall", score_json(app.doc.scores().overall)}};
}

}  // namespace

json dialog_model(App& app) {
    const storage::Library& lib = storage::library();
    const std::string& d = app.chrome.dialog;
    json out = {{"dialog", d}, {"enabled", storage::enabled()}, {"message", lib.message},
                {"readOnly", app.doc.read_only()}};
    if (d == "plans") {
        plans_model(out);
    } else if (d == "history") {
        history_model(app, out);
    } else if (d == "tab") {
        out["conflict"] = lib.other_tab == storage::OtherTab::Conflict;
    } else if (d == "shared") {
        out["name"] = lib.shared_name;
        out["error"] = lib.shared_error;
        out["keepsPlans"] = lib.keeps_plans;
        out["adding"] = lib.shared_adding;
    } else if (d == "damaged") {
        out["name"] = lib.damaged_name;
        out["why"] = lib.damaged_why;
    } else if (d == "share") {
        out["link"] = lib.share_link;
        out["error"] = lib.share_error;
    }
    return out;
}

}  // namespace ab::web::store_ui
