// The workshop in the app (docs/workshop.md): who this page is in it, what the board and the
// chrome show because of it (hidden score, locks, follow me), and the one path the controls and
// the bridge take to act (run). The workshop itself is plan state in the core (workshop/); this
// module only reads it and sends actions through Document::apply.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "board/draw.hpp"
#include "workshop/workshop.hpp"

namespace ab::web::workshop_ui {

// Server time now, in epoch ms: the room's clock when in a room, else this device's (JS side).
double now_ms();

// The plan's workshop, read once per revision.
const std::optional<workshop::Workshop>& current(const App& app);
// "facilitator", "participant" or "none".
std::string role(const App& app);
// The facilitator hides the score and findings, and this page is a participant's.
bool hides_score(const App& app);

// Once a frame (from the top bar): follows the facilitator's view when asked to, and keeps
// the flag the board's drawing reads (score_hidden_now).
void frame(App& app);
bool score_hidden_now();
// Draws a lock on a card the facilitator locked (the board calls it for every card it draws).
void decorate_card(const BoardFrame& f, const std::string& id, ImVec2 a, ImVec2 b);

// Runs the action `name` with `args` as the on-screen controls do: adds what the page knows (the
// score as "before", the view to follow), applies it and says why when refused. `report`
// answers {ok, text}. Returns {ok, error}.
nlohmann::json run(App& app, const std::string& name, const nlohmann::json& args);
// What bridge workshop() returns (BRIDGE.md), plus what the panels draw from.
nlohmann::json state(App& app);
// The page's participant id (the room's, or "local" on a projector without a room).
void set_actor(App& app, const std::string& id);
// Leaves the facilitator's view until "Back to the facilitator" (a participant moved the board).
void break_away();
void come_back();

}  // namespace ab::web::workshop_ui
