// App-wide shortcuts (see shortcuts.hpp): the action table's chords. ImGuiMod_Shortcut is Ctrl,
// or Cmd on macOS.
#include "app/shortcuts.hpp"

#include "app/action_table.hpp"
#include "imgui.h"
#include "library/storage.hpp"
#include "panels/side_panel.hpp"

namespace ab::web {
namespace {

// Whether keys of `scope` reach their actions now.
bool scope_open(const App& app, KeyScope scope) {
    if (scope == KeyScope::Always) return true;
    if (app.view.presenting) return false;  // no editing while presenting
    if (scope == KeyScope::Editing) return true;
    // The board's keys: not while the panel has the keyboard (there Enter and Delete belong to
    // the focused control), a popup is open, or a pointer gesture is under way.
    return !side_panel_focused() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) && !ImGui::IsAnyMouseDown();
}

bool plain(ImGuiKey key) {
    const ImGuiIO& io = ImGui::GetIO();
    return !io.KeyCtrl && !io.KeySuper && !io.KeyAlt && ImGui::IsKeyPressed(key, false);
}

// Keys that reach an action only in one state, beside its chords: Esc leaves presentation
// (the board's Esc clears the selection otherwise), Enter opens the selection's fields.
const Action* contextual_key(const App& app) {
    if (app.view.presenting && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) return find_action("present");
    const bool enter = plain(ImGuiKey_Enter) || plain(ImGuiKey_KeypadEnter);
    if (enter && !app.view.selection.empty() && scope_open(app, KeyScope::Board)) return find_action("tab.inspect");
    return nullptr;
}

}  // namespace

void handle_shortcuts(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !app.chrome.dialog.empty()) return;  // a library window has the keyboard
    const Action* pressed = contextual_key(app);
    for (const Action& a : actions()) {
        if (pressed) break;
        if (scope_open(app, a.scope) && action_key_pressed(a)) pressed = &a;
    }
    if (!pressed) return;
    // A key asking for what cannot be done now says why (the bar shows the button disabled).
    if (!run_action(app, *pressed) && pressed->why_not) app.say(pressed->why_not, false, 3);
}

}  // namespace ab::web
