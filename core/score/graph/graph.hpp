// The plan resolved once per score into integer indexes: every link looked up a single time in
// one id table, deduplicated, and turned into packed adjacency lists (goals(t), tactics per goal,
// KPIs per item...). The score engine then runs linear passes over these arrays, never strings.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/plan.hpp"
#include "score/graph/names.hpp"

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
    // Appends the next row, whole: one copy instead of a call per item.
    void push_row(const std::vector<uint32_t>& row) {
        items_.insert(items_.end(), row.begin(), row.end());
        offsets_.push_back(static_cast<uint32_t>(items_.size()));
    }
    void clear() {
        offsets_.assign(1, 0);
        items_.clear();
    }
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
    // Built into this one with the memory it has (no allocation once warm).
    void assign_transposed(const Adjacency& src, size_t target_rows);
    // Row r lists every i with key[i] == r (keys equal to kNoIndex are left out); the same way.
    void assign_grouped(const std::vector<uint32_t>& key, size_t target_rows);
    // Replaces row r (an edit changed one item's links): one memmove, no rebuild.
    void replace_row(size_t r, const std::vector<uint32_t>& items);
    bool operator==(const Adjacency& o) const { return offsets_ == o.offsets_ && items_ == o.items_; }

private:
    std::vector<uint32_t> offsets_{0};
    std::vector<uint32_t> items_;
};

// What a tactic's checklist and integration read of it, in one byte: the phase (a Phase) in the
// low two bits, then whether its channel and stage are set.
enum TacticTraits : uint8_t { kTraitPhase = 3, kTraitChannel = 4, kTraitStage = 8 };

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

// What changed in a plan since its graph was built: the items updated in place (same index,
// same id), or `full` when anything else changed (items inserted or erased, an id, people,
// insights, settings, the whole plan).
// `texts` says whether a name (or a KPI metric, tactic message, key message) changed, which
// finding messages quote.
struct GraphChange {
    bool full = false;
    bool texts = false;
    std::vector<uint32_t> goals, strategies, tactics, kpis, products;  // indexes, repeats allowed
    bool empty() const {
        return !full && goals.empty() && strategies.empty() && tactics.empty() && kpis.empty() && products.empty();
    }
    void clear() { *this = GraphChange{}; }
};

struct ScoreGraph {
    ScoreGraph() = default;
    explicit ScoreGraph(const Plan& plan) { build(plan); }
    // (Re)builds everything, keeping the memory it has.
    void build(const Plan& plan);
    // Brings the graph up to date with `plan` after `change` (plan must be the plan it was built
    // from, edited in place). Sets dirty_goals[g] = 1 for every goal whose own-scope score may
    // have changed. Returns false (and rebuilds) when the change is `full`.
    bool update(const Plan& plan, const GraphChange& change, std::vector<uint8_t>& dirty_goals);

    const Plan& plan() const { return *plan_; }
    const Plan* plan_ = nullptr;
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
    std::vector<uint8_t> tactic_traits;  // TacticTraits, so that later passes never reread the plan
    // The key message its message equals, as key_of_product names it, among its products' keys;
    // kNoIndex when none.
    std::vector<uint32_t> message_key;
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
    std::vector<uint8_t> big_push;
    // Which key message a product has: the first product with the same one; kNoIndex when empty.
    std::vector<uint32_t> key_of_product;
    std::vector<uint32_t> pushes;       // products named big pushes, plan order
    std::vector<uint8_t> product_has_insight;
    std::vector<uint8_t> goal_has_insight;

    Phase phase_of(uint32_t t) const { return static_cast<Phase>(tactic_traits[t] & kTraitPhase); }
    // Whether tactic t's message is product p's key message (never when that key is empty).
    bool on_message(uint32_t t, uint32_t p) const {
        return key_of_product[p] != kNoIndex && message_key[t] == key_of_product[p];
    }

    // Display name of an item: its name, or its id when the name is empty.
    const std::string& goal_name(uint32_t g) const;
    const std::string& strategy_name(uint32_t s) const;
    const std::string& tactic_name(uint32_t t) const;
    const std::string& product_name(uint32_t p) const;
    const std::string& kpi_name(uint32_t k) const;  // its metric, else its id

private:
    // build's passes, in link order (graph.cpp).
    void keep_derived_links();
    void build_settings(const Plan& p);
    void build_people();
    bool build_strategies();
    void build_products();
    void build_tactics(bool same_goal_links);
    void build_kpis();
    void build_insights();
    // Facts of one item from the plan, shared by build and update.
    void resolve_tactic(size_t t);
    void resolve_kpi(size_t k);
    void resolve_goal(size_t g);
    void resolve_product(size_t p);
    void resolve_strategy_goals_row(size_t s, std::vector<uint32_t>& out);
    void resolve_tactic_rows(size_t t, std::vector<uint32_t>& strategies, std::vector<uint32_t>& products);
    void resolve_message_key(size_t t, IndexRange products);
    void resolve_key_messages();
    void derive_tactic_goals();
    void derive_kpi_groups();
    template <class ItemT>
    OwnerFacts owners_of(const ItemT& item);

    NameTable channel_names_, stage_names_, key_messages_, people_ids_, goal_ids_, strategy_ids_, product_ids_, tactic_ids_, kpi_ids_;
    std::vector<uint8_t> person_teams_;
    uint32_t period_start_ = 0, period_end_ = 0;
    std::vector<uint32_t> row_buf_, row_buf2_, seen_, stamp_;

    // The links the derived lists (goals(t), the reverse lists, the KPIs per item) were last
    // derived from. A build resolves every link again and compares: when they are the same (the
    // same plan scored again) it keeps those lists instead of deriving them again.
    struct Links {
        Adjacency strategy_goals, tactic_strategies, tactic_products;
        std::vector<uint32_t> kpi_on;
        std::vector<Kind> kpi_on_kind;
        size_t goals = 0, strategies = 0, tactics = 0, products = 0;
        bool valid = false;
    };
    Links derived_from_;
};

}  // namespace ab::scoring
