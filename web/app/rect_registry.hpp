// Where the app drew the things a test (or a host) may need to point at: one registry of
// rectangles in canvas CSS pixels, keyed "<part>/<name>" ("toolbar/undo", "panel/tab-plan",
// "dialog/close", "palette/goal", "finding/3", "overlay/zoom"). Each part clears its own keys when it redraws;
// the bridge reads them (BRIDGE.md). View state: never saved, never undone.
#pragma once

#include <functional>
#include <map>
#include <string>

namespace ab::web {

// A rectangle in CSS pixels relative to the canvas' top-left corner.
struct RectCss {
    float x = 0, y = 0, w = 0, h = 0;
};

class RectRegistry {
public:
    // The rectangle kept under `key`, created empty (all zero) if there was none.
    RectCss& operator[](const std::string& key) { return rects_[key]; }
    const RectCss* find(const std::string& key) const;
    // Forgets every key that starts with `prefix` ("toolbar/").
    void clear(const std::string& prefix);
    // Calls `fn(name, rect)` for each key under `prefix`, with the prefix taken off the name.
    void each(const std::string& prefix, const std::function<void(const std::string&, const RectCss&)>& fn) const;
    // Keeps the last ImGui item's rectangle under `key` (ImGui pixels to CSS pixels).
    void keep_item(const std::string& key);

private:
    std::map<std::string, RectCss> rects_;
};

}  // namespace ab::web
