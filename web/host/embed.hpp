// The page as an embed on someone else's website: the options of its URL (readonly, ui, zoom,
// theme) and the C side of the host's message API (web/host/embed.js: load, get, scores, export,
// undo, redo; change and resize events).
#pragma once

#include <string>
#include <string_view>

#include "app/app.hpp"

namespace ab::web::embed {

// Applies the options the page was opened with (JSON from pre.js: {readonly, ui, zoom, theme}),
// once the opening plan is in.
void apply_options(App& app, std::string_view options_json);

// The plan as a file's text: "json" (the plan file), "md" (the report) or "csv" (tactics).
// Empty `text` for an unknown format. `file` is named after the plan.
struct Export {
    std::string file, mime, text;
};
Export export_plan(const App& app, std::string_view format);

}  // namespace ab::web::embed
