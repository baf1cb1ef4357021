// The message line (see notice.hpp): placed from its own size as last drawn, so it sits in the
// gap between the palette and the zoom control when it fits there and above them when not.
#include "board/overlays/notice.hpp"

#include <algorithm>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/floating_window.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"

namespace ab::web {

void draw_notice(App& app, const BoardFrame& f) {
    Notice& notice = app.chrome.notice;
    if (notice.text.empty()) return;
    const double now = ImGui::GetTime();
    if (notice.until_s > 0 && now > notice.until_s) {
        notice = Notice{};
        return;
    }
    if (notice.until_s > 0) platform::request_redraw_in(notice.until_s - now + 0.05);
    const float r = f.ratio;
    // Never over the palette (bottom left) or the zoom control (bottom right): between them when
    // it fits (its width as last drawn), else above them.
    const ImVec2 last_size(notice.drawn_w, notice.drawn_h);
    const bool controls = !app.view.presenting && app.chrome.mode != Chrome::None;
    const bool palette = controls && !app.doc.read_only();
    float left = f.origin_px.x + 16 * r, right = f.origin_px.x + f.size_px.x - 16 * r;
    float bottom = f.origin_px.y + f.size_px.y - 16 * r, above = bottom;
    if (palette) {
        app.probe.rects.each("palette/", [&](const std::string&, const RectCss& b) {
            if (b.w <= 0) return;  // not drawn
            left = std::max(left, (b.x + b.w) * r + 6 * r + 12 * r);
            above = std::min(above, b.y * r - 6 * r - 10 * r);
        });
    }
    const RectCss* zoom = controls ? app.probe.rects.find("overlay/zoom") : nullptr;
    if (zoom && zoom->w > 0) {
        right = std::min(right, zoom->x * r - 12 * r);
        above = std::min(above, zoom->y * r - 10 * r);
    }
    float centre = f.origin_px.x + f.size_px.x * 0.5f;
    if (last_size.x <= right - left) {
        centre = std::clamp(centre, left + last_size.x * 0.5f, right - last_size.x * 0.5f);
    } else {
        bottom = above;
    }
    FloatingWindow window("##notice", kOverlayWindow);
    window.at(ImVec2(centre, bottom), ImVec2(0.5f, 1))
        .style(ImGuiStyleVar_WindowPadding, ImVec2(14 * r, 10 * r))
        .colour(ImGuiCol_WindowBg, notice.is_error ? theme::kErrorBg : theme::kNoticeBg)
        .colour(ImGuiCol_Text, notice.is_error ? theme::kErrorText : theme::kNoticeText);
    if (window.begin()) {
        ImGui::TextUnformatted(notice.is_error ? icon::kWarning : icon::kInfo);
        ImGui::SameLine();
        ImGui::PushTextWrapPos(560 * r);
        ImGui::TextUnformatted(notice.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        if (ImGui::SmallButton(icon::kClose)) notice = Notice{};
        // A new text is sized over the next frames: draw until its place settles.
        const ImVec2 size = ImGui::GetWindowSize();
        if (size.x != last_size.x || size.y != last_size.y) platform::request_frames(3);
        notice.drawn_w = size.x;  // where it fits next frame
        notice.drawn_h = size.y;
        const ImVec2 pos = ImGui::GetWindowPos();
        app.probe.rects["overlay/notice"] = RectCss{pos.x / r, pos.y / r, size.x / r, size.y / r};
    }
}

}  // namespace ab::web
