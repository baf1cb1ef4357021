// The app's commands as one table, the way Excalidraw's actions/ registry does it: each action
// has an id, a label, an icon, its key chords, when it is enabled and what it runs. The top bar
// and its More menu, the keyboard, the tooltips, the test bridge and the host API all read this
// table, so adding a command is one entry in action_table.cpp. What an action runs lives in
// actions.cpp (or storage, the side panel, ...): every plan change goes through Document::apply.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "imgui.h"

namespace ab::web {

// When an action's keys work (text fields and library windows always keep the keyboard).
enum class KeyScope {
    Always,   // also while presenting
    Editing,  // not while presenting
    Board,    // not while presenting, nor while the side panel or a popup has the keyboard, nor
              // while a pointer button is held (a drag in progress)
};

// Where the top bar shows an action. Actions of one group sit together, groups apart; the
// foldable groups go into the More menu when the bar is narrow.
enum class BarGroup {
    None,     // keys (and the host) only
    Library,  // the plans button at the left
    History,  // undo, redo
    Selection,
    Files,
    View,     // present, high contrast
};

// One command. Entries are written as chains (action_table.cpp):
//   Action("copy", "Copy cards", copy_selection).bar(icon::kCopy, BarGroup::Selection)
//       .keys({ImGuiMod_Ctrl | ImGuiKey_C}, KeyScope::Editing).when(any_selected, ...)
struct Action {
    const char* id;     // stable: bridge names ("undo"), host requests and toolbarRect names
    const char* label;  // the More menu's words
    void (*run)(App&);
    const char* icon = nullptr;  // the top bar's glyph (icons.hpp), nullptr when not on the bar
    BarGroup group = BarGroup::None;
    bool edits = false;  // an editing tool: not on the bar while the plan cannot be changed
    // Up to three chords, the first one shown. A chord with ImGuiMod_Ctrl is Ctrl, or Cmd
    // on a Mac; a bare key means that key without Ctrl, Cmd or Alt (Shift does not matter).
    ImGuiKeyChord chords[3] = {};
    KeyScope scope = KeyScope::Always;
    bool (*enabled)(const App&) = nullptr;  // nullptr: always
    // The tooltip's words before the chord ("Copy the selected cards"); nullptr: the label.
    const char* tip = nullptr;
    // The tooltip while disabled, and what a key says when it asks for a disabled action
    // (nullptr: nothing).
    const char* disabled_tip = nullptr;
    const char* why_not = nullptr;
    // The whole tooltip when it depends on the state ("Undo Move card (Ctrl+Z)"); nullptr, or
    // an empty answer, keeps the one made of `tip` and the chord.
    std::string (*dynamic_tip)(const App&, const std::string& chord) = nullptr;
    bool (*checked)(const App&) = nullptr;  // a toggle that is on (its button shows pressed)
    bool host = false;  // a host page may run it (web/embed.js: {type: id})

    Action(const char* id_, const char* label_, void (*run_)(App&)) : id(id_), label(label_), run(run_) {}
    Action& bar(const char* glyph, BarGroup g, bool editing_tool = false) {
        icon = glyph, group = g, edits = editing_tool;
        return *this;
    }
    Action& keys(std::initializer_list<ImGuiKeyChord> list, KeyScope s) {
        size_t i = 0;
        for (const ImGuiKeyChord c : list) {
            if (i < 3) chords[i++] = c;
        }
        scope = s;
        return *this;
    }
    Action& when(bool (*fn)(const App&), const char* tip_disabled, const char* key_why_not) {
        enabled = fn, disabled_tip = tip_disabled, why_not = key_why_not;
        return *this;
    }
    Action& tooltip(const char* words, std::string (*dynamic)(const App&, const std::string&) = nullptr) {
        tip = words, dynamic_tip = dynamic;
        return *this;
    }
    Action& toggle(bool (*on)(const App&)) {
        checked = on;
        return *this;
    }
    Action& for_host() {
        host = true;
        return *this;
    }
};

// Every action, in the top bar's order.
const std::vector<Action>& actions();
// The action named `id`, or nullptr.
const Action* find_action(const std::string& id);

// "Ctrl+Shift+Z" (or "Cmd+Shift+Z" on a Mac), "Delete", "P"; "" for no chord. Always in English,
// as the keys are named in code (the bridge's `keys`, which tests press).
std::string chord_text(ImGuiKeyChord chord);
// The same chord as a reader of the chosen language knows the keys: "Strg+Umschalt+Z" in
// German, "Ctrl+Mayús+Z" in Spanish (the catalogue's keys.*).
std::string chord_words(ImGuiKeyChord chord);
// The chord the tooltips and menus show for `a`, in the reader's words ("" when it has no keys).
std::string shown_chord(const Action& a);
bool action_enabled(const App& app, const Action& a);
// The tooltip for `a` as the bar shows it now: "Copy the selected cards (Ctrl+C)".
std::string action_tooltip(const App& app, const Action& a);

// Runs `a` when it is enabled (and notes it for the bridge); returns whether it ran.
bool run_action(App& app, const Action& a);

// Whether one of `a`'s chords was pressed this frame (no repeat).
bool action_key_pressed(const Action& a);

}  // namespace ab::web
