// ScoreGraph::update: the live document's score keeps its graph between edits and redoes only
// the items an edit updated in place. Links are re-resolved for those items alone (rows are
// replaced in place); the lists derived from links (goals(t), the reverse lists) are rebuilt by
// linear passes with no id lookups. Goals whose own-scope score may move are marked before and
// after, so old and new links both count.
#include <algorithm>

#include "score/graph/graph.hpp"

namespace ab::scoring {

namespace {

// Sorted, without repeats, and inside `count` (anything else means the plan is not the one the
// change was recorded against: rebuild).
bool normalize(std::vector<uint32_t>& v, size_t count) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v.empty() || v.back() < count;
}

}  // namespace

bool ScoreGraph::update(const Plan& p, const GraphChange& change, std::vector<uint8_t>& dirty_goals) {
    GraphChange c = change;
    const bool same_shape = plan_ && p.goals.size() == goal_count && p.strategies.size() == strategy_count &&
                            p.tactics.size() == tactic_count && p.kpis.size() == kpi_count &&
                            p.products.size() == product_count;
    if (c.full || !same_shape || !normalize(c.goals, goal_count) || !normalize(c.strategies, strategy_count) ||
        !normalize(c.tactics, tactic_count) || !normalize(c.kpis, kpi_count) ||
        !normalize(c.products, product_count)) {
        build(p);
        dirty_goals.assign(goal_count, 1);
        return false;
    }
    plan_ = &p;
    dirty_goals.assign(goal_count, c.products.empty() ? 0 : 1);  // products reach every goal's pushes

    auto mark_tactic = [&](uint32_t t) {
        for (uint32_t g : tactic_goals.row(t)) dirty_goals[g] = 1;
    };
    auto mark_all = [&] {
        for (uint32_t t : c.tactics) mark_tactic(t);
        for (uint32_t s : c.strategies) {
            for (uint32_t g : strategy_goals.row(s)) dirty_goals[g] = 1;
            for (uint32_t t : strategy_tactics.row(s)) mark_tactic(t);
        }
        for (uint32_t k : c.kpis) {
            const uint32_t on = kpi_on[k];
            if (on != kNoIndex) {
                if (kpi_on_kind[k] == Kind::Goal) dirty_goals[on] = 1;
                else if (kpi_on_kind[k] == Kind::Strategy)
                    for (uint32_t g : strategy_goals.row(on)) dirty_goals[g] = 1;
                else mark_tactic(on);
            }
            for (size_t g = 0; g < goal_count; ++g)
                if (primary_kpi[g] == k) dirty_goals[g] = 1;
        }
        for (uint32_t g : c.goals) dirty_goals[g] = 1;
    };
    mark_all();  // with the old links

    bool tactic_links = false, product_links = false, strategy_links = false;
    for (uint32_t t : c.tactics) {
        resolve_tactic(t);
        resolve_tactic_rows(t, row_buf_, row_buf2_);
        const IndexRange old_s = tactic_strategies.row(t), old_p = tactic_products.row(t);
        if (old_s.size() != row_buf_.size() || !std::equal(row_buf_.begin(), row_buf_.end(), old_s.begin())) {
            tactic_strategies.replace_row(t, row_buf_);
            tactic_links = true;
        }
        if (old_p.size() != row_buf2_.size() || !std::equal(row_buf2_.begin(), row_buf2_.end(), old_p.begin())) {
            tactic_products.replace_row(t, row_buf2_);
            product_links = true;
        }
    }
    if (!c.tactics.empty()) {
        total_budget = 0;  // summed in plan order, as build does, so the sum is bit for bit the same
        for (size_t t = 0; t < tactic_count; ++t) total_budget += budget[t];
    }
    for (uint32_t s : c.strategies) {
        strategy_owners[s] = owners_of(p.strategies[s]);
        resolve_strategy_goals_row(s, row_buf_);
        const IndexRange old_g = strategy_goals.row(s);
        if (old_g.size() != row_buf_.size() || !std::equal(row_buf_.begin(), row_buf_.end(), old_g.begin())) {
            strategy_goals.replace_row(s, row_buf_);
            strategy_links = true;
        }
    }
    if (!c.products.empty()) {
        pushes.clear();
        for (size_t i = 0; i < product_count; ++i) {
            if (std::binary_search(c.products.begin(), c.products.end(), static_cast<uint32_t>(i))) resolve_product(i);
            if (big_push[i]) pushes.push_back(static_cast<uint32_t>(i));
        }
        // A key message may have changed: which tactics are on message is redone for all.
        resolve_key_messages();
        for (size_t t = 0; t < tactic_count; ++t) resolve_message_key(t, tactic_products.row(t));
    } else {
        for (uint32_t t : c.tactics) resolve_message_key(t, tactic_products.row(t));
    }
    if (strategy_links) goal_strategies.assign_transposed(strategy_goals, goal_count);
    if (tactic_links || strategy_links) derive_tactic_goals();
    if (tactic_links) strategy_tactics.assign_transposed(tactic_strategies, strategy_count);
    if (product_links) product_tactics.assign_transposed(tactic_products, product_count);
    if (!c.kpis.empty()) {
        for (uint32_t k : c.kpis) resolve_kpi(k);
        derive_kpi_groups();
    }
    for (uint32_t g : c.goals) resolve_goal(g);

    mark_all();  // with the new links
    return true;
}

}  // namespace ab::scoring
