// The library's modal frame and its small dialogs (see library/windows.hpp): the second tab, a
// shared plan to import, and the link to share.
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <ctime>

#include "ui/text/fonts.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "library/mirror.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "ui/theme.hpp"

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

bool begin_window(App& app, const char* id, const char* title, float width_css, bool* open) {
    const float r = platform::pixel_ratio();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const float w = std::min(width_css * r, display.x - 24 * r);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, display.y - 48 * r));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * r, 20 * r));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12 * r);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * r, 8 * r));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    const bool shown = ImGui::BeginPopupModal(id, nullptr, flags);
    if (!shown) {
        ImGui::PopStyleVar(3);
        return false;
    }
    app.probe.rects.clear("dialog/");
    const fonts::Set& fs = fonts::get();
    ImGui::PushFont(fs.heading, fs.heading->LegacySize);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    // Close: a cross at the top right, and Esc.
    const float size = 28 * r;
    const ImVec2 keep = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowWidth() - 16 * r - size, 14 * r));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button(icon::kClose, ImVec2(size, size)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) *open = false;
    ImGui::PopStyleColor();
    keep_rect(app, "close");
    ImGui::SetCursorPos(keep);
    ImGui::Spacing();
    return true;
}

void end_window(bool open) {
    if (!open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    ImGui::PopStyleVar(3);
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

void wrapped(const std::string& text, unsigned int colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace store_ui

namespace {

using namespace store_ui;

// The plan is open in another tab (or changed there): nothing is saved over the other tab's work
// unless the user picks a way that cannot overwrite it.
void draw_tab_dialog(App& app) {
    storage::Library& lib = storage::library();
    bool open = true;
    const bool conflict = lib.other_tab == storage::OtherTab::Conflict;
    if (!begin_window(app, "##tab", conflict ? "Changed in another tab" : "Open in another tab", 480, &open)) return;
    wrapped(conflict ? "This plan was changed in another tab after this one opened it. To keep both, this tab "
                       "stopped saving: reload to see the other tab's version, or save what you have here as a copy."
                     : "This plan is already open in another tab. So the two never overwrite each other, it is "
                       "read-only here. You can look around, reload it later, or save a copy to edit here.",
            kTextMuted);
    ImGui::Spacing();
    bool close = !open;
    if (!conflict && button(app, "tab.readonly", "Keep read-only", true)) close = true;
    if (!conflict) ImGui::SameLine();
    if (button(app, "tab.reload", "Reload", conflict)) {
        storage::request({{"op", "reload"}});
        close = true;
    }
    ImGui::SameLine();
    if (button(app, "tab.copy", "Save as a copy")) {
        storage::request({{"op", "save_copy"}});
        close = true;
    }
    if (close) {
        lib.other_tab = storage::OtherTab::None;
        app.chrome.dialog.clear();
    }
    end_window(!close);
}

// A plan arrived in a share link: it is imported only when the user says so. Where the page
// keeps plans it comes in as a new plan and the open one stays; where it keeps none, the dialog
// says that it replaces the open plan (one undoable step) and offers that plan as a file first.
void draw_shared_dialog(App& app) {
    storage::Library& lib = storage::library();
    bool open = true;
    if (!begin_window(app, "##shared", "Open a shared plan?", 480, &open)) return;
    const std::string what = "The link holds the plan \xe2\x80\x9c" + lib.shared_name + "\xe2\x80\x9d. ";
    bool close = !open;
    if (!lib.shared_error.empty()) {
        wrapped(what + "It could not be added to your plans: " + lib.shared_error, kErrorText);
        wrapped("The plan you have open stays as it is. Download the shared plan to keep it.", kTextMuted);
        ImGui::Spacing();
        if (button(app, "shared.download", "Download the shared plan", true)) {
            storage::download_shared();
        }
    } else if (lib.keeps_plans) {
        wrapped(what + "Opening it adds it to your plans as a new plan; the plan you have open stays as it is.", kTextMuted);
        ImGui::Spacing();
        if (button(app, "shared.open", lib.shared_adding ? "Adding\xe2\x80\xa6" : "Open as a new plan", true,
                   !lib.shared_adding)) {
            storage::accept_shared(app);
        }
    } else {
        wrapped(what + "This page keeps no plans" + (lib.message.empty() ? std::string() : " (" + lib.message + ")") +
                    ", so opening it replaces the plan you have open here. Undo (Ctrl+Z) brings yours back; "
                    "download yours first to keep a copy.",
                kTextMuted);
        ImGui::Spacing();
        if (button(app, "shared.mine", "Download mine")) storage::download(app, "json");
        ImGui::SameLine();
        if (button(app, "shared.open", "Open in place of mine", true)) {
            storage::accept_shared(app);
            close = true;
        }
    }
    if (lib.shared_text.empty()) close = true;  // added to the library
    ImGui::SameLine();
    if (button(app, "shared.cancel", lib.shared_error.empty() ? "Not now" : "Close", false, !lib.shared_adding)) close = true;
    if (close) {
        lib.shared_text.clear();
        lib.shared_error.clear();
        app.chrome.dialog.clear();
    }
    end_window(!close);
}

// The stored plan chosen at start did not open: it is kept as it is; the user can take its
// text as a file, or go to another plan.
void draw_damaged_dialog(App& app) {
    storage::Library& lib = storage::library();
    bool open = true;
    if (!begin_window(app, "##damaged", "This plan could not be opened", 520, &open)) return;
    wrapped("\xe2\x80\x9c" + lib.damaged_name + "\xe2\x80\x9d could not be opened: " + lib.damaged_why + ".", kErrorText);
    wrapped("It is kept in this browser exactly as it was, and nothing in this tab is saved over it. Download its "
            "text to keep it (a newer Alignboard, or a fixed copy, opens it), or open another plan.",
            kTextMuted);
    ImGui::Spacing();
    bool close = !open;
    if (button(app, "damaged.download", "Download its text", true)) storage::download_damaged();
    ImGui::SameLine();
    if (button(app, "damaged.plans", "Your plans")) {
        lib.show_damaged = false;
        open_plans_window(app);
        end_window(true);
        return;
    }
    ImGui::SameLine();
    if (button(app, "damaged.close", "Close")) close = true;
    if (close) {
        lib.show_damaged = false;
        app.chrome.dialog.clear();
    }
    end_window(!close);
}

// The link just made (and copied), or why there is none and the file instead.
void draw_share_dialog(App& app) {
    storage::Library& lib = storage::library();
    bool open = true;
    if (!begin_window(app, "##share", "Share this plan", 520, &open)) return;
    bool close = !open;
    if (!lib.share_link.empty()) {
        wrapped("Anyone who opens this link gets a copy of the plan as it is now, with nothing to install "
                "and no account. It is copied to your clipboard.", kTextMuted);
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputText("##link", lib.share_link.data(), lib.share_link.size() + 1, ImGuiInputTextFlags_ReadOnly);
        keep_rect(app, "share.link");
        if (button(app, "share.copy", "Copy again", true)) {
            ImGui::SetClipboardText(lib.share_link.c_str());
            app.say("Link copied.", false, 2);
        }
    } else {
        wrapped(lib.share_error, kErrorText);
        if (button(app, "share.download", "Download the file", true)) storage::download(app, "json");
    }
    ImGui::SameLine();
    if (button(app, "share.close", "Close")) close = true;
    if (close) {
        lib.show_share = false;
        app.chrome.dialog.clear();
    }
    end_window(!close);
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
    if (app.chrome.dialog.empty()) app.probe.rects.clear("dialog/");
    mirror::draw_bar(app);  // under any dialog: a modal still comes first
    if (app.chrome.dialog.empty()) return;
    if (app.chrome.dialog == "tab") draw_tab_dialog(app);
    else if (app.chrome.dialog == "shared") draw_shared_dialog(app);
    else if (app.chrome.dialog == "damaged") draw_damaged_dialog(app);
    else if (app.chrome.dialog == "share") draw_share_dialog(app);
    else if (app.chrome.dialog == "plans") draw_plans_window(app);
    else if (app.chrome.dialog == "history") draw_history_window(app);
    else app.chrome.dialog.clear();
}

}  // namespace ab::web
