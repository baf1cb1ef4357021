// Which library dialog is open, and its content sent to the page (see library/windows.hpp);
// the mirror bar's ImGui button; the exported entry the dialogs' controls call.
#include <cstdio>
#include <ctime>
#include <string>

#include <emscripten.h>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "library/mirror.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "platform/js_reply.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

extern "C" {
// library_dialogs_lib.js: the open dialog's content (JSON text of `length` bytes) to draw.
void ab_js_library_dialog(const char* json, size_t length);
}

namespace ab::web {

using namespace theme;

namespace store_ui {

void keep_rect(App& app, const std::string& name) {
    app.probe.rects.keep_item("dialog/" + name);
}

bool button(App& app, const char* name, const char* label, bool primary, bool enabled) {
    const float r = platform::pixel_ratio();
    ImGui::PushID(name);
    ImGui::BeginDisabled(!enabled);
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(kAccent));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kOnAccent));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * r, 7 * r));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar();
    if (primary) ImGui::PopStyleColor(3);
    ImGui::EndDisabled();
    ImGui::PopID();
    keep_rect(app, name);
    return pressed;
}

std::string when(double time_ms) {
    const double now_ms = double(std::time(nullptr)) * 1000.0;
    const double ago_s = (now_ms - time_ms) / 1000.0;
    if (ago_s < 60) return i18n::tr("when.just_now");
    if (ago_s < 3600) return i18n::tr_count("when.minutes_ago", double(int(ago_s / 60)));
    const std::time_t t = std::time_t(time_ms / 1000.0);
    std::tm local{};
    localtime_r(&t, &local);
    char time[8], day[16];
    std::strftime(time, sizeof time, "%H:%M", &local);
    std::strftime(day, sizeof day, "%Y-%m-%d", &local);
    // The date in the reader's order (format/numbers.hpp: local_date); 24-hour time reads everywhere.
    if (ago_s < 20 * 3600) return i18n::tr("when.today", {{"time", time}});
    return i18n::tr("when.date", {{"date", local_date(day)}, {"time", time}});
}

}  // namespace store_ui

namespace {

std::string g_sent;  // the content the page last drew, so it is sent only when it changed

void send(App& app) {
    const std::string now = store_ui::dialog_model(app).dump();
    if (now == g_sent) return;
    g_sent = now;
    ab_js_library_dialog(now.data(), now.size());
}

}  // namespace

void open_plans_window(App& app) {
    app.chrome.dialog = "plans";
    storage::request({{"op", "list"}});
}

void open_history_window(App& app) {
    app.chrome.dialog = "history";
    storage::library().preview = storage::Preview{};
    storage::request({{"op", "checkpoints"}});
}

void draw_store_windows(App& app) {
    storage::Library& lib = storage::library();
    // What the library asks of the user comes before what the user opened.
    if (lib.other_tab == storage::OtherTab::OpenElsewhere || lib.other_tab == storage::OtherTab::Conflict) {
        app.chrome.dialog = "tab";
    } else if (lib.show_damaged) {
        app.chrome.dialog = "damaged";
    } else if (!lib.shared_text.empty()) {
        app.chrome.dialog = "shared";
    } else if (lib.show_share) {
        app.chrome.dialog = "share";
    }
    const std::string& d = app.chrome.dialog;
    // A dialog whose question went away closes (the shared plan was added to the library).
    if ((d == "tab" && lib.other_tab == storage::OtherTab::None) || (d == "shared" && lib.shared_text.empty()) ||
        (d == "damaged" && !lib.show_damaged) || (d == "share" && !lib.show_share)) {
        store_ui::close_dialog(app);
    } else if (!d.empty() && d != "plans" && d != "history" && d != "tab" && d != "shared" && d != "damaged" &&
               d != "share") {
        app.chrome.dialog.clear();
    }
    app.probe.rects.clear("dialog/");
    mirror::draw_bar(app);  // under any dialog: a modal still comes first
    send(app);
}

}  // namespace ab::web

using namespace ab;
using namespace ab::web;

extern "C" {

// A control of the open library dialog was used: `request` is {act, id?, name?, format?,
// checkpoint?} (dialog_actions.cpp). Runs it inside the user's click (a file picker or a
// download needs one) and answers {error, model}: why it did not ('' when it did) and the
// dialog's content after it, which the page draws at once.
EMSCRIPTEN_KEEPALIVE const char* ab_library_dialog_act(const char* request) {
    App& a = app();
    const nlohmann::json r = nlohmann::json::parse(request ? request : "", nullptr, false);
    const std::string error = r.is_object() ? store_ui::dialog_act(a, r) : i18n::tr("dialog.bad_request");
    nlohmann::json model = store_ui::dialog_model(a);
    g_sent = model.dump();
    return js_reply_json(nlohmann::json{{"error", error}, {"model", std::move(model)}});
}

}  // extern "C"
