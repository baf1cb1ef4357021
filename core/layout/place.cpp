// Finding a free slot (see place.hpp): one sweep down the column's cards, which the board keeps
// ordered by their top edge.
#include "layout/place.hpp"

#include <algorithm>

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

}  // namespace

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
