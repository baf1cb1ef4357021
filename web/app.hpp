// The app's state: the live plan (a core Document, the only way anything edits it) and the view
// state around it — camera, selection, the message shown to the user. View state is not plan
// state: it is never undone and never saved into the plan.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "board_model.hpp"
#include "document.hpp"

namespace ab::web {

// What part of the board is on screen. `offset` is the world point at the board area's top-left
// corner; `zoom` = CSS pixels per world unit.
struct Camera {
    float offset_x_world = 0;
    float offset_y_world = 0;
    float zoom = 1;
    bool needs_fit = true;  // set when a plan opens: the next frame frames it
};

// A short message at the bottom of the board ("Could not open the plan: ...").
struct Notice {
    std::string text;
    bool is_error = false;
    double until_s = 0;  // ImGui time at which it fades
};

struct App {
    Document doc;
    Camera camera;
    std::vector<std::string> selection;  // item ids, in selection order
    Notice notice;

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
void open_boot_plan(App& app);

}  // namespace ab::web
