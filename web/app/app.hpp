// The app's state: the live plan (a core Document, the only way anything edits it) and the view
// state around it — camera, selection, the message shown to the user. View state is not plan
// state: it is never undone and never saved into the plan.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "board/model.hpp"
#include "document/document.hpp"

namespace ab::web {

// What part of the board is on screen. `offset` is the world point at the board area's top-left
// corner; `zoom` = CSS pixels per world unit.
struct Camera {
    float offset_x_world = 0;
    float offset_y_world = 0;
    float zoom = 1;
    bool needs_fit = true;  // set when a plan opens: the next frame frames it
    // `zoom=fit` of an embed: framing shows the whole plan, however small, rather than
    // fitting its width at a zoom whose text still reads.
    bool fit_whole = false;
};

// A short message at the bottom of the board ("Could not open the plan: ...").
struct Notice {
    std::string text;
    bool is_error = false;
    double until_s = 0;  // ImGui time at which it fades
};

// A card dragged onto another card: what dropping it there would do. Recomputed only when the
// card under the pointer changes (what-if scoring is not per frame work).
struct DragPreview {
    std::string source, target;  // item ids; empty target when over no card
    bool ok = false;             // the model accepts the link
    std::string text;            // "88.5 \u2192 91.4" when ok, else the reason it is refused
    Link link;                   // the oriented link when ok
};

// What the right-hand panel shows: the score, the selection's fields, or the plan's context.
enum class SideTab { Score, Inspect, Plan };

// How much of the app's frame an embed shows (`?ui=`): everything; the board and the top bar
// (no side panel); or the board alone (no top bar, panel, palette or zoom control).
enum class Chrome { Full, Minimal, None };

// What the action table (action_table.hpp) and the top bar did last, for the test bridge.
struct ActionProbe {
    std::string last_run;  // the id of the action run last (by a key, the top bar, the host)
    // The top bar control under the pointer last frame: its action, and what it showed (a
    // button's tooltip, or a More menu item's label and shortcut).
    std::string hover_id, hover_label, hover_chord, hover_tip;
};

struct App {
    Document doc;
    Camera camera;
    std::vector<std::string> selection;  // item ids, in selection order
    Notice notice;
    std::string last_message;            // the latest notice, kept after it fades (for tests)
    DragPreview drag;                    // valid while a card is dragged over another card
    std::vector<std::string> glow;       // cards to highlight (a hovered finding), this frame
    std::vector<std::string> centre_on;  // items the board should centre on next frame
    std::string renaming;                // the card whose title is being edited in place
    bool rename_started = false;         // its text field has been filled and focused
    std::string rename_text;             // what the field holds
    int palette_drag = -1;               // the Kind being dragged out of the palette, or -1
    // Where the palette drew its Goal, Strategy, Tactic, KPI buttons (x, y, w, h, CSS pixels).
    std::array<std::array<float, 4>, 4> palette_rects_css{};
    // Where the score panel drew each finding (x, y, w, h in CSS pixels; zero when scrolled out).
    std::vector<std::array<float, 4>> finding_rects_css;
    SideTab side_tab = SideTab::Score;
    bool focus_panel = false;  // the side panel takes the keyboard (its first field) next frame
    // Where the side panel drew its named fields and tabs (x, y, w, h, CSS pixels), for the bridge.
    std::map<std::string, std::array<float, 4>> panel_rects_css;
    std::map<std::string, std::string> panel_errors;  // inline messages shown, by field name

    // Where the top bar drew its buttons ("undo", "delete", "present", ...): x, y, w, h in CSS px.
    std::map<std::string, std::array<float, 4>> toolbar_rects_css;
    ActionProbe action_probe;
    // The library's windows and dialogs (Plans, History, share...): which one is open, and where
    // it drew its buttons (x, y, w, h in CSS px), for the bridge.
    std::string dialog;
    std::map<std::string, std::array<float, 4>> dialog_rects_css;
    Chrome chrome = Chrome::Full;
    bool read_only_embed = false;  // `?readonly`: the host's plan, shown to read
    bool presenting = false;   // presentation: larger board, no editing chrome
    bool style_dirty = false;  // the look changed: rebuild the ImGui style before the next frame
    int paste_count = 0;       // pastes so far, to fan repeated pastes out

    // The board as derived from the plan at `board_revision` (cards, text, positions).
    BoardModel board;
    uint64_t board_revision = UINT64_MAX;

    bool is_selected(const std::string& id) const;
    void select_only(const std::string& id);
    void toggle_selected(const std::string& id);
    void clear_selection() { selection.clear(); }
    // Shows a message for `seconds` (errors stay until replaced when seconds <= 0).
    void say(std::string text, bool is_error, double seconds = 6);
};

// The one app instance of the page.
App& app();

// Opens the plan the page fetched at start (or an empty plan with a message saying why not).
// Returns '' when it opened, else why not (storage::started keeps a stored plan safe then).
std::string open_boot_plan(App& app);

}  // namespace ab::web
