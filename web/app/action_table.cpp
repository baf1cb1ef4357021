// The action table (see action_table.hpp): one entry per command.
#include "app/action_table.hpp"

#include "app/actions.hpp"
#include "ui/icons.hpp"
#include "platform/platform.hpp"
#include "panels/side_panel.hpp"
#include "library/storage.hpp"
#include "host/pictures.hpp"
#include "collab/collab.hpp"
#include "library/windows/windows.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

bool any_selected(const App& app) { return !app.view.selection.empty(); }

void paste_clipboard(App& app) {
    const char* text = ImGui::GetClipboardText();
    paste_cards_text(app, text ? text : "");
}

std::string undo_tip(const App& app, const std::string& chord) {
    if (collab::active()) return collab::can_undo() ? "Undo your last change in the workshop (" + chord + ")" : "";
    if (!app.doc.can_undo()) return "";
    return "Undo " + app.doc.undo_label() + " (" + chord + ")";
}

std::string redo_tip(const App& app, const std::string& chord) {
    if (collab::active()) return collab::can_redo() ? "Redo your change in the workshop (" + chord + ")" : "";
    if (!app.doc.can_redo()) return "";
    return "Redo " + app.doc.redo_label() + " (" + chord + ")";
}

// While presenting, Esc leaves too (shortcuts.cpp): the tooltip names both.
std::string present_tip(const App& app, const std::string& chord) {
    return app.view.presenting ? "Back to editing (" + chord + " or Esc)" : "";
}

constexpr ImGuiKeyChord kCmd = ImGuiMod_Ctrl;

std::vector<Action> make_table() {
    using K = KeyScope;
    using G = BarGroup;
    return {
        // The top bar, left to right.
        Action("plans", "Your plans", [](App& a) { open_plans_window(a); })
            .bar(icon::kFolder, G::Library)
            .tooltip("Your plans: open, new, rename, files"),
        Action("undo", "Undo", [](App& a) { collab::active() ? collab::undo() : void(a.doc.undo()); })
            .bar(icon::kUndo, G::History, true)
            .keys({kCmd | ImGuiKey_Z}, K::Always)
            .when([](const App& a) { return collab::active() ? collab::can_undo() : a.doc.can_undo(); }, "Nothing to undo", "Nothing to undo")
            .tooltip(nullptr, undo_tip)
            .for_host(),
        Action("redo", "Redo", [](App& a) { collab::active() ? collab::redo() : void(a.doc.redo()); })
            .bar(icon::kRedo, G::History, true)
            .keys({kCmd | ImGuiMod_Shift | ImGuiKey_Z, kCmd | ImGuiKey_Y}, K::Always)
            .when([](const App& a) { return collab::active() ? collab::can_redo() : a.doc.can_redo(); }, "Nothing to redo", "Nothing to redo")
            .tooltip(nullptr, redo_tip)
            .for_host(),
        Action("copy", "Copy cards", copy_selection)
            .bar(icon::kCopy, G::Selection, true)
            .keys({kCmd | ImGuiKey_C}, K::Editing)
            .when(any_selected, "Select cards to copy", "Select cards to copy first.")
            .tooltip("Copy the selected cards"),
        Action("paste", "Paste cards", paste_clipboard)
            .bar(icon::kPaste, G::Selection, true)
            .keys({kCmd | ImGuiKey_V}, K::Editing),
        Action("delete", "Delete cards", delete_selection)
            .bar(icon::kTrash, G::Selection, true)
            .keys({ImGuiKey_Delete, ImGuiKey_Backspace}, K::Board)
            .when(any_selected, "Select cards to delete", nullptr)
            .tooltip("Delete the selected cards"),
        // Lays every card out in its column, in link order; one Undo puts them all back.
        Action("tidy", "Tidy the board", tidy_board)
            .bar(icon::kTidy, G::Selection, true)
            .keys({ImGuiKey_T}, K::Board)
            .when([](const App& a) { return !a.doc.read_only(); }, nullptr, nullptr)
            .tooltip("Tidy the board: every card in its column, in link order"),
        Action("history", "History", [](App& a) { open_history_window(a); })
            .bar(icon::kHistory, G::Files, true)
            .tooltip("History: checkpoints to name and restore"),
        Action("share", "Share a link", [](App& a) { storage::share(a); })
            .bar(icon::kShare, G::Files)
            .tooltip("Share a link to this plan"),
        // A room of the open plan that others join from its link or QR code (web/collab).
        Action("workshop", "Start a workshop", [](App&) { collab::start(); })
            .bar(icon::kUsers, G::Files)
            .when([](const App&) { return !collab::active(); }, "You are in a workshop", "You are in a workshop already.")
            .tooltip("Start a workshop: others edit this plan live from a link or QR code"),
        Action("download", "Download the plan", [](App& a) { storage::download(a, "json"); })
            .bar(icon::kDownload, G::Files)
            .tooltip("Download the plan (.json)"),
        Action("download.svg", "Download a picture (SVG)", [](App& a) { storage::download(a, "svg"); }),
        Action("download.png", "Download a picture (PNG)", [](App&) { pictures::download_png(); }),
        Action("download.pdf", "Download PDF", [](App&) { pictures::download_pdf(); }),
        Action("copy.image", "Copy as image", [](App&) { pictures::copy_image(); }),
        Action("print", "Print", [](App&) { pictures::print(); }).keys({kCmd | ImGuiKey_P}, K::Always),
        Action("present", "Present", toggle_presentation)
            .bar(icon::kPresent, G::View)
            .keys({ImGuiKey_P}, K::Always)
            .tooltip("Present: larger board, no editing tools", present_tip)
            .toggle([](const App& a) { return a.view.presenting; }),
        Action("contrast", "High contrast", toggle_high_contrast)
            .bar(icon::kContrast, G::View)
            .keys({ImGuiKey_H}, K::Always)
            .toggle([](const App&) { return theme::look() == theme::Look::HighContrast; }),
        // Keys only. Save: autosave already keeps every change; this says so (or why not).
        Action("save", "Save now", [](App& a) { storage::save_now(a); }).keys({kCmd | ImGuiKey_S}, K::Always),
        Action("open", "Open a file", [](App&) { storage::pick_file(); }).keys({kCmd | ImGuiKey_O}, K::Always),
        Action("cut", "Cut cards", cut_selection)
            .keys({kCmd | ImGuiKey_X}, K::Editing)
            .when(any_selected, nullptr, "Select cards to cut first."),
        Action("duplicate", "Duplicate cards", duplicate_selection)
            .keys({kCmd | ImGuiKey_D}, K::Editing)
            .when(any_selected, nullptr, "Select cards to duplicate first."),
        // The side panel's tabs; Inspect takes the keyboard into the selection's first field.
        Action("tab.inspect", "Inspect tab", [](App& a) { open_side_tab(a, SideTab::Inspect, !a.view.selection.empty()); })
            .keys({ImGuiKey_I}, K::Board),
        Action("tab.plan", "Plan tab", [](App& a) { open_side_tab(a, SideTab::Plan, false); }).keys({ImGuiKey_C}, K::Board),
        Action("tab.score", "Score tab", [](App& a) { open_side_tab(a, SideTab::Score, false); })
            .keys({ImGuiKey_S}, K::Board),
    };
}

// ImGui's key names where they are not what a keyboard's keycap says.
const char* key_name(ImGuiKey key) {
    switch (key) {
        case ImGuiKey_Escape: return "Esc";
        default: return ImGui::GetKeyName(key);
    }
}

// Whether the keys name Cmd rather than Ctrl: the platform layer turns ImGui's Mac behaviours on
// when the page runs on a Mac (platform_loop.cpp).
bool keys_say_cmd() { return ImGui::GetIO().ConfigMacOSXBehaviors; }

}  // namespace

const std::vector<Action>& actions() {
    static const std::vector<Action> table = make_table();
    return table;
}

const Action* find_action(const std::string& id) {
    for (const Action& a : actions()) {
        if (id == a.id) return &a;
    }
    return nullptr;
}

std::string chord_text(ImGuiKeyChord chord) {
    if (chord == 0) return "";
    std::string out;
    // ImGui 1.92 on a Mac hears Cmd as ImGuiMod_Ctrl and Ctrl as ImGuiMod_Super.
    if (chord & ImGuiMod_Ctrl) out += keys_say_cmd() ? "Cmd+" : "Ctrl+";
    if (chord & ImGuiMod_Super) out += keys_say_cmd() ? "Ctrl+" : "Super+";
    if (chord & ImGuiMod_Shift) out += "Shift+";
    if (chord & ImGuiMod_Alt) out += "Alt+";
    return out + key_name(ImGuiKey(chord & ~ImGuiMod_Mask_));
}

std::string shown_chord(const Action& a) { return chord_text(a.chords[0]); }

bool action_enabled(const App& app, const Action& a) { return !a.enabled || a.enabled(app); }

std::string action_tooltip(const App& app, const Action& a) {
    const std::string chord = shown_chord(a);
    if (a.dynamic_tip) {
        std::string tip = a.dynamic_tip(app, chord);
        if (!tip.empty()) return tip;
    }
    if (!action_enabled(app, a) && a.disabled_tip) return a.disabled_tip;
    const std::string words = a.tip ? a.tip : a.label;
    return chord.empty() ? words : words + " (" + chord + ")";
}

bool run_action(App& app, const Action& a) {
    if (!action_enabled(app, a)) return false;
    app.probe.actions.last_run = a.id;
    a.run(app);
    platform::request_frames(3);
    return true;
}

bool action_key_pressed(const Action& a) {
    const ImGuiIO& io = ImGui::GetIO();
    for (const ImGuiKeyChord chord : a.chords) {
        if (chord == 0) continue;
        if (chord & ImGuiMod_Mask_) {
            if (ImGui::IsKeyChordPressed(chord)) return true;
        } else if (!io.KeyCtrl && !io.KeySuper && !io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey(chord), false)) {
            return true;
        }
    }
    return false;
}

}  // namespace ab::web
