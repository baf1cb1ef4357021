// The plan library's windows: Plans (open, new from a template, rename, duplicate, delete,
// files), History (checkpoints) and the dialogs that ask before anything is lost or replaced
// (a second tab, a share link to import, a damaged plan, a link to share). They are DOM dialogs
// (library_dialogs.js: role="dialog", focus kept inside, Esc closes), drawn from what this side
// sends: the open dialog's content as JSON (dialog_model.cpp); what their controls do runs here
// (dialog_actions.cpp), calling the library as the rest of the app does. Each is a modal over
// the board, so no gesture reaches the plan while one is open.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "app/app.hpp"

namespace ab::web {

// Decides which dialog is open (what the library asks comes first) and sends its content to the
// page when it changed; call once a frame after the board.
void draw_store_windows(App& app);

// Opens the Plans or History window (asking the library for fresh lists).
void open_plans_window(App& app);
void open_history_window(App& app);

namespace store_ui {
// An ImGui button whose rectangle the bridge knows as `name` (dialogRect): the mirror's bar
// over the board (library/mirror.cpp) is still drawn on the canvas.
bool button(App& app, const char* name, const char* label, bool primary = false, bool enabled = true);
// Keeps the last ImGui item's rectangle under `name` for the bridge.
void keep_rect(App& app, const std::string& name);
// "5 minutes ago", "yesterday 14:05", "3 Mar 2026": JS milliseconds since 1970, local time.
std::string when(double time_ms);

// The open dialog's content for the page: {dialog, enabled, readOnly, ...} (dialog_model.cpp
// lists the fields of each), or {dialog: ""} when none is open.
nlohmann::json dialog_model(App& app);
// What a control of the open dialog asked for ({act: "open", id: ...}; dialog_actions.cpp lists
// them); "" when done, else why not, in the user's words.
std::string dialog_act(App& app, const nlohmann::json& request);
// Closes the open dialog the way its Close button does (the library forgets what it asked).
void close_dialog(App& app);
}  // namespace store_ui

}  // namespace ab::web
