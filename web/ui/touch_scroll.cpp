// Finger scrolling of the panels (see touch_scroll.hpp).
#include "ui/touch_scroll.hpp"

#include "imgui_internal.h"
#include "platform/platform.hpp"

namespace ab::web::ui {
namespace {

// The window itself or the nearest of its parents that has something to scroll.
ImGuiWindow* scrollable(ImGuiWindow* w) {
    while (w && w->ScrollMax.y <= 0) w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr;
    return w;
}

bool inside(ImVec2 p, ImVec2 a, ImVec2 b) { return p.x >= a.x && p.y >= a.y && p.x < b.x && p.y < b.y; }

}  // namespace

bool touch_scroll(ImVec2 area_min, ImVec2 area_max, unsigned& scrolling) {
    ImGuiContext& g = *GImGui;
    const ImGuiIO& io = g.IO;
    if (io.MouseSource != ImGuiMouseSource_TouchScreen || !io.MouseDown[0]) {
        scrolling = 0;
        return false;
    }
    if (scrolling == 0) {
        if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left) || !inside(io.MouseClickedPos[0], area_min, area_max)) {
            return false;
        }
        ImGuiWindow* w = scrollable(g.HoveredWindow);
        if (!w) return false;
        scrolling = w->ID;
        ImGui::ClearActiveID();  // the press becomes a scroll, not a click
    }
    ImGuiWindow* w = ImGui::FindWindowByID(scrolling);
    if (!w) {
        scrolling = 0;
        return false;
    }
    // What the window cannot take (it reached an end) scrolls the one around it: a list inside
    // a scrolling panel moves first, then the panel.
    float rest = -io.MouseDelta.y;
    for (ImGuiWindow* at = w; at && rest != 0; at = scrollable(at->ParentWindow)) {
        const float to = ImClamp(at->Scroll.y + rest, 0.0f, at->ScrollMax.y);
        rest -= to - at->Scroll.y;
        ImGui::SetScrollY(at, to);
        if (!(at->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    platform::request_frames(2);
    return true;
}

}  // namespace ab::web::ui
