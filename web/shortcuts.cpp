// App-wide shortcuts (see shortcuts.hpp). ImGuiMod_Shortcut is Ctrl, or Cmd on macOS.
#include "shortcuts.hpp"

#include "imgui.h"

namespace ab::web {

void handle_shortcuts(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;
    const bool redo = ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z) ||
                      ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Y);
    if (redo) {
        if (!app.doc.redo()) app.say("Nothing to redo", false, 2);
        return;
    }
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Z)) {
        if (!app.doc.undo()) app.say("Nothing to undo", false, 2);
    }
}

}  // namespace ab::web
