// The side panel's place on the screen (see side_panel_layout.hpp).
#include "panels/side_panel_layout.hpp"

#include <algorithm>

#include "panels/side_panel.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

constexpr float kWide_css = 900.0f;
// A full sheet leaves this much board above it: the selected card stays in sight while its
// fields are edited.
constexpr float kBoardLeft_css = 150.0f;

// The panel belongs to the full app's editing view: not to presentations or smaller embeds.
bool has_panel(const App& app) { return !app.view.presenting && app.chrome.mode == Chrome::Full; }

}  // namespace

bool side_panel_wide(const App& app) {
    (void)app;
    return platform::canvas_css_width() >= kWide_css;
}

float sheet_height_css(SheetStop stop) {
    const float closed = kSheetHandle_css + side_panel_header_css();
    const float room = platform::canvas_css_height() - theme::kTopBarHeight_css;
    const float full = std::max(closed, room - kBoardLeft_css);
    switch (stop) {
    case SheetStop::Closed: return closed;
    case SheetStop::Half: return std::clamp(platform::canvas_css_height() * 0.5f, closed, full);
    case SheetStop::Full: return full;
    }
    return closed;
}

PanelPlace side_panel_place(const App& app) {
    PanelPlace p;
    if (!has_panel(app)) return p;
    const float cw = platform::canvas_css_width(), ch = platform::canvas_css_height();
    const float top = theme::kTopBarHeight_css;
    if (side_panel_wide(app)) {
        if (app.chrome.panel_collapsed) return p;
        p.form = PanelForm::Column;
        p.w = theme::kPanelWidth_css;
        p.x = cw - p.w;
        p.y = p.strip_y = top;
    } else if (app.chrome.guest) {
        return p;
    } else {
        p.form = PanelForm::Sheet;
        const float closed = sheet_height_css(SheetStop::Closed);
        const float h = app.chrome.sheet_drag_h >= 0
                            ? std::clamp(app.chrome.sheet_drag_h, closed, sheet_height_css(SheetStop::Full))
                            : sheet_height_css(app.chrome.sheet);
        p.w = cw;
        p.x = 0;
        p.y = ch - h;
        p.strip_y = p.y + kSheetHandle_css;
    }
    p.h = ch - p.y;
    p.body_y = p.strip_y + side_panel_header_css();
    p.body_h = std::max(0.0f, ch - p.body_y);
    return p;
}

float side_panel_column_css(const App& app) {
    const PanelPlace p = side_panel_place(app);
    return p.form == PanelForm::Column ? p.w : 0.0f;
}

bool side_panel_sheet_open(const App& app) {
    return side_panel_place(app).form == PanelForm::Sheet &&
           (app.chrome.sheet != SheetStop::Closed || app.chrome.sheet_drag_h >= 0);
}

float side_panel_sheet_css(const App& app) {
    const PanelPlace p = side_panel_place(app);
    return p.form == PanelForm::Sheet ? p.h : 0.0f;
}

}  // namespace ab::web
