// Replacing the open plan: the one way the bridge, the embed's host, a restored checkpoint, an
// imported file and an accepted share link put a new plan on the board. It reads the text, makes
// the change (through Document::apply, so it is one undoable step, unless `how` says the plan
// comes fresh) and resets the view around it (selection, camera); the caller says what happened.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/app.hpp"
#include "io/plan_json.hpp"

namespace ab::web {

enum class OpenHow {
    Undoable,  // one command (ReplacePlan): Undo brings back the plan that was open
    Fresh,     // a new document with no history, read-only if the open one was (a read-only embed's host load)
};

struct Opened {
    bool ok = false;                // the new plan is open
    bool read = false;              // the text read as a plan (errors is empty)
    std::vector<Problem> errors;    // why the text is not a plan
    std::vector<Problem> warnings;  // what the reader skipped
    std::string refused;            // why the document refused the change (read-only), when it read
};

// Reads `text` and opens the plan it holds; the open plan stays when the text is not a plan or
// the document refuses the change.
Opened open_plan(App& app, std::string_view text, OpenHow how);

// The same for a plan already read (an import that checked the file first).
Opened open_plan(App& app, Plan plan, OpenHow how);

}  // namespace ab::web
