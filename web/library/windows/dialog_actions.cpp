// What the controls of the library's dialogs do (library_dialogs.js sends {act, ...} when one is
// used): the same library calls the canvas windows made, so opening, renaming, deleting,
// checkpoints and the files behave as before. A rename of the open plan is a core command like
// any edit (undoable, autosaved); everything else is a library operation (storage::request).
#include <string>

#include "commands/command.hpp"
#include "host/pictures.hpp"
#include "i18n/i18n.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "platform/platform.hpp"

namespace ab::web::store_ui {
namespace {

// This file's words (to move into the string catalogue).

using nlohmann::json;

std::string text_of(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const storage::PlanEntry* plan_entry(const std::string& id) {
    for (const auto& p : storage::library().plans) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

std::string rename(App& app, const std::string& id, const std::string& name) {
    const storage::PlanEntry* p = plan_entry(id);
    if (!p) return i18n::tr("dialog.no_such_plan");
    if (name.empty() || name == p->name) return "";
    if (p->current) {
        const ApplyResult r = app.doc.apply(SetField{"", "name", name});
        storage::request({{"op", "list"}});
        return r.ok ? "" : r.error;
    }
    storage::request({{"op", "rename"}, {"id", id}, {"name", name}});
    return "";
}

}  // namespace

void close_dialog(App& app) {
    storage::Library& lib = storage::library();
    const std::string& d = app.chrome.dialog;
    if (d == "tab") lib.other_tab = storage::OtherTab::None;
    else if (d == "shared") lib.shared_text.clear(), lib.shared_error.clear();
    else if (d == "damaged") lib.show_damaged = false;
    else if (d == "share") lib.show_share = false;
    app.chrome.dialog.clear();
}

std::string dialog_act(App& app, const json& request) {
    storage::Library& lib = storage::library();
    const std::string act = text_of(request, "act"), id = text_of(request, "id");
    // A checkpoint's id is a number.
    const auto cp = request.find("checkpoint");
    const int checkpoint = cp != request.end() && cp->is_number_integer() ? cp->get<int>() : -1;
    platform::request_frames(3);
    if (act == "close") close_dialog(app);
    // Plans
    else if (act == "open") storage::request({{"op", "open"}, {"id", id}}), app.chrome.dialog.clear();
    else if (act == "rename") return rename(app, id, text_of(request, "name"));
    else if (act == "duplicate") storage::request({{"op", "duplicate"}, {"id", id}}), app.chrome.dialog.clear();
    else if (act == "delete") storage::request({{"op", "delete"}, {"id", id}});
    else if (act == "undelete") storage::request({{"op", "undelete"}, {"id", id}});
    else if (act == "purge") storage::request({{"op", "purge"}, {"id", id}});
    else if (act == "empty_trash") storage::request({{"op", "empty_trash"}});
    else if (act == "new") storage::request({{"op", "new"}, {"template", id}}), app.chrome.dialog.clear();
    else if (act == "pick_file") storage::pick_file();
    else if (act == "download") {
        const std::string format = text_of(request, "format");
        if (format == "png") pictures::download_png();
        else if (format == "pdf") pictures::download_pdf();
        else storage::download(app, format);
    }
    // History
    else if (act == "checkpoint") storage::request({{"op", "checkpoint"}, {"name", text_of(request, "name")}});
    else if (act == "preview") {
        lib.preview = storage::Preview{};
        lib.preview.id = checkpoint;
        storage::request({{"op", "preview"}, {"id", checkpoint}});
    } else if (act == "restore") storage::request({{"op", "restore"}, {"id", checkpoint}}), app.chrome.dialog.clear();
    // Another tab
    else if (act == "reload") storage::request({{"op", "reload"}}), close_dialog(app);
    else if (act == "save_copy") storage::request({{"op", "save_copy"}}), close_dialog(app);
    // A shared plan, a damaged plan, the share link
    else if (act == "accept_shared") {
        const bool replaces = !lib.keeps_plans;
        storage::accept_shared(app);
        if (replaces) close_dialog(app);
    } else if (act == "download_shared") storage::download_shared();
    else if (act == "download_damaged") storage::download_damaged();
    else if (act == "plans") lib.show_damaged = false, open_plans_window(app);
    else if (act == "link_copied") app.say(i18n::tr("dialog.link_copied"), false, 2);
    else return i18n::tr("dialog.unknown_act", {{"act", act}});
    return "";
}

}  // namespace ab::web::store_ui
