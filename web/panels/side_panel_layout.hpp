// Where the side panel goes on this screen. A wide canvas (900 CSS px or more) keeps it as a
// column at the right, which its button folds away to give the board the width; a narrow one
// (a tablet in portrait, a phone) gets it as a bottom sheet: its tab strip always in sight at
// the bottom edge, dragged or tapped open to half the screen or nearly all of it. The board
// gives the sheet its height, so the palette, the zoom control and the selected card stay above it.
#pragma once

#include "app/app.hpp"

namespace ab::web {

enum class PanelForm { None, Column, Sheet };

// The panel's rectangle in canvas CSS pixels, tab strip included (and the sheet's handle above
// it); `body_y` is where the tab's content starts, `body_h` how tall it is (0: strip only).
struct PanelPlace {
    PanelForm form = PanelForm::None;
    float x = 0, y = 0, w = 0, h = 0;
    float strip_y = 0;  // the tab strip's top
    float body_y = 0, body_h = 0;
};

// Height of the sheet's grab handle above its tab strip, in CSS pixels.
constexpr float kSheetHandle_css = 22.0f;

// Where the panel is this frame (None while presenting, in an embed without it, or folded away).
PanelPlace side_panel_place(const App& app);

// True when the screen is wide enough for the panel as a column (folded away or not).
bool side_panel_wide(const App& app);

// Width the column takes from the board's right, and height the sheet takes from its bottom
// (CSS px; 0 when there is none).
float side_panel_column_css(const App& app);
float side_panel_sheet_css(const App& app);

// True while the sheet shows more than its tab strip (open, or its handle dragged).
bool side_panel_sheet_open(const App& app);

// The sheet's height at `stop` on this canvas (CSS px).
float sheet_height_css(SheetStop stop);

}  // namespace ab::web
