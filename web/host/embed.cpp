// Embed options and the C side of the host message API (see embed.hpp).
#include "host/embed.hpp"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include "app/action_table.hpp"
#include "app/actions.hpp"
#include "board/view.hpp"
#include "commands/command.hpp"
#include "export/export.hpp"
#include "export/svg/svg.hpp"
#include "i18n/i18n.hpp"
#include "platform/js_reply.hpp"
#include "app/open_plan.hpp"
#include "io/plan_json.hpp"
#include "platform/platform.hpp"
#include "score/score.hpp"
#include "library/storage.hpp"
#include "ui/theme.hpp"

namespace ab::web::embed {

void apply_options(App& app, std::string_view options_json) {
    const nlohmann::json o = nlohmann::json::parse(options_json, nullptr, false);
    if (!o.is_object()) return;
    if (o.value("readonly", false)) {
        app.chrome.read_only_embed = true;
        app.doc.set_read_only(i18n::tr("embed.read_only"));
    }
    app.chrome.guest = o.value("guest", false);
    const std::string ui = o.value("ui", std::string("full"));
    app.chrome.mode = ui == "none" ? Chrome::None : ui == "minimal" ? Chrome::Minimal : Chrome::Full;
    if (o.value("theme", std::string()) == "contrast" && theme::look() != theme::Look::HighContrast) {
        toggle_high_contrast(app);
    }
    if (o.value("zoom", std::string()) == "fit") {
        app.view.camera.fit_whole = true;
        app.view.camera.needs_fit = true;
    }
}

Export export_plan(const App& app, std::string_view format) {
    const Plan& plan = app.doc.plan();
    const std::string name = storage::plan_title(plan);
    if (format == "md") return {storage::file_name_for(name, "md"), "text/markdown", export_markdown(plan, &app.doc.scores())};
    if (format == "csv") return {storage::file_name_for(name, "csv"), "text/csv", export_csv(plan)};
    if (format == "json") return {storage::file_name_for(name, "json"), "application/json", save_plan(plan)};
    // The board as a picture with the plan inside (export/svg/svg.hpp); pictures.js makes PNGs of it.
    if (format == "svg") return {storage::file_name_for(name, "svg"), "image/svg+xml", export_svg(plan, &app.doc.scores())};
    return {};
}

}  // namespace ab::web::embed

using namespace ab;
using namespace ab::web;

namespace {
bool g_link_failed = false;  // the plan of plan= / template= did not open (ab_embed_refuse_edits)
}  // namespace

extern "C" {

// {file, mime, text} of embed::export_plan, or {error} for an unknown format.
EMSCRIPTEN_KEEPALIVE const char* ab_embed_export(const char* format) {
    const embed::Export e = embed::export_plan(app(), format ? format : "");
    if (e.text.empty()) return js_reply_json({{"error", for_developers("unknown export format; use json, md, csv, svg or png")}});
    return js_reply_json({{"file", e.file}, {"mime", e.mime}, {"text", e.text}});
}

// The host's load: the host decides what its embed shows, so a read-only embed takes it too
// (as a fresh plan, not an edit). Elsewhere it is one undoable step, like any import.
// `length` bytes of text (a NUL inside is part of it, not its end).
EMSCRIPTEN_KEEPALIVE const char* ab_embed_load(const char* text, size_t length) {
    App& a = app();
    // The host's plan takes the place of one that did not open (fresh, then editable unless the
    // embed is read-only).
    const bool replaces_failed_link = g_link_failed;
    const OpenHow how = a.chrome.read_only_embed || replaces_failed_link ? OpenHow::Fresh : OpenHow::Undoable;
    const Opened opened = open_plan(a, text ? std::string_view(text, length) : std::string_view(), how);
    const nlohmann::json errors = problems_json(opened.errors);
    // Warnings (parts the reader skipped) as the bridge's loadPlan gives them.
    const nlohmann::json warnings = problems_json(opened.warnings);
    if (!opened.read) return js_reply_json({{"ok", false}, {"errors", errors}, {"warnings", warnings}});
    if (!opened.ok) {
        return js_reply_json(
            {{"ok", false}, {"errors", {{{"path", ""}, {"message", opened.refused}}}}, {"warnings", warnings}});
    }
    if (replaces_failed_link) {
        g_link_failed = false;
        if (!a.chrome.read_only_embed) a.doc.set_read_only("");
    }
    return js_reply_json({{"ok", true}, {"errors", errors}, {"warnings", warnings}});
}

// The plan the page's address asked for (plan=, template=) did not open: the empty plan standing
// in for it is nobody's work, so it takes no edits (web/library/boot.js says why in `reason`).
EMSCRIPTEN_KEEPALIVE void ab_embed_refuse_edits(const char* reason) {
    g_link_failed = true;
    if (!app().chrome.read_only_embed) app().doc.set_read_only(reason ? reason : "");
    platform::request_frames(3);
}

// The actions of the table a host may run by name ({type: "undo"}): ["undo", "redo"].
EMSCRIPTEN_KEEPALIVE const char* ab_embed_actions() {
    nlohmann::json ids = nlohmann::json::array();
    for (const Action& a : actions()) {
        if (a.host) ids.push_back(a.id);
    }
    return js_reply_json(ids);
}

// Runs the host's action `id` as the top bar would: {ok} says whether it ran (undo with nothing
// to undo does not). An action a host may not run is refused with {ok: false, error}.
EMSCRIPTEN_KEEPALIVE const char* ab_embed_action(const char* id) {
    const Action* a = find_action(id ? id : "");
    if (!a || !a->host) {
        return js_reply_json(
            {{"ok", false}, {"error", std::string(for_developers("unknown request \"")) + (id ? id : "") + "\""}});
    }
    return js_reply_json({{"ok", run_action(app(), *a)}});
}

// A problem only the page sees (a broken config.json, a clipboard too large to paste), said on the board.
EMSCRIPTEN_KEEPALIVE void ab_embed_say(const char* text) {
    app().say(text ? text : "", true, 0);
    platform::request_frames(3);
}

// What a host's change event carries: {revision, overall}.
EMSCRIPTEN_KEEPALIVE const char* ab_embed_state() {
    const Scores& s = app().doc.scores();
    nlohmann::json out = {{"revision", app().doc.revision()}};
    out["overall"] = s.overall ? nlohmann::json(round1(*s.overall)) : nlohmann::json(nullptr);
    return js_reply_json(out);
}

// The height in CSS pixels the whole plan needs at the current zoom (for the host's resize).
EMSCRIPTEN_KEEPALIVE double ab_embed_content_height() {
    const App& a = app();
    const float h = (a.view.board.max_y - a.view.board.min_y) * a.view.camera.zoom;
    return double(board_top_css() + h + 48.0f);
}

}  // extern "C"
