// A second window on the same plan on the same computer (a projector window) is a live mirror of
// the window that edits it: web/library/mirror.js carries the editing window's plan text over a
// BroadcastChannel, and this side shows it in place of the plan on screen (the library's open-plan
// path, never an edit: a mirror keeps no undo steps and saves nothing). The mirror says what it is
// in a bar over the board and offers to edit here instead, or, once the editing window closed,
// to take over editing.
#pragma once

#include "app/app.hpp"

namespace ab::web::mirror {

// Same numbers as mirror.js tells ab_mirror_state.
enum class State { Off = 0, Following = 1, EditorGone = 2 };

State state();
void set_state(State s);
// The mirror's read-only reason (the doc's, and the tooltip of the save state).
const char* reason();
// Forgets the mirror (another plan was opened here).
void stop();

// The bar over the board while this window is a mirror; call once a frame, after the dialogs'
// rectangles were reset (its buttons are dialogRect names: mirror.edit, mirror.copy, mirror.take).
void draw_bar(App& app);

}  // namespace ab::web::mirror
