// The C side of the test bridge (see bridge.hpp and BRIDGE.md). Every function takes and returns
// UTF-8 JSON text; a returned string lives in one reply buffer until the next call, and the JS
// side copies it at once, so nothing allocated here crosses to the page.
#include "host/bridge.hpp"

#include <optional>
#include <string>

#include <emscripten.h>

#include "app/action_table.hpp"
#include "app/app.hpp"
#include "board/view.hpp"
#include "commands/command.hpp"
#include "app/frame_times.hpp"
#include "imgui.h"
#include "panels/side_panel_layout.hpp"
#include "platform/js_reply.hpp"
#include "board/overlays/minimap.hpp"
#include "app/open_plan.hpp"
#include "model/generator.hpp"
#include "model/ids.hpp"
#include "model/kinds.hpp"
#include "io/plan_json.hpp"
#include "platform/platform.hpp"
#include "score/score.hpp"
#include "ui/theme.hpp"
#include "board/overlays/search_box.hpp"
#include "library/storage.hpp"

extern "C" void ab_js_bridge_install();  // web/host/bridge.js

namespace ab::web::bridge {
namespace {

bool g_installed = false;

// The plan changed from outside the canvas: draw it.
void changed() { platform::request_frames(3); }

// The kind of an "add" command whose item has no "id" (the caller asks for a fresh one), or none.
// Reads without throwing: commands come from pages and hosts.
std::optional<Kind> add_without_id(const nlohmann::json& j) {
    if (!j.is_object()) return std::nullopt;
    const auto op = j.find("op"), kind = j.find("kind"), item = j.find("item");
    if (op == j.end() || !op->is_string() || *op != "add" || kind == j.end() || !kind->is_string() ||
        item == j.end() || !item->is_object() || item->contains("id")) {
        return std::nullopt;
    }
    const std::string& word = kind->get_ref<const std::string&>();
    for (const KindInfo& k : kind_table()) {
        if (word == k.file_name || word == k.collection) return k.kind;
    }
    return std::nullopt;
}

}  // namespace
}  // namespace ab::web::bridge

namespace {

// The registry's rectangles under `prefix` as {name: [x, y, w, h]}.
void keyed_rects(nlohmann::json& out, const std::string& prefix) {
    ab::web::app().probe.rects.each(prefix, [&](const std::string& name, const ab::web::RectCss& r) {
        out[name] = {r.x, r.y, r.w, r.h};
    });
}

}  // namespace

namespace ab::web::bridge {
namespace {

}  // namespace

void install() {
    g_installed = true;
    ab_js_bridge_install();
}

bool installed() { return g_installed; }

}  // namespace ab::web::bridge

using namespace ab;
using namespace ab::web;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* ab_bridge_get_plan() {
    return js_reply(save_plan(app().doc.plan()));
}

// Replaces the plan as one undoable step, or leaves it untouched and says why not.
// `length` bytes of text: a NUL inside is part of it (and refused by the reader), not its end.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_load_plan(const char* text, size_t length) {
    const Opened opened =
        open_plan(app(), text ? std::string_view(text, length) : std::string_view(), OpenHow::Undoable);
    nlohmann::json out = {{"ok", opened.ok},
                          {"errors", problems_json(opened.errors)},
                          {"warnings", problems_json(opened.warnings)}};
    if (opened.read && !opened.ok) out["errors"].push_back({{"path", ""}, {"message", opened.refused}});
    return js_reply_json(out);
}

EMSCRIPTEN_KEEPALIVE const char* ab_bridge_get_scores() {
    return js_reply_json(scores_to_json(app().doc.scores()));
}

// The command JSON of command.hpp ({"op":"link","child":"m11","parent":"S2"}, ...). An "add"
// whose item has no "id" gets a fresh one, as the palette would make it (in a workshop room with
// this participant's tag, model/ids.hpp), returned as the reply's "id".
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_apply(const char* command_json, size_t length) {
    nlohmann::json out = {{"ok", false}, {"error", ""}};
    const std::string_view text = command_json ? std::string_view(command_json, length) : std::string_view();
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        out["error"] = for_developers("the command is not valid JSON");
        return js_reply_json(out);
    }
    if (const std::optional<Kind> kind = bridge::add_without_id(j)) {
        const std::string id = fresh_id(app().doc.plan(), *kind, {}, app().doc.id_tag());
        j["item"]["id"] = id;
        out["id"] = id;
    }
    std::string error;
    const std::optional<Command> cmd = command_from_json(j, error);
    if (!cmd) {
        out["error"] = error;
        return js_reply_json(out);
    }
    const ApplyResult applied = app().doc.apply(*cmd);
    out["ok"] = applied.ok;
    out["error"] = applied.error;
    if (applied.ok) bridge::changed();
    return js_reply_json(out);
}

EMSCRIPTEN_KEEPALIVE int ab_bridge_undo() {
    const bool done = app().doc.undo();
    if (done) bridge::changed();
    return done ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int ab_bridge_redo() {
    const bool done = app().doc.redo();
    if (done) bridge::changed();
    return done ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE double ab_bridge_revision() { return double(app().doc.revision()); }

EMSCRIPTEN_KEEPALIVE double ab_bridge_frame_count() { return double(platform::frame_count()); }
EMSCRIPTEN_KEEPALIVE double ab_bridge_paint_count() { return double(platform::paint_count()); }

EMSCRIPTEN_KEEPALIVE int ab_bridge_is_idle() { return platform::idle() ? 1 : 0; }

// {"x","y","w","h"} in CSS pixels from the canvas' top-left corner, or null when off screen.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_item_rect(const char* id) {
    const std::optional<RectCss> r = item_rect_css(app(), id ? id : "");
    if (!r) return js_reply("null");
    return js_reply_json(nlohmann::json{{"x", r->x}, {"y", r->y}, {"w", r->w}, {"h", r->h}});
}

// What dropping the dragged card here would do: {source, target, ok, text}, or null when no card
// is dragged over another.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_drag_preview() {
    const DragPreview& d = app().gesture.drag;
    if (d.target.empty()) return js_reply("null");
    return js_reply_json(
        nlohmann::json{{"source", d.source}, {"target", d.target}, {"ok", d.ok}, {"text", d.text}});
}

// The rows of the score panel's findings, in the order of getScores().findings: [{x,y,w,h}] in
// canvas CSS pixels, null for a row scrolled out of sight (or when the panel is hidden).
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_finding_rects() {
    nlohmann::json out = nlohmann::json::array();
    const RectRegistry& rects = app().probe.rects;
    for (size_t i = 0;; ++i) {
        const RectCss* r = rects.find("finding/" + std::to_string(i));
        if (!r) break;
        if (r->w <= 0) out.push_back(nullptr);
        else out.push_back({{"x", r->x}, {"y", r->y}, {"w", r->w}, {"h", r->h}});
    }
    return js_reply_json(out);
}

// The palette's new-card buttons: {goal, strategy, tactic, kpi} -> {x,y,w,h} in canvas CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_palette_rects() {
    nlohmann::json out = nlohmann::json::object();
    for (const Kind kind : {Kind::Goal, Kind::Strategy, Kind::Tactic, Kind::Kpi}) {
        const RectCss* found = app().probe.rects.find(std::string("palette/") + kind_name(kind));
        const RectCss r = found ? *found : RectCss{};  // all zero until the palette is drawn
        out[kind_name(kind)] = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
    }
    return js_reply_json(out);
}

EMSCRIPTEN_KEEPALIVE const char* ab_bridge_renaming() {
    return js_reply_json(nlohmann::json(app().gesture.renaming));
}

EMSCRIPTEN_KEEPALIVE const char* ab_bridge_last_message() {
    return js_reply_json(nlohmann::json(app().chrome.last_message));
}

// The top bar's buttons drawn last frame: {name: [x, y, w, h]} in canvas CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_toolbar_rects() {
    nlohmann::json rects = nlohmann::json::object();
    keyed_rects(rects, "toolbar/");
    return js_reply_json(rects);
}

// The action table as this platform shows it: [{id, label, chord, keys, enabled, bar, host}],
// `chord` the one tooltips and menus name ("Cmd+Z" on a Mac, "Ctrl+Z" elsewhere, "" for none).
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_actions() {
    nlohmann::json out = nlohmann::json::array();
    for (const Action& a : actions()) {
        nlohmann::json keys = nlohmann::json::array();
        for (const ImGuiKeyChord k : a.chords) {
            if (k) keys.push_back(chord_text(k));
        }
        out.push_back({{"id", a.id}, {"label", a.label}, {"chord", shown_chord(a)}, {"keys", keys},
                       {"enabled", action_enabled(app(), a)}, {"bar", a.icon != nullptr}, {"host", a.host}});
    }
    return js_reply_json(out);
}

// The id of the action run last (by a key, the top bar, its More menu or the host), "" before.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_last_action() {
    return js_reply_json(nlohmann::json(app().probe.actions.last_run));
}

// The top bar control under the pointer last frame: {id, label, chord, tip}, or null.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_toolbar_hover() {
    const ActionProbe& p = app().probe.actions;
    if (p.hover_id.empty()) return js_reply("null");
    return js_reply_json(
        nlohmann::json{{"id", p.hover_id}, {"label", p.hover_label}, {"chord", p.hover_chord}, {"tip", p.hover_tip}});
}

// How the app is showing the plan: {presenting, highContrast}.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_view_mode() {
    return js_reply_json(nlohmann::json{{"presenting", app().view.presenting},
                                             {"highContrast", theme::look() == theme::Look::HighContrast}});
}

// The side panel: the tab on show and what it drew last frame — {tab, rects: {name: [x,y,w,h]},
// errors: {name: message}} in canvas CSS pixels (names as in BRIDGE.md).
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_panel() {
    static const char* const kTabs[] = {"score", "inspect", "plan"};
    nlohmann::json rects = nlohmann::json::object();
    keyed_rects(rects, "panel/");
    static const char* const kForms[] = {"none", "column", "sheet"};
    static const char* const kStops[] = {"closed", "half", "full"};
    const PanelPlace p = side_panel_place(app());
    const nlohmann::json place{{"form", kForms[int(p.form)]}, {"sheet", kStops[int(app().chrome.sheet)]},
                               {"collapsed", app().chrome.panel_collapsed},
                               {"rect", {{"x", p.x}, {"y", p.y}, {"w", p.w}, {"h", p.h}}}};
    return js_reply_json(nlohmann::json{{"tab", kTabs[int(app().chrome.side_tab)]},
                                             {"place", place},
                                             {"rects", rects},
                                             {"errors", app().chrome.panel_errors}});
}

EMSCRIPTEN_KEEPALIVE const char* ab_bridge_selection() {
    return js_reply_json(nlohmann::json(app().view.selection));
}

// The search box's text as JSON: a string, or null while the box is closed.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_search_text() {
    if (!search_open(app())) return js_reply("null");
    return js_reply_json(nlohmann::json(search_text(app())));
}

// Names of the keys ImGui holds down now (a stuck key shows here after its release was lost).
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_keys_down() {
    nlohmann::json keys = nlohmann::json::array();
    for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_NamedKey_END; ++k) {
        if (ImGui::IsKeyDown(ImGuiKey(k))) keys.push_back(ImGui::GetKeyName(ImGuiKey(k)));
    }
    return js_reply_json(keys);
}

// Durations in ms of the frames drawn since the last reset (at most the last 1,000), oldest first.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_frame_times() {
    return js_reply_json(nlohmann::json(frame_times::recent()));
}

// The GL part of the same frames (platform::end_frame: draw data handed to WebGL).
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_frame_gl_times() {
    return js_reply_json(nlohmann::json(frame_times::recent_gl()));
}

EMSCRIPTEN_KEEPALIVE void ab_bridge_reset_frame_times() { frame_times::reset(); }

// The plan library as the user sees it: {state, message, readOnly, reason, dialog, planName}.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_storage() {
    static const char* const kStates[] = {"saved", "saving", "failed", "read-only", "off"};
    const storage::Library& lib = storage::library();
    return js_reply_json(nlohmann::json{{"state", kStates[int(lib.state)]},
                                             {"message", lib.message},
                                             {"readOnly", app().doc.read_only()},
                                             {"reason", app().doc.read_only_reason()},
                                             {"dialog", app().chrome.dialog},
                                             {"typing", storage::typing_unsaved(app())},
                                             {"shareLink", lib.share_link},
                                             {"shareError", lib.share_error},
                                             {"sharedError", lib.shared_error},
                                             {"damaged", lib.damaged_name.empty() && lib.damaged_why.empty()
                                                             ? nlohmann::json(nullptr)
                                                             : nlohmann::json{{"name", lib.damaged_name},
                                                                              {"why", lib.damaged_why}}}});
}

// The open library window's buttons and fields drawn last frame: {name: [x, y, w, h]}.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_dialog_rects() {
    nlohmann::json rects = nlohmann::json::object();
    keyed_rects(rects, "dialog/");
    return js_reply_json(rects);
}

// {"x","y","w","h"} of the minimap in canvas CSS pixels, or null while it is hidden.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_minimap_rect() {
    const std::optional<RectCss> r = minimap_rect_css(app());
    if (!r) return js_reply("null");
    return js_reply_json(nlohmann::json{{"x", r->x}, {"y", r->y}, {"w", r->w}, {"h", r->h}});
}

// {"x","y","w","h"} of a board overlay ("zoom", "notice") in canvas CSS pixels, or null.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_overlay_rect(const char* name) {
    const RectCss* r = app().probe.rects.find("overlay/" + std::string(name ? name : ""));
    if (!r || r->w <= 0) return js_reply("null");
    return js_reply_json(nlohmann::json{{"x", r->x}, {"y", r->y}, {"w", r->w}, {"h", r->h}});
}

// The text of core's generated plan for {goals, strategies, tactics, kpis, seed}: large plans for
// benchmarks and tests without shipping them as files. Missing counts keep GenSpec's defaults.
EMSCRIPTEN_KEEPALIVE const char* ab_bridge_generate_plan(const char* spec_json) {
    const nlohmann::json j = nlohmann::json::parse(spec_json ? spec_json : "", nullptr, false);
    GenSpec spec;
    uint64_t seed = 1;
    if (j.is_object()) {
        const auto count = [&](const char* key, size_t& out) {
            if (j.contains(key) && j[key].is_number_unsigned()) out = j[key].get<size_t>();
        };
        count("goals", spec.goals);
        count("strategies", spec.strategies);
        count("tactics", spec.tactics);
        count("kpis", spec.kpis);
        if (j.contains("seed") && j["seed"].is_number_unsigned()) seed = j["seed"].get<uint64_t>();
    }
    return js_reply(save_plan(generate_plan(spec, seed)));
}

}  // extern "C"
