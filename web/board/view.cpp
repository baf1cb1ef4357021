// The board's frame: keeps the model in step with the document, owns the camera (zoom at a
// point, fit, centre), paints through board/draw and hands input to board/gestures.
#include "board/view.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "board/draw.hpp"
#include "board/gestures.hpp"
#include "board/rename.hpp"
#include "board/card_text.hpp"
#include "i18n/i18n.hpp"
#include "ui/floating_window.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "board/overlays/minimap.hpp"
#include "board/overlays/notice.hpp"
#include "board/overlays/palette.hpp"
#include "panels/side_panel_layout.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

constexpr float kMinZoom = 0.2f;
constexpr float kFitWholeMinZoom = 0.55f;
constexpr float kMaxZoom = 3.0f;
constexpr float kFitMargin_css = 32.0f;
// Presenting fits the whole plan; this floor only keeps a huge plan's zoom a real number.
constexpr float kPresentMinZoom = 0.02f;
constexpr float kNoticeStrip_css = 48.0f;  // the message line (overlays/notice) and its gap to the bottom edge

// True when the canvas has another size than the last fit was made for.
bool size_changed_since_fit(const Camera& c) {
    return platform::canvas_css_width() != c.fitted_w_css || platform::canvas_css_height() != c.fitted_h_css;
}

float measure_title(const std::string& text, float wrap_width_world) {
    ImFont* font = fonts::get().title;
    if (!font) return theme::kCardTitleSize_css;
    const float size = theme::kCardTitleSize_css;
    return font->CalcTextSizeA(size, FLT_MAX, wrap_width_world, text.c_str()).y;
}

}  // namespace

BoardFrame board_frame(const App& app) {
    BoardFrame f;
    f.ratio = platform::pixel_ratio();
    const float top_px = board_top_css() * f.ratio;
    f.origin_px = ImVec2(0, top_px);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    f.size_px = ImVec2(std::max(1.0f, display.x - board_right_inset_css() * f.ratio),
                       std::max(1.0f, display.y - top_px - side_panel_sheet_css(app) * f.ratio));
    f.offset_x = app.view.camera.offset_x_world;
    f.offset_y = app.view.camera.offset_y_world;
    f.scale = app.view.camera.zoom * f.ratio;
    return f;
}

// Zooms by `factor` keeping the world point under `anchor_px` where it is.
void zoom_at(App& app, const BoardFrame& f, float factor, ImVec2 anchor_px) {
    const float zoom = std::clamp(app.view.camera.zoom * factor, kMinZoom, kMaxZoom);
    if (zoom == app.view.camera.zoom) return;
    const ImVec2 w = f.to_world(anchor_px);
    const float scale = zoom * f.ratio;
    app.view.camera.zoom = zoom;
    app.view.camera.offset_x_world = w.x - (anchor_px.x - f.origin_px.x) / scale;
    app.view.camera.offset_y_world = w.y - (anchor_px.y - f.origin_px.y) / scale;
}

// The topmost card under `mouse_px`, skipping the cards in `except` (the ones being dragged).
int hit_card(const BoardModel& board, const BoardFrame& f, ImVec2 mouse_px, const std::vector<std::string>* except) {
    if (!ImGui::IsMousePosValid(&mouse_px)) return -1;
    if (mouse_px.x >= f.origin_px.x + f.size_px.x) return -1;  // under the side panel
    const ImVec2 w = f.to_world(mouse_px);
    return board.card_at(w.x, w.y, except);  // the cards near the point, not the whole plan
}

namespace {

// The zoom control at the bottom right: out, level (click to fit), in.
void draw_zoom_control(App& app, const BoardFrame& f) {
    const float r = f.ratio;
    FloatingWindow window("##zoom", kOverlayWindow);
    window.at(ImVec2(f.origin_px.x + f.size_px.x - 16 * r, f.origin_px.y + f.size_px.y - 16 * r), ImVec2(1, 1))
        .style(ImGuiStyleVar_WindowPadding, ImVec2(4 * r, 4 * r))
        .style(ImGuiStyleVar_ItemSpacing, ImVec2(2 * r, 0))
        .style(ImGuiStyleVar_WindowBorderSize, 1.0f * r)
        .style(ImGuiStyleVar_WindowRounding, 10 * r);
    if (window.begin()) {
        // Where it is this frame: the message line keeps clear of it, and the bridge reports it.
        app.probe.rects["overlay/zoom"] = RectCss{ImGui::GetWindowPos().x / r, ImGui::GetWindowPos().y / r,
                                                  ImGui::GetWindowSize().x / r, ImGui::GetWindowSize().y / r};
        const ImVec2 button(30 * r, 28 * r);
        const ImVec2 centre(f.origin_px.x + f.size_px.x * 0.5f, f.origin_px.y + f.size_px.y * 0.5f);
        // A phone's board keeps the level (fit) only: fingers pinch, and the palette needs the row.
        const bool narrow = f.size_px.x / r < 560;
        if (!narrow && ImGui::Button(icon::kMinus, button)) zoom_at(app, f, 1 / 1.2f, centre);
        if (!narrow && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("board.zoom_out").c_str());
        if (!narrow) ImGui::SameLine();
        char level[16];
        std::snprintf(level, sizeof level, "%d%%", int(std::lround(app.view.camera.zoom * 100)));
        if (ImGui::Button(level, ImVec2(56 * r, button.y))) fit_board(app);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("board.fit").c_str());
        if (!narrow) ImGui::SameLine();
        if (!narrow && ImGui::Button(icon::kPlus, button)) zoom_at(app, f, 1.2f, centre);
        if (!narrow && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("board.zoom_in").c_str());
    }
}

}  // namespace

float board_top_css() { return app().chrome.mode == Chrome::None ? 0.0f : theme::kTopBarHeight_css; }

float board_right_inset_css() {
    // Narrow screens get the panel as a bottom sheet; presenting gives the board the whole width.
    return side_panel_column_css(app());
}

void centre_on_items(App& app, const std::vector<std::string>& ids) {
    float x0 = FLT_MAX, y0 = FLT_MAX, x1 = -FLT_MAX, y1 = -FLT_MAX;
    for (const std::string& id : ids) {
        const Card* c = app.view.board.find(id);
        if (!c) continue;
        x0 = std::min(x0, c->x);
        y0 = std::min(y0, c->y);
        x1 = std::max(x1, c->x + c->w);
        y1 = std::max(y1, c->y + c->h);
    }
    if (x0 > x1) return;
    const float view_w = (platform::canvas_css_width() - board_right_inset_css()) / app.view.camera.zoom;
    const float view_h = (platform::canvas_css_height() - board_top_css() - side_panel_sheet_css(app)) / app.view.camera.zoom;
    app.view.camera.offset_x_world = (x0 + x1) * 0.5f - view_w * 0.5f;
    app.view.camera.offset_y_world = (y0 + y1) * 0.5f - view_h * 0.5f;
}

void reveal_items(App& app, const std::vector<std::string>& ids) {
    sync_board(app);
    const float top = board_top_css();
    const float right = platform::canvas_css_width() - board_right_inset_css();
    const float bottom = platform::canvas_css_height();
    for (const std::string& id : ids) {
        const std::optional<RectCss> r = item_rect_css(app, id);
        const bool whole = r && r->x >= 0 && r->x + r->w <= right && r->y >= top && r->y + r->h <= bottom;
        if (!whole) {
            app.view.centre_on = ids;
            return;
        }
    }
}

void sync_board(App& app) {
    const uint64_t rev = app.doc.revision();
    if (rev != app.view.board_revision || app.view.board.columns.empty()) {
        app.view.board = build_board(app.doc.plan(), app.doc.scores(), measure_title);
        app.view.board_revision = rev;
        // Selection keeps only items that still exist.
        app.view.selection.erase(std::remove_if(app.view.selection.begin(), app.view.selection.end(),
                                           [&](const std::string& id) { return !app.view.board.find(id); }),
                            app.view.selection.end());
    }
    if (app.view.presenting && size_changed_since_fit(app.view.camera)) app.view.camera.needs_fit = true;
    if (app.view.camera.needs_fit && platform::canvas_css_width() > 1) fit_board(app);
    if (!app.view.centre_on.empty() && platform::canvas_css_width() > 1) {
        centre_on_items(app, app.view.centre_on);
        app.view.centre_on.clear();
    }
}

void fit_board(App& app) {
    const BoardModel& b = app.view.board;
    const float avail_w = platform::canvas_css_width() - board_right_inset_css() - 2 * kFitMargin_css;
    // Presenting keeps the bottom strip for the message line ("Presenting: P or Esc returns"),
    // so no card starts the talk hidden under it.
    const float avail_h = platform::canvas_css_height() - board_top_css() - side_panel_sheet_css(app) - 2 * kFitMargin_css -
                          (app.view.presenting ? kNoticeStrip_css : 0.0f);
    const float content_w = std::max(1.0f, b.max_x - b.min_x);
    const float content_h = std::max(1.0f, b.max_y - b.min_y);
    // Fit the width; a tall plan scrolls rather than shrinking its text out of reach, and a wide
    // one stops at a zoom whose card text still reads (about 12 px), the rest a pan away.
    // Presenting fits larger (up to 1.6), for the back of a room.
    // An embed asked for `zoom=fit` shows all of it, down to the smallest zoom whose card
    // titles still read; a plan taller than that scrolls (and its host hears the height).
    // Presenting shows every column and every card, however small that makes them: the room
    // sees the whole plan, and nobody pans a projector.
    const bool whole = app.view.camera.fit_whole || app.view.presenting;
    const float lo = app.view.presenting ? kPresentMinZoom : whole ? kFitWholeMinZoom : 0.8f;
    const float hi = app.view.presenting ? 1.6f : 1.0f;
    float zoom = std::min(hi, avail_w / content_w);
    if (whole || content_h * zoom < avail_h * 0.5f) zoom = std::min(hi, std::min(avail_w / content_w, avail_h / content_h));
    zoom = std::clamp(zoom, lo, hi);
    app.view.camera.zoom = zoom;
    const float view_w_world = (avail_w + 2 * kFitMargin_css) / zoom;
    // Centred when it fits; else from the left edge, where the goals are.
    app.view.camera.offset_x_world = content_w * zoom <= avail_w ? b.min_x - (view_w_world - content_w) * 0.5f
                                                            : b.min_x - kFitMargin_css / zoom;
    const float view_h_world = (avail_h + 2 * kFitMargin_css) / zoom;
    app.view.camera.offset_y_world = app.view.presenting && content_h * zoom <= avail_h
                                    ? b.min_y - (view_h_world - content_h) * 0.5f  // centred on the screen
                                    : b.min_y - kFitMargin_css * 0.75f / zoom;
    app.view.camera.needs_fit = false;
    app.view.camera.fitted_w_css = platform::canvas_css_width();  // this size is fitted now
    app.view.camera.fitted_h_css = platform::canvas_css_height();
}

void draw_board(App& app) {
    // A forgiving double-click: people at a tablet or a projector click slower than at a desk.
    ImGui::GetIO().MouseDoubleClickTime = 0.5f;
    sync_board(app);
    BoardFrame f = board_frame(app);

    FloatingWindow window("##board", kFixedWindow | ImGuiWindowFlags_NoBackground |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus |
                                         ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavFocus);
    window.at(f.origin_px).size(f.size_px).frame(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    window.begin();
    f.draw = ImGui::GetWindowDrawList();

    ImGui::SetCursorScreenPos(f.origin_px);
    ImGui::InvisibleButton("##canvas", f.size_px,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const int hovered_card = hovered || ImGui::IsItemActive()
                                 ? hit_card(app.view.board, f, ImGui::GetIO().MousePos)
                                 : -1;
    handle_board_input(app, f, hovered, hovered_card);
    f = board_frame(app);  // the camera may have moved
    f.draw = ImGui::GetWindowDrawList();

    const BoardInteraction& in = app.gesture.board;
    const DragPreview& drag = app.gesture.drag;
    // Only the cards named below leave the default state, so this costs the selection, not the
    // plan; the states persist to avoid allocating a plan-sized array every frame.
    CardStates& states = app.view.card_states;
    states.reset(app.view.board.cards.size());
    const auto card_index = [&](const std::string& id) -> int {
        auto it = app.view.board.index.find(id);
        return it == app.view.board.index.end() ? -1 : int(it->second);
    };
    for (const std::string& id : app.view.selection) {
        if (const int i = card_index(id); i >= 0) states.mark(size_t(i)).selected = true;
    }
    if (hovered_card >= 0 && in.gesture != BoardGesture::MoveCards) states.mark(size_t(hovered_card)).hovered = true;
    for (const std::string& id : app.view.glow) {
        if (const int i = card_index(id); i >= 0) states.mark(size_t(i)).glow = true;
    }
    if (const int i = drag.target.empty() ? -1 : card_index(drag.target); i >= 0) {
        states.mark(size_t(i)).drop = drag.ok ? 1 : 2;
    }
    if (in.gesture == BoardGesture::MoveCards) {
        for (const std::string& id : in.moving) {
            if (const int i = card_index(id); i >= 0) {
                CardState& st = states.mark(size_t(i));
                st.dx_world = in.dx_world;
                st.dy_world = in.dy_world;
            }
        }
    }
    draw_grid(f);
    draw_lanes(f, app.view.board);
    draw_links(f, app.view.board, states);
    draw_cards(f, app.view.board, states);
    draw_gesture_feedback(app, f, hovered_card);
    window.end();

    draw_rename(app, f);
    app.probe.rects.clear("overlay/");  // the overlays below keep theirs when they draw
    if (!app.view.presenting && app.chrome.mode != Chrome::None) {  // presenting hides the editing chrome
        // An open sheet leaves a strip of board for the selected card: nothing floats over it.
        const bool sheet_open = side_panel_sheet_open(app);
        if (!sheet_open) draw_zoom_control(app, f);
        app.probe.rects.clear("palette/");
        if (!app.doc.read_only() && !sheet_open) draw_palette(app);  // nothing to create on a plan that cannot change
    }
    draw_minimap(app, f);
    draw_notice(app, f);  // after the palette and the zoom control: it keeps clear of them
}

std::optional<RectCss> item_rect_css(App& app, const std::string& id) {
    sync_board(app);
    const Card* c = app.view.board.find(id);
    if (!c) return std::nullopt;
    const float zoom = app.view.camera.zoom;
    RectCss r;
    r.x = (c->x - app.view.camera.offset_x_world) * zoom;
    r.y = board_top_css() + (c->y - app.view.camera.offset_y_world) * zoom;
    r.w = c->w * zoom;
    r.h = c->h * zoom;
    const float view_w = platform::canvas_css_width() - board_right_inset_css();
    const float view_h = platform::canvas_css_height() - side_panel_sheet_css(app);
    const bool on_screen = r.x + r.w > 0 && r.x < view_w && r.y + r.h > board_top_css() && r.y < view_h;
    if (!on_screen) return std::nullopt;
    return r;
}

}  // namespace ab::web
