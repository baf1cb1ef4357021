// Builds the board from the plan (see board/model.hpp): cards with their words and sizes, the
// automatic column layout for cards the plan has not placed, and the links between cards.
#include "board/model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "board/card_text.hpp"
#include "i18n/i18n.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using theme::kCardGap_world;
using theme::kCardPadding_world;
using theme::kCardWidth_world;

// A card's rows and the columns' order are the core's (core/layout/geometry.hpp), which places
// new cards and tidies the board by them.
constexpr float kLabelRow_world = float(layout::kLabelRow);  // kind label and badge
constexpr float kRowGap_world = float(layout::kRowGap);
constexpr float kMetaRow_world = float(layout::kMetaRow);
constexpr float kShelfHeader_world = 40.0f;  // the shelf's heading above its cards
constexpr float kShelfGap_world = float(layout::kShelfGap);  // between the shelf and the column headings
static_assert(layout::kShelf == kShelfColumn, "the shelf is the core's column after the four");
using layout::kColumnKinds;

int column_of(Kind kind) {
    const int col = layout::column_of(kind);
    return col == layout::kNoCard ? kShelfColumn : col;
}

// Scores come in plan order, so the item at `i` is almost always at `i` in its list; the scan
// is the fallback for when they differ, and keeps a rebuild linear in the plan.
template <class Pairs>
const typename Pairs::value_type* scored(const Pairs& pairs, size_t i, const std::string& id) {
    if (i < pairs.size() && pairs[i].first == id) return &pairs[i];
    for (const auto& p : pairs) {
        if (p.first == id) return &p;
    }
    return nullptr;
}

template <class Pairs>
std::optional<double> score_of(const Pairs& pairs, size_t i, const std::string& id) {
    const auto* p = scored(pairs, i, id);
    return p ? std::optional<double>(p->second) : std::nullopt;
}

std::optional<double> goal_score(const Scores& scores, size_t i, const std::string& id) {
    const auto* p = scored(scores.goals, i, id);
    return p ? p->second.overall : std::nullopt;
}

// Title heights from earlier builds: an edit changes a title or two, so a rebuild measures
// those instead of every title of the plan. Forgotten when the font measures differently
// (new pixel ratio, fonts arrived) or when it holds far more titles than the plan.
struct TitleHeights {
    MeasureTitle measure = nullptr;
    float probe = -1;
    std::unordered_map<std::string, float> heights;

    float get(const std::string& title, float wrap) {
        auto it = heights.find(title);
        if (it != heights.end()) return it->second;
        const float h = measure(title, wrap);
        heights.emplace(title, h);
        return h;
    }
    void begin(MeasureTitle m, size_t cards, float wrap) {
        const float p = m("Wide reference title that wraps over two lines at card width", wrap);
        if (m != measure || p != probe || heights.size() > 4 * cards + 64) heights.clear();
        measure = m;
        probe = p;
    }
};

TitleHeights& title_heights() {
    static TitleHeights t;
    return t;
}

constexpr double kMaxCells = 1 << 18;

int cell_of(float origin, float cell, float v, int n) {
    return std::clamp(int(std::floor((v - origin) / cell)), 0, n - 1);
}

struct Builder {
    const Plan& plan;
    MeasureTitle measure;
    BoardModel board;
    std::vector<std::vector<std::string>> parents;  // per card: ids of the cards it hangs from

    void add(Card card, std::vector<std::string> parent_ids) {
        card.column = column_of(card.kind);
        card.w = kCardWidth_world;
        card.title_h = title_heights().get(card.title, kCardWidth_world - 2 * kCardPadding_world);
        card.h = kCardPadding_world + kLabelRow_world + kRowGap_world + card.title_h +
                 (card.meta.empty() ? 0.0f : kRowGap_world + kMetaRow_world) + kCardPadding_world;
        board.index[card.id] = board.cards.size();
        board.cards.push_back(std::move(card));
        parents.push_back(std::move(parent_ids));
    }

    // Stacks the unplaced cards of each column, ordered by where their parents sit so that links
    // run as straight as they can; cards without parents keep plan order at the end.
    void place() {
        for (int col = 0; col < 4; ++col) {
            Column column;
            column.kind = kColumnKinds[col];
            column.x = float(layout::column_x(col));
            column.w = kCardWidth_world;
            std::vector<std::pair<float, size_t>> order;
            for (size_t i = 0; i < board.cards.size(); ++i) {
                Card& card = board.cards[i];
                if (card.column != col) continue;
                ++column.count;
                if (auto it = plan.layout.find(card.id); it != plan.layout.end()) {
                    card.x = float(it->second.x);
                    card.y = float(it->second.y);
                    continue;
                }
                float sum = 0;
                int n = 0;
                for (const std::string& pid : parents[i]) {
                    const Card* parent = board.find(pid);
                    if (parent && parent->column < col) {
                        sum += parent->y + parent->h * 0.5f;
                        ++n;
                    }
                }
                const float key = n ? sum / float(n) : std::numeric_limits<float>::max();
                order.emplace_back(key, i);
            }
            std::stable_sort(order.begin(), order.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            float y = theme::kColumnHeader_world;
            for (const auto& entry : order) {
                Card& card = board.cards[entry.second];
                card.x = column.x;
                card.y = y;
                y += card.h + kCardGap_world;
            }
            column.bottom = y;
            board.columns.push_back(column);
        }
    }

    // One row above the column headings, left to right; placed cards keep their place.
    void place_shelf() {
        float tallest = 0;
        for (const Card& c : board.cards) {
            if (c.column == kShelfColumn) tallest = std::max(tallest, c.h);
        }
        if (tallest == 0) return;
        const float top = -(tallest + kShelfHeader_world + kShelfGap_world);
        float x = 0;
        for (Card& c : board.cards) {
            if (c.column != kShelfColumn) continue;
            if (auto it = plan.layout.find(c.id); it != plan.layout.end()) {
                c.x = float(it->second.x);
                c.y = float(it->second.y);
                continue;
            }
            c.x = x;
            c.y = top + kShelfHeader_world;
            x += c.w + kCardGap_world;
        }
        board.shelf = Box{-12, top - 10, std::max(x - kCardGap_world, 4 * kCardWidth_world + 3 * theme::kColumnGap_world) + 12,
                          top + kShelfHeader_world + tallest + 6};
    }

    // Columns grow to hold their cards: a card placed below the stacked ones, whatever its kind,
    // stays inside the frame of the column it stands in.
    void grow_columns() {
        for (Column& column : board.columns) {
            for (const Card& c : board.cards) {
                const bool in_band = c.x < column.x + column.w && c.x + c.w > column.x && c.y + c.h > 0;
                if (in_band) column.bottom = std::max(column.bottom, c.y + c.h + kCardGap_world);
            }
        }
    }

    void link_all() {
        for (size_t i = 0; i < board.cards.size(); ++i) {
            for (const std::string& pid : parents[i]) {
                auto it = board.index.find(pid);
                if (it == board.index.end()) continue;
                // Shelf links (product to tactic) cross the board: shown like skipping links,
                // only while one of their ends is in focus.
                const int parent_col = board.cards[it->second].column;
                const bool skips = board.cards[i].column - parent_col > 1 || parent_col == kShelfColumn;
                board.links.push_back({it->second, i, skips});
            }
        }
    }

    void bounds() {
        BoardModel& b = board;
        b.min_x = 0;
        b.min_y = 0;
        b.max_x = 4 * kCardWidth_world + 3 * theme::kColumnGap_world;
        b.max_y = theme::kColumnHeader_world;
        for (const Column& c : b.columns) b.max_y = std::max(b.max_y, c.bottom);
        if (b.shelf.x1 > b.shelf.x0) b.min_y = std::min(b.min_y, b.shelf.y0);
        for (const Card& c : b.cards) {
            b.min_x = std::min(b.min_x, c.x);
            b.min_y = std::min(b.min_y, c.y);
            b.max_x = std::max(b.max_x, c.x + c.w);
            b.max_y = std::max(b.max_y, c.y + c.h);
        }
    }

    void index_area() {
        BoardModel& b = board;
        b.boxes.clear();
        b.boxes.reserve(b.cards.size());
        for (const Card& c : b.cards) b.boxes.push_back({c.x, c.y, c.x + c.w, c.y + c.h});
        CardGrid& g = b.grid;
        g.x0 = b.min_x;
        g.y0 = b.min_y;
        // About a card per cell; coarser when cards sit far apart, so the grid stays small.
        g.cell = kCardWidth_world;
        auto span = [&](float lo, float hi) { return int((hi - lo) / g.cell) + 1; };
        while (double(span(b.min_x, b.max_x)) * span(b.min_y, b.max_y) > double(kMaxCells)) g.cell *= 2;
        g.cols = span(b.min_x, b.max_x);
        g.rows = span(b.min_y, b.max_y);
        // Counting sort into cells: two passes, no per-cell vectors.
        g.start.assign(size_t(g.cols) * size_t(g.rows) + 1, 0);
        for_cells(g, [&](size_t, size_t cell) { ++g.start[cell + 1]; });
        for (size_t i = 1; i < g.start.size(); ++i) g.start[i] += g.start[i - 1];
        std::vector<uint32_t> fill(g.start.begin(), g.start.end() - 1);
        g.cards.assign(g.start.back(), 0);
        for_cells(g, [&](size_t card, size_t cell) { g.cards[fill[cell]++] = uint32_t(card); });
    }

    template <class Fn>
    void for_cells(const CardGrid& g, Fn fn) {
        for (size_t i = 0; i < board.boxes.size(); ++i) {
            const Box& bx = board.boxes[i];
            const int cx0 = cell_of(g.x0, g.cell, bx.x0, g.cols), cx1 = cell_of(g.x0, g.cell, bx.x1, g.cols);
            const int cy0 = cell_of(g.y0, g.cell, bx.y0, g.rows), cy1 = cell_of(g.y0, g.cell, bx.y1, g.rows);
            for (int cy = cy0; cy <= cy1; ++cy) {
                for (int cx = cx0; cx <= cx1; ++cx) fn(i, size_t(cy) * size_t(g.cols) + size_t(cx));
            }
        }
    }
};

template <class LinkIds>
std::vector<std::string> ids(const LinkIds& links) {
    std::vector<std::string> out;
    for (const auto& l : links) out.push_back(l.value);
    return out;
}

Card make_card(std::string id, Kind kind, std::string title, std::string meta,
               std::optional<double> score) {
    Card card;
    card.id = std::move(id);
    card.kind = kind;
    card.title = std::move(title);
    card.meta = std::move(meta);
    card.score = score;
    return card;
}

}  // namespace

const Card* BoardModel::find(const std::string& id) const {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &cards[it->second];
}

void BoardModel::cards_in(const Box& b, std::vector<uint32_t>& out) const {
    out.clear();
    const CardGrid& g = grid;
    if (g.cols == 0 || b.x1 < min_x || b.x0 > max_x || b.y1 < min_y || b.y0 > max_y) return;
    const int cx0 = cell_of(g.x0, g.cell, b.x0, g.cols), cx1 = cell_of(g.x0, g.cell, b.x1, g.cols);
    const int cy0 = cell_of(g.y0, g.cell, b.y0, g.rows), cy1 = cell_of(g.y0, g.cell, b.y1, g.rows);
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const size_t cell = size_t(cy) * size_t(g.cols) + size_t(cx);
            for (uint32_t k = g.start[cell]; k < g.start[cell + 1]; ++k) {
                const uint32_t i = g.cards[k];
                const Box& c = boxes[i];
                if (c.x1 < b.x0 || c.x0 > b.x1 || c.y1 < b.y0 || c.y0 > b.y1) continue;
                // A card spanning several cells is reported by the first of them in the query.
                const int first_x = std::max(cx0, cell_of(g.x0, g.cell, c.x0, g.cols));
                const int first_y = std::max(cy0, cell_of(g.y0, g.cell, c.y0, g.rows));
                if (cx == first_x && cy == first_y) out.push_back(i);
            }
        }
    }
    std::sort(out.begin(), out.end());
}

int BoardModel::card_at(float x, float y, const std::vector<std::string>* except) const {
    const CardGrid& g = grid;
    if (g.cols == 0 || x < min_x || x > max_x || y < min_y || y > max_y) return -1;
    const size_t cell = size_t(cell_of(g.y0, g.cell, y, g.rows)) * size_t(g.cols) +
                        size_t(cell_of(g.x0, g.cell, x, g.cols));
    for (uint32_t k = g.start[cell + 1]; k-- > g.start[cell];) {
        const uint32_t i = g.cards[k];
        const Box& c = boxes[i];
        if (x < c.x0 || x > c.x1 || y < c.y0 || y > c.y1) continue;
        if (except && std::find(except->begin(), except->end(), cards[i].id) != except->end()) continue;
        return int(i);
    }
    return -1;
}

layout::Heights measured_heights(const BoardModel& board) {
    layout::Heights heights;
    heights.reserve(board.cards.size());
    for (const Card& c : board.cards) heights.emplace(c.id, double(c.h));
    return heights;
}

float card_title_top_world() { return kCardPadding_world + kLabelRow_world + kRowGap_world; }

BoardModel build_board(const Plan& plan, const Scores& scores, MeasureTitle measure) {
    Builder b{plan, measure, {}, {}};
    const size_t n = plan.goals.size() + plan.strategies.size() + plan.tactics.size() + plan.kpis.size() +
                     plan.products.size() + plan.insights.size();
    title_heights().begin(measure, n, kCardWidth_world - 2 * kCardPadding_world);
    b.board.cards.reserve(n);
    b.board.index.reserve(n);
    b.parents.reserve(n);
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal& g = plan.goals[i];
        b.add(make_card(g.id.value, Kind::Goal, card_title(plan, g), card_meta(plan, g),
                        goal_score(scores, i, g.id.value)),
              {});
    }
    for (size_t i = 0; i < plan.strategies.size(); ++i) {
        const Strategy& s = plan.strategies[i];
        b.add(make_card(s.id.value, Kind::Strategy, card_title(plan, s), card_meta(plan, s),
                        score_of(scores.strategies, i, s.id.value)),
              ids(s.goals));
    }
    for (size_t i = 0; i < plan.tactics.size(); ++i) {
        const Tactic& t = plan.tactics[i];
        std::vector<std::string> parents = ids(t.strategies);
        for (const auto& p : t.products) parents.push_back(p.value);  // drawn only when in focus
        b.add(make_card(t.id.value, Kind::Tactic, card_title(plan, t), card_meta(plan, t),
                        score_of(scores.tactics, i, t.id.value)),
              std::move(parents));
    }
    // Big pushes lead the shelf: they get the lion's share of the budget.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Product& p : plan.products) {
            if (p.big_push != (pass == 0)) continue;
            Card card = make_card(p.id.value, Kind::Product, card_title(plan, p), card_meta(plan, p), std::nullopt);
            if (p.big_push) card.note = "\xef\x80\x85 " + i18n::tr("form.big_push");  // Fork Awesome star
            b.add(std::move(card), {});
        }
    }
    for (const Insight& in : plan.insights) {
        b.add(make_card(in.id.value, Kind::Insight, card_title(plan, in), card_meta(plan, in), std::nullopt), {});
    }
    for (const Kpi& k : plan.kpis) {
        Card card = make_card(k.id.value, Kind::Kpi, card_title(plan, k), card_meta(plan, k), std::nullopt);
        std::vector<std::string> on;
        if (!k.on.empty()) {
            on.push_back(k.on.id);
            card.note = i18n::tr("card.on", {{"id", k.on.id}});
        }
        b.add(std::move(card), on);
    }
    b.place();
    b.place_shelf();
    b.grow_columns();
    b.link_all();
    b.bounds();
    b.index_area();
    return std::move(b.board);
}

}  // namespace ab::web
