// The board's gestures (see board/gestures.hpp).
//
// [SECTION] Shared: where the pointer is (column, link handle), the drop preview
// [SECTION] The gestures: begin (which one a press starts), update, end, cancel
// [SECTION] Page gestures, the wheel and the board's keys
// [SECTION] Feedback drawn on the board
#include "board/gestures.hpp"

#include <algorithm>
#include <cmath>

#include "app/actions.hpp"
#include "board/keys.hpp"
#include "board/rename.hpp"
#include "board/view.hpp"
#include "board/card_text.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "model/queries.hpp"
#include "board/overlays/palette.hpp"
#include "platform/platform.hpp"
#include "panels/side_panel.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

constexpr double kLongPress_s = 0.5;  // a finger resting this long on a card picks it up

// [SECTION] Shared -----------------------------------------------------------------------------

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

// A card's link handle: a dot on the middle of its right edge. Dragging from it draws a link.
ImVec2 connector_px(const BoardFrame& f, const Card& c) { return f.to_screen(c.x + c.w, c.y + c.h * 0.5f); }

bool on_connector(const BoardFrame& f, const Card& c, ImVec2 mouse_px) {
    const ImVec2 p = connector_px(f, c);
    const float reach = 11 * f.ratio;  // a comfortable target for a finger too
    return std::fabs(mouse_px.x - p.x) <= reach && std::fabs(mouse_px.y - p.y) <= reach;
}

// Keeps the drag preview in step with the card under the pointer while `source` is dragged. The
// engine is asked (orient_link, what_if) only when the card under the pointer changes.
void update_drag_target(App& app, const std::string& source, const std::string& target) {
    DragPreview& d = app.gesture.drag;
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

// The card under the pointer, skipping `except`, as the drag's target ("" over no card).
void track_target(App& app, const BoardFrame& f, const std::vector<std::string>& except) {
    const int over = hit_card(app.view.board, f, ImGui::GetIO().MousePos, &except);
    update_drag_target(app, app.gesture.board.card, over >= 0 ? app.view.board.cards[size_t(over)].id : "");
}

// Links the dragged card to the card it was dropped on, or says why not; the card itself stays
// where it was, so a drop on a card is one step: the link.
void drop_on_card(App& app) {
    const DragPreview d = app.gesture.drag;
    if (!d.ok) {
        app.say(i18n::tr("board.not_linked", {{"reason", d.text}}), true, 5);
        return;
    }
    const ApplyResult r = app.doc.apply(d.link);
    if (!r.ok) {
        app.say(i18n::tr("board.not_linked", {{"reason", r.error}}), true, 5);
        return;
    }
    const Plan& plan = app.doc.plan();  // names, not ids: "Linked “Email series” to “Grow repeat buyers”"
    app.say(i18n::tr("board.linked", {{"child", display_name(plan, d.link.child)},
                                      {"parent", display_name(plan, d.link.parent)}, {"score", d.text}}),
            false, 4);
}

// [SECTION] The gestures -----------------------------------------------------------------------

// How a press ended: what the user held and whether the pointer moved or left the canvas.
struct Release {
    bool toggle = false;        // Shift, Ctrl or Cmd held: the selection toggles
    bool was_drag = false;      // the pointer moved while pressed
    bool pointer_here = false;  // the pointer is still over the canvas
};

// A double-click on a card: rename it in place.
void rename_card(App& app, const Card& card) {
    app.select_only(card.id);
    start_rename(app, card.id);
}

// A double-click on empty space in a column: a new card there.
void new_card_in_column(App& app, const BoardFrame& f, const Column& column) {
    const ImVec2 w = f.to_world(ImGui::GetIO().MousePos);
    LayoutPos pos;
    pos.x = std::round(column.x);
    pos.y = std::round(w.y - 20);
    // A KPI made there measures nothing yet: what it measures is a drop or a link away.
    create_card(app, column.kind, pos, std::nullopt);
}

// Begin: the board item takes presses of any button; what they become depends on where.
void begin_gesture(App& app, const BoardFrame& f, int hovered_card) {
    const ImGuiIO& io = ImGui::GetIO();
    BoardInteraction& in = app.gesture.board;
    const bool left = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    const bool space = ImGui::IsKeyDown(ImGuiKey_Space);
    const bool twice = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
    const int column = twice && hovered_card < 0 ? column_at(app.view.board, f, io.MousePos) : -1;
    const Card* card = hovered_card >= 0 ? &app.view.board.cards[size_t(hovered_card)] : nullptr;
    if (twice && !space && card) {
        in.gesture = BoardGesture::None;
        rename_card(app, *card);
    } else if (twice && !space && column >= 0) {
        in.gesture = BoardGesture::None;
        new_card_in_column(app, f, app.view.board.columns[size_t(column)]);
    } else if (left && !space && card && !app.view.presenting && !app.doc.read_only() &&
               on_connector(f, *card, io.MousePos)) {
        in.gesture = BoardGesture::Connect;
        in.card = card->id;
    } else if (left && !space && card) {
        in.gesture = BoardGesture::PressCard;
        in.card = card->id;
        if (io.MouseSource == ImGuiMouseSource_TouchScreen) platform::request_redraw_in(kLongPress_s + 0.05);
    } else if (left && !space && io.KeyShift) {
        in.gesture = BoardGesture::BoxSelect;
        in.card.clear();
        in.box_from_world = in.box_to_world = f.to_world(io.MousePos);
        in.box_add = io.KeyCtrl || io.KeySuper;
    } else {
        in.gesture = BoardGesture::Pan;
        in.card.clear();
    }
    in.dx_world = in.dy_world = 0;
}

// Update, press: a press on a card that drags becomes a move of the selection (or of that card);
// on a plan that cannot change nothing moves, so the board pans. A finger must rest on the card
// first (a long press, as in Miro and tldraw; the card is selected when it is picked up): a
// swipe that starts on a card pans, since on a phone cards cover most of the board.
void update_press(App& app) {
    BoardInteraction& in = app.gesture.board;
    const ImGuiIO& io = ImGui::GetIO();
    const bool finger = io.MouseSource == ImGuiMouseSource_TouchScreen;
    const bool held = io.MouseDownDuration[0] >= kLongPress_s;
    // (Not once the finger's position is gone: a second finger made it a pinch.)
    if (finger && held && ImGui::IsMousePosValid() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left) &&
        !app.is_selected(in.card)) {
        app.select_only(in.card);
    }
    if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
    if (app.doc.read_only() || (finger && !held)) {
        in.gesture = BoardGesture::Pan;
        return;
    }
    in.gesture = BoardGesture::MoveCards;
    in.moving = app.is_selected(in.card) ? app.view.selection : std::vector<std::string>{in.card};
    if (!app.is_selected(in.card)) app.select_only(in.card);
}

// Update, move: the cards follow the pointer; a card under it previews the link a drop makes.
void update_move(App& app, const BoardFrame& f) {
    BoardInteraction& in = app.gesture.board;
    const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0);
    in.dx_world = d.x / f.scale;
    in.dy_world = d.y / f.scale;
    track_target(app, f, in.moving);
    const DragPreview& drag = app.gesture.drag;
    ImGui::SetMouseCursor(drag.target.empty() ? ImGuiMouseCursor_ResizeAll
                          : drag.ok           ? ImGuiMouseCursor_Hand
                                              : ImGuiMouseCursor_NotAllowed);
}

// Update, link: the link follows the pointer and previews the card under it.
void update_connect(App& app, const BoardFrame& f) {
    track_target(app, f, std::vector<std::string>{app.gesture.board.card});
    const DragPreview& drag = app.gesture.drag;
    ImGui::SetMouseCursor(drag.target.empty() || drag.ok ? ImGuiMouseCursor_Hand : ImGuiMouseCursor_NotAllowed);
}

void update_box(App& app, const BoardFrame& f) {
    app.gesture.board.box_to_world = f.to_world(ImGui::GetIO().MousePos);
}

void update_pan(App& app, const BoardFrame& f) {
    const ImGuiIO& io = ImGui::GetIO();
    app.view.camera.offset_x_world -= io.MouseDelta.x / f.scale;
    app.view.camera.offset_y_world -= io.MouseDelta.y / f.scale;
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle)) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    }
}

void update_gesture(App& app, const BoardFrame& f) {
    BoardInteraction& in = app.gesture.board;
    if (in.gesture == BoardGesture::PressCard) update_press(app);
    switch (in.gesture) {
    case BoardGesture::MoveCards: update_move(app, f); break;
    case BoardGesture::Connect: update_connect(app, f); break;
    case BoardGesture::BoxSelect: update_box(app, f); break;
    case BoardGesture::Pan: update_pan(app, f); break;
    case BoardGesture::PressCard:
    case BoardGesture::None: break;
    }
}

// Esc cancels the gesture: nothing is applied.
void cancel_gesture(App& app) {
    BoardInteraction& in = app.gesture.board;
    in.gesture = BoardGesture::None;
    in.dx_world = in.dy_world = 0;
    app.gesture.drag = DragPreview{};
}

// End, press (a click on a card): select it, or toggle it with a modifier.
void end_press(App& app, const Release& how) {
    if (!how.pointer_here) return;
    if (how.toggle) app.toggle_selected(app.gesture.board.card);
    else app.select_only(app.gesture.board.card);
}

// End, move: a drop on a card links them; elsewhere the cards move (one command).
void end_move(App& app) {
    const BoardInteraction& in = app.gesture.board;
    if (!app.gesture.drag.target.empty()) drop_on_card(app);
    else if (in.dx_world != 0 || in.dy_world != 0) move_cards(app, in.moving, in.dx_world, in.dy_world);
}

void end_connect(App& app) {
    if (!app.gesture.drag.target.empty()) drop_on_card(app);
}

// End, box: the cards the box touches join the selection (or replace it).
void end_box(App& app) {
    const BoardInteraction& in = app.gesture.board;
    const float x0 = std::min(in.box_from_world.x, in.box_to_world.x);
    const float x1 = std::max(in.box_from_world.x, in.box_to_world.x);
    const float y0 = std::min(in.box_from_world.y, in.box_to_world.y);
    const float y1 = std::max(in.box_from_world.y, in.box_to_world.y);
    if (!in.box_add) app.clear_selection();
    for (const Card& c : app.view.board.cards) {
        const bool touches = c.x <= x1 && c.x + c.w >= x0 && c.y <= y1 && c.y + c.h >= y0;
        if (touches && !app.is_selected(c.id)) app.view.selection.push_back(c.id);
    }
}

// End, pan: a plain click on empty board (no drag) clears the selection.
void end_pan(App& app, const Release& how) {
    if (how.pointer_here && !how.was_drag && !how.toggle) app.clear_selection();
}

void end_gesture(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 dragged = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0);
    Release how;
    how.toggle = io.KeyShift || io.KeyCtrl || io.KeySuper;
    how.was_drag = dragged.x != 0 || dragged.y != 0;
    how.pointer_here = ImGui::IsMousePosValid();
    switch (app.gesture.board.gesture) {
    case BoardGesture::PressCard: end_press(app, how); break;
    case BoardGesture::MoveCards: end_move(app); break;
    case BoardGesture::Connect: end_connect(app); break;
    case BoardGesture::BoxSelect: end_box(app); break;
    case BoardGesture::Pan: end_pan(app, how); break;
    case BoardGesture::None: break;
    }
    app.gesture.board = BoardInteraction{};
    app.gesture.drag = DragPreview{};
}

// [SECTION] Page gestures, the wheel and the board's keys --------------------------------------

// Two fingers and trackpad pinches, from the page.
void page_gestures(App& app, const BoardFrame& f) {
    const platform::Gestures g = platform::take_gestures();
    if (!g.any()) return;
    app.view.camera.offset_x_world -= g.pan_x_px / f.scale;
    app.view.camera.offset_y_world -= g.pan_y_px / f.scale;
    if (g.zoom_factor != 1) {
        zoom_at(app, board_frame(app), g.zoom_factor, ImVec2(g.zoom_center_x_px, g.zoom_center_y_px));
    }
}

// The wheel pans (Shift turns vertical into horizontal on mice without a second axis).
void wheel(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseWheel == 0 && io.MouseWheelH == 0) return;
    float wx = io.MouseWheelH, wy = io.MouseWheel;
    if (io.KeyShift && wx == 0 && !io.ConfigMacOSXBehaviors) std::swap(wx, wy);
    const float step_world = 100.0f / app.view.camera.zoom;  // one notch = 100 CSS pixels
    app.view.camera.offset_x_world -= wx * step_world;
    app.view.camera.offset_y_world -= wy * step_world;
}

// Keys that belong to the board unless a text field or a popup has the keyboard.
void board_keys(App& app, const BoardFrame& f) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool board_has_keys = !io.WantTextInput && !side_panel_focused() &&
                                !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    if (!board_has_keys) return;
    const bool idle = app.gesture.board.gesture == BoardGesture::None;
    const ImVec2 centre(f.origin_px.x + f.size_px.x * 0.5f, f.origin_px.y + f.size_px.y * 0.5f);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) && idle) app.clear_selection();
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) {
        zoom_at(app, f, 1.2f, centre);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) {
        zoom_at(app, f, 1 / 1.2f, centre);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_0) && !io.KeyCtrl && !io.KeySuper) fit_board(app);
    handle_board_keys(app);
    const bool presenting = app.view.presenting;
    const bool plain = !io.KeyCtrl && !io.KeySuper && !io.KeyAlt && !presenting;
    if (ImGui::IsKeyPressed(ImGuiKey_F2, false) && !app.view.selection.empty() && !presenting) {
        start_rename(app, app.view.selection.front());
    }
    if (ImGui::IsKeyPressed(ImGuiKey_N, false) && plain && idle) {
        // N: a new card in the selection's column (Goals when nothing is selected), named next.
        const Card* sel = app.view.selection.empty() ? nullptr : app.view.board.find(app.view.selection.front());
        create_card(app, sel ? sel->kind : Kind::Goal);
    }
    // Delete and Backspace are the action table's (app/shortcuts.cpp).
}

}  // namespace

void handle_board_input(App& app, const BoardFrame& f, bool hovered, int hovered_card) {
    page_gestures(app, f);
    if (hovered) wheel(app);
    const bool pressed_now = ImGui::IsItemActivated();
    if (pressed_now) begin_gesture(app, f, hovered_card);
    if (ImGui::IsItemActive()) {
        // Not in the frame of the press: the pointer's move into that frame is not a drag (an
        // embed's host page scrolled under a still pointer moves it by the whole scroll, and a
        // pan would jump the board as far).
        if (!pressed_now) update_gesture(app, f);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) cancel_gesture(app);
    } else if (hovered_card >= 0) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (ImGui::IsItemDeactivated()) end_gesture(app);
    board_keys(app, f);
}

// [SECTION] Feedback drawn on the board ----------------------------------------------------------

void draw_gesture_feedback(const App& app, const BoardFrame& f, int hovered_card) {
    const BoardInteraction& in = app.gesture.board;
    const DragPreview& drag = app.gesture.drag;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (in.gesture == BoardGesture::BoxSelect) draw_marquee(f, in.box_from_world, in.box_to_world);
    if ((in.gesture == BoardGesture::MoveCards || in.gesture == BoardGesture::Connect) && !drag.target.empty()) {
        draw_drop_chip(f, mouse, drag.ok, drag.text);
    }
    // The link being drawn from a card's handle.
    const float r = f.ratio;
    if (in.gesture == BoardGesture::Connect) {
        const Card* from = app.view.board.find(in.card);
        if (!from) return;
        const ImVec2 a = connector_px(f, *from), b = mouse;
        const ImU32 col = drag.target.empty() ? theme::kLinkActive : drag.ok ? theme::kDropOk : theme::kDropRefused;
        const float bend = std::max(40 * r, std::fabs(b.x - a.x) * 0.5f);
        f.draw->AddBezierCubic(a, ImVec2(a.x + bend, a.y), ImVec2(b.x - bend, b.y), b, col, 2.5f * r);
        f.draw->AddCircleFilled(a, 5.5f * r, col);
        return;
    }
    // The hovered card's link handle.
    if (hovered_card < 0 || in.gesture != BoardGesture::None || app.view.presenting || app.doc.read_only()) return;
    const Card& c = app.view.board.cards[size_t(hovered_card)];
    const ImVec2 p = connector_px(f, c);
    const bool hot = on_connector(f, c, mouse);
    f.draw->AddCircleFilled(p, (hot ? 7.0f : 5.5f) * r, theme::kCardBg);
    f.draw->AddCircle(p, (hot ? 7.0f : 5.5f) * r, theme::kLinkActive, 0, 2.0f * r);
    if (hot) ImGui::SetTooltip("%s", i18n::tr("board.drag_to_link").c_str());
}

}  // namespace ab::web
