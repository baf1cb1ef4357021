// The board's frame: keeps the model in step with the document, maps gestures to the camera
// (pan, zoom at the cursor, pinch), selection and card moves, and paints through board/draw.
// One interaction at a time: a press on a card may become a move, a press elsewhere a pan.
#include "board/view.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "app/actions.hpp"
#include "board/draw.hpp"
#include "board/keys.hpp"
#include "board/rename.hpp"
#include "board/card_text.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "board/overlays/minimap.hpp"
#include "board/overlays/notice.hpp"
#include "board/overlays/palette.hpp"
#include "platform/platform.hpp"
#include "panels/side_panel.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

constexpr float kMinZoom = 0.2f;
constexpr float kFitWholeMinZoom = 0.55f;
constexpr float kMaxZoom = 3.0f;
constexpr float kFitMargin_css = 32.0f;

enum class Gesture { None, PressCard, MoveCards, Pan, BoxSelect, Connect };

// The interaction in progress (view state, never saved).
struct Interaction {
    Gesture gesture = Gesture::None;
    std::string card;                 // the pressed card
    std::vector<std::string> moving;  // cards being moved
    float dx_world = 0, dy_world = 0; // move preview
    ImVec2 box_from_world;            // box select: where the drag began
    ImVec2 box_to_world;
    bool box_add = false;             // Ctrl/Cmd held: the box adds to the selection
};

Interaction& interaction() {
    static Interaction i;
    return i;
}

float measure_title(const std::string& text, float wrap_width_world) {
    ImFont* font = fonts::get().title;
    if (!font) return theme::kCardTitleSize_css;
    const float size = theme::kCardTitleSize_css;
    return font->CalcTextSizeA(size, FLT_MAX, wrap_width_world, text.c_str()).y;
}

BoardFrame frame_for(const App& app) {
    BoardFrame f;
    f.ratio = platform::pixel_ratio();
    const float top_px = board_top_css() * f.ratio;
    f.origin_px = ImVec2(0, top_px);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    f.size_px = ImVec2(std::max(1.0f, display.x - board_right_inset_css() * f.ratio),
                       std::max(1.0f, display.y - top_px));
    f.offset_x = app.camera.offset_x_world;
    f.offset_y = app.camera.offset_y_world;
    f.scale = app.camera.zoom * f.ratio;
    return f;
}

// Zooms by `factor` keeping the world point under `anchor_px` where it is.
void zoom_at(App& app, const BoardFrame& f, float factor, ImVec2 anchor_px) {
    const float zoom = std::clamp(app.camera.zoom * factor, kMinZoom, kMaxZoom);
    if (zoom == app.camera.zoom) return;
    const ImVec2 w = f.to_world(anchor_px);
    const float scale = zoom * f.ratio;
    app.camera.zoom = zoom;
    app.camera.offset_x_world = w.x - (anchor_px.x - f.origin_px.x) / scale;
    app.camera.offset_y_world = w.y - (anchor_px.y - f.origin_px.y) / scale;
}

// The topmost card under `mouse_px`, skipping the cards in `except` (the ones being dragged).
int hit_card(const BoardModel& board, const BoardFrame& f, ImVec2 mouse_px,
             const std::vector<std::string>* except = nullptr) {
    if (!ImGui::IsMousePosValid(&mouse_px)) return -1;
    if (mouse_px.x >= f.origin_px.x + f.size_px.x) return -1;  // under the side panel
    const ImVec2 w = f.to_world(mouse_px);
    return board.card_at(w.x, w.y, except);  // the cards near the point, not the whole plan
}

// The column whose lane holds `mouse_px`, or -1.
int column_at(const BoardModel& board, const BoardFrame& f, ImVec2 mouse_px) {
    if (!ImGui::IsMousePosValid(&mouse_px)) return -1;
    const ImVec2 w = f.to_world(mouse_px);
    for (size_t i = 0; i < board.columns.size(); ++i) {
        const Column& c = board.columns[i];
        if (w.x >= c.x - 12 && w.x <= c.x + c.w + 12) return int(i);
    }
    return -1;
}

// Keeps app.drag in step with the card under the pointer while `source` is dragged. The
// engine is asked (orient_link, what_if) only when the card under the pointer changes.
void update_drag_target(App& app, const std::string& source, const std::string& target) {
    DragPreview& d = app.drag;
    if (d.source == source && d.target == target) return;
    d = DragPreview{};
    d.source = source;
    d.target = target;
    if (target.empty()) return;
    const Oriented o = orient_link(app.doc.plan(), source, target);
    if (!o.link) {
        d.text = o.reason;
        return;
    }
    std::string error;
    const std::optional<Scores> after = app.doc.what_if(*o.link, &error);
    if (!after) {
        d.text = error;
        return;
    }
    d.ok = true;
    d.link = *o.link;
    d.text = score_text(app.doc.scores().overall) + " \xe2\x86\x92 " + score_text(after->overall);
}

// Links the dragged card to the card it was dropped on, or says why not; the card itself stays
// where it was, so a drop on a card is one step: the link.
void drop_on_card(App& app) {
    const DragPreview d = app.drag;
    if (!d.ok) {
        app.say("Not linked: " + d.text, true, 5);
        return;
    }
    const ApplyResult r = app.doc.apply(d.link);
    if (!r.ok) {
        app.say("Not linked: " + r.error, true, 5);
        return;
    }
    app.say("Linked " + d.link.child + " to " + d.link.parent + " (score " + d.text + ")", false, 4);
}

// A card's link handle: a dot on the middle of its right edge. Dragging from it draws a link.
ImVec2 connector_px(const BoardFrame& f, const Card& c) { return f.to_screen(c.x + c.w, c.y + c.h * 0.5f); }

bool on_connector(const BoardFrame& f, const Card& c, ImVec2 mouse_px) {
    const ImVec2 p = connector_px(f, c);
    const float reach = 11 * f.ratio;  // a comfortable target for a finger too
    return std::fabs(mouse_px.x - p.x) <= reach && std::fabs(mouse_px.y - p.y) <= reach;
}

// The hovered card's link handle, and the link being drawn from one.
void draw_connector(const App& app, const BoardFrame& f, const Interaction& in, int hovered_card) {
    const float r = f.ratio;
    if (in.gesture == Gesture::Connect) {
        const Card* from = app.board.find(in.card);
        if (!from) return;
        const ImVec2 a = connector_px(f, *from), b = ImGui::GetIO().MousePos;
        const ImU32 col = app.drag.target.empty() ? theme::kLinkActive
                          : app.drag.ok           ? theme::kDropOk
                                                  : theme::kDropRefused;
        const float bend = std::max(40 * r, std::fabs(b.x - a.x) * 0.5f);
        f.draw->AddBezierCubic(a, ImVec2(a.x + bend, a.y), ImVec2(b.x - bend, b.y), b, col, 2.5f * r);
        f.draw->AddCircleFilled(a, 5.5f * r, col);
        return;
    }
    if (hovered_card < 0 || in.gesture != Gesture::None || app.presenting || app.doc.read_only()) return;
    const Card& c = app.board.cards[size_t(hovered_card)];
    const ImVec2 p = connector_px(f, c);
    const bool hot = on_connector(f, c, ImGui::GetIO().MousePos);
    f.draw->AddCircleFilled(p, (hot ? 7.0f : 5.5f) * r, theme::kCardBg);
    f.draw->AddCircle(p, (hot ? 7.0f : 5.5f) * r, theme::kLinkActive, 0, 2.0f * r);
    if (hot) ImGui::SetTooltip("Drag to a card to link them");
}

void handle_input(App& app, const BoardFrame& f, bool hovered, int hovered_card) {
    ImGuiIO& io = ImGui::GetIO();
    Interaction& in = interaction();

    // Gestures from the page: two fingers and trackpad pinches.
    const platform::Gestures g = platform::take_gestures();
    if (g.any()) {
        app.camera.offset_x_world -= g.pan_x_px / f.scale;
        app.camera.offset_y_world -= g.pan_y_px / f.scale;
        if (g.zoom_factor != 1) {
            zoom_at(app, frame_for(app), g.zoom_factor, ImVec2(g.zoom_center_x_px, g.zoom_center_y_px));
        }
    }

    // Wheel pans (Shift turns vertical into horizontal on mice without a second axis).
    if (hovered && (io.MouseWheel != 0 || io.MouseWheelH != 0)) {
        float wx = io.MouseWheelH, wy = io.MouseWheel;
        if (io.KeyShift && wx == 0 && !io.ConfigMacOSXBehaviors) std::swap(wx, wy);
        const float step_world = 100.0f / app.camera.zoom;  // one notch = 100 CSS pixels
        app.camera.offset_x_world -= wx * step_world;
        app.camera.offset_y_world -= wy * step_world;
    }

    // The board item takes presses of any button; what they become depends on where.
    if (ImGui::IsItemActivated()) {
        const bool left = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
        const bool space = ImGui::IsKeyDown(ImGuiKey_Space);
        const bool twice = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
        const int column = twice && hovered_card < 0 ? column_at(app.board, f, io.MousePos) : -1;
        if (twice && !space && hovered_card >= 0) {
            // Double-click a card: rename it in place.
            in.gesture = Gesture::None;
            app.select_only(app.board.cards[size_t(hovered_card)].id);
            start_rename(app, app.board.cards[size_t(hovered_card)].id);
        } else if (twice && !space && column >= 0) {
            // Double-click empty space in a column: a new card there.
            in.gesture = Gesture::None;
            const ImVec2 w = f.to_world(io.MousePos);
            LayoutPos pos;
            pos.x = std::round(app.board.columns[size_t(column)].x);
            pos.y = std::round(w.y - 20);
            create_card(app, app.board.columns[size_t(column)].kind, pos);
        } else if (left && !space && hovered_card >= 0 && !app.presenting && !app.doc.read_only() &&
                   on_connector(f, app.board.cards[size_t(hovered_card)], io.MousePos)) {
            in.gesture = Gesture::Connect;
            in.card = app.board.cards[size_t(hovered_card)].id;
        } else if (left && !space && hovered_card >= 0) {
            in.gesture = Gesture::PressCard;
            in.card = app.board.cards[size_t(hovered_card)].id;
        } else if (left && !space && io.KeyShift) {
            in.gesture = Gesture::BoxSelect;
            in.card.clear();
            in.box_from_world = in.box_to_world = f.to_world(io.MousePos);
            in.box_add = io.KeyCtrl || io.KeySuper;
        } else {
            in.gesture = Gesture::Pan;
            in.card.clear();
        }
        in.dx_world = in.dy_world = 0;
    }
    if (ImGui::IsItemActive()) {
        if (in.gesture == Gesture::PressCard && ImGui::IsMouseDragging(ImGuiMouseButton_Left) &&
            app.doc.read_only()) {
            in.gesture = Gesture::Pan;  // nothing moves on a plan that cannot change: the board pans
        } else if (in.gesture == Gesture::PressCard && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
            in.gesture = Gesture::MoveCards;
            in.moving = app.is_selected(in.card) ? app.selection : std::vector<std::string>{in.card};
            if (!app.is_selected(in.card)) app.select_only(in.card);
        }
        if (in.gesture == Gesture::MoveCards) {
            const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0);
            in.dx_world = d.x / f.scale;
            in.dy_world = d.y / f.scale;
            const int over = hit_card(app.board, f, io.MousePos, &in.moving);
            update_drag_target(app, in.card, over >= 0 ? app.board.cards[size_t(over)].id : "");
            ImGui::SetMouseCursor(app.drag.target.empty() ? ImGuiMouseCursor_ResizeAll
                                  : app.drag.ok          ? ImGuiMouseCursor_Hand
                                                         : ImGuiMouseCursor_NotAllowed);
        } else if (in.gesture == Gesture::Connect) {
            const std::vector<std::string> self{in.card};
            const int over = hit_card(app.board, f, io.MousePos, &self);
            update_drag_target(app, in.card, over >= 0 ? app.board.cards[size_t(over)].id : "");
            ImGui::SetMouseCursor(app.drag.target.empty() || app.drag.ok ? ImGuiMouseCursor_Hand
                                                                           : ImGuiMouseCursor_NotAllowed);
        } else if (in.gesture == Gesture::BoxSelect) {
            in.box_to_world = f.to_world(io.MousePos);
        } else if (in.gesture == Gesture::Pan) {
            app.camera.offset_x_world -= io.MouseDelta.x / f.scale;
            app.camera.offset_y_world -= io.MouseDelta.y / f.scale;
            if (ImGui::IsMouseDragging(ImGuiMouseButton_Left) ||
                ImGui::IsMouseDragging(ImGuiMouseButton_Middle)) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
            }
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {  // Esc cancels a move: nothing is applied
            in.gesture = Gesture::None;
            in.dx_world = in.dy_world = 0;
            app.drag = DragPreview{};
        }
    } else if (hovered_card >= 0) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (ImGui::IsItemDeactivated()) {
        const bool toggle = io.KeyShift || io.KeyCtrl || io.KeySuper;
        const bool was_drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).x != 0 ||
                              ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).y != 0;
        const bool pointer_here = ImGui::IsMousePosValid();
        switch (in.gesture) {
        case Gesture::PressCard:
            if (pointer_here) {
                if (toggle) app.toggle_selected(in.card);
                else app.select_only(in.card);
            }
            break;
        case Gesture::MoveCards:
            if (!app.drag.target.empty()) drop_on_card(app);
            else if (in.dx_world != 0 || in.dy_world != 0) move_cards(app, in.moving, in.dx_world, in.dy_world);
            break;
        case Gesture::Connect:
            if (!app.drag.target.empty()) drop_on_card(app);
            break;
        case Gesture::BoxSelect: {
            const float x0 = std::min(in.box_from_world.x, in.box_to_world.x);
            const float x1 = std::max(in.box_from_world.x, in.box_to_world.x);
            const float y0 = std::min(in.box_from_world.y, in.box_to_world.y);
            const float y1 = std::max(in.box_from_world.y, in.box_to_world.y);
            if (!in.box_add) app.clear_selection();
            for (const Card& c : app.board.cards) {
                const bool touches = c.x <= x1 && c.x + c.w >= x0 && c.y <= y1 && c.y + c.h >= y0;
                if (touches && !app.is_selected(c.id)) app.selection.push_back(c.id);
            }
            break;
        }
        case Gesture::Pan:
            if (pointer_here && !was_drag && !toggle) app.clear_selection();
            break;
        case Gesture::None: break;
        }
        in = Interaction{};
        app.drag = DragPreview{};
    }

    // Keys that belong to the board unless a text field or a popup has the keyboard.
    const bool board_has_keys = !io.WantTextInput && !side_panel_focused() &&
                                !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    if (board_has_keys) {
        const ImVec2 centre(f.origin_px.x + f.size_px.x * 0.5f, f.origin_px.y + f.size_px.y * 0.5f);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape) && in.gesture == Gesture::None) app.clear_selection();
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) {
            zoom_at(app, f, 1.2f, centre);
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) {
            zoom_at(app, f, 1 / 1.2f, centre);
        }
        if (ImGui::IsKeyPressed(ImGuiKey_0) && !io.KeyCtrl && !io.KeySuper) fit_board(app);
        handle_board_keys(app);
        const bool plain = !io.KeyCtrl && !io.KeySuper && !io.KeyAlt && !app.presenting;
        if (ImGui::IsKeyPressed(ImGuiKey_F2, false) && !app.selection.empty() && !app.presenting) {
            start_rename(app, app.selection.front());
        }
        if (ImGui::IsKeyPressed(ImGuiKey_N, false) && plain && in.gesture == Gesture::None) {
            // N: a new card in the selection's column (Goals when nothing is selected), named next.
            const Card* sel = app.selection.empty() ? nullptr : app.board.find(app.selection.front());
            const std::string id = create_card(app, sel ? sel->kind : Kind::Goal, std::nullopt);
            if (!id.empty()) app.centre_on.assign(1, id);
        }
        // Delete and Backspace are the action table's (shortcuts.cpp).
    }
}

// The zoom control as drawn this frame (CSS pixels; empty when not drawn): the notice keeps
// clear of it, and the bridge reports it.
std::optional<RectCss>& drawn_zoom() {
    static std::optional<RectCss> r;
    return r;
}

// The zoom control at the bottom right: out, level (click to fit), in.
void draw_zoom_control(App& app, const BoardFrame& f) {
    const float r = f.ratio;
    ImGui::SetNextWindowPos(ImVec2(f.origin_px.x + f.size_px.x - 16 * r, f.origin_px.y + f.size_px.y - 16 * r),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4 * r, 4 * r));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2 * r, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f * r);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10 * r);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("##zoom", nullptr, flags)) {
        drawn_zoom() = RectCss{ImGui::GetWindowPos().x / r, ImGui::GetWindowPos().y / r, ImGui::GetWindowSize().x / r,
                               ImGui::GetWindowSize().y / r};
        const ImVec2 button(30 * r, 28 * r);
        const ImVec2 centre(f.origin_px.x + f.size_px.x * 0.5f, f.origin_px.y + f.size_px.y * 0.5f);
        if (ImGui::Button(icon::kMinus, button)) zoom_at(app, f, 1 / 1.2f, centre);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom out (-)");
        ImGui::SameLine();
        char level[16];
        std::snprintf(level, sizeof level, "%d%%", int(std::lround(app.camera.zoom * 100)));
        if (ImGui::Button(level, ImVec2(56 * r, button.y))) fit_board(app);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Fit the plan (0)");
        ImGui::SameLine();
        if (ImGui::Button(icon::kPlus, button)) zoom_at(app, f, 1.2f, centre);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom in (+)");
    }
    ImGui::End();
    ImGui::PopStyleVar(4);
}

}  // namespace

float board_top_css() { return app().chrome == Chrome::None ? 0.0f : theme::kTopBarHeight_css; }

float board_right_inset_css() {
    // The panel gives way on narrow screens so the board keeps most of the width.
    // Presenting gives the board the whole width; the top bar keeps the score in sight.
    const float w = platform::canvas_css_width();
    return w >= 900 && !app().presenting && app().chrome == Chrome::Full ? theme::kPanelWidth_css : 0.0f;
}

void centre_on_items(App& app, const std::vector<std::string>& ids) {
    float x0 = FLT_MAX, y0 = FLT_MAX, x1 = -FLT_MAX, y1 = -FLT_MAX;
    for (const std::string& id : ids) {
        const Card* c = app.board.find(id);
        if (!c) continue;
        x0 = std::min(x0, c->x);
        y0 = std::min(y0, c->y);
        x1 = std::max(x1, c->x + c->w);
        y1 = std::max(y1, c->y + c->h);
    }
    if (x0 > x1) return;
    const float view_w = (platform::canvas_css_width() - board_right_inset_css()) / app.camera.zoom;
    const float view_h = (platform::canvas_css_height() - board_top_css()) / app.camera.zoom;
    app.camera.offset_x_world = (x0 + x1) * 0.5f - view_w * 0.5f;
    app.camera.offset_y_world = (y0 + y1) * 0.5f - view_h * 0.5f;
}

void sync_board(App& app) {
    const uint64_t rev = app.doc.revision();
    if (rev != app.board_revision || app.board.columns.empty()) {
        app.board = build_board(app.doc.plan(), app.doc.scores(), measure_title);
        app.board_revision = rev;
        // Selection keeps only items that still exist.
        app.selection.erase(std::remove_if(app.selection.begin(), app.selection.end(),
                                           [&](const std::string& id) { return !app.board.find(id); }),
                            app.selection.end());
    }
    if (app.camera.needs_fit && platform::canvas_css_width() > 1) fit_board(app);
    if (!app.centre_on.empty() && platform::canvas_css_width() > 1) {
        centre_on_items(app, app.centre_on);
        app.centre_on.clear();
    }
}

void fit_board(App& app) {
    const BoardModel& b = app.board;
    const float avail_w = platform::canvas_css_width() - board_right_inset_css() - 2 * kFitMargin_css;
    const float avail_h = platform::canvas_css_height() - board_top_css() - 2 * kFitMargin_css;
    const float content_w = std::max(1.0f, b.max_x - b.min_x);
    const float content_h = std::max(1.0f, b.max_y - b.min_y);
    // Fit the width; a tall plan scrolls rather than shrinking its text out of reach, and a wide
    // one stops at a zoom whose card text still reads (about 12 px), the rest a pan away.
    // Presenting fits larger, for the back of a room.
    // An embed asked for `zoom=fit` shows all of it, down to the smallest zoom whose card
    // titles still read; a plan taller than that scrolls (and its host hears the height).
    const bool whole = app.camera.fit_whole;
    const float lo = whole ? kFitWholeMinZoom : app.presenting ? 1.0f : 0.8f, hi = app.presenting ? 1.6f : 1.0f;
    float zoom = std::min(hi, avail_w / content_w);
    if (whole || content_h * zoom < avail_h * 0.5f) zoom = std::min(hi, std::min(avail_w / content_w, avail_h / content_h));
    zoom = std::clamp(zoom, lo, hi);
    app.camera.zoom = zoom;
    const float view_w_world = (avail_w + 2 * kFitMargin_css) / zoom;
    // Centred when it fits; else from the left edge, where the goals are.
    app.camera.offset_x_world = content_w * zoom <= avail_w ? b.min_x - (view_w_world - content_w) * 0.5f
                                                            : b.min_x - kFitMargin_css / zoom;
    app.camera.offset_y_world = b.min_y - kFitMargin_css * 0.75f / zoom;
    app.camera.needs_fit = false;
}

void draw_board(App& app) {
    // A forgiving double-click: people at a tablet or a projector click slower than at a desk.
    ImGui::GetIO().MouseDoubleClickTime = 0.5f;
    sync_board(app);
    BoardFrame f = frame_for(app);

    ImGui::SetNextWindowPos(f.origin_px);
    ImGui::SetNextWindowSize(f.size_px);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavFocus;
    ImGui::Begin("##board", nullptr, flags);
    ImGui::PopStyleVar();
    f.draw = ImGui::GetWindowDrawList();

    ImGui::SetCursorScreenPos(f.origin_px);
    ImGui::InvisibleButton("##canvas", f.size_px,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const int hovered_card = hovered || ImGui::IsItemActive()
                                 ? hit_card(app.board, f, ImGui::GetIO().MousePos)
                                 : -1;
    handle_input(app, f, hovered, hovered_card);
    f = frame_for(app);  // the camera may have moved
    f.draw = ImGui::GetWindowDrawList();

    const Interaction& in = interaction();
    // Only the cards named below leave the default state, so this costs the selection, not the
    // plan; the states persist to avoid allocating a plan-sized array every frame.
    static CardStates states;
    states.reset(app.board.cards.size());
    const auto card_index = [&](const std::string& id) -> int {
        auto it = app.board.index.find(id);
        return it == app.board.index.end() ? -1 : int(it->second);
    };
    for (const std::string& id : app.selection) {
        if (const int i = card_index(id); i >= 0) states.mark(size_t(i)).selected = true;
    }
    if (hovered_card >= 0 && in.gesture != Gesture::MoveCards) states.mark(size_t(hovered_card)).hovered = true;
    for (const std::string& id : app.glow) {
        if (const int i = card_index(id); i >= 0) states.mark(size_t(i)).glow = true;
    }
    if (const int i = app.drag.target.empty() ? -1 : card_index(app.drag.target); i >= 0) {
        states.mark(size_t(i)).drop = app.drag.ok ? 1 : 2;
    }
    if (in.gesture == Gesture::MoveCards) {
        for (const std::string& id : in.moving) {
            if (const int i = card_index(id); i >= 0) {
                CardState& st = states.mark(size_t(i));
                st.dx_world = in.dx_world;
                st.dy_world = in.dy_world;
            }
        }
    }
    draw_grid(f);
    draw_lanes(f, app.board);
    draw_links(f, app.board, states);
    draw_cards(f, app.board, states);
    if (in.gesture == Gesture::BoxSelect) draw_marquee(f, in.box_from_world, in.box_to_world);
    if ((in.gesture == Gesture::MoveCards || in.gesture == Gesture::Connect) && !app.drag.target.empty()) {
        draw_drop_chip(f, ImGui::GetIO().MousePos, app.drag.ok, app.drag.text);
    }
    draw_connector(app, f, in, hovered_card);
    ImGui::End();

    draw_rename(app, f);
    drawn_zoom().reset();
    if (!app.presenting && app.chrome != Chrome::None) {  // presenting hides the editing chrome
        draw_zoom_control(app, f);
        if (!app.doc.read_only()) draw_palette(app);  // nothing to create on a plan that cannot change
    }
    draw_minimap(app, f);
    draw_notice(app, f, drawn_zoom());
}

std::optional<RectCss> overlay_rect_css(std::string_view name) {
    if (name == "zoom") return drawn_zoom();
    if (name == "notice") return notice_rect_css();
    return std::nullopt;
}

std::optional<RectCss> item_rect_css(App& app, const std::string& id) {
    sync_board(app);
    const Card* c = app.board.find(id);
    if (!c) return std::nullopt;
    const float zoom = app.camera.zoom;
    RectCss r;
    r.x = (c->x - app.camera.offset_x_world) * zoom;
    r.y = board_top_css() + (c->y - app.camera.offset_y_world) * zoom;
    r.w = c->w * zoom;
    r.h = c->h * zoom;
    const float view_w = platform::canvas_css_width() - board_right_inset_css();
    const float view_h = platform::canvas_css_height();
    const bool on_screen = r.x + r.w > 0 && r.x < view_w && r.y + r.h > board_top_css() && r.y < view_h;
    if (!on_screen) return std::nullopt;
    return r;
}

}  // namespace ab::web
