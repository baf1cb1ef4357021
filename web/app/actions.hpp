// What the app's actions run: delete, copy, cut and paste cards, and the view toggles. The
// action table (action_table.hpp) names them for the top bar, its menu, the keys and the host.
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Deletes the selected cards as one undoable step (saying how to bring them back).
void delete_selection(App& app);

// Copies the selected cards to the app's and the system clipboard (as card JSON text).
void copy_selection(App& app);
// Copy, then delete.
void cut_selection(App& app);
// Pastes cards from `text` (copy_selection's output) as one undoable step, offset so the copies
// do not hide their originals, and selects them. Other text is refused with a message.
void paste_cards_text(App& app, const std::string& text);

// Copy and paste in one step, leaving the clipboard alone.
void duplicate_selection(App& app);

// Lays the whole board out (the core's Tidy: every card on a slot of its column, in link order
// with few crossings) as one undoable step, by the card heights the board measured.
void tidy_board(App& app);

// High contrast on or off; the style and colours change on the next frame.
void toggle_high_contrast(App& app);
// Presentation: larger board, no editing chrome (palette, zoom control, edit buttons).
void toggle_presentation(App& app);

}  // namespace ab::web
