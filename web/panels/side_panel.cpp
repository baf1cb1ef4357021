// The side panel host (see side_panel.hpp): the tab strip, and a scrolling window for the
// inspector and the plan context, in the place side_panel_layout gives it: a column that folds
// away, or a bottom sheet with a handle. The keyboard can walk the panel's fields (ImGui keyboard
// navigation) only while the panel has focus, so arrows and Space keep their meaning on the board.
#include "panels/side_panel.hpp"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <optional>

#include "board/view.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "score/advice/explain.hpp"
#include "panels/side_panel_layout.hpp"
#include "ui/icons.hpp"
#include "ui/touch_scroll.hpp"
#include "ui/field_widgets.hpp"
#include "ui/floating_window.hpp"
#include "ui/text/fonts.hpp"
#include "imgui.h"
#include "panels/plan_tab.hpp"
#include "panels/inspector/inspector.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"
#include "workshop/workshop_ui.hpp"

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
    // title and tip are catalogue keys
    {SideTab::Score, "tab.score", "tab:score", "tab.score.tip"},
    {SideTab::Inspect, "tab.inspect", "tab:inspect", "tab.inspect.tip"},
    {SideTab::Plan, "tab.plan", "tab:plan", "tab.plan.tip"},
};

// A square icon button at `a` (ImGui pixels) kept under panel/`name` for the bridge.
bool strip_button(App& app, const char* name, const char* glyph, const char* tip, ImVec2 a, float side) {
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(name);
    const bool pressed = ImGui::Button(glyph, ImVec2(side, side));
    ImGui::PopID();
    ui::record(app, name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
    return pressed;
}

void set_sheet(App& app, SheetStop stop) {
    if (app.chrome.sheet != stop) app.chrome.sheet_follow = true;
    app.chrome.sheet = stop;
    platform::request_frames(3);
}

// The button at the strip's right: folds the column away, or opens the sheet a stop further
// (from full it closes it).
void draw_strip_button(App& app, const PanelPlace& p, float right, float ty, float th) {
    const ImVec2 a(right - th, ty);
    if (p.form == PanelForm::Column) {
        if (strip_button(app, "panel.collapse", icon::kChevronRight, i18n::tr("panel.hide").c_str(), a, th)) {
            app.chrome.panel_collapsed = true;
            platform::request_frames(3);
        }
        return;
    }
    const SheetStop stop = app.chrome.sheet;
    const char* glyph = stop == SheetStop::Full ? icon::kChevronDown : icon::kChevronUp;
    const char* tip = i18n::tr(stop == SheetStop::Closed ? "panel.open" : stop == SheetStop::Half ? "panel.open_full" : "panel.close").c_str();
    if (strip_button(app, "sheet.toggle", glyph, tip, a, th)) {
        set_sheet(app, stop == SheetStop::Closed ? SheetStop::Half : stop == SheetStop::Half ? SheetStop::Full : SheetStop::Closed);
    }
}

// The sheet's grab handle above its tabs: dragged, the sheet follows the finger and settles on
// the nearest stop; tapped, it opens to half or closes.
void draw_sheet_handle(App& app, const PanelPlace& p) {
    const float r = platform::pixel_ratio();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a(p.x * r, p.y * r), b((p.x + p.w) * r, p.strip_y * r);
    dl->AddRectFilled(a, b, kCardBg, 14 * r, ImDrawFlags_RoundCornersTop);
    dl->AddLine(ImVec2(a.x + 14 * r, a.y), ImVec2(b.x - 14 * r, a.y), kBarBorder, 1 * r);
    const float cx = (a.x + b.x) * 0.5f, cy = (a.y + b.y) * 0.5f;
    dl->AddRectFilled(ImVec2(cx - 20 * r, cy - 2 * r), ImVec2(cx + 20 * r, cy + 2 * r), kTextFaint, 2 * r);
    ImGui::SetCursorScreenPos(a);
    ImGui::InvisibleButton("##sheethandle", ImVec2(b.x - a.x, b.y - a.y));
    ui::record(app, "sheet.handle");
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        const float from = sheet_height_css(app.chrome.sheet);
        app.chrome.sheet_drag_h = from - ImGui::GetMouseDragDelta(ImGuiMouseButton_Left).y / r;
    }
    if (!ImGui::IsItemDeactivated()) return;
    if (app.chrome.sheet_drag_h < 0) {  // a tap
        set_sheet(app, app.chrome.sheet == SheetStop::Closed ? SheetStop::Half : SheetStop::Closed);
        return;
    }
    SheetStop nearest = SheetStop::Closed;
    for (const SheetStop s : {SheetStop::Half, SheetStop::Full}) {
        if (std::fabs(sheet_height_css(s) - app.chrome.sheet_drag_h) <
            std::fabs(sheet_height_css(nearest) - app.chrome.sheet_drag_h)) {
            nearest = s;
        }
    }
    app.chrome.sheet_drag_h = -1;
    set_sheet(app, nearest);
}

// The segmented tab strip; the Score tab carries the overall in its health colour.
void draw_tabs(App& app, const PanelPlace& p) {
    const float r = platform::pixel_ratio();
    const float x0 = p.x * r, top = p.strip_y * r, w = p.w * r;
    const fonts::Set& fs = fonts::get();
    const float win_top = p.form == PanelForm::Sheet ? p.y * r : top;
    FloatingWindow window("##sidetabs", kFixedWindow | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse);
    window.at(ImVec2(x0, win_top))
        .size(ImVec2(w, top + kHeader_css * r - win_top))
        .frame(ImGuiStyleVar_WindowPadding, ImVec2(0, 0))
        .frame(ImGuiStyleVar_WindowRounding, 0)
        .frame(ImGuiStyleVar_WindowBorderSize, 0);
    window.begin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = kHeader_css * r;
    if (p.form == PanelForm::Sheet) draw_sheet_handle(app, p);
    else dl->AddLine(ImVec2(x0 + 0.5f * r, top), ImVec2(x0 + 0.5f * r, top + h), kBarBorder, 1 * r);
    dl->AddLine(ImVec2(x0, top + h - 0.5f * r), ImVec2(x0 + w, top + h - 0.5f * r), kBarBorder, 1 * r);

    const float th = 34 * r, ty = top + (h - th) * 0.5f;
    const float left = x0 + 16 * r, right = x0 + w - 16 * r - th - 8 * r;
    draw_strip_button(app, p, x0 + w - 16 * r, ty, th);
    dl->AddRectFilled(ImVec2(left, ty), ImVec2(right, ty + th), rgba(241, 243, 246), 9 * r);
    const float each = (right - left) / 3;
    const Scores& scores = app.doc.scores();
    for (int i = 0; i < 3; ++i) {
        const TabInfo& t = kTabs[i];
        const bool on = shown_tab(app) == t.tab;
        const ImVec2 a(left + each * float(i), ty);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("##tab", ImVec2(each, th))) {
            // On a closed sheet a tab opens it; on an open one the tab on show closes it.
            if (p.form == PanelForm::Sheet && on && app.chrome.sheet != SheetStop::Closed) set_sheet(app, SheetStop::Closed);
            else open_side_tab(app, t.tab, false);
        }
        ImGui::PopID();
        const bool hovered = ImGui::IsItemHovered();
        ui::record(app, t.bridge_name);
        if (hovered) {
            ImGui::SetTooltip("%s", i18n::tr(t.tip).c_str());
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
        if (t.tab == SideTab::Score && workshop_ui::hides_score(app)) {
            std::snprintf(value, sizeof value, "\xe2\x80\x94");  // hidden until the facilitator reveals it
        } else if (t.tab == SideTab::Score) {
            if (scores.overall) std::snprintf(value, sizeof value, "%s", localize_digits(overall_text(scores.overall)).c_str());
            else std::snprintf(value, sizeof value, "\xe2\x80\x94");
        }
        const char* title = i18n::tr(t.title).c_str();
        const float tw = font->CalcTextSizeA(size, FLT_MAX, 0, title).x;
        const float vw = value[0] ? fs.title->CalcTextSizeA(size, FLT_MAX, 0, value).x + 6 * r : 0;
        float x = a.x + (each - tw - vw) * 0.5f;
        const float y = a.y + (th - size) * 0.5f;
        dl->AddText(font, size, ImVec2(x, y), on || hovered ? kText : kTextMuted, title);
        if (value[0]) dl->AddText(fs.title, size, ImVec2(x + tw + 6 * r, y), health_color(scores.overall), value);
    }
}

}  // namespace

float side_panel_header_css() { return kHeader_css; }

bool side_panel_shows_score(const App& app) { return shown_tab(app) == SideTab::Score; }

bool side_panel_focused() { return g_focused; }

void open_side_tab(App& app, SideTab tab, bool focus) {
    if (app.view.presenting || app.chrome.mode != Chrome::Full) {
        app.say(i18n::tr("panel.editing_only"), false, 4);
        return;
    }
    if (app.chrome.guest && !side_panel_wide(app)) {
        app.say(i18n::tr("panel.too_narrow"), false, 4);
        return;
    }
    // A folded column comes back; a closed sheet opens to half the screen.
    app.chrome.panel_collapsed = false;
    if (!side_panel_wide(app) && app.chrome.sheet == SheetStop::Closed) {
        app.chrome.sheet = SheetStop::Half;
        app.chrome.sheet_follow = true;
    }
    app.chrome.side_tab = tab;
    app.chrome.focus_panel = focus;
    platform::request_frames(3);
}

namespace {

// A folded column's way back: a labelled button at the board's top right.
void draw_reopen_button(App& app) {
    const float r = platform::pixel_ratio();
    FloatingWindow window("##panelopen", kOverlayWindow);
    window.at(ImVec2(ImGui::GetIO().DisplaySize.x - 12 * r, (kTopBarHeight_css + 12) * r), ImVec2(1, 0))
        .style(ImGuiStyleVar_WindowPadding, ImVec2(4 * r, 4 * r))
        .style(ImGuiStyleVar_WindowBorderSize, 1.0f * r)
        .style(ImGuiStyleVar_WindowRounding, 10 * r);
    if (!window.begin()) return;
    char label[48];
    std::snprintf(label, sizeof label, "%s  %s##expand", icon::kChevronLeft, i18n::tr("panel.name").c_str());
    if (ImGui::Button(label, ImVec2(0, 30 * r))) open_side_tab(app, app.chrome.side_tab, false);
    ui::record(app, "panel.expand");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("panel.show").c_str());
}

// After the sheet moved or the selection changed under an open sheet, the selected card is
// brought into the board above it, so its editing is never hidden.
void follow_selection(App& app, const PanelPlace& p) {
    const std::string first = app.view.selection.empty() ? "" : app.view.selection.front();
    const bool changed = first != app.chrome.sheet_followed;
    app.chrome.sheet_followed = first;
    if (p.form != PanelForm::Sheet || app.chrome.sheet_drag_h >= 0) return;
    if (!app.chrome.sheet_follow && !(changed && app.chrome.sheet != SheetStop::Closed)) return;
    app.chrome.sheet_follow = false;
    if (first.empty() || app.gesture.board.gesture != BoardGesture::None) return;
    const std::optional<RectCss> rect = item_rect_css(app, first);
    if (!rect || rect->y + rect->h > p.y || rect->y < kTopBarHeight_css) {
        app.view.centre_on.assign(1, first);
        platform::request_frames(2);
    }
}

}  // namespace

void draw_side_panel(App& app) {
    app.probe.rects.clear("panel/");
    app.chrome.panel_errors.clear();
    ui::begin_fields(app);
    ImGuiIO& io = ImGui::GetIO();
    const PanelPlace p = side_panel_place(app);
    bool focused = false;
    if (p.form == PanelForm::None && app.chrome.panel_collapsed && side_panel_wide(app) &&
        app.chrome.mode == Chrome::Full && !app.view.presenting) {
        draw_reopen_button(app);
    }
    follow_selection(app, p);
    if (p.form != PanelForm::None) {
        const float r = platform::pixel_ratio();
        const ImVec2 display = io.DisplaySize;
        const float w = p.w * r;
        const float x0 = p.x * r;
        draw_tabs(app, p);
        if (shown_tab(app) != SideTab::Score && p.body_h > 0) {
            const float y = p.body_y * r;
            ImGui::SetNextWindowPos(ImVec2(x0, y));
            ImGui::SetNextWindowSize(ImVec2(w, display.y - y));
            if (app.chrome.focus_panel) ImGui::SetNextWindowFocus();
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20 * r, 16 * r));
            ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
            ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
            ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 10 * r);
            // Not focused when it appears: a sheet dragged open would take the press from its handle.
            const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                           ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
            // One window per tab, so each keeps its own scroll position.
            ImGui::Begin(app.chrome.side_tab == SideTab::Inspect ? "##inspector" : "##plancontext", nullptr, flags);
            ImGui::PopStyleVar(4);
            if (p.form == PanelForm::Column) {
                ImGui::GetWindowDrawList()->AddLine(ImVec2(x0 + 0.5f * r, y), ImVec2(x0 + 0.5f * r, display.y),
                                                    kBarBorder, 1 * r);
            }
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
    if (p.form != PanelForm::None && app.chrome.sheet_drag_h < 0) {  // not while the sheet's handle moves
        const float r = platform::pixel_ratio();
        ui::touch_scroll(ImVec2(p.x * r, p.body_y * r), ImVec2((p.x + p.w) * r, (p.y + p.h) * r),
                         app.chrome.touch_scroll_window);
    }
    // Keyboard navigation (Tab to every control, arrows, Space) belongs to the panel only.
    if (focused != g_focused) platform::request_frames(2);
    g_focused = focused;
    if (focused) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    else io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
}

}  // namespace ab::web
