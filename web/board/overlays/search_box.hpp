// The search box: Ctrl+F (Cmd+F on macOS) opens a small field over the top of the board that
// finds cards by name as you type; Enter or Down jumps to the next match (Shift+Enter or Up to
// the previous one), selecting and centring it; Esc closes. The app's first real text field.
#pragma once

#include <string>
#include <vector>

#include "app/app.hpp"

namespace ab::web {

// Handles the open shortcut and draws the box when open; call after the board and top bar.
void draw_search_box(App& app);

// True while the box is open.
bool search_open(const App& app);
// The field's current text (empty when closed).
std::string search_text(const App& app);

// Ids of the cards whose name contains `query`, ignoring case (UTF-8 aware: ASCII, Latin,
// Greek and Cyrillic letters), in board order. An empty query matches nothing.
std::vector<std::string> find_cards(const App& app, const std::string& query);

}  // namespace ab::web
