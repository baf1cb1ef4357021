// The plan resolved once per score into integer indexes: every link looked up a single time in
// one id table, deduplicated, and turned into packed adjacency lists (goals(t), tactics per goal,
// KPIs per item...). The score engine then runs linear passes over these arrays, never strings.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "plan.hpp"

namespace ab::scoring {

constexpr uint32_t kNoIndex = 0xFFFFFFFFu;

// A read-only run of indexes (C++17 has no std::span).
struct IndexRange {
    const uint32_t* first = nullptr;
    const uint32_t* last = nullptr;
    const uint32_t* begin() const { return first; }
    const uint32_t* end() const { return last; }
    size_t size() const { return static_cast<size_t>(last - first); }
    bool empty() const { return first == last; }
};

inline IndexRange range_of(const std::vector<uint32_t>& v) {
    return {v.data(), v.data() + v.size()};
}

// Rows of index lists packed in one array (compressed sparse rows): one allocation per relation
// instead of one per item.
class Adjacency {
public:
    // Appends to the row being built; end_row closes it.
    void push(uint32_t v) { items_.push_back(v); }
    void end_row() { offsets_.push_back(static_cast<uint32_t>(items_.size())); }
    void reserve(size_t rows, size_t items) {
        offsets_.reserve(rows + 1);
        items_.reserve(items);
    }
    size_t rows() const { return offsets_.size() - 1; }
    IndexRange row(size_t r) const {
        return {items_.data() + offsets_[r], items_.data() + offsets_[r + 1]};
    }
    size_t count(size_t r) const { return offsets_[r + 1] - offsets_[r]; }
    // The reverse relation: row `to` lists every source row holding `to`, in source order.
    Adjacency transposed(size_t target_rows) const;
    // Row r lists every i with key[i] == r (keys equal to kNoIndex are left out).
    static Adjacency group_by(const std::vector<uint32_t>& key, size_t target_rows);

private:
    std::vector<uint32_t> offsets_{0};
    std::vector<uint32_t> items_;
};

// Team bits of an item's owners.
enum TeamBits : uint8_t { kTeamSales = 1, kTeamMarketing = 2 };

struct OwnerFacts {
    uint32_t count = 0;  // distinct owners that are people of the plan
    uint8_t teams = 0;   // TeamBits of those owners
};

// The five SMART checks of a KPI, as bits.
enum KpiCheck : uint8_t {
    kKpiSpecific = 1,
    kKpiMeasurable = 2,
    kKpiAssignable = 4,
    kKpiRealistic = 8,
    kKpiTimeBound = 16,
    kKpiAllChecks = 31,
};

// "YYYY-MM-DD" with a plausible month and day (the reader checks real calendar days).
bool looks_like_date(std::string_view s);
// The date as the number YYYYMMDD (so dates compare as numbers), 0 when not a date.
uint32_t date_number(std::string_view s);

struct ScoreGraph {
    explicit ScoreGraph(const Plan& plan);

    const Plan& plan;
    size_t goal_count = 0, strategy_count = 0, tactic_count = 0, kpi_count = 0, product_count = 0;

    // The plan's required channels and stages, duplicates dropped, order kept.
    std::vector<std::string_view> channels;
    std::vector<std::string_view> stages;
    double brand_reserve = 0.10;  // clamped to 0..1

    // Tactics. Money is never negative: missing, negative or non-finite amounts count as 0.
    std::vector<double> budget;
    std::vector<double> expected_return;
    std::vector<int32_t> channel_of;  // index into `channels`, -1 when not a required channel
    std::vector<int32_t> stage_of;    // index into `stages`, -1 when none
    std::vector<uint8_t> dates_ok;    // start and end set, start <= end, inside the plan period
    double total_budget = 0;          // B

    Adjacency tactic_strategies;  // links that resolve to strategies, deduplicated
    Adjacency tactic_products;
    Adjacency tactic_goals;       // goals(t)
    Adjacency strategy_goals;
    Adjacency strategy_tactics;
    Adjacency goal_strategies;
    Adjacency goal_tactics;       // tactics traced to the goal
    Adjacency product_tactics;

    // KPIs: what each is on, and the KPIs on each goal, strategy and tactic.
    std::vector<Kind> kpi_on_kind;
    std::vector<uint32_t> kpi_on;       // kNoIndex when not attached to a goal, strategy or tactic
    std::vector<uint32_t> attached_kpis;  // the plan scope's K
    std::vector<uint8_t> kpi_checks;    // KpiCheck bits passed
    Adjacency goal_kpis, strategy_kpis, tactic_kpis;

    // Goals.
    std::vector<uint32_t> primary_kpi;  // kNoIndex when missing
    std::vector<double> goal_weight;    // positive (non-positive or non-finite weights count as 1)

    // Owners of every owned item.
    std::vector<OwnerFacts> goal_owners, strategy_owners, tactic_owners, kpi_owners, product_owners;

    // Products.
    std::vector<double> forecast;       // >= 0
    std::vector<uint32_t> pushes;       // products named big pushes, plan order
    std::vector<uint8_t> product_has_insight;
    std::vector<uint8_t> goal_has_insight;

    // Display name of an item: its name, or its id when the name is empty.
    const std::string& goal_name(uint32_t g) const;
    const std::string& strategy_name(uint32_t s) const;
    const std::string& tactic_name(uint32_t t) const;
    const std::string& product_name(uint32_t p) const;
    const std::string& kpi_name(uint32_t k) const;  // its metric, else its id
};

}  // namespace ab::scoring
