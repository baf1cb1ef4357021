// The page's calls into the workshop (workshop.js and bridge.js): its state, an action by name
// with JSON arguments (what every on-screen control runs), and who this page is.
#include <string>

#include <emscripten.h>

#include "app/app.hpp"
#include "platform/js_reply.hpp"
#include "workshop/workshop_ui.hpp"

using namespace ab::web;

extern "C" {

// BRIDGE.md workshop(): {role, step, remaining_s, votes, myDots, revealed, scoreHidden, following, locked, ...}.
EMSCRIPTEN_KEEPALIVE const char* ab_workshop_state() { return js_reply_json(workshop_ui::state(app())); }

// BRIDGE.md workshopAction(name, args): {ok, error} ({ok, text} for 'report').
EMSCRIPTEN_KEEPALIVE const char* ab_workshop_action(const char* name, const char* args_json, size_t length) {
    const std::string_view text = args_json ? std::string_view(args_json, length) : std::string_view();
    nlohmann::json args = text.empty() ? nlohmann::json::object() : nlohmann::json::parse(text, nullptr, false);
    if (args.is_discarded() || !(args.is_object() || args.is_null())) {
        return js_reply_json({{"ok", false}, {"error", for_developers("the action's arguments must be a JSON object")}});
    }
    return js_reply_json(workshop_ui::run(app(), name ? name : "", args.is_null() ? nlohmann::json::object() : args));
}

// The room's participant id for this page ("local" until a room says otherwise).
EMSCRIPTEN_KEEPALIVE void ab_workshop_set_actor(const char* id) { workshop_ui::set_actor(app(), id ? id : ""); }

}  // extern "C"
