// The app's state: the live plan (a core Document, the only way anything edits it) and the view
// state around it, in the groups v6502r uses for its app state:
//   doc      the document: plan, undo history, score
//   view     camera, selection, presenting, the board model and the caches of its parts
//   gesture  what the pointer or keyboard is in the middle of (drag, rename, palette drag, the
//            plan name edited in the top bar)
//   chrome   the frame around the board: embed mode, side panel tab, dialog, notice
//   probe    what the test bridge reads: where things were drawn (one rectangle registry) and
//            what the action table ran last
// Everything but `doc` is view state: it is never undone and never saved into the plan.
//
// [SECTION] Camera, notice, drag preview, side tab, chrome mode
// [SECTION] The state kept between frames by the board's parts
// [SECTION] The app
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/rect_registry.hpp"
#include "board/draw.hpp"
#include "board/model.hpp"
#include "document/document.hpp"
#include "imgui.h"

namespace ab::web {

// [SECTION] Camera, notice, drag preview, side tab, chrome mode

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
    // The canvas size (CSS px) the last fit was made for: while presenting, a window or
    // projector that changes size gets the plan refitted.
    float fitted_w_css = -1, fitted_h_css = -1;
};

// A short message at the bottom of the board ("Could not open the plan: ...").
struct Notice {
    std::string text;
    bool is_error = false;
    double until_s = 0;  // ImGui time at which it fades
    float drawn_w = 0, drawn_h = 0;  // its size as last drawn (where it fits depends on it)
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

// How far the side panel's bottom sheet (narrow screens, panels/side_panel_layout) is open: its
// tab strip only, half the screen, or all but a strip of board that keeps the selection in sight.
enum class SheetStop { Closed, Half, Full };

// How much of the app's frame an embed shows (`?ui=`): everything; the board and the top bar
// (no side panel); or the board alone (no top bar, panel, palette or zoom control).
enum class Chrome { Full, Minimal, None };

// The plan's name edited in place in the top bar (panels/top_bar.cpp).
struct TitleEdit {
    bool editing = false;
    bool focused = false;  // the field had the keyboard given to it
};

// [SECTION] The state kept between frames by the board's parts (moved here from their files'
// function-local statics, so one place shows all the app remembers).

// The pointer gesture on the board in progress (board/gestures.cpp): one at a time.
enum class BoardGesture { None, PressCard, MoveCards, Pan, BoxSelect, Connect };

struct BoardInteraction {
    BoardGesture gesture = BoardGesture::None;
    std::string card;                  // the pressed card
    std::vector<std::string> moving;   // cards being moved
    float dx_world = 0, dy_world = 0;  // move preview
    ImVec2 box_from_world;             // box select: where the drag began
    ImVec2 box_to_world;
    bool box_add = false;              // Ctrl/Cmd held: the box adds to the selection
};

// The search box (board/overlays/search_box.cpp).
struct SearchState {
    bool open = false;
    bool focus_field = false;  // activate the field on the next draw
    char text[256] = {};
    int current = -1;          // index into the matches last jumped to
    std::string last_query;
};

// The minimap's raster (board/overlays/minimap.cpp): the cards binned once per plan revision and map size.
struct MinimapCache {
    // A rectangle of same-kind cells in map CSS pixels (from the map's inner top-left).
    struct Run {
        float x0, y0, x1, y1;
        Kind kind;
    };
    uint64_t revision = UINT64_MAX;
    size_t cards = 0;
    float width = 0, max_height = 0;  // the outer size allowed for the board it was made for
    float w = 0, h = 0;    // inner size, CSS pixels
    float sx = 0, sy = 0;  // CSS pixels per world unit on each axis
    std::vector<Run> runs;
    std::optional<RectCss> rect;  // where it was drawn last frame
};

// The score panel's finding rows (panels/score.cpp): heights measured once per plan change.
struct FindingRows {
    std::vector<float> heights;
    uint64_t revision = UINT64_MAX;
    float wrap = 0;
    int glyphs = -1;  // browser_glyphs::glyphs_given() when measured: new glyphs change widths
};

// What the action table (action_table.hpp) and the top bar did last, for the test bridge.
struct ActionProbe {
    std::string last_run;  // the id of the action run last (by a key, the top bar, the host)
    // The top bar control under the pointer last frame: its action, and what it showed (a
    // button's tooltip, or a More menu item's label and shortcut).
    std::string hover_id, hover_label, hover_chord, hover_tip;
};

// [SECTION] The app, grouped as v6502r groups its state: the document, the view of it, the
// gesture in progress, the chrome around the board, and the probe (what the test bridge reads).
struct App {
    App() = default;
    App(const App&) = delete;  // one per page
    App& operator=(const App&) = delete;

    // The document: the plan, its undo history and its score (the only way anything edits it).
    Document doc;

    // What of the plan is shown, and how.
    struct View {
        Camera camera;
        std::vector<std::string> selection;  // item ids, in selection order
        std::vector<std::string> glow;       // cards to highlight (a hovered finding), this frame
        std::vector<std::string> centre_on;  // items the board should centre on next frame
        bool presenting = false;             // presentation: larger board, no editing chrome
        // The board as derived from the plan at `board_revision` (cards, text, positions).
        BoardModel board;
        uint64_t board_revision = UINT64_MAX;
        CardStates card_states;  // per-card drawing states, kept to avoid a plan-sized array a frame
        MinimapCache minimap;
        SearchState search;
        FindingRows finding_rows;
    } view;

    // What the pointer or keyboard is in the middle of.
    struct Gesture {
        BoardInteraction board;
        DragPreview drag;        // valid while a card is dragged over another card
        std::string renaming;    // the card whose title is being edited in place
        bool rename_started = false;  // its text field has been filled and focused
        std::string rename_text;      // what the field holds
        int palette_drag = -1;   // the Kind being dragged out of the palette, or -1
        int paste_count = 0;     // pastes so far, to fan repeated pastes out
        TitleEdit title;         // the plan's name being edited in the top bar
    } gesture;

    // The frame around the board: how much of it shows, the side panel, dialogs, messages.
    struct ChromeState {
        Chrome mode = Chrome::Full;
        bool read_only_embed = false;  // `?readonly`: the host's plan, shown to read
        // A board in someone else's page (a script-tag embed or a framed page): below 900 CSS
        // px it keeps the whole board, without the side panel's bottom sheet.
        bool guest = false;
        bool style_dirty = false;      // the look changed: rebuild the ImGui style before the next frame
        Notice notice;
        std::string last_message;      // the latest notice, kept after it fades (for tests)
        SideTab side_tab = SideTab::Score;
        bool focus_panel = false;      // the side panel takes the keyboard (its first field) next frame
        bool panel_collapsed = false;  // a wide screen's panel column folded away by its button
        SheetStop sheet = SheetStop::Closed;  // the narrow screen's bottom sheet
        float sheet_drag_h = -1;       // the sheet's height (CSS px) while its handle is dragged, else -1
        bool sheet_follow = false;     // the sheet moved: bring the selected card into the board's view
        std::string sheet_followed;    // the first selected card when that was last checked
        // A finger dragging a panel's content scrolls it (ImGui windows only scroll by wheel or
        // scrollbar): the window it scrolls, 0 when none.
        unsigned touch_scroll_window = 0;
        std::map<std::string, std::string> panel_errors;  // inline messages shown, by field name
        // The library's window or dialog that is open (Plans, History, share...), or "".
        std::string dialog;
    } chrome;

    // What the test bridge reads back: where things were drawn last frame, what the actions did.
    struct Probe {
        RectRegistry rects;
        ActionProbe actions;  // the action run last and the top bar control hovered
    } probe;

    bool is_selected(const std::string& id) const;
    void select_only(const std::string& id);
    void toggle_selected(const std::string& id);
    void clear_selection() { view.selection.clear(); }
    // Shows a message for `seconds` (errors stay until replaced when seconds <= 0).
    void say(std::string text, bool is_error, double seconds = 6);
};

// The one app instance of the page.
App& app();

// Opens the plan the page fetched at start (or an empty plan with a message saying why not).
// Returns '' when it opened, else why not (storage::started keeps a stored plan safe then).
std::string open_boot_plan(App& app);

}  // namespace ab::web
