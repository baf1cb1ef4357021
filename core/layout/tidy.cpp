// Tidying (see tidy.hpp): the layered graph of the four columns, crossing counts by inversion
// counting, barycenter sweeps from two starting orders, and the stacking of the chosen order.
#include "layout/tidy.hpp"

#include <algorithm>
#include <cstdint>

namespace ab::layout {

namespace {

// The four columns as layers of a graph whose nodes are the board's cards (columns 0..3 only).
struct Graph {
    std::vector<int> layer;                           // per card: its column, or -1 (shelf)
    // (parent card, child card) by the parent's and the child's column: crossings are counted
    // between links of the same two columns.
    std::vector<std::pair<uint32_t, uint32_t>> edges[kColumnCount][kColumnCount];
    std::vector<std::vector<uint32_t>> parents, children;
};

Graph graph_of(const Plan& plan, const Board& board) {
    Graph g;
    const size_t n = board.cards.size();
    g.layer.resize(n);
    for (size_t i = 0; i < n; ++i) g.layer[i] = board.cards[i].column < kColumnCount ? board.cards[i].column : -1;
    g.parents.resize(n);
    g.children.resize(n);
    auto link = [&](const std::string& child, const std::string& parent) {
        auto c = board.index.find(child), p = board.index.find(parent);
        if (c == board.index.end() || p == board.index.end()) return;
        const int lc = g.layer[c->second], lp = g.layer[p->second];
        if (lc < 0 || lp < 0 || lp >= lc) return;
        g.edges[lp][lc].emplace_back(uint32_t(p->second), uint32_t(c->second));
        g.parents[c->second].push_back(uint32_t(p->second));
        g.children[p->second].push_back(uint32_t(c->second));
    };
    for (const Strategy& s : plan.strategies) {
        for (const GoalId& goal : s.goals) link(s.id.value, goal.value);
    }
    for (const Tactic& t : plan.tactics) {
        for (const StrategyId& st : t.strategies) link(t.id.value, st.value);
    }
    for (const Kpi& k : plan.kpis) {
        if (!k.on.empty()) link(k.id.value, k.on.id);
    }
    return g;
}

// A column order per layer and each card's place in it, as a fraction of its column's length
// (so a KPI can average places in columns of different lengths).
struct Order {
    std::vector<uint32_t> layers[kColumnCount];
    std::vector<double> place;
    std::vector<uint32_t> rank;  // a card's index in its column's order

    void update(int l) {
        const double n = double(layers[l].size());
        for (size_t r = 0; r < layers[l].size(); ++r) {
            place[layers[l][r]] = (double(r) + 0.5) / n;
            rank[layers[l][r]] = uint32_t(r);
        }
    }
};

// Pairs of crossing links, by inversion counting per pair of columns: links sorted by their
// parent's rank then their child's, a Fenwick tree over child ranks counts the earlier links that
// end lower. O(E log E).
size_t count_crossings(const Graph& g, const Order& o) {
    size_t total = 0;
    std::vector<uint64_t> keys;
    std::vector<uint32_t> tree;
    for (int lp = 0; lp < kColumnCount; ++lp) {
        for (int lc = lp + 1; lc < kColumnCount; ++lc) {
            const auto& edges = g.edges[lp][lc];
            if (edges.size() < 2) continue;
            keys.clear();
            for (const auto& [p, c] : edges) keys.push_back(uint64_t(o.rank[p]) << 32 | o.rank[c]);
            std::sort(keys.begin(), keys.end());
            tree.assign(o.layers[lc].size() + 1, 0);
            size_t seen = 0;
            for (uint64_t key : keys) {
                const size_t r = size_t(key & 0xffffffffu) + 1;
                size_t at_most = 0;  // earlier links whose child end is not below this one's
                for (size_t i = r; i > 0; i -= i & (~i + 1)) at_most += tree[i];
                total += seen - at_most;
                for (size_t i = r; i < tree.size(); i += i & (~i + 1)) ++tree[i];
                ++seen;
            }
        }
    }
    return total;
}

// Moves each card of layer `l` to the mean place of its neighbours (parents on the way down,
// children on the way up); a card without any keeps its place. Ties keep the present order.
void sweep_layer(const std::vector<std::vector<uint32_t>>& neighbours, Order& o, int l) {
    std::vector<std::pair<double, uint32_t>> keyed;
    keyed.reserve(o.layers[l].size());
    for (uint32_t card : o.layers[l]) {
        double sum = 0;
        for (uint32_t nb : neighbours[card]) sum += o.place[nb];
        keyed.emplace_back(neighbours[card].empty() ? o.place[card] : sum / double(neighbours[card].size()), card);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t r = 0; r < keyed.size(); ++r) o.layers[l][r] = keyed[r].second;
    o.update(l);
}

constexpr int kRounds = 4;  // down-and-up sweeps from each start; barycenters settle in a few

// The order with the fewest crossings met while sweeping from `start` (itself included); it
// replaces `best` only when strictly better, so earlier candidates win ties.
void improve(const Graph& g, Order start, Order& best, size_t& best_crossings) {
    auto consider = [&](const Order& o) {
        const size_t c = count_crossings(g, o);
        if (c < best_crossings) {
            best = o;
            best_crossings = c;
        }
    };
    consider(start);
    for (int round = 0; round < kRounds && best_crossings > 0; ++round) {
        for (int l = 1; l < kColumnCount; ++l) sweep_layer(g.parents, start, l);
        for (int l = kColumnCount - 2; l >= 0; --l) sweep_layer(g.children, start, l);
        consider(start);
    }
}

// Each column in plan order (the board lists every kind's cards in plan order).
Order plan_order(const Board& board, const Graph& g) {
    Order o;
    o.place.assign(board.cards.size(), 0);
    o.rank.assign(board.cards.size(), 0);
    for (size_t i = 0; i < board.cards.size(); ++i) {
        if (g.layer[i] >= 0) o.layers[g.layer[i]].push_back(uint32_t(i));
    }
    for (int l = 0; l < kColumnCount; ++l) o.update(l);
    return o;
}

// Each column top to bottom as the board shows it (by the cards' middles; plan order on ties).
Order present_order(const Board& board, const Graph& g) {
    Order o = plan_order(board, g);
    for (int l = 0; l < kColumnCount; ++l) {
        auto mid = [&](uint32_t i) { return board.cards[i].box.y0 + board.cards[i].box.y1; };
        std::stable_sort(o.layers[l].begin(), o.layers[l].end(),
                         [&](uint32_t a, uint32_t b) { return mid(a) < mid(b); });
        o.update(l);
    }
    return o;
}

}  // namespace

std::vector<std::pair<std::string, Point>> tidy(const Plan& plan, const Heights* heights) {
    const Board board = board_of(plan, heights);
    const Graph g = graph_of(plan, board);
    Order best = present_order(board, g);
    size_t best_crossings = count_crossings(g, best);
    improve(g, best, best, best_crossings);
    improve(g, plan_order(board, g), best, best_crossings);

    std::vector<Point> at(board.cards.size());
    for (int l = 0; l < kColumnCount; ++l) {
        double y = kColumnHeader;
        for (uint32_t i : best.layers[l]) {
            at[i] = Point{column_x(l), y};
            y += board.cards[i].box.y1 - board.cards[i].box.y0 + kCardGap;
        }
    }
    const double shelf_top = -(board.shelf_tallest + kShelfGap);
    double x = 0;
    for (size_t i = 0; i < board.cards.size(); ++i) {
        if (g.layer[i] >= 0) continue;
        at[i] = Point{x, shelf_top};
        x += kCardWidth + kCardGap;
    }
    std::vector<std::pair<std::string, Point>> out;
    out.reserve(board.cards.size());
    for (size_t i = 0; i < board.cards.size(); ++i) out.emplace_back(board.cards[i].id, at[i]);
    return out;
}

size_t crossings(const Plan& plan, const Board& board) {
    const Graph g = graph_of(plan, board);
    return count_crossings(g, present_order(board, g));
}

}  // namespace ab::layout
