// The message line at the bottom of the board (App::notice, set by App::say): a toast that fades
// after its time, or stays until closed. It never covers the palette or the zoom control.
#pragma once

#include <optional>

#include "app/app.hpp"
#include "board/draw.hpp"
#include "board/view.hpp"

namespace ab::web {

// Draws the notice over the board; `zoom_css` is where the zoom control was drawn this frame.
// Call after the palette and the zoom control.
void draw_notice(App& app, const BoardFrame& f, const std::optional<RectCss>& zoom_css);

// Where the notice was drawn this frame, in canvas CSS pixels; empty when none shows.
std::optional<RectCss> notice_rect_css();

}  // namespace ab::web
