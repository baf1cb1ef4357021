// Builds the ScoreGraph: one pass per kind of item, every id looked up once in small flat
// open-addressing tables (faster than std::unordered_map for the 10k-item plans the score must
// handle in a couple of milliseconds), every link deduplicated as plan-format.md asks.
#include "score_graph.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ab::scoring {

namespace {

// Text -> position in a list of names (ids of one kind of item, required channels...). One table
// per kind keeps the hot ones small enough to stay in cache: 60 people, 800 strategies. A slot
// holds a hash and an index; a short key (<= 8 bytes, as ids mostly are) is confirmed by its
// length and its bytes packed in one word, so a hit never reads the plan item's own text.
class NameTable {
public:
    // A table for `capacity` keys, added in order by `add` (a key's position is its add order).
    explicit NameTable(size_t capacity) {
        size_t cap = 16;
        while (cap < capacity * 2) cap <<= 1;
        mask_ = cap - 1;
        slots_.resize(cap);
        keys_.reserve(capacity);
        words_.reserve(capacity);
    }
    // Adds the next key, so a pass over items can fill the table while it reads them anyway.
    // An empty or repeated key takes its position but is never found there (the first one wins).
    void add(std::string_view key) {
        const uint32_t k = static_cast<uint32_t>(keys_.size());
        keys_.push_back(key);
        if (key.empty()) {
            words_.push_back(0);
            return;
        }
        const Probe probe = probe_of(key);
        words_.push_back(probe.word);
        for (size_t i = probe.hash & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.index == kNoIndex) {
                s = Slot{probe.hash, k};
                return;
            }
            if (s.hash == probe.hash && matches(s.index, key, probe.word)) return;
        }
    }
    // Position of `key`, or kNoIndex.
    uint32_t find(std::string_view key) const {
        if (key.empty()) return kNoIndex;
        const Probe probe = probe_of(key);
        for (size_t i = probe.hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.index == kNoIndex) return kNoIndex;
            if (s.hash == probe.hash && matches(s.index, key, probe.word)) return s.index;
        }
    }

private:
    struct Slot {
        uint32_t hash = 0;
        uint32_t index = kNoIndex;
    };
    struct Probe {
        uint32_t hash;
        uint64_t word;  // for keys of <= 8 bytes, with the length: the key itself
    };
    static uint32_t load32(const unsigned char* p) {
        uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    static uint64_t load64(const unsigned char* p) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    static uint64_t mix(uint64_t h, uint64_t w) {
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        return h ^ (h >> 31);
    }
    // A few loads instead of a byte loop (overlapping reads cover every byte of the key).
    static Probe probe_of(std::string_view s) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
        const size_t n = s.size();
        uint64_t word = 0;
        if (n >= 4) {
            const size_t last = n >= 8 ? n - 8 : 0;
            word = n >= 8 ? load64(p + last) : load32(p) | static_cast<uint64_t>(load32(p + n - 4)) << 32;
        } else if (n > 0) {
            word = p[0] | static_cast<uint64_t>(p[n / 2]) << 8 | static_cast<uint64_t>(p[n - 1]) << 16;
        }
        uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
        for (size_t i = 0; i + 8 < n; i += 8) h = mix(h, load64(p + i));
        h = mix(h, word) * 0x94D049BB133111EBull;
        return {static_cast<uint32_t>(h ^ (h >> 32)), word};
    }
    bool matches(uint32_t index, std::string_view key, uint64_t word) const {
        const std::string_view stored = keys_[index];
        if (stored.size() != key.size() || words_[index] != word) return false;
        return key.size() <= 8 || stored == key;
    }
    std::vector<std::string_view> keys_;
    std::vector<uint64_t> words_;
    std::vector<Slot> slots_;
    size_t mask_ = 0;
};

NameTable name_table(const std::vector<std::string_view>& names) {
    NameTable table(names.size());
    for (std::string_view n : names) table.add(n);
    return table;
}

// Money as the formulas need it: never negative, and bounded so that sums of absurd amounts
// stay finite (a NaN share would poison every score and the findings' order).
constexpr double kMaxAmount = 1e15;
double amount(const Number& n) { return n && std::isfinite(*n) && *n > 0 ? std::min(*n, kMaxAmount) : 0.0; }

bool has_number(const Number& n) { return n && std::isfinite(*n); }

// Pushes `v` onto the open row unless the row already holds it (rows are short).
void push_unique(Adjacency& adj, std::vector<uint32_t>& row_buf, uint32_t v) {
    if (v == kNoIndex) return;
    if (std::find(row_buf.begin(), row_buf.end(), v) != row_buf.end()) return;
    row_buf.push_back(v);
    adj.push(v);
}

template <class IdT>
OwnerFacts owner_facts(const LinkSet<IdT>& owners, const NameTable& people, const std::vector<uint8_t>& person_teams,
                       std::vector<uint32_t>& seen) {
    OwnerFacts f;
    if (owners.size() == 1) {  // the healthy, common case: no duplicate to look for
        const uint32_t p = people.find(owners[0].value);
        if (p != kNoIndex) f = OwnerFacts{1, person_teams[p]};
        return f;
    }
    seen.clear();
    for (const auto& o : owners) {
        const uint32_t p = people.find(o.value);
        if (p == kNoIndex || std::find(seen.begin(), seen.end(), p) != seen.end()) continue;
        seen.push_back(p);
        ++f.count;
        f.teams |= person_teams[p];
    }
    return f;
}

std::vector<std::string_view> unique_names(const std::vector<std::string>& names) {
    std::vector<std::string_view> out;
    for (const auto& n : names) {
        if (n.empty() || std::find(out.begin(), out.end(), std::string_view(n)) != out.end()) continue;
        out.emplace_back(n);
    }
    return out;
}

const std::string& or_id(const std::string& name, const std::string& id) { return name.empty() ? id : name; }

}  // namespace

uint32_t date_number(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return 0;
    uint32_t n = 0;
    for (size_t i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) continue;
        const unsigned digit = static_cast<unsigned char>(s[i]) - static_cast<unsigned>('0');
        if (digit > 9) return 0;
        n = n * 10 + digit;
    }
    const uint32_t month = n / 100 % 100, day = n % 100;
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? n : 0;
}

bool looks_like_date(std::string_view s) { return date_number(s) != 0; }

Adjacency Adjacency::transposed(size_t target_rows) const {
    Adjacency out;
    out.offsets_.assign(target_rows + 1, 0);
    for (uint32_t v : items_) ++out.offsets_[v + 1];
    for (size_t r = 0; r < target_rows; ++r) out.offsets_[r + 1] += out.offsets_[r];
    out.items_.resize(items_.size());
    std::vector<uint32_t> next(out.offsets_.begin(), out.offsets_.end() - 1);
    for (size_t r = 0; r < rows(); ++r)
        for (uint32_t v : row(r)) out.items_[next[v]++] = static_cast<uint32_t>(r);
    return out;
}

Adjacency Adjacency::group_by(const std::vector<uint32_t>& key, size_t target_rows) {
    Adjacency out;
    out.offsets_.assign(target_rows + 1, 0);
    size_t n = 0;
    for (uint32_t k : key)
        if (k != kNoIndex) ++out.offsets_[k + 1], ++n;
    for (size_t r = 0; r < target_rows; ++r) out.offsets_[r + 1] += out.offsets_[r];
    out.items_.resize(n);
    std::vector<uint32_t> next(out.offsets_.begin(), out.offsets_.end() - 1);
    for (size_t i = 0; i < key.size(); ++i)
        if (key[i] != kNoIndex) out.items_[next[key[i]]++] = static_cast<uint32_t>(i);
    return out;
}

ScoreGraph::ScoreGraph(const Plan& p) : plan(p) {
    // One pass per kind, in link order (people, goals, strategies, products, tactics, KPIs), so
    // each pass finds the ids it links to already in their tables and adds its own ids while it
    // reads the items anyway.
    goal_count = p.goals.size();
    strategy_count = p.strategies.size();
    tactic_count = p.tactics.size();
    kpi_count = p.kpis.size();
    product_count = p.products.size();

    channels = unique_names(p.settings.required_channels);
    stages = unique_names(p.settings.required_stages);
    const NameTable channel_names = name_table(channels), stage_names = name_table(stages);
    brand_reserve = std::isfinite(p.settings.brand_reserve) ? std::clamp(p.settings.brand_reserve, 0.0, 1.0) : 0.10;

    // A missing plan start or end leaves that side of the period open.
    const uint32_t period_start = date_number(p.settings.start);
    const uint32_t period_end = date_number(p.settings.end);
    auto in_period = [&](uint32_t d) {
        return d != 0 && (period_start == 0 || d >= period_start) && (period_end == 0 || d <= period_end);
    };

    std::vector<uint32_t> row_buf, seen;

    // People.
    NameTable people_ids(p.people.size());
    std::vector<uint8_t> person_teams(p.people.size(), 0);
    for (size_t i = 0; i < p.people.size(); ++i) {
        people_ids.add(p.people[i].id.value);
        const std::string& team = p.people[i].team;
        person_teams[i] = team == "sales" ? kTeamSales : team == "marketing" ? kTeamMarketing : 0;
    }
    auto owners = [&](const auto& item) { return owner_facts(item.owners, people_ids, person_teams, seen); };

    // Goals.
    NameTable goal_ids(goal_count);
    goal_owners.resize(goal_count);
    goal_weight.resize(goal_count);
    for (size_t g = 0; g < goal_count; ++g) {
        const Goal& goal = p.goals[g];
        goal_ids.add(goal.id.value);
        goal_owners[g] = owners(goal);
        goal_weight[g] = std::isfinite(goal.weight) && goal.weight > 0 ? goal.weight : 1.0;
    }

    // Strategies -> goals.
    NameTable strategy_ids(strategy_count);
    strategy_owners.resize(strategy_count);
    for (size_t si = 0; si < strategy_count; ++si) {
        const Strategy& s = p.strategies[si];
        strategy_ids.add(s.id.value);
        strategy_owners[si] = owners(s);
        row_buf.clear();
        for (const auto& gid : s.goals) push_unique(strategy_goals, row_buf, goal_ids.find(gid.value));
        strategy_goals.end_row();
    }
    goal_strategies = strategy_goals.transposed(goal_count);

    // Products.
    NameTable product_ids(product_count);
    product_owners.resize(product_count);
    forecast.resize(product_count);
    for (size_t i = 0; i < product_count; ++i) {
        const Product& prod = p.products[i];
        product_ids.add(prod.id.value);
        product_owners[i] = owners(prod);
        forecast[i] = amount(prod.forecast);
        if (prod.big_push) pushes.push_back(static_cast<uint32_t>(i));
    }

    // Tactics -> strategies, products, goals.
    NameTable tactic_ids(tactic_count);
    tactic_owners.resize(tactic_count);
    budget.resize(tactic_count);
    expected_return.resize(tactic_count);
    channel_of.resize(tactic_count);
    stage_of.resize(tactic_count);
    dates_ok.resize(tactic_count);
    std::vector<uint32_t> goal_stamp(goal_count, kNoIndex);
    tactic_strategies.reserve(tactic_count, tactic_count * 2);
    tactic_goals.reserve(tactic_count, tactic_count * 3);
    tactic_products.reserve(tactic_count, tactic_count * 2);
    for (size_t t = 0; t < tactic_count; ++t) {
        const Tactic& tac = p.tactics[t];
        tactic_ids.add(tac.id.value);
        tactic_owners[t] = owners(tac);
        budget[t] = amount(tac.budget);
        total_budget += budget[t];
        expected_return[t] = amount(tac.expected_return);
        channel_of[t] = static_cast<int32_t>(channel_names.find(tac.channel));  // kNoIndex -> -1
        stage_of[t] = static_cast<int32_t>(stage_names.find(tac.stage));
        const uint32_t start = date_number(tac.start), end = date_number(tac.end);
        dates_ok[t] = in_period(start) && in_period(end) && start <= end;

        row_buf.clear();
        for (const auto& sid : tac.strategies) push_unique(tactic_strategies, row_buf, strategy_ids.find(sid.value));
        tactic_strategies.end_row();
        for (uint32_t s : tactic_strategies.row(t)) {
            for (uint32_t g : strategy_goals.row(s)) {
                if (goal_stamp[g] == t) continue;
                goal_stamp[g] = static_cast<uint32_t>(t);
                tactic_goals.push(g);
            }
        }
        tactic_goals.end_row();

        row_buf.clear();
        for (const auto& pid : tac.products) push_unique(tactic_products, row_buf, product_ids.find(pid.value));
        tactic_products.end_row();
    }
    strategy_tactics = tactic_strategies.transposed(strategy_count);
    goal_tactics = tactic_goals.transposed(goal_count);
    product_tactics = tactic_products.transposed(product_count);

    // KPIs.
    NameTable kpi_ids(kpi_count);
    kpi_owners.resize(kpi_count);
    kpi_on_kind.resize(kpi_count);
    kpi_on.resize(kpi_count);
    kpi_checks.resize(kpi_count);
    std::vector<uint32_t> on_goal(kpi_count, kNoIndex), on_strategy(kpi_count, kNoIndex), on_tactic(kpi_count, kNoIndex);
    for (size_t k = 0; k < kpi_count; ++k) {
        const Kpi& kpi = p.kpis[k];
        kpi_ids.add(kpi.id.value);
        kpi_owners[k] = owners(kpi);
        kpi_on_kind[k] = kpi.on.kind;
        uint32_t on = kNoIndex;
        switch (kpi.on.kind) {
            case Kind::Goal: on = on_goal[k] = goal_ids.find(kpi.on.id); break;
            case Kind::Strategy: on = on_strategy[k] = strategy_ids.find(kpi.on.id); break;
            case Kind::Tactic: on = on_tactic[k] = tactic_ids.find(kpi.on.id); break;
            default: break;
        }
        kpi_on[k] = on;
        if (on != kNoIndex) attached_kpis.push_back(static_cast<uint32_t>(k));

        uint8_t checks = 0;
        if (!kpi.metric.empty() && !kpi.unit.empty()) checks |= kKpiSpecific;
        const bool measurable = has_number(kpi.baseline) && has_number(kpi.target);
        if (measurable) checks |= kKpiMeasurable;
        if (kpi_owners[k].count == 1) checks |= kKpiAssignable;
        if (measurable && (kpi.dir == Direction::Up ? *kpi.target > *kpi.baseline : *kpi.target < *kpi.baseline))
            checks |= kKpiRealistic;
        if (in_period(date_number(kpi.due))) checks |= kKpiTimeBound;
        kpi_checks[k] = checks;
    }
    goal_kpis = Adjacency::group_by(on_goal, goal_count);
    strategy_kpis = Adjacency::group_by(on_strategy, strategy_count);
    tactic_kpis = Adjacency::group_by(on_tactic, tactic_count);

    // Goals' primary KPIs, now that KPIs have their table.
    primary_kpi.resize(goal_count);
    for (size_t g = 0; g < goal_count; ++g) {
        const auto& primary = p.goals[g].primary_kpi;
        primary_kpi[g] = primary ? kpi_ids.find(primary->value) : kNoIndex;
    }

    // Insights: the voice of the customer on a goal or a product.
    goal_has_insight.assign(goal_count, 0);
    product_has_insight.assign(product_count, 0);
    for (const Insight& in : p.insights) {
        if (in.goal) {
            const uint32_t g = goal_ids.find(in.goal->value);
            if (g != kNoIndex) goal_has_insight[g] = 1;
        }
        if (in.product) {
            const uint32_t pr = product_ids.find(in.product->value);
            if (pr != kNoIndex) product_has_insight[pr] = 1;
        }
    }
}

const std::string& ScoreGraph::goal_name(uint32_t g) const { return or_id(plan.goals[g].name, plan.goals[g].id.value); }
const std::string& ScoreGraph::strategy_name(uint32_t s) const {
    return or_id(plan.strategies[s].name, plan.strategies[s].id.value);
}
const std::string& ScoreGraph::tactic_name(uint32_t t) const {
    return or_id(plan.tactics[t].name, plan.tactics[t].id.value);
}
const std::string& ScoreGraph::product_name(uint32_t p) const {
    return or_id(plan.products[p].name, plan.products[p].id.value);
}
const std::string& ScoreGraph::kpi_name(uint32_t k) const { return or_id(plan.kpis[k].metric, plan.kpis[k].id.value); }

}  // namespace ab::scoring
