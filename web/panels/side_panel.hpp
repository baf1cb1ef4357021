// The right-hand side panel: three tabs over one area — Score (the score panel), Inspect (the
// selection's fields) and Plan (brand key, SWOT, competitors, people). The Score tab shows the
// overall in its label, so the score stays in sight whichever tab is open.
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Draws the tab strip and, for Inspect and Plan, their content; call after draw_score_panel.
void draw_side_panel(App& app);

// Height of the tab strip under the top bar, in CSS pixels (the score panel starts below it).
float side_panel_header_css();

// True when the score panel is the tab on show.
bool side_panel_shows_score(const App& app);

// Shows `tab`; with `focus` the panel takes the keyboard (the inspector's first field).
void open_side_tab(App& app, SideTab tab, bool focus);

// True while the panel (or a list it opened) has the keyboard.
bool side_panel_focused();

}  // namespace ab::web
