// The rectangle registry (see rect_registry.hpp).
#include "app/rect_registry.hpp"

#include "imgui.h"
#include "platform/platform.hpp"

namespace ab::web {

const RectCss* RectRegistry::find(const std::string& key) const {
    auto it = rects_.find(key);
    return it == rects_.end() ? nullptr : &it->second;
}

void RectRegistry::clear(const std::string& prefix) {
    auto it = rects_.lower_bound(prefix);
    while (it != rects_.end() && it->first.compare(0, prefix.size(), prefix) == 0) it = rects_.erase(it);
}

void RectRegistry::each(const std::string& prefix,
                        const std::function<void(const std::string&, const RectCss&)>& fn) const {
    for (auto it = rects_.lower_bound(prefix); it != rects_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
         ++it) {
        fn(it->first.substr(prefix.size()), it->second);
    }
}

void RectRegistry::keep_item(const std::string& key) {
    const float r = platform::pixel_ratio();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    rects_[key] = {a.x / r, a.y / r, (b.x - a.x) / r, (b.y - a.y) / r};
}

}  // namespace ab::web
