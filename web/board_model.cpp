// Builds the board from the plan (see board_model.hpp): cards with their words and sizes, the
// automatic column layout for cards the plan has not placed, and the links between cards.
#include "board_model.hpp"

#include <algorithm>
#include <limits>

#include "card_text.hpp"
#include "theme.hpp"

namespace ab::web {
namespace {

using theme::kCardGap_world;
using theme::kCardPadding_world;
using theme::kCardWidth_world;

constexpr float kLabelRow_world = 16.0f;  // kind label and badge
constexpr float kRowGap_world = 6.0f;
constexpr float kMetaRow_world = 16.0f;
constexpr Kind kColumnKinds[] = {Kind::Goal, Kind::Strategy, Kind::Tactic, Kind::Kpi};

int column_of(Kind kind) {
    for (int i = 0; i < 4; ++i) {
        if (kColumnKinds[i] == kind) return i;
    }
    return -1;
}

template <class Pairs>
std::optional<double> score_of(const Pairs& pairs, const std::string& id) {
    for (const auto& p : pairs) {
        if (p.first == id) return p.second;
    }
    return std::nullopt;
}

std::optional<double> goal_score(const Scores& scores, const std::string& id) {
    for (const auto& p : scores.goals) {
        if (p.first == id) return p.second.overall;
    }
    return std::nullopt;
}

struct Builder {
    const Plan& plan;
    MeasureTitle measure;
    BoardModel board;
    std::vector<std::vector<std::string>> parents;  // per card: ids of the cards it hangs from

    void add(Card card, std::vector<std::string> parent_ids) {
        card.column = column_of(card.kind);
        card.w = kCardWidth_world;
        card.title_h = measure(card.title, kCardWidth_world - 2 * kCardPadding_world);
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
            column.x = float(col) * (kCardWidth_world + theme::kColumnGap_world);
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

    void link_all() {
        for (size_t i = 0; i < board.cards.size(); ++i) {
            for (const std::string& pid : parents[i]) {
                auto it = board.index.find(pid);
                if (it != board.index.end()) board.links.push_back({it->second, i});
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
        for (const Card& c : b.cards) {
            b.min_x = std::min(b.min_x, c.x);
            b.min_y = std::min(b.min_y, c.y);
            b.max_x = std::max(b.max_x, c.x + c.w);
            b.max_y = std::max(b.max_y, c.y + c.h);
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

float card_title_top_world() { return kCardPadding_world + kLabelRow_world + kRowGap_world; }

BoardModel build_board(const Plan& plan, const Scores& scores, MeasureTitle measure) {
    Builder b{plan, measure, {}, {}};
    for (const Goal& g : plan.goals) {
        b.add(make_card(g.id.value, Kind::Goal, card_title(plan, g), card_meta(plan, g),
                        goal_score(scores, g.id.value)),
              {});
    }
    for (const Strategy& s : plan.strategies) {
        b.add(make_card(s.id.value, Kind::Strategy, card_title(plan, s), card_meta(plan, s),
                        score_of(scores.strategies, s.id.value)),
              ids(s.goals));
    }
    for (const Tactic& t : plan.tactics) {
        b.add(make_card(t.id.value, Kind::Tactic, card_title(plan, t), card_meta(plan, t),
                        score_of(scores.tactics, t.id.value)),
              ids(t.strategies));
    }
    for (const Kpi& k : plan.kpis) {
        Card card = make_card(k.id.value, Kind::Kpi, card_title(plan, k), card_meta(plan, k), std::nullopt);
        std::vector<std::string> on;
        if (!k.on.empty()) {
            on.push_back(k.on.id);
            card.note = "on " + k.on.id;
        }
        b.add(std::move(card), on);
    }
    b.place();
    b.link_all();
    b.bounds();
    return std::move(b.board);
}

}  // namespace ab::web
