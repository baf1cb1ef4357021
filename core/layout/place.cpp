// Finding a free slot (see place.hpp): one sweep down the column's cards, which the board keeps
// ordered by their top edge.
#include "layout/place.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace ab::layout {

namespace {

// The first top edge at or below the column's header where `height` fits between the cards of
// the column's band, each kept kCardGap away (a stacked column's own spacing).
double first_free_y(const Board& board, int col, double height) {
    double y = kColumnHeader;
    for (size_t i : board.in_column[col]) {
        const Rect& r = board.cards[i].box;
        if (r.y1 + kMargin <= y) continue;       // wholly above the candidate
        if (y + height + kMargin <= r.y0) break;  // the candidate fits above it, and above all after it
        y = std::max(y, r.y1 + kCardGap);
    }
    return y;
}

// The first left edge from x = 0 along the shelf's row where a card fits.
Point first_free_on_shelf(const Board& board, double height) {
    const double y = -(std::max(board.shelf_tallest, height) + kShelfGap);
    std::vector<const Rect*> row;
    for (const Card& c : board.cards) {
        if (c.box.y0 < y + height + kMargin && c.box.y1 + kMargin > y) row.push_back(&c.box);
    }
    std::sort(row.begin(), row.end(), [](const Rect* a, const Rect* b) { return a->x0 < b->x0; });
    double x = 0;
    for (const Rect* r : row) {
        if (r->x1 + kMargin <= x) continue;
        if (x + kCardWidth + kMargin <= r->x0) break;
        x = std::max(x, r->x1 + kCardGap);
    }
    return Point{x, y};
}

// The top edge nearest `want` (on the side `lean` names) at which a card `height` tall at `x`
// keeps clear of `others`: the wanted one when it is clear, else one just below or just above a
// card it would touch.
double nearest_free_y(const std::vector<Rect>& others, double x, double want, double height, Lean lean) {
    // Only cards whose x range comes near the card's can be in its way.
    std::vector<const Rect*> band;
    for (const Rect& r : others) {
        if (r.x0 < x + kCardWidth + kMargin && x < r.x1 + kMargin) band.push_back(&r);
    }
    auto clear = [&](double y) {
        const Rect me{x, y, x + kCardWidth, y + height};
        for (const Rect* r : band) {
            if (r->near(me)) return false;
        }
        return true;
    };
    if (clear(want)) return want;
    std::vector<double> candidates;
    candidates.reserve(2 * band.size());
    for (const Rect* r : band) {
        if (lean != Lean::Up) candidates.push_back(r->y1 + kCardGap);
        if (lean != Lean::Down) candidates.push_back(r->y0 - kCardGap - height);
    }
    std::sort(candidates.begin(), candidates.end(), [&](double a, double b) {
        const double da = std::fabs(a - want), db = std::fabs(b - want);
        return da != db ? da < db : a > b;  // nearer first; of two as near, the lower
    });
    for (double y : candidates) {
        if ((lean == Lean::Up && y > want) || (lean == Lean::Down && y < want)) continue;
        if (clear(y)) return y;
    }
    // Past the band's last card that way is always clear; reached only if rounding disagreed.
    double edge = want;
    for (const Rect* r : band) {
        edge = lean == Lean::Up ? std::min(edge, r->y0 - kCardGap - height) : std::max(edge, r->y1 + kCardGap);
    }
    return edge;
}

}  // namespace

Moves settle_moves(const Plan& plan, const Moves& moves, const Heights* heights, Lean lean) {
    const Board board = board_of(plan, heights);
    std::unordered_set<std::string> moving;
    for (const auto& m : moves) moving.insert(m.first);
    std::vector<Rect> others;
    others.reserve(board.cards.size());
    for (const Card& c : board.cards) {
        if (!moving.count(c.id)) others.push_back(c.box);
    }
    // Top to bottom, so a moved column of cards settles in the order it reads.
    std::vector<size_t> order(moves.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return moves[a].second.y < moves[b].second.y; });
    Moves out = moves;
    for (size_t i : order) {
        const Card* card = board.find(moves[i].first);
        if (!card) continue;
        const Point want = moves[i].second;
        const double h = card->box.y1 - card->box.y0;
        const double y = nearest_free_y(others, want.x, want.y, h, lean);
        out[i].second = Point{want.x, y};
        others.push_back(Rect{want.x, y, want.x + kCardWidth, y + h});
    }
    return out;
}

Point free_slot(const Board& board, Kind kind, std::optional<Point> wanted, double height) {
    const int col = column_of(kind);
    if (col == kNoCard) return wanted.value_or(Point{});
    if (wanted && !board.taken(Rect{wanted->x, wanted->y, wanted->x + kCardWidth, wanted->y + height})) return *wanted;
    if (col == kShelf) return first_free_on_shelf(board, height);
    return Point{column_x(col), first_free_y(board, col, height)};
}

Point free_slot(const Plan& plan, Kind kind, std::optional<Point> wanted, double height) {
    return free_slot(board_of(plan), kind, wanted, height);
}

}  // namespace ab::layout
