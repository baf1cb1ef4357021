// Building the board (see board.hpp): placed cards where the layout says, unplaced ones stacked
// as the web stacks them, then each column's band indexed by top edge.
#include "layout/board.hpp"

#include <algorithm>
#include <limits>
#include <type_traits>

namespace ab::layout {

namespace {

struct Builder {
    const Plan& plan;
    const Heights* heights;
    Board board;
    std::vector<std::vector<std::string>> parents;  // per card: the ids it hangs from

    template <class T>
    void add(const T& item, std::vector<std::string> parent_ids) {
        Card card;
        card.id = item.id.value;
        card.kind = std::decay_t<decltype(item.id)>::kind;
        card.column = column_of(card.kind);
        const double h = card_height(card.id, card_title(item), heights);
        card.box = Rect{0, 0, kCardWidth, h};
        if (auto it = plan.layout.find(card.id); it != plan.layout.end()) {
            card.placed = true;
            card.box = Rect{it->second.x, it->second.y, it->second.x + kCardWidth, it->second.y + h};
        }
        board.index.emplace(card.id, board.cards.size());
        board.cards.push_back(std::move(card));
        parents.push_back(std::move(parent_ids));
    }

    // Unplaced cards of each column, by the mean middle of their parents in earlier columns
    // (parentless ones last, in plan order), stacked from the top: web/board_model.cpp place().
    void stack_columns() {
        for (int col = 0; col < kColumnCount; ++col) {
            ColumnSpan& span = board.columns[col];
            span.kind = kColumnKinds[col];
            span.x = column_x(col);
            std::vector<std::pair<double, size_t>> order;
            for (size_t i = 0; i < board.cards.size(); ++i) {
                Card& card = board.cards[i];
                if (card.column != col) continue;
                ++span.count;
                if (card.placed) continue;
                double sum = 0;
                int n = 0;
                for (const std::string& pid : parents[i]) {
                    const Card* parent = board.find(pid);
                    if (parent && parent->column < col) {
                        sum += (parent->box.y0 + parent->box.y1) * 0.5;
                        ++n;
                    }
                }
                order.emplace_back(n ? sum / n : std::numeric_limits<double>::max(), i);
            }
            std::stable_sort(order.begin(), order.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            double y = kColumnHeader;
            for (const auto& entry : order) {
                Rect& box = board.cards[entry.second].box;
                const double h = box.y1 - box.y0;
                box = Rect{span.x, y, span.x + kCardWidth, y + h};
                y += h + kCardGap;
            }
        }
    }

    // One row above the column headings, left to right, unplaced cards only: place_shelf().
    void stack_shelf() {
        for (const Card& c : board.cards) {
            if (c.column == kShelf) board.shelf_tallest = std::max(board.shelf_tallest, c.box.y1 - c.box.y0);
        }
        double x = 0;
        for (Card& c : board.cards) {
            if (c.column != kShelf || c.placed) continue;
            const double h = c.box.y1 - c.box.y0;
            const double top = -(board.shelf_tallest + kShelfGap);
            c.box = Rect{x, top, x + kCardWidth, top + h};
            x += kCardWidth + kCardGap;
        }
    }

    void index_columns() {
        for (int col = 0; col < kColumnCount; ++col) {
            const double x0 = column_x(col) - kMargin, x1 = column_x(col) + kCardWidth + kMargin;
            std::vector<size_t>& list = board.in_column[col];
            for (size_t i = 0; i < board.cards.size(); ++i) {
                const Rect& b = board.cards[i].box;
                if (b.x0 < x1 && b.x1 > x0) list.push_back(i);
            }
            std::sort(list.begin(), list.end(), [&](size_t a, size_t b) {
                const double ya = board.cards[a].box.y0, yb = board.cards[b].box.y0;
                return ya != yb ? ya < yb : a < b;
            });
            for (size_t i : list) board.columns[col].bottom = std::max(board.columns[col].bottom, board.cards[i].box.y1);
        }
    }
};

template <class LinkIds>
std::vector<std::string> ids(const LinkIds& links) {
    std::vector<std::string> out;
    out.reserve(links.size());
    for (const auto& l : links) out.push_back(l.value);
    return out;
}

}  // namespace

const Card* Board::find(const std::string& id) const {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &cards[it->second];
}

bool Board::taken(const Rect& r, const std::string& except) const {
    for (const Card& c : cards) {
        if (c.box.near(r) && c.id != except) return true;
    }
    return false;
}

Board board_of(const Plan& plan, const Heights* heights) {
    Builder b{plan, heights, {}, {}};
    const size_t n = plan.goals.size() + plan.strategies.size() + plan.tactics.size() + plan.kpis.size() +
                     plan.products.size() + plan.insights.size();
    b.board.cards.reserve(n);
    b.board.index.reserve(n);
    b.parents.reserve(n);
    for (const Goal& g : plan.goals) b.add(g, {});
    for (const Strategy& s : plan.strategies) b.add(s, ids(s.goals));
    for (const Tactic& t : plan.tactics) b.add(t, ids(t.strategies));
    for (const Kpi& k : plan.kpis) b.add(k, k.on.empty() ? std::vector<std::string>{} : std::vector<std::string>{k.on.id});
    // Big pushes lead the shelf, as on the board.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Product& p : plan.products) {
            if (p.big_push == (pass == 0)) b.add(p, {});
        }
    }
    for (const Insight& in : plan.insights) b.add(in, {});
    b.stack_columns();
    b.stack_shelf();
    b.index_columns();
    return std::move(b.board);
}

}  // namespace ab::layout
