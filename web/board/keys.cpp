// Board keys (see board/keys.hpp). Every change goes through Document::apply.
#include "board/keys.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "board/model.hpp"
#include "board/view.hpp"
#include "board/card_text.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "layout/place.hpp"
#include "model/queries.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

// The card the arrow leads to from `from`: the nearest one above or below in its column, or
// the one in the next column left or right whose middle is nearest in height.
const Card* neighbour(const BoardModel& board, const Card& from, int dx, int dy) {
    const float cy = from.y + from.h * 0.5f;
    const Card* best = nullptr;
    float best_d = FLT_MAX;
    int target_col = from.column + dx;
    if (dx != 0) {
        // Skip empty columns: Right from a goal with no strategies lands on a tactic.
        const int n = int(board.columns.size());
        while (target_col >= 0 && target_col < n && board.columns[size_t(target_col)].count == 0) target_col += dx;
    }
    for (const Card& c : board.cards) {
        if (&c == &from || c.column != target_col) continue;
        const float mid = c.y + c.h * 0.5f;
        if (dy < 0 && mid >= cy) continue;
        if (dy > 0 && mid <= cy) continue;
        const float d = std::fabs(mid - cy);
        if (d < best_d) {
            best_d = d;
            best = &c;
        }
    }
    return best;
}

void walk(App& app, int dx, int dy) {
    const BoardModel& board = app.view.board;
    if (board.cards.empty()) return;
    const Card* from = app.view.selection.empty() ? nullptr : board.find(app.view.selection.back());
    const Card* to = nullptr;
    if (!from) {
        to = &board.cards.front();  // the first goal (or whatever comes first)
    } else {
        to = neighbour(board, *from, dx, dy);
        if (!to) return;
    }
    app.select_only(to->id);
    if (!item_rect_css(app, to->id)) app.view.centre_on.assign(1, to->id);
}

}  // namespace

void move_cards(App& app, const std::vector<std::string>& ids, float dx_world, float dy_world, layout::Lean lean) {
    const Plan& plan = app.doc.plan();
    // Where the moved cards were put, then where they come to rest: a card put down on another
    // goes to the nearest free place straight above or below (core/layout/place.hpp), so a move
    // never leaves one card hidden under another.
    layout::Moves wanted;
    for (const Card& c : app.view.board.cards) {
        if (std::find(ids.begin(), ids.end(), c.id) == ids.end()) continue;
        wanted.emplace_back(c.id, layout::Point{std::round(c.x + dx_world), std::round(c.y + dy_world)});
    }
    const layout::Heights heights = measured_heights(app.view.board);
    std::unordered_map<std::string, layout::Point> rest;
    for (const auto& [id, p] : layout::settle_moves(plan, wanted, &heights, lean)) rest[id] = p;
    MoveItems move;
    // Cards the board stacks (no layout entry) are pinned where they stand, so the move does not
    // restack them around the moved ones.
    for (const Card& c : app.view.board.cards) {
        auto moved = rest.find(c.id);
        const bool placed = plan.layout.count(c.id) != 0;
        if (moved == rest.end() && placed) continue;
        LayoutPos pos;
        if (placed) pos = plan.layout.at(c.id);
        pos.x = moved != rest.end() ? moved->second.x : std::round(c.x);
        pos.y = moved != rest.end() ? std::round(moved->second.y) : std::round(c.y);
        move.moves.emplace_back(c.id, pos);
    }
    const ApplyResult r = app.doc.apply(move);
    if (!r.ok) app.say(i18n::tr("board.not_moved", {{"reason", r.error}}), true);
}

void link_cards(App& app, const std::string& a, const std::string& b, bool link) {
    const Oriented o = orient_link(app.doc.plan(), a, b);
    const char* refused = link ? "board.not_linked" : "board.not_unlinked";
    if (!o.link) {
        app.say(i18n::tr(refused, {{"reason", o.reason}}), true, 5);
        return;
    }
    const std::optional<double> before = app.doc.scores().overall;
    const ApplyResult r = link ? app.doc.apply(*o.link) : app.doc.apply(Unlink{o.link->child, o.link->parent});
    if (!r.ok) {
        app.say(i18n::tr(refused, {{"reason", r.error}}), true, 5);
        return;
    }
    const std::string change = score_text(before) + " \xe2\x86\x92 " + score_text(app.doc.scores().overall);
    const Plan& plan = app.doc.plan();  // names, not ids
    app.say(i18n::tr(link ? "board.linked" : "board.unlinked", {{"child", display_name(plan, o.link->child)},
                                                                {"parent", display_name(plan, o.link->parent)},
                                                                {"score", change}}),
            false, 4);
}

void handle_board_keys(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    if (ctrl) return;
    static const struct {
        ImGuiKey key;
        int dx, dy;
    } kArrows[] = {{ImGuiKey_LeftArrow, -1, 0}, {ImGuiKey_RightArrow, 1, 0},
                   {ImGuiKey_UpArrow, 0, -1}, {ImGuiKey_DownArrow, 0, 1}};
    for (const auto& a : kArrows) {
        if (!ImGui::IsKeyPressed(a.key)) continue;
        if (io.KeyAlt && !app.view.selection.empty() && !app.view.presenting) {
            const float step = theme::kGridStep_world;
            // A nudge into a card hops over it rather than bouncing back to where it started.
            const layout::Lean lean = a.dy < 0 ? layout::Lean::Up : a.dy > 0 ? layout::Lean::Down : layout::Lean::Nearest;
            move_cards(app, app.view.selection, float(a.dx) * step, float(a.dy) * step, lean);
        } else if (!io.KeyAlt) {
            walk(app, a.dx, a.dy);
        }
    }
    if (ImGui::IsKeyPressed(ImGuiKey_L, false) && !io.KeyAlt && !app.view.presenting) {
        if (app.view.selection.size() != 2) {
            app.say(i18n::tr("board.select_two"), false, 5);
        } else {
            link_cards(app, app.view.selection[0], app.view.selection[1], !io.KeyShift);
        }
    }
}

}  // namespace ab::web
