// The message line at the bottom of the board (App::chrome.notice, set by App::say): a toast that
// fades after its time, or stays until closed. It never covers the palette or the zoom control.
#pragma once

#include "app/app.hpp"
#include "board/draw.hpp"

namespace ab::web {

// Draws the notice over the board and keeps where it is as probe.rects["overlay/notice"]. Call
// after the palette and the zoom control: it keeps clear of where they were drawn this frame.
void draw_notice(App& app, const BoardFrame& f);

}  // namespace ab::web
