// The side panel host (see side_panel.hpp): the tab strip, and a scrolling window for the
// inspector and the plan context. The keyboard can walk the panel's fields (ImGui keyboard
// navigation) only while the panel has focus, so arrows and Space keep their meaning on the board.
#include "panels/side_panel.hpp"

#include <cfloat>
#include <cstdio>

#include "board/view.hpp"
#include "ui/field_widgets.hpp"
#include "ui/floating_window.hpp"
#include "ui/fonts.hpp"
#include "imgui.h"
#include "panels/plan_tab.hpp"
#include "panels/inspector.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;

constexpr float kHeader_css = 52.0f;
bool g_focused = false;

// Presentation shows the score only: the other tabs are editing chrome.
SideTab shown_tab(const App& app) { return app.view.presenting ? SideTab::Score : app.chrome.side_tab; }

struct TabInfo {
    SideTab tab;
    const char* title;
    const char* bridge_name;
    const char* tip;
};
constexpr TabInfo kTabs[] = {
    {SideTab::Score, "Score", "tab:score", "The alignment score and what to fix (S)"},
    {SideTab::Inspect, "Inspect", "tab:inspect", "Every field of the selected card (I)"},
    {SideTab::Plan, "Plan", "tab:plan", "Brand key, SWOT, competitors, people (C)"},
};

// The segmented tab strip; the Score tab carries the overall in its health colour.
void draw_tabs(App& app, float x0, float top, float w) {
    const float r = platform::pixel_ratio();
    const fonts::Set& fs = fonts::get();
    FloatingWindow window("##sidetabs", kFixedWindow | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse);
    window.at(ImVec2(x0, top))
        .size(ImVec2(w, kHeader_css * r))
        .frame(ImGuiStyleVar_WindowPadding, ImVec2(0, 0))
        .frame(ImGuiStyleVar_WindowRounding, 0)
        .frame(ImGuiStyleVar_WindowBorderSize, 0);
    window.begin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = kHeader_css * r;
    dl->AddLine(ImVec2(x0 + 0.5f * r, top), ImVec2(x0 + 0.5f * r, top + h), kBarBorder, 1 * r);
    dl->AddLine(ImVec2(x0, top + h - 0.5f * r), ImVec2(x0 + w, top + h - 0.5f * r), kBarBorder, 1 * r);

    const float left = x0 + 16 * r, right = x0 + w - 16 * r;
    const float th = 34 * r, ty = top + (h - th) * 0.5f;
    dl->AddRectFilled(ImVec2(left, ty), ImVec2(right, ty + th), rgba(241, 243, 246), 9 * r);
    const float each = (right - left) / 3;
    const Scores& scores = app.doc.scores();
    for (int i = 0; i < 3; ++i) {
        const TabInfo& t = kTabs[i];
        const bool on = shown_tab(app) == t.tab;
        const ImVec2 a(left + each * float(i), ty);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("##tab", ImVec2(each, th))) open_side_tab(app, t.tab, false);
        ImGui::PopID();
        const bool hovered = ImGui::IsItemHovered();
        ui::record(app, t.bridge_name);
        if (hovered) {
            ImGui::SetTooltip("%s", t.tip);
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        if (on) {
            const ImVec2 pa(a.x + 3 * r, a.y + 3 * r), pb(a.x + each - 3 * r, a.y + th - 3 * r);
            dl->AddRectFilled(ImVec2(pa.x, pa.y + 1 * r), ImVec2(pb.x, pb.y + 1 * r), kShadow, 7 * r);
            dl->AddRectFilled(pa, pb, kCardBg, 7 * r);
        }
        ImFont* font = on ? fs.title : fs.text;
        const float size = 13 * r;
        char value[16] = "";
        if (t.tab == SideTab::Score) {
            if (scores.overall) std::snprintf(value, sizeof value, "%.1f", round1(*scores.overall));
            else std::snprintf(value, sizeof value, "\xe2\x80\x94");
        }
        const float tw = font->CalcTextSizeA(size, FLT_MAX, 0, t.title).x;
        const float vw = value[0] ? fs.title->CalcTextSizeA(size, FLT_MAX, 0, value).x + 6 * r : 0;
        float x = a.x + (each - tw - vw) * 0.5f;
        const float y = a.y + (th - size) * 0.5f;
        dl->AddText(font, size, ImVec2(x, y), on || hovered ? kText : kTextMuted, t.title);
        if (value[0]) dl->AddText(fs.title, size, ImVec2(x + tw + 6 * r, y), health_color(scores.overall), value);
    }
}

}  // namespace

float side_panel_header_css() { return kHeader_css; }

bool side_panel_shows_score(const App& app) { return shown_tab(app) == SideTab::Score; }

bool side_panel_focused() { return g_focused; }

void open_side_tab(App& app, SideTab tab, bool focus) {
    if (board_right_inset_css() <= 0) {
        app.say("Widen the window (900 pixels or more) to see the side panel.", false, 4);
        return;
    }
    app.chrome.side_tab = tab;
    app.chrome.focus_panel = focus;
    platform::request_frames(3);
}

void draw_side_panel(App& app) {
    app.probe.rects.clear("panel/");
    app.chrome.panel_errors.clear();
    ui::begin_fields(app);
    ImGuiIO& io = ImGui::GetIO();
    const float inset_css = board_right_inset_css();
    bool focused = false;
    if (inset_css > 0) {
        const float r = platform::pixel_ratio();
        const ImVec2 display = io.DisplaySize;
        const float top = kTopBarHeight_css * r;
        const float w = inset_css * r;
        const float x0 = display.x - w;
        draw_tabs(app, x0, top, w);
        if (shown_tab(app) != SideTab::Score) {
            const float y = top + kHeader_css * r;
            ImGui::SetNextWindowPos(ImVec2(x0, y));
            ImGui::SetNextWindowSize(ImVec2(w, display.y - y));
            if (app.chrome.focus_panel) ImGui::SetNextWindowFocus();
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20 * r, 16 * r));
            ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
            ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
            ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 10 * r);
            const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                           ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                           ImGuiWindowFlags_NoSavedSettings;
            // One window per tab, so each keeps its own scroll position.
            ImGui::Begin(app.chrome.side_tab == SideTab::Inspect ? "##inspector" : "##plancontext", nullptr, flags);
            ImGui::PopStyleVar(4);
            ImGui::GetWindowDrawList()->AddLine(ImVec2(x0 + 0.5f * r, y), ImVec2(x0 + 0.5f * r, display.y),
                                                kBarBorder, 1 * r);
            // Inputs read as fields on the white panel: a pale fill and a hairline edge.
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1 * r);
            ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * r, 6 * r));
            ImGui::PushStyleColor(ImGuiCol_Border, kCardBorder);
            ImGui::PushStyleColor(ImGuiCol_FrameBg, rgba(248, 249, 251));
            ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, rgba(242, 244, 247));
            ImGui::PushStyleColor(ImGuiCol_FrameBgActive, rgba(255, 255, 255));
            ImGui::PushStyleColor(ImGuiCol_Header, rgba(238, 240, 255));
            ImGui::PushStyleColor(ImGuiCol_HeaderHovered, rgba(241, 243, 246));
            ImGui::PushStyleColor(ImGuiCol_HeaderActive, rgba(232, 235, 250));
            if (app.chrome.side_tab == SideTab::Inspect) draw_inspector(app);
            else draw_plan_context(app);
            ImGui::PopStyleColor(7);
            ImGui::PopStyleVar(2);
            focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
            ImGui::End();
        }
    }
    app.chrome.focus_panel = false;
    // Keyboard navigation (Tab to every control, arrows, Space) belongs to the panel only.
    if (focused != g_focused) platform::request_frames(2);
    g_focused = focused;
    if (focused) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    else io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
}

}  // namespace ab::web
