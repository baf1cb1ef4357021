// The plan's own settings at the top of the Plan tab: its name, period, currency, and the
// channels and journey stages the score expects every plan to cover. A small business sees and
// changes there what the score checks (a bakery that sells no tickets unticks "events" instead
// of losing points for it). Each field commits one SetField with an empty id; the bridge names
// them plan.name, plan.start, plan.end, plan.currency, plan.required_channels and
// plan.required_stages (one rectangle per list, and plan.required_channels:<channel> per box).
#pragma once

#include "app/app.hpp"

namespace ab::web {

// Draws into the side panel's window, above the marketing context (see plan_tab.hpp).
void draw_plan_settings(App& app);

}  // namespace ab::web
