// What both exporters share: which goals a tactic reaches, the budget roll-ups per goal, channel
// and product (split as scoring.md splits them).
#include <algorithm>
#include <unordered_map>

#include "export/export.hpp"

namespace ab {

namespace {

template <class T>
std::unordered_map<std::string, size_t> index_by_id(const std::vector<T>& items) {
    std::unordered_map<std::string, size_t> at;
    for (size_t i = 0; i < items.size(); ++i) at.emplace(items[i].id.value, i);
    return at;
}

double budget_of(const Tactic& t) { return t.budget.value_or(0.0); }

// Strategy id -> indexes of the goals it links, built once per export so a plan of thousands of
// tactics is walked in linear time.
class GoalReach {
public:
    explicit GoalReach(const Plan& plan) {
        auto goal_at = index_by_id(plan.goals);
        for (const auto& s : plan.strategies) {
            auto& goals = goals_of_strategy_[s.id.value];
            for (const auto& gid : s.goals) {
                auto it = goal_at.find(gid.value);
                if (it != goal_at.end()) goals.push_back(it->second);
            }
        }
    }
    // Indexes into plan.goals, ascending, each once.
    std::vector<size_t> goals_of(const Tactic& t) const {
        std::vector<size_t> goals;
        for (const auto& sid : t.strategies) {
            auto it = goals_of_strategy_.find(sid.value);
            if (it != goals_of_strategy_.end()) goals.insert(goals.end(), it->second.begin(), it->second.end());
        }
        std::sort(goals.begin(), goals.end());
        goals.erase(std::unique(goals.begin(), goals.end()), goals.end());
        return goals;
    }

private:
    std::unordered_map<std::string, std::vector<size_t>> goals_of_strategy_;
};

}  // namespace

std::vector<std::vector<size_t>> goals_reached(const Plan& plan) {
    const GoalReach reach(plan);
    std::vector<std::vector<size_t>> goals;
    goals.reserve(plan.tactics.size());
    for (const auto& t : plan.tactics) goals.push_back(reach.goals_of(t));
    return goals;
}

BudgetTotals budget_totals(const Plan& plan) {
    BudgetTotals totals;
    for (const auto& g : plan.goals) totals.by_goal.push_back({g.id.value, g.name, 0.0, 0});
    for (const auto& p : plan.products) totals.by_product.push_back({p.id.value, p.name, 0.0, 0});
    // Indexed, not searched: a plan may name a channel per tactic, and a scan per tactic was
    // quadratic in them.
    std::unordered_map<std::string, size_t> channel_at;
    auto channel_line = [&totals, &channel_at](const std::string& channel) -> BudgetLine& {
        auto [it, added] = channel_at.emplace(channel, totals.by_channel.size());
        if (added) totals.by_channel.push_back({channel, channel, 0.0, 0});
        return totals.by_channel[it->second];
    };
    for (const auto& c : plan.settings.required_channels) channel_line(c);

    const auto reached = goals_reached(plan);
    auto product_at = index_by_id(plan.products);

    for (size_t ti = 0; ti < plan.tactics.size(); ++ti) {
        const Tactic& t = plan.tactics[ti];
        const double budget = budget_of(t);
        totals.total += budget;

        const auto& goals = reached[ti];
        if (goals.empty()) totals.untraced += budget;
        for (size_t g : goals) {
            BudgetLine& line = totals.by_goal[g];
            line.budget += budget / static_cast<double>(goals.size());
            line.tactics += 1;
        }

        BudgetLine& channel = channel_line(t.channel);
        channel.budget += budget;
        channel.tactics += 1;

        std::vector<size_t> products;  // each product once, however often the tactic lists it
        for (const auto& pid : t.products) {
            auto it = product_at.find(pid.value);
            if (it != product_at.end()) products.push_back(it->second);
        }
        std::sort(products.begin(), products.end());
        products.erase(std::unique(products.begin(), products.end()), products.end());
        if (products.empty()) totals.no_product += budget;
        for (size_t p : products) {
            totals.by_product[p].budget += budget / static_cast<double>(products.size());
            totals.by_product[p].tactics += 1;
        }
    }
    return totals;
}

}  // namespace ab
