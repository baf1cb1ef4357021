// App-wide shortcuts (see shortcuts.hpp). ImGuiMod_Shortcut is Ctrl, or Cmd on macOS.
#include "app/shortcuts.hpp"

#include "app/actions.hpp"
#include "imgui.h"
#include "library/storage.hpp"
#include "panels/side_panel.hpp"

namespace ab::web {
namespace {

bool chord(ImGuiKeyChord c) { return ImGui::IsKeyChordPressed(c); }

// A plain key (no Ctrl, Cmd or Alt) pressed this frame, not repeated.
bool plain(ImGuiKey key) {
    const ImGuiIO& io = ImGui::GetIO();
    return !io.KeyCtrl && !io.KeySuper && !io.KeyAlt && ImGui::IsKeyPressed(key, false);
}

}  // namespace

void handle_shortcuts(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !app.dialog.empty()) return;  // a library window has the keyboard
    // Files: save now (autosave already keeps every change; this says so) and open.
    if (chord(ImGuiMod_Shortcut | ImGuiKey_S)) return storage::save_now(app);
    if (chord(ImGuiMod_Shortcut | ImGuiKey_O)) return storage::pick_file();
    const bool redo = chord(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z) ||
                      chord(ImGuiMod_Shortcut | ImGuiKey_Y);
    if (redo) {
        if (!app.doc.redo()) app.say("Nothing to redo", false, 2);
        return;
    }
    if (chord(ImGuiMod_Shortcut | ImGuiKey_Z)) {
        if (!app.doc.undo()) app.say("Nothing to undo", false, 2);
        return;
    }
    // View toggles work in presentation too; the Esc that leaves it is not the board's Esc.
    if (plain(ImGuiKey_P) || (app.presenting && ImGui::IsKeyPressed(ImGuiKey_Escape, false))) {
        toggle_presentation(app);
        return;
    }
    if (plain(ImGuiKey_H)) {
        toggle_high_contrast(app);
        return;
    }
    if (app.presenting) return;  // no editing while presenting
    // Side panel tabs; Enter and I open the selection's fields with the keyboard in the first one.
    // Not while the panel has the keyboard: there Enter presses the focused control.
    if (!side_panel_focused() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        const bool enter = plain(ImGuiKey_Enter) || plain(ImGuiKey_KeypadEnter);
        if (plain(ImGuiKey_I) || (enter && !app.selection.empty())) {
            open_side_tab(app, SideTab::Inspect, !app.selection.empty());
            return;
        }
        if (plain(ImGuiKey_C)) return open_side_tab(app, SideTab::Plan, false);
        if (plain(ImGuiKey_S)) return open_side_tab(app, SideTab::Score, false);
    }
    if (chord(ImGuiMod_Shortcut | ImGuiKey_C)) copy_selection(app);
    else if (chord(ImGuiMod_Shortcut | ImGuiKey_X)) cut_selection(app);
    else if (chord(ImGuiMod_Shortcut | ImGuiKey_V)) {
        const char* text = ImGui::GetClipboardText();
        paste_cards_text(app, text ? text : "");
    } else if (chord(ImGuiMod_Shortcut | ImGuiKey_D)) {
        duplicate_selection(app);
    }
}

}  // namespace ab::web
