// The action table (see action_table.hpp): one entry per command.
#include "app/action_table.hpp"

#include "app/actions.hpp"
#include "i18n/i18n.hpp"
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
    if (collab::active()) return collab::can_undo() ? i18n::tr("action.undo.workshop", {{"chord", chord}}) : "";
    if (!app.doc.can_undo()) return "";
    return i18n::tr("action.undo.what", {{"what", app.doc.undo_label()}, {"chord", chord}});
}

std::string redo_tip(const App& app, const std::string& chord) {
    if (collab::active()) return collab::can_redo() ? i18n::tr("action.redo.workshop", {{"chord", chord}}) : "";
    if (!app.doc.can_redo()) return "";
    return i18n::tr("action.redo.what", {{"what", app.doc.redo_label()}, {"chord", chord}});
}

// While presenting, Esc leaves too (shortcuts.cpp): the tooltip names both.
std::string present_tip(const App& app, const std::string& chord) {
    return app.view.presenting ? i18n::tr("action.present.back", {{"chord", chord}}) : "";
}

constexpr ImGuiKeyChord kCmd = ImGuiMod_Ctrl;

std::vector<Action> make_table() {
    using K = KeyScope;
    using G = BarGroup;
    // The words are the catalogue's (actions() builds the table again when the language changes).
    const auto tr = [](const char* key) { return i18n::tr(key).c_str(); };
    return {
        // The top bar, left to right.
        Action("plans", tr("action.plans"), [](App& a) { open_plans_window(a); })
            .bar(icon::kFolder, G::Library)
            .tooltip(tr("action.plans.tip")),
        Action("undo", tr("action.undo"), [](App& a) { collab::active() ? collab::undo() : void(a.doc.undo()); })
            .bar(icon::kUndo, G::History, true)
            .keys({kCmd | ImGuiKey_Z}, K::Always)
            .when([](const App& a) { return collab::active() ? collab::can_undo() : a.doc.can_undo(); }, tr("action.undo.disabled"), tr("action.undo.disabled"))
            .tooltip(nullptr, undo_tip)
            .for_host(),
        Action("redo", tr("action.redo"), [](App& a) { collab::active() ? collab::redo() : void(a.doc.redo()); })
            .bar(icon::kRedo, G::History, true)
            .keys({kCmd | ImGuiMod_Shift | ImGuiKey_Z, kCmd | ImGuiKey_Y}, K::Always)
            .when([](const App& a) { return collab::active() ? collab::can_redo() : a.doc.can_redo(); }, tr("action.redo.disabled"), tr("action.redo.disabled"))
            .tooltip(nullptr, redo_tip)
            .for_host(),
        Action("copy", tr("action.copy"), copy_selection)
            .bar(icon::kCopy, G::Selection, true)
            .keys({kCmd | ImGuiKey_C}, K::Editing)
            .when(any_selected, tr("action.copy.disabled"), tr("action.copy.refused"))
            .tooltip(tr("action.copy.tip")),
        Action("paste", tr("action.paste"), paste_clipboard)
            .bar(icon::kPaste, G::Selection, true)
            .keys({kCmd | ImGuiKey_V}, K::Editing),
        Action("delete", tr("action.delete"), delete_selection)
            .bar(icon::kTrash, G::Selection, true)
            .keys({ImGuiKey_Delete, ImGuiKey_Backspace}, K::Board)
            .when(any_selected, tr("action.delete.disabled"), nullptr)
            .tooltip(tr("action.delete.tip")),
        // Lays every card out in its column, in link order; one Undo puts them all back.
        Action("tidy", tr("action.tidy"), tidy_board)
            .bar(icon::kTidy, G::Selection, true)
            .keys({ImGuiKey_T}, K::Board)
            .when([](const App& a) { return !a.doc.read_only(); }, nullptr, nullptr)
            .tooltip(tr("action.tidy.tip")),
        Action("history", tr("action.history"), [](App& a) { open_history_window(a); })
            .bar(icon::kHistory, G::Files, true)
            .tooltip(tr("action.history.tip")),
        Action("share", tr("action.share"), [](App& a) { storage::share(a); })
            .bar(icon::kShare, G::Files)
            .tooltip(tr("action.share.tip")),
        // A room of the open plan that others join from its link or QR code (web/collab).
        Action("workshop", tr("action.workshop"), [](App&) { collab::start(); })
            .bar(icon::kUsers, G::Files)
            .when([](const App&) { return !collab::active(); }, tr("action.workshop.disabled"), tr("action.workshop.refused"))
            .tooltip(tr("action.workshop.tip")),
        Action("download", tr("action.download"), [](App& a) { storage::download(a, "json"); })
            .bar(icon::kDownload, G::Files)
            .tooltip(tr("action.download.tip")),
        Action("download.svg", tr("action.download.svg"), [](App& a) { storage::download(a, "svg"); }),
        Action("download.png", tr("action.download.png"), [](App&) { pictures::download_png(); }),
        Action("download.pdf", tr("action.download.pdf"), [](App&) { pictures::download_pdf(); }),
        Action("copy.image", tr("action.copy.image"), [](App&) { pictures::copy_image(); }),
        Action("print", tr("action.print"), [](App&) { pictures::print(); }).keys({kCmd | ImGuiKey_P}, K::Always),
        Action("present", tr("action.present"), toggle_presentation)
            .bar(icon::kPresent, G::View)
            .keys({ImGuiKey_P}, K::Always)
            .tooltip(tr("action.present.tip"), present_tip)
            .toggle([](const App& a) { return a.view.presenting; }),
        Action("contrast", tr("action.contrast"), toggle_high_contrast)
            .bar(icon::kContrast, G::View)
            .keys({ImGuiKey_H}, K::Always)
            .toggle([](const App&) { return theme::look() == theme::Look::HighContrast; }),
        // Keys only. Save: autosave already keeps every change; this says so (or why not).
        Action("save", tr("action.save"), [](App& a) { storage::save_now(a); }).keys({kCmd | ImGuiKey_S}, K::Always),
        Action("open", tr("action.open"), [](App&) { storage::pick_file(); }).keys({kCmd | ImGuiKey_O}, K::Always),
        Action("cut", tr("action.cut"), cut_selection)
            .keys({kCmd | ImGuiKey_X}, K::Editing)
            .when(any_selected, nullptr, tr("action.cut.refused")),
        Action("duplicate", tr("action.duplicate"), duplicate_selection)
            .keys({kCmd | ImGuiKey_D}, K::Editing)
            .when(any_selected, nullptr, tr("action.duplicate.refused")),
        // The side panel's tabs; Inspect takes the keyboard into the selection's first field.
        Action("tab.inspect", tr("action.tab.inspect"), [](App& a) { open_side_tab(a, SideTab::Inspect, !a.view.selection.empty()); })
            .keys({ImGuiKey_I}, K::Board),
        Action("tab.plan", tr("action.tab.plan"), [](App& a) { open_side_tab(a, SideTab::Plan, false); }).keys({ImGuiKey_C}, K::Board),
        Action("tab.score", tr("action.tab.score"), [](App& a) { open_side_tab(a, SideTab::Score, false); })
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

// A key as the keycaps of the reader's language print it ("Entf" for Delete on a German
// keyboard, "Supr" on a Spanish one); letters are letters everywhere.
std::string key_word(ImGuiKey key) {
    switch (key) {
        case ImGuiKey_Escape: return i18n::tr("keys.escape");
        case ImGuiKey_Delete: return i18n::tr("keys.delete");
        case ImGuiKey_Backspace: return i18n::tr("keys.backspace");
        default: return ImGui::GetKeyName(key);
    }
}

// Whether the keys name Cmd rather than Ctrl: the platform layer turns ImGui's Mac behaviours on
// when the page runs on a Mac (platform_loop.cpp).
bool keys_say_cmd() { return ImGui::GetIO().ConfigMacOSXBehaviors; }

}  // namespace

const std::vector<Action>& actions() {
    static std::vector<Action> table;
    static uint32_t built = ~0u;
    if (built != i18n::generation()) {  // the labels point into the active catalogue
        table = make_table();
        built = i18n::generation();
    }
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

std::string chord_words(ImGuiKeyChord chord) {
    if (chord == 0) return "";
    std::string out;
    const auto add = [&out](const char* key) { out += i18n::tr(key) + "+"; };
    if (chord & ImGuiMod_Ctrl) add(keys_say_cmd() ? "keys.cmd" : "keys.ctrl");
    if (chord & ImGuiMod_Super) add(keys_say_cmd() ? "keys.ctrl" : "keys.super");
    if (chord & ImGuiMod_Shift) add("keys.shift");
    if (chord & ImGuiMod_Alt) add("keys.alt");
    return out + key_word(ImGuiKey(chord & ~ImGuiMod_Mask_));
}

std::string shown_chord(const Action& a) { return chord_words(a.chords[0]); }

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
