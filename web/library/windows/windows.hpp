// The plan library's windows: Plans (open, new from a template, rename, duplicate, delete,
// files), History (checkpoints) and the dialogs that ask before anything is lost or replaced
// (a second tab, a share link to import, a link to share). Each is a modal over the board, so
// no gesture reaches the plan while one is open.
#pragma once

#include <string>

#include "app/app.hpp"

namespace ab::web {

// Draws whichever window or dialog is open (at most one); call once a frame after the board.
void draw_store_windows(App& app);

// Opens the Plans or History window (asking the library for fresh lists).
void open_plans_window(App& app);
void open_history_window(App& app);

namespace store_ui {
// The modal frame every library window shares: centred, `width_css` wide, titled, with a close
// button. Returns false when it is not shown (end_window must not be called then).
bool begin_window(App& app, const char* id, const char* title, float width_css, bool* open);
void end_window(bool open);  // closes the window when `open` turned false
// A button whose rectangle the bridge knows as `name` (dialogRect).
bool button(App& app, const char* name, const char* label, bool primary = false, bool enabled = true);
// Text wrapped at the window's edge, in `colour` (an ImU32).
void wrapped(const std::string& text, unsigned int colour);
// Keeps the last item's rectangle under `name` for the bridge.
void keep_rect(App& app, const std::string& name);
// "5 minutes ago", "yesterday 14:05", "3 Mar 2026": JS milliseconds since 1970, local time.
std::string when(double time_ms);
}  // namespace store_ui

// The two windows' bodies (plans.cpp, history.cpp).
void draw_plans_window(App& app);
void draw_history_window(App& app);

}  // namespace ab::web
