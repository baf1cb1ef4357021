// The message line (see notice.hpp): placed from its own size as last drawn, so it sits in the
// gap between the palette and the zoom control when it fits there and above them when not.
#include "board/overlays/notice.hpp"

#include <algorithm>

#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

std::optional<RectCss> g_rect;  // where it was drawn this frame

}  // namespace

void draw_notice(App& app, const BoardFrame& f, const std::optional<RectCss>& zoom_css) {
    g_rect.reset();
    if (app.notice.text.empty()) return;
    const double now = ImGui::GetTime();
    if (app.notice.until_s > 0 && now > app.notice.until_s) {
        app.notice = Notice{};
        return;
    }
    if (app.notice.until_s > 0) platform::request_redraw_in(app.notice.until_s - now + 0.05);
    const float r = f.ratio;
    // Never over the palette (bottom left) or the zoom control (bottom right): between them when
    // it fits (its width as last drawn), else above them.
    static ImVec2 last_size;
    const bool controls = !app.presenting && app.chrome != Chrome::None;
    const bool palette = controls && !app.doc.read_only();
    float left = f.origin_px.x + 16 * r, right = f.origin_px.x + f.size_px.x - 16 * r;
    float bottom = f.origin_px.y + f.size_px.y - 16 * r, above = bottom;
    if (palette) {
        for (const auto& b : app.palette_rects_css) {
            if (b[2] <= 0) continue;  // not drawn
            left = std::max(left, (b[0] + b[2]) * r + 6 * r + 12 * r);
            above = std::min(above, b[1] * r - 6 * r - 10 * r);
        }
    }
    if (controls && zoom_css) {
        right = std::min(right, zoom_css->x * r - 12 * r);
        above = std::min(above, zoom_css->y * r - 10 * r);
    }
    float centre = f.origin_px.x + f.size_px.x * 0.5f;
    if (last_size.x <= right - left) {
        centre = std::clamp(centre, left + last_size.x * 0.5f, right - last_size.x * 0.5f);
    } else {
        bottom = above;
    }
    ImGui::SetNextWindowPos(ImVec2(centre, bottom), ImGuiCond_Always, ImVec2(0.5f, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * r, 10 * r));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, app.notice.is_error ? theme::kErrorBg : theme::kNoticeBg);
    ImGui::PushStyleColor(ImGuiCol_Text, app.notice.is_error ? theme::kErrorText : theme::kNoticeText);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("##notice", nullptr, flags)) {
        ImGui::TextUnformatted(app.notice.is_error ? icon::kWarning : icon::kInfo);
        ImGui::SameLine();
        ImGui::PushTextWrapPos(560 * r);
        ImGui::TextUnformatted(app.notice.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        if (ImGui::SmallButton(icon::kClose)) app.notice = Notice{};
        // A new text is sized over the next frames: draw until its place settles.
        const ImVec2 size = ImGui::GetWindowSize();
        if (size.x != last_size.x || size.y != last_size.y) platform::request_frames(3);
        last_size = size;
        const ImVec2 pos = ImGui::GetWindowPos();
        g_rect = RectCss{pos.x / r, pos.y / r, size.x / r, size.y / r};
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
}


std::optional<RectCss> notice_rect_css() { return g_rect; }

}  // namespace ab::web
