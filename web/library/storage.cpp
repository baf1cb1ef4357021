// The app's side of the plan library (see storage.hpp); web/library/store.js is the other side.
#include "library/storage.hpp"

#include <cstdio>

#include <emscripten.h>

#include "commands/command.hpp"
#include "host/embed.hpp"
#include "i18n/i18n.hpp"
#include "platform/js_reply.hpp"
#include "app/open_plan.hpp"
#include "board/rename.hpp"
#include "io/plan_json.hpp"
#include "library/mirror.hpp"
#include "platform/platform.hpp"
#include "score/score.hpp"
#include "ui/field_widgets.hpp"

extern "C" {
// web/library/store_lib.js
void ab_js_store_changed();
void ab_js_store_started(const char* failed);
void ab_js_store_request(const char* json);
// `text` with its byte length: an export may hold U+0000 (from a title), which must not end it.
void ab_js_store_download(const char* name, const char* mime, const char* text, size_t length);
void ab_js_store_pick_file();
void ab_js_store_copy_text(const char* text);
}

namespace ab::web::storage {
namespace {

uint64_t g_seen_revision = UINT64_MAX;
std::string g_seen_view;

std::string str(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
double num(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

nlohmann::json view_json(const App& app) {
    nlohmann::json sel = nlohmann::json::array();
    for (const std::string& id : app.view.selection) sel.push_back(id);
    const char* tab = app.chrome.side_tab == SideTab::Inspect ? "inspect" : app.chrome.side_tab == SideTab::Plan ? "plan" : "score";
    return {{"x", app.view.camera.offset_x_world}, {"y", app.view.camera.offset_y_world}, {"zoom", app.view.camera.zoom},
            {"selection", sel}, {"tab", tab}};
}

// Puts the camera, selection and panel back as they were saved; anything odd means "frame it".
void apply_view(App& app, std::string_view text) {
    app.view.camera.needs_fit = true;
    if (text.empty()) return;
    const nlohmann::json v = nlohmann::json::parse(text, nullptr, false);
    if (!v.is_object()) return;
    const double zoom = num(v, "zoom");
    if (!(zoom > 0.01 && zoom < 100)) return;
    app.view.camera.offset_x_world = float(num(v, "x"));
    app.view.camera.offset_y_world = float(num(v, "y"));
    app.view.camera.zoom = float(zoom);
    app.view.camera.needs_fit = false;
    const std::string tab = str(v, "tab");
    app.chrome.side_tab = tab == "inspect" ? SideTab::Inspect : tab == "plan" ? SideTab::Plan : SideTab::Score;
    auto sel = v.find("selection");
    if (sel != v.end() && sel->is_array()) {
        for (const auto& id : *sel) {
            if (id.is_string() && find_item(app.doc.plan(), id.get<std::string>())) {
                app.view.selection.push_back(id.get<std::string>());
            }
        }
    }
}

}  // namespace

// A plan switched in: nothing of the previous plan's gestures or selection survives.
void start_over(App& app, Plan plan) {
    app.doc.reset(std::move(plan));
    app.doc.set_read_only("");
    app.clear_selection();
    app.gesture.renaming.clear();
    app.gesture.drag = DragPreview{};
    app.gesture.paste_count = 0;
    library().other_tab = OtherTab::None;
    library().damaged_name.clear();  // another plan opened: the damaged one is behind us
    library().show_damaged = false;
    mirror::stop();
}

namespace {

void set_read_only(App& app, OtherTab why) {
    Library& lib = library();
    lib.other_tab = why;
    if (int(why) == 4) {  // read-only again after a reload, without asking again
        lib.other_tab = OtherTab::None;
        why = OtherTab::OpenElsewhere;
    }
    if (why == OtherTab::OpenElsewhere && mirror::state() != mirror::State::Off) {
        lib.other_tab = OtherTab::None;  // a live mirror (mirror.js) says so in its bar, not in a dialog
        app.doc.set_read_only(mirror::reason());
    } else if (why == OtherTab::OpenElsewhere) {
        app.doc.set_read_only(i18n::tr("store.read_only_open"));
    } else if (why == OtherTab::Conflict) {
        app.doc.set_read_only(i18n::tr("store.read_only_changed"));
    }
}

void handle_reply(App& app, const std::string& op, const nlohmann::json& r) {
    Library& lib = library();
    const bool ok = r.value("ok", false);
    const std::string error = str(r, "error");
    if (op == "list") {
        lib.plans.clear();
        for (const auto& p : r.value("plans", nlohmann::json::array())) {
            lib.plans.push_back({str(p, "id"), str(p, "name"), num(p, "updated"), num(p, "trashed"), num(p, "size"),
                                 p.value("current", false)});
        }
        lib.templates.clear();
        for (const auto& t : r.value("templates", nlohmann::json::array())) {
            lib.templates.push_back({str(t, "id"), str(t, "name"), str(t, "summary")});
        }
        return;
    }
    if (op == "checkpoints") {
        lib.checkpoints.clear();
        for (const auto& c : r.value("checkpoints", nlohmann::json::array())) {
            lib.checkpoints.push_back({int(num(c, "id")), str(c, "name"), num(c, "time"), c.value("auto", false)});
        }
        return;
    }
    if (op == "share") {
        lib.share_link = ok ? str(r, "link") : std::string();
        lib.share_error = ok ? std::string() : error;
        lib.show_share = true;
        if (ok) ab_js_store_copy_text(lib.share_link.c_str());
        return;
    }
    if (op == "preview") {
        if (!ok) lib.preview.error = error;
        return;  // ab_store_preview already filled it
    }
    if (op == "create" && lib.shared_adding) {
        // The shared plan stays in the dialog until it is in the library, or the user takes it as a file.
        lib.shared_adding = false;
        if (ok) lib.shared_text.clear();
        else lib.shared_error = error.empty() ? i18n::tr("store.not_added") : error;
    }
    if (!ok) {
        app.say(error.empty() ? i18n::tr("store.failed") : error, true, 8);
        return;
    }
    if (!str(r, "notice").empty()) {
        app.say(str(r, "notice"), false, 10);
    } else if (op == "checkpoint") {
        app.say(i18n::tr("store.checkpoint_saved"), false, 3);
        request({{"op", "checkpoints"}});
    } else if (op == "flush") {
        app.say(i18n::tr("store.saved_here"), false, 2);
    } else if (op == "delete") {
        app.say(i18n::tr("store.trashed"), false, 6);
    } else if (op == "purge" || op == "empty_trash") {
        app.say(i18n::tr("store.purged"), false, 4);
    }
    // Whatever changed the library, the Plans window shows the new state.
    if (op != "flush" && op != "restore") request({{"op", "list"}});
    platform::request_frames(3);
}

}  // namespace

// "3 problems: goals[0].id: missing; ..." — the first few, so the user can find and fix them.
std::string problems_text(const std::vector<Problem>& problems) {
    std::string out = i18n::tr_count("library.problems", static_cast<double>(problems.size()));
    for (size_t i = 0; i < problems.size() && i < 3; ++i) {
        if (i) out += "; ";
        if (!problems[i].path.empty()) out += problems[i].path + ": ";
        out += problems[i].message;
    }
    if (problems.size() > 3) out += "; ...";
    return out;
}

std::string plan_title(const Plan& plan) {
    return plan.settings.name.empty() ? i18n::tr("plan.untitled") : plan.settings.name;
}

Library& library() {
    static Library lib;
    return lib;
}

bool typing_unsaved(const App& app) { return ui::typing_pending() || rename_pending(app); }

bool enabled() {
    const SaveState s = library().state;
    return s == SaveState::Saved || s == SaveState::Saving || s == SaveState::ReadOnly ||
           (s == SaveState::Failed && !library().plans.empty());
}

void restore_view(App& app, std::string_view view_json) { apply_view(app, view_json); }

void started(const std::string& failed) { ab_js_store_started(failed.c_str()); }

void after_frame(App& app) {
    // The view is saved with the plan ("a reload gives back the plan and its view"), so a pan
    // or a new selection is a change too; the library gathers changes into one write a second.
    std::string view = view_json(app).dump();
    const uint64_t rev = app.doc.revision();
    if (rev == g_seen_revision && view == g_seen_view) return;
    const bool first = g_seen_revision == UINT64_MAX;
    g_seen_revision = rev;
    g_seen_view = std::move(view);
    if (!first) ab_js_store_changed();
}

void request(const nlohmann::json& op) {
    ab_js_store_request(op.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

std::string file_name_for(std::string_view plan_name, std::string_view extension) {
    std::string out;
    for (char c : plan_name) {
        // Characters that Windows, macOS or a shell reads as something else become a dash.
        const bool bad = c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
                         c == '<' || c == '>' || c == '|' || (static_cast<unsigned char>(c) < 0x20);
        out += bad ? '-' : c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
    while (!out.empty() && (out.front() == ' ' || out.front() == '.')) out.erase(out.begin());
    if (out.empty()) out = "plan";
    out += '.';
    out += extension;
    return out;
}

void download(App& app, std::string_view format) {
    const embed::Export e = embed::export_plan(app, format);
    if (!e.text.empty()) ab_js_store_download(e.file.c_str(), e.mime.c_str(), e.text.data(), e.text.size());
}

void pick_file() { ab_js_store_pick_file(); }

void share(App& app) {
    request({{"op", "share"}, {"text", save_plan(app.doc.plan())}});
}

void save_now(App& app) {
    if (!library().damaged_name.empty()) {
        library().show_damaged = true;  // nothing here is saved: say why again
    } else if (library().state == SaveState::Off) {
        app.say(i18n::tr("store.save_off"), false, 6);
    } else {
        request({{"op", "flush"}});
    }
}

void accept_shared(App& app) {
    Library& lib = library();
    if (lib.shared_text.empty()) return;
    if (!lib.keeps_plans) {
        // This page keeps no plans (the dialog says so): it replaces the open plan as an
        // undoable step instead, and nothing stored is written.
        open_plan(app, lib.shared_text, OpenHow::Undoable);
        lib.shared_text.clear();
    } else {
        // Even when saving failed, the plan comes in as a new plan of the library and the open
        // one stays: replacing it would let the next save write the shared plan over it. If the
        // library cannot take it, the dialog says so and offers it as a file (handle_reply).
        lib.shared_adding = true;
        lib.shared_error.clear();
        request({{"op", "create"}, {"text", lib.shared_text}, {"name", lib.shared_name}});
    }
}

void download_shared() {
    const Library& lib = library();
    if (!lib.shared_text.empty()) {
        ab_js_store_download(file_name_for(lib.shared_name, "json").c_str(), "application/json", lib.shared_text.data(),
                             lib.shared_text.size());
    }
}

}  // namespace ab::web::storage

using namespace ab;
using namespace ab::web;
using namespace ab::web::storage;

extern "C" {

// A change made since the last frame (a host's or the bridge's call, with no frame drawn yet)
// is told to the library now: the page is being hidden and may never draw another frame. Text
// typed and not confirmed yet is committed first: closing the tab must not lose it.
EMSCRIPTEN_KEEPALIVE void ab_store_sync() {
    App& a = app();
    platform::drain_input();  // the last keys typed are in the field before it is committed
    ui::commit_typing();
    commit_rename_typing(a);
    after_frame(a);
}

// What autosave stores: the plan's canonical text, its name and the view around it.
EMSCRIPTEN_KEEPALIVE const char* ab_store_snapshot() {
    App& a = app();
    std::string text = save_plan(a.doc.plan());
    std::string refused = refusal(text);
    return js_reply_json({{"name", plan_title(a.doc.plan())}, {"text", std::move(text)}, {"view", view_json(a)},
                          {"revision", a.doc.revision()}, {"refused", std::move(refused)}});
}

EMSCRIPTEN_KEEPALIVE void ab_store_status(int state, const char* message, int keeps_plans) {
    Library& lib = library();
    lib.keeps_plans = keeps_plans != 0;
    const std::string text = message ? message : "";
    // A failure is said out loud once, not only in the small indicator.
    if (SaveState(state) == SaveState::Failed && (lib.state != SaveState::Failed || lib.message != text)) {
        app().say(text, true, 0);
    }
    lib.state = SaveState(state);
    lib.message = text;
    platform::request_frames(2);
}

// Opens a stored plan in place of the current one (switching plans, not an edit).
EMSCRIPTEN_KEEPALIVE const char* ab_store_open(const char* id, const char* text, const char* view, const char* origin) {
    (void)id;
    App& a = app();
    LoadResult loaded = load_plan(text ? std::string_view(text) : std::string_view());
    if (!loaded.ok()) {
        const std::string source = origin && *origin ? std::string(origin) : i18n::tr("store.source_storage");
        return js_reply_json({{"ok", false},
                              {"error", i18n::tr("store.open_failed", {{"source", source}, {"problems", problems_text(loaded.errors)}})}});
    }
    start_over(a, std::move(*loaded.plan));
    apply_view(a, view ? view : "");
    platform::request_frames(3);
    return js_reply_json({{"ok", true}, {"name", plan_title(a.doc.plan())}});
}

// Checks a plan text and optionally renames it (through a command, like any edit): the
// library's rename, duplicate and new-from-template never touch plan JSON themselves.
EMSCRIPTEN_KEEPALIVE const char* ab_store_checked(const char* text, const char* new_name) {
    LoadResult loaded = load_plan(text ? std::string_view(text) : std::string_view());
    if (!loaded.ok()) {
        return js_reply_json({{"ok", false}, {"error", i18n::tr("store.plan_damaged", {{"problems", problems_text(loaded.errors)}})}});
    }
    Document doc(std::move(*loaded.plan));
    if (new_name && *new_name) {
        const ApplyResult r = doc.apply(SetField{"", "name", std::string(new_name)});
        if (!r.ok) return js_reply_json({{"ok", false}, {"error", r.error}});
    }
    return js_reply_json({{"ok", true}, {"text", save_plan(doc.plan())}, {"name", plan_title(doc.plan())}});
}

EMSCRIPTEN_KEEPALIVE const char* ab_store_preview(const char* text) {
    Preview& p = library().preview;
    const int id = p.id;  // the row the History window asked about
    p = Preview{};
    p.id = id;
    LoadResult loaded = load_plan(text ? std::string_view(text) : std::string_view());
    if (!loaded.ok()) {
        p.error = i18n::tr("store.checkpoint_damaged", {{"problems", problems_text(loaded.errors)}});
        return js_reply_json({{"ok", false}, {"error", p.error}});
    }
    const Plan& plan = *loaded.plan;
    const Scores s = score_plan(plan);
    p.name = plan_title(plan);
    p.overall = s.overall;
    p.goals = plan.goals.size();
    p.strategies = plan.strategies.size();
    p.tactics = plan.tactics.size();
    p.kpis = plan.kpis.size();
    platform::request_frames(2);
    nlohmann::json out = {{"ok", true}, {"name", p.name}, {"goals", p.goals}, {"strategies", p.strategies},
                          {"tactics", p.tactics}, {"kpis", p.kpis}};
    out["overall"] = s.overall ? nlohmann::json(round1(*s.overall)) : nlohmann::json(nullptr);
    return js_reply_json(out);
}

// A checkpoint restore: one undoable step.
EMSCRIPTEN_KEEPALIVE const char* ab_store_restore(const char* text, const char* name) {
    App& a = app();
    const Opened opened = open_plan(a, text ? std::string_view(text) : std::string_view(), OpenHow::Undoable);
    if (!opened.read) {
        return js_reply_json(
            {{"ok", false}, {"error", i18n::tr("store.checkpoint_damaged", {{"problems", problems_text(opened.errors)}})}});
    }
    if (!opened.ok) {
        a.say(opened.refused, true, 8);
        return js_reply_json({{"ok", false}, {"error", opened.refused}});
    }
    a.say(i18n::tr("store.restored", {{"name", name ? name : ""}}), false, 8);
    return js_reply_json({{"ok", true}});
}

EMSCRIPTEN_KEEPALIVE void ab_store_other_tab(int state) {
    if (OtherTab(state) == OtherTab::ChangedElsewhere && mirror::state() != mirror::State::Off) {
        // a mirror shows the other tab's changes as they happen: nothing to reload
    } else if (OtherTab(state) == OtherTab::ChangedElsewhere) {
        app().say(i18n::tr("store.other_tab_saved"), false, 8);
    } else {
        set_read_only(app(), OtherTab(state));
    }
    platform::request_frames(3);
}

// A file picked or dropped, or a share link that could not be read (`error` set then). A good
// plan becomes a new plan of the library (or, with no library, replaces the open one as an
// undoable step); a bad one is reported and the open plan stays as it was.
// `length` bytes of text: a NUL in a file is part of it (the reader refuses it), not its end.
EMSCRIPTEN_KEEPALIVE void ab_store_import(const char* text, size_t length, const char* name, const char* origin,
                                          const char* error) {
    App& a = app();
    const std::string file = name && *name ? std::string(name) : i18n::tr("store.the_file");
    if (error && *error) {
        a.say(i18n::tr("store.import_failed", {{"file", file}, {"why", error}}), true, 0);
        platform::request_frames(3);
        return;
    }
    LoadResult loaded = load_plan(text ? std::string_view(text, length) : std::string_view());
    if (!loaded.ok()) {
        a.say(i18n::tr("store.import_damaged", {{"file", file}, {"problems", problems_text(loaded.errors)}}), true, 0);
        platform::request_frames(3);
        return;
    }
    const std::string title = plan_title(*loaded.plan);
    // Only a page that keeps no plans replaces the open one: where a library exists (even one
    // whose last save failed) the next save would write the file over the open plan's record.
    if (!library().keeps_plans) {
        if (open_plan(a, std::move(*loaded.plan), OpenHow::Undoable).ok) {
            a.say(i18n::tr("store.opened_replaced", {{"file", file}}), false, 6);
        } else {
            a.say(a.doc.read_only_reason(), true, 6);
        }
    } else {
        request({{"op", "create"}, {"text", save_plan(*loaded.plan)}, {"name", title}});
        a.say(i18n::tr("store.opened_new", {{"file", file}}), false, 6);
    }
    (void)origin;
    platform::request_frames(3);
}

// A share link in the address: checked now, imported only when the user says yes.
EMSCRIPTEN_KEEPALIVE void ab_store_shared(const char* text, size_t length) {
    App& a = app();
    LoadResult loaded = load_plan(text ? std::string_view(text, length) : std::string_view());
    if (!loaded.ok()) {
        a.say(i18n::tr("store.shared_damaged", {{"problems", problems_text(loaded.errors)}}), true, 0);
        return;
    }
    Library& lib = library();
    lib.shared_name = plan_title(*loaded.plan);
    lib.shared_text = save_plan(*loaded.plan);
    platform::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void ab_store_reply(const char* op, const char* json) {
    const nlohmann::json r = nlohmann::json::parse(json ? json : "", nullptr, false);
    handle_reply(app(), op ? op : "", r.is_object() ? r : nlohmann::json::object());
    platform::request_frames(3);
}

}  // extern "C"
