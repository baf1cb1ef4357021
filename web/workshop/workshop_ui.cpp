// The workshop in the app (workshop/workshop_ui.hpp): reading the core's workshop for this page,
// follow me, the lock on cards, and the one path every control and the bridge act through.
#include "workshop/workshop_ui.hpp"

#include <algorithm>
#include <cmath>

#include <emscripten.h>

#include "board/view.hpp"
#include "commands/command.hpp"
#include "export/workshop_report.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

// [SECTION] Words people read (moved to the UI catalogue after the merge).
namespace {
const char* const kRoleFacilitator = "facilitator";
const char* const kRoleParticipant = "participant";
const char* const kRoleNone = "none";
}  // namespace

EM_JS(double, ab_js_workshop_now, (), { return Module['abWorkshop'] ? Module['abWorkshop'].now() : Date.now(); });

namespace ab::web::workshop_ui {

namespace {

struct Local {
    uint64_t revision = UINT64_MAX;
    std::optional<workshop::Workshop> ws;
    bool hidden = false;
    int64_t seen_seq = -1;      // the last "bring everyone here" this page followed
    bool broke_away = false;    // a participant moved the board while following
    bool applied = false;       // `set` below holds the camera this page last put there
    Camera set;
};
Local g;

bool same_camera(const Camera& a, const Camera& b) {
    return std::fabs(a.offset_x_world - b.offset_x_world) < 0.5f && std::fabs(a.offset_y_world - b.offset_y_world) < 0.5f &&
           std::fabs(a.zoom - b.zoom) < 1e-3f;
}

double number(const Extra& j, const char* key, double fallback) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : fallback;
}

// The facilitator's view as screens of any size can take it: the world point at the centre and
// the world width shown.
nlohmann::json view_of(App& app) {
    const BoardFrame f = board_frame(app);
    const float w_css = f.size_px.x / f.ratio, h_css = f.size_px.y / f.ratio;
    const float zoom = app.view.camera.zoom;
    return {{"cx", app.view.camera.offset_x_world + w_css / zoom * 0.5f},
            {"cy", app.view.camera.offset_y_world + h_css / zoom * 0.5f},
            {"w", w_css / zoom},
            {"present", app.view.presenting}};
}

void take_view(App& app, const Extra& view) {
    const double vw = number(view, "w", 0);
    if (!(vw > 0)) return;
    const BoardFrame f = board_frame(app);
    const float w_css = f.size_px.x / f.ratio, h_css = f.size_px.y / f.ratio;
    Camera& c = app.view.camera;
    c.zoom = std::clamp(float(w_css / vw), 0.05f, 4.0f);
    c.offset_x_world = float(number(view, "cx", 0)) - w_css / c.zoom * 0.5f;
    c.offset_y_world = float(number(view, "cy", 0)) - h_css / c.zoom * 0.5f;
    c.needs_fit = false;
    if (auto p = view.find("present"); p != view.end() && p->is_boolean()) app.view.presenting = p->get<bool>();
    g.set = c;
    g.applied = true;
    platform::request_frames(2);
}

}  // namespace

double now_ms() { return ab_js_workshop_now(); }

const std::optional<workshop::Workshop>& current(const App& app) {
    if (g.revision != app.doc.revision()) {
        g.ws = workshop::of(app.doc.plan());
        g.revision = app.doc.revision();
    }
    return g.ws;
}

std::string role(const App& app) {
    const auto& w = current(app);
    if (!w) return kRoleNone;
    return w->facilitator == app.doc.actor() ? kRoleFacilitator : kRoleParticipant;
}

bool hides_score(const App& app) {
    const auto& w = current(app);
    return w && w->score_hidden && w->facilitator != app.doc.actor();
}

bool score_hidden_now() { return g.hidden; }

void frame(App& app) {
    const auto& w = current(app);
    g.hidden = hides_score(app);
    if (!w || w->facilitator == app.doc.actor()) {
        g.applied = false;
        return;
    }
    // A participant who moved the board while following has broken away (until they come back).
    if (g.applied && !same_camera(app.view.camera, g.set)) {
        g.applied = false;
        if (w->follow.on) g.broke_away = true;
    }
    if (w->follow.seq != g.seen_seq) {  // "follow me" or "bring everyone here": everyone comes
        g.seen_seq = w->follow.seq;
        g.broke_away = false;
        take_view(app, w->follow.view);
    } else if (w->follow.on && !g.broke_away && !g.applied) {
        take_view(app, w->follow.view);
    }
}

void break_away() { g.broke_away = true; }
void come_back() {
    g.broke_away = false;
    g.applied = false;
}

void decorate_card(const BoardFrame& f, const std::string& id, ImVec2 a, ImVec2 b) {
    if (!g.ws || !workshop::is_locked(*g.ws, id)) return;
    // A small padlock at the card's bottom-right corner: a shackle over a body.
    const float s = f.scale;
    const float bw = 10 * s, bh = 8 * s;
    const ImVec2 body_a(b.x - 8 * s - bw, b.y - 7 * s - bh);
    f.draw->AddRectFilled(body_a, ImVec2(body_a.x + bw, body_a.y + bh), theme::kTextMuted, 2 * s);
    f.draw->PathArcTo(ImVec2(body_a.x + bw * 0.5f, body_a.y), bw * 0.32f, 3.14159f, 2 * 3.14159f, 8);
    f.draw->PathStroke(theme::kTextMuted, 0, 1.8f * s);
    (void)a;
}

void set_actor(App& app, const std::string& id) {
    if (id.empty() || id == app.doc.actor()) return;
    app.doc.set_actor(id);
    g.revision = UINT64_MAX;
    platform::request_frames(2);
}

nlohmann::json run(App& app, const std::string& name, const nlohmann::json& in) {
    nlohmann::json args = in.is_object() ? in : nlohmann::json::object();
    if (name == "report") return {{"ok", true}, {"error", ""}, {"text", workshop_report(app.doc.plan(), app.doc.scores())}};
    if (name == "back") {
        come_back();
        platform::request_frames(2);
        return {{"ok", true}, {"error", ""}};
    }
    if ((name == "follow" || name == "bring") && !args.contains("view")) args["view"] = view_of(app);
    if (name == "start" || !current(app)) {
        const nlohmann::json snap = workshop_score_snapshot(app.doc.scores());
        if (!args.contains("score")) args["score"] = snap["score"];
        if (!args.contains("findings")) args["findings"] = snap["findings"];
    }
    const ApplyResult r = app.doc.apply(WorkshopAct{name, args, "", static_cast<int64_t>(now_ms())});
    if (!r.ok) app.say(r.error, true, 6);
    platform::request_frames(2);
    return {{"ok", r.ok}, {"error", r.error}};
}

nlohmann::json state(App& app) {
    const auto& w = current(app);
    const std::string me = app.doc.actor();
    nlohmann::json j = {{"role", role(app)}, {"actor", me}, {"step", ""}, {"remaining_s", 0}, {"votes", nlohmann::json::object()},
                        {"myDots", nlohmann::json::array()}, {"revealed", false}, {"scoreHidden", false}, {"following", false},
                        {"locked", nlohmann::json::array()}};
    if (!w) return j;
    const int64_t now = static_cast<int64_t>(now_ms());
    const int64_t left = workshop::remaining_ms(w->timer, now);
    j["steps"] = nlohmann::json::array();
    for (const auto& s : w->steps) j["steps"].push_back({{"name", s.name}, {"seconds", s.seconds}});
    j["current"] = w->current;
    j["step"] = w->steps.empty() ? std::string() : w->steps[static_cast<size_t>(w->current)].name;
    j["remaining_ms"] = left;
    j["remaining_s"] = (left + 999) / 1000;
    j["running"] = w->timer.ends_at.has_value();
    j["paused"] = w->timer.paused_remaining.has_value();
    j["scoreHidden"] = w->score_hidden;
    j["scoreHiddenForMe"] = hides_score(app);
    const bool facilitating = w->facilitator == me;
    j["following"] = facilitating ? w->follow.on : (w->follow.on && !g.broke_away);
    j["brokeAway"] = !facilitating && w->follow.on && g.broke_away;
    if (facilitating && w->follow.on) {  // the page re-publishes the view when it settles elsewhere
        j["followView"] = nlohmann::json::parse(w->follow.view.dump());
        j["myView"] = view_of(app);
    }
    j["locked"] = w->locked;
    j["inbox"] = w->inbox;
    j["inboxIds"] = w->inbox_ids;
    j["anonymous"] = w->anonymous;
    j["facilitator"] = w->facilitator;
    if (w->vote) {
        const workshop::Vote& v = *w->vote;
        j["voting"] = !v.revealed;
        j["voteIds"] = v.ids;
        j["dots"] = v.dots;
        j["revealed"] = v.revealed;
        j["voters"] = v.dots_by.size();
        if (auto mine = v.dots_by.find(me); mine != v.dots_by.end()) j["myDots"] = mine->second;
        // Nobody sees the others' dots until the facilitator reveals them.
        if (v.revealed) {
            j["ranked"] = nlohmann::json::array();
            for (const auto& [id, n] : workshop::totals(v)) {
                j["votes"][id] = n;
                j["ranked"].push_back({{"id", id}, {"dots", n}});
            }
        }
    }
    return j;
}

}  // namespace ab::web::workshop_ui
