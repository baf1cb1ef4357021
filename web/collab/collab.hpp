// A workshop room as the app sees it (web/collab/room.js holds the room itself). While in a room,
// the app's undo and redo are the room's (Y.UndoManager by origin: only this person's changes),
// remote changes arrive as one core command each (Document::apply_remote: no undo step here),
// and a view-only room makes the plan read-only.
#pragma once

#include "app/app.hpp"

namespace ab::web::collab {

// In a room: undo and redo go to the room.
bool active();
bool can_undo();
bool can_redo();
void undo();
void redo();
// The top bar's "Start a workshop": room.js makes a room of the open plan and shows its links.
void start();
// The others' cursors and selections over the board; call once a frame after the board.
void draw_presence(App& app);

}  // namespace ab::web::collab
