// Checks shared by the layout tests: which cards of a board overlap, and a plan's cards by id.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "layout/board.hpp"

namespace ab::test {

// Every pair of cards closer than the layout's margin, as "A/B" (sorted by left edge, so only
// cards whose x ranges meet are compared).
inline std::vector<std::string> overlapping(const layout::Board& board) {
    std::vector<size_t> order(board.cards.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return board.cards[a].box.x0 < board.cards[b].box.x0; });
    std::vector<std::string> out;
    for (size_t i = 0; i < order.size(); ++i) {
        const layout::Card& a = board.cards[order[i]];
        for (size_t j = i + 1; j < order.size(); ++j) {
            const layout::Card& b = board.cards[order[j]];
            if (b.box.x0 >= a.box.x1 + layout::kMargin) break;
            if (a.box.near(b.box)) out.push_back(a.id + "/" + b.id);
        }
    }
    return out;
}

}  // namespace ab::test
