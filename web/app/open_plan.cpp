// Replacing the open plan (see open_plan.hpp).
#include "app/open_plan.hpp"

#include <utility>

#include "commands/command.hpp"
#include "platform/platform.hpp"

namespace ab::web {

Opened open_plan(App& app, Plan plan, OpenHow how) {
    Opened out;
    out.read = true;
    if (how == OpenHow::Fresh) {
        const std::string reason = app.doc.read_only_reason();
        app.doc.reset(std::move(plan));
        app.doc.set_read_only(reason);
    } else {
        const ApplyResult applied = app.doc.apply(ReplacePlan{std::move(plan)});
        if (!applied.ok) {
            out.refused = applied.error;
            return out;
        }
    }
    out.ok = true;
    app.clear_selection();
    app.view.camera.needs_fit = true;
    platform::request_frames(3);
    return out;
}

Opened open_plan(App& app, std::string_view text, OpenHow how) {
    LoadResult loaded = load_plan(text);
    if (!loaded.ok()) {
        Opened out;
        out.errors = std::move(loaded.errors);
        out.warnings = std::move(loaded.warnings);
        return out;
    }
    Opened out = open_plan(app, std::move(*loaded.plan), how);
    out.warnings = std::move(loaded.warnings);
    return out;
}

}  // namespace ab::web
