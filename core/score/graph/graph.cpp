// Builds the ScoreGraph: one pass per kind of item, every id looked up once in small flat
// open-addressing tables (names.hpp), every link deduplicated as plan-format.md asks. The
// per-item passes are methods so that update (update.cpp) redoes just the edited items.
// Scoring the same plan again (a kept graph) still reads every item; what only depends on ids and
// links (the id tables, the lists derived from links) is kept when those compare equal.
//
// Sections: helpers (id tables, amounts, dates) | Adjacency (transpose, group, replace a row) |
// resolving one item (resolve_goal ... resolve_kpi) and the lists derived from links |
// build (the whole plan, one pass per kind: build_settings ... build_insights) | display names.
#include "score/graph/graph.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ab::scoring {

namespace {

void fill(NameTable& table, const std::vector<std::string_view>& names) {
    table.reset(names.size());
    for (std::string_view n : names) table.add(n);
}

// Every item's id into `table`, so that an item's position in the table is its index.
template <class ItemT>
void fill_ids(NameTable& table, const std::vector<ItemT>& items) {
    if (table.holds(items.size(), [&](size_t i) -> std::string_view { return items[i].id.value; })) return;
    table.reset(items.size());
    for (const ItemT& item : items) table.add(item.id.value);
}

// Money as the formulas need it: never negative, and bounded so that sums of absurd amounts
// stay finite (a NaN share would poison every score and the findings' order).
constexpr double kMaxAmount = 1e15;
double amount(const Number& n) { return n && std::isfinite(*n) && *n > 0 ? std::min(*n, kMaxAmount) : 0.0; }

bool has_number(const Number& n) { return n && std::isfinite(*n); }

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
    // Called for every tactic's two dates and every KPI's due date on each score, so all ten
    // bytes are checked at once (eight in one word, two in another) instead of byte by byte.
    // Little-endian loads: byte i of the text is byte i of the word (x86 and WASM both).
    if (s.size() != 10) return 0;
    uint64_t a;
    uint16_t b;
    std::memcpy(&a, s.data(), 8);
    std::memcpy(&b, s.data() + 8, 2);
    constexpr uint64_t kDashes = 0xFF0000FF00000000ull;  // bytes 4 and 7
    constexpr uint64_t kDigits = 0x00FFFF00FFFFFFFFull;  // bytes 0-3, 5, 6
    constexpr uint64_t kHigh = 0xF0F0F0F0F0F0F0F0ull & kDigits, kZeros = 0x3030303030303030ull & kDigits;
    // A digit is 0x30-0x39: its high nibble is 3 and adding 6 leaves it 3. Once the first test
    // holds no byte carries into the next when 6 is added.
    if ((a & kDashes) != 0x2D00002D00000000ull || (a & kHigh) != kZeros ||
        ((a + 0x0606060606060606ull) & kHigh) != kZeros || (b & 0xF0F0u) != 0x3030u ||
        ((b + 0x0606u) & 0xF0F0u) != 0x3030u)
        return 0;
    auto digit = [&](int i) { return static_cast<uint32_t>(a >> (8 * i)) & 0xFu; };
    const uint32_t n = ((digit(0) * 10 + digit(1)) * 10 + digit(2)) * 10 + digit(3);
    const uint32_t month = digit(5) * 10 + digit(6);
    const uint32_t day = (b & 0xFu) * 10 + ((b >> 8) & 0xFu);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? n * 10000 + month * 100 + day : 0;
}

bool looks_like_date(std::string_view s) { return date_number(s) != 0; }

void Adjacency::assign_transposed(const Adjacency& src, size_t target_rows) {
    // Counts in offsets_[v + 1], prefix sums, then offsets_[v] serves as the write cursor of row
    // v (ending at the start of row v + 1), and a shift puts the starts back.
    offsets_.assign(target_rows + 1, 0);
    for (uint32_t v : src.items_) ++offsets_[v + 1];
    for (size_t r = 0; r < target_rows; ++r) offsets_[r + 1] += offsets_[r];
    items_.resize(src.items_.size());
    for (size_t r = 0; r < src.rows(); ++r)
        for (uint32_t v : src.row(r)) items_[offsets_[v]++] = static_cast<uint32_t>(r);
    for (size_t r = target_rows; r > 0; --r) offsets_[r] = offsets_[r - 1];
    offsets_[0] = 0;
}

void Adjacency::assign_grouped(const std::vector<uint32_t>& key, size_t target_rows) {
    offsets_.assign(target_rows + 1, 0);
    size_t n = 0;
    for (uint32_t k : key)
        if (k != kNoIndex) ++offsets_[k + 1], ++n;
    for (size_t r = 0; r < target_rows; ++r) offsets_[r + 1] += offsets_[r];
    items_.resize(n);
    for (size_t i = 0; i < key.size(); ++i)
        if (key[i] != kNoIndex) items_[offsets_[key[i]]++] = static_cast<uint32_t>(i);
    for (size_t r = target_rows; r > 0; --r) offsets_[r] = offsets_[r - 1];
    offsets_[0] = 0;
}

void Adjacency::replace_row(size_t r, const std::vector<uint32_t>& items) {
    const uint32_t first = offsets_[r], last = offsets_[r + 1];
    const size_t old_n = last - first;
    if (items.size() != old_n) {
        if (items.size() > old_n)
            items_.insert(items_.begin() + last, items.size() - old_n, 0u);
        else
            items_.erase(items_.begin() + first + static_cast<std::ptrdiff_t>(items.size()), items_.begin() + last);
        const int64_t delta = static_cast<int64_t>(items.size()) - static_cast<int64_t>(old_n);
        for (size_t i = r + 1; i < offsets_.size(); ++i) offsets_[i] = static_cast<uint32_t>(offsets_[i] + delta);
    }
    std::copy(items.begin(), items.end(), items_.begin() + first);
}

template <class ItemT>
OwnerFacts ScoreGraph::owners_of(const ItemT& item) {
    return owner_facts(item.owners, people_ids_, person_teams_, seen_);
}

template OwnerFacts ScoreGraph::owners_of<Strategy>(const Strategy&);  // for update

void ScoreGraph::resolve_goal(size_t g) {
    const Goal& goal = plan_->goals[g];
    goal_owners[g] = owners_of(goal);
    goal_weight[g] = std::isfinite(goal.weight) && goal.weight > 0 ? goal.weight : 1.0;
    primary_kpi[g] = goal.primary_kpi ? kpi_ids_.find(goal.primary_kpi->value) : kNoIndex;
}

void ScoreGraph::resolve_strategy_goals_row(size_t si, std::vector<uint32_t>& out) {
    out.clear();
    for (const auto& gid : plan_->strategies[si].goals) {
        const uint32_t g = goal_ids_.find(gid.value);
        if (g != kNoIndex && std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
    }
}

void ScoreGraph::resolve_product(size_t i) {
    const Product& prod = plan_->products[i];
    product_owners[i] = owners_of(prod);
    forecast[i] = amount(prod.forecast);
    big_push[i] = prod.big_push ? 1 : 0;
}

void ScoreGraph::resolve_key_messages() {
    const std::vector<Product>& products = plan_->products;
    if (!key_messages_.holds(product_count, [&](size_t i) -> std::string_view { return products[i].key_message; })) {
        key_messages_.reset(product_count);
        for (const Product& prod : products) key_messages_.add(prod.key_message);
    }
    key_of_product.resize(product_count);
    for (size_t i = 0; i < product_count; ++i) key_of_product[i] = key_messages_.find(plan_->products[i].key_message);
}

void ScoreGraph::resolve_message_key(size_t t, IndexRange products) {
    // Compared with its own products' keys only (usually one): cheaper than hashing the message.
    const std::string& message = plan_->tactics[t].message;
    uint32_t key = kNoIndex;
    for (uint32_t p : products) {
        if (key_of_product[p] != kNoIndex && plan_->products[p].key_message == message) {
            key = key_of_product[p];
            break;
        }
    }
    message_key[t] = key;
}

void ScoreGraph::resolve_tactic(size_t t) {
    const Tactic& tac = plan_->tactics[t];
    tactic_owners[t] = owners_of(tac);
    budget[t] = amount(tac.budget);
    expected_return[t] = amount(tac.expected_return);
    channel_of[t] = static_cast<int32_t>(channel_names_.find(tac.channel));  // kNoIndex -> -1
    stage_of[t] = static_cast<int32_t>(stage_names_.find(tac.stage));
    const uint32_t start = date_number(tac.start), end = date_number(tac.end);
    auto in_period = [&](uint32_t d) {
        return d != 0 && (period_start_ == 0 || d >= period_start_) && (period_end_ == 0 || d <= period_end_);
    };
    dates_ok[t] = in_period(start) && in_period(end) && start <= end;
    const unsigned traits = static_cast<unsigned>(tac.phase) | (tac.channel.empty() ? 0u : unsigned{kTraitChannel}) |
                            (tac.stage.empty() ? 0u : unsigned{kTraitStage});
    tactic_traits[t] = static_cast<uint8_t>(traits);
}

void ScoreGraph::resolve_tactic_rows(size_t t, std::vector<uint32_t>& strategies, std::vector<uint32_t>& products) {
    const Tactic& tac = plan_->tactics[t];
    strategies.clear();
    for (const auto& sid : tac.strategies) {
        const uint32_t s = strategy_ids_.find(sid.value);
        if (s != kNoIndex && std::find(strategies.begin(), strategies.end(), s) == strategies.end()) strategies.push_back(s);
    }
    products.clear();
    for (const auto& pid : tac.products) {
        const uint32_t p = product_ids_.find(pid.value);
        if (p != kNoIndex && std::find(products.begin(), products.end(), p) == products.end()) products.push_back(p);
    }
}

// goals(t) from the tactics' strategies, then the lists by goal.
void ScoreGraph::derive_tactic_goals() {
    tactic_goals.clear();
    tactic_goals.reserve(tactic_count, tactic_count * 3);
    stamp_.assign(goal_count, kNoIndex);
    for (size_t t = 0; t < tactic_count; ++t) {
        row_buf_.clear();
        for (uint32_t s : tactic_strategies.row(t)) {
            for (uint32_t g : strategy_goals.row(s)) {
                if (stamp_[g] == t) continue;
                stamp_[g] = static_cast<uint32_t>(t);
                row_buf_.push_back(g);
            }
        }
        tactic_goals.push_row(row_buf_);
    }
    goal_tactics.assign_transposed(tactic_goals, goal_count);
}

void ScoreGraph::resolve_kpi(size_t k) {
    const Kpi& kpi = plan_->kpis[k];
    kpi_owners[k] = owners_of(kpi);
    kpi_on_kind[k] = kpi.on.kind;
    uint32_t on = kNoIndex;
    switch (kpi.on.kind) {
        case Kind::Goal: on = goal_ids_.find(kpi.on.id); break;
        case Kind::Strategy: on = strategy_ids_.find(kpi.on.id); break;
        case Kind::Tactic: on = tactic_ids_.find(kpi.on.id); break;
        default: break;
    }
    kpi_on[k] = on;
    auto in_period = [&](uint32_t d) {
        return d != 0 && (period_start_ == 0 || d >= period_start_) && (period_end_ == 0 || d <= period_end_);
    };
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

// The plan scope's K and the KPIs on each goal, strategy and tactic, from kpi_on.
void ScoreGraph::derive_kpi_groups() {
    attached_kpis.clear();
    row_buf_.assign(kpi_count, kNoIndex);  // on a goal
    row_buf2_.assign(kpi_count, kNoIndex);  // on a strategy
    seen_.assign(kpi_count, kNoIndex);      // on a tactic
    for (size_t k = 0; k < kpi_count; ++k) {
        if (kpi_on[k] == kNoIndex) continue;
        attached_kpis.push_back(static_cast<uint32_t>(k));
        if (kpi_on_kind[k] == Kind::Goal) row_buf_[k] = kpi_on[k];
        else if (kpi_on_kind[k] == Kind::Strategy) row_buf2_[k] = kpi_on[k];
        else seen_[k] = kpi_on[k];
    }
    goal_kpis.assign_grouped(row_buf_, goal_count);
    strategy_kpis.assign_grouped(row_buf2_, strategy_count);
    tactic_kpis.assign_grouped(seen_, tactic_count);
}

void ScoreGraph::build(const Plan& p) {
    // One pass per kind, in link order (people, goals, strategies, products, tactics, KPIs), so
    // each pass finds the ids it links to already in their tables (filled just before it).
    keep_derived_links();
    build_settings(p);
    build_people();
    // Goals (their primary KPIs once KPIs have their table).
    fill_ids(goal_ids_, p.goals);
    goal_owners.assign(goal_count, OwnerFacts{});
    goal_weight.assign(goal_count, 1.0);
    primary_kpi.assign(goal_count, kNoIndex);
    const bool same_goal_links = build_strategies();
    build_products();
    build_tactics(same_goal_links);
    build_kpis();
    for (size_t g = 0; g < goal_count; ++g) resolve_goal(g);
    build_insights();
}

void ScoreGraph::keep_derived_links() {
    Links& was = derived_from_;  // the links the derived lists hold now (swaps, not copies)
    was.valid = plan_ != nullptr;
    was.goals = goal_count;
    was.strategies = strategy_count;
    was.tactics = tactic_count;
    was.products = product_count;
    std::swap(was.strategy_goals, strategy_goals);
    std::swap(was.tactic_strategies, tactic_strategies);
    std::swap(was.tactic_products, tactic_products);
    std::swap(was.kpi_on, kpi_on);
    std::swap(was.kpi_on_kind, kpi_on_kind);
}

void ScoreGraph::build_settings(const Plan& p) {
    plan_ = &p;
    goal_count = p.goals.size();
    strategy_count = p.strategies.size();
    tactic_count = p.tactics.size();
    kpi_count = p.kpis.size();
    product_count = p.products.size();

    channels = unique_names(p.settings.required_channels);
    stages = unique_names(p.settings.required_stages);
    fill(channel_names_, channels);
    fill(stage_names_, stages);
    brand_reserve = std::isfinite(p.settings.brand_reserve) ? std::clamp(p.settings.brand_reserve, 0.0, 1.0) : 0.10;
    // A missing plan start or end leaves that side of the period open.
    period_start_ = date_number(p.settings.start);
    period_end_ = date_number(p.settings.end);
}

void ScoreGraph::build_people() {
    const std::vector<Person>& people = plan_->people;
    fill_ids(people_ids_, people);
    person_teams_.assign(people.size(), 0);
    for (size_t i = 0; i < people.size(); ++i) {
        const std::string& team = people[i].team;
        person_teams_[i] = team == "sales" ? kTeamSales : team == "marketing" ? kTeamMarketing : 0;
    }
}

// Strategies -> goals; true when those links are the ones the derived lists were made from.
bool ScoreGraph::build_strategies() {
    const Links& was = derived_from_;
    fill_ids(strategy_ids_, plan_->strategies);
    strategy_owners.resize(strategy_count);
    strategy_goals.clear();
    for (size_t si = 0; si < strategy_count; ++si) {
        strategy_owners[si] = owners_of(plan_->strategies[si]);
        resolve_strategy_goals_row(si, row_buf_);
        strategy_goals.push_row(row_buf_);
    }
    const bool same_goal_links = was.valid && was.goals == goal_count && was.strategies == strategy_count &&
                                 strategy_goals == was.strategy_goals;
    if (!same_goal_links) goal_strategies.assign_transposed(strategy_goals, goal_count);
    return same_goal_links;
}

void ScoreGraph::build_products() {
    fill_ids(product_ids_, plan_->products);
    product_owners.resize(product_count);
    forecast.resize(product_count);
    big_push.resize(product_count);
    pushes.clear();
    for (size_t i = 0; i < product_count; ++i) {
        resolve_product(i);
        if (big_push[i]) pushes.push_back(static_cast<uint32_t>(i));
    }
    resolve_key_messages();
}

// Tactics -> strategies, products, goals.
void ScoreGraph::build_tactics(bool same_goal_links) {
    const Links& was = derived_from_;
    fill_ids(tactic_ids_, plan_->tactics);
    tactic_owners.resize(tactic_count);
    budget.resize(tactic_count);
    expected_return.resize(tactic_count);
    channel_of.resize(tactic_count);
    stage_of.resize(tactic_count);
    dates_ok.resize(tactic_count);
    tactic_traits.resize(tactic_count);
    message_key.resize(tactic_count);
    total_budget = 0;
    tactic_strategies.clear();
    tactic_products.clear();
    tactic_strategies.reserve(tactic_count, tactic_count * 2);
    tactic_products.reserve(tactic_count, tactic_count * 2);
    for (size_t t = 0; t < tactic_count; ++t) {
        resolve_tactic(t);
        total_budget += budget[t];
        resolve_tactic_rows(t, row_buf_, row_buf2_);
        tactic_strategies.push_row(row_buf_);
        tactic_products.push_row(row_buf2_);
        resolve_message_key(t, range_of(row_buf2_));
    }
    const bool same_tactic_links = was.valid && was.tactics == tactic_count && was.strategies == strategy_count &&
                                   tactic_strategies == was.tactic_strategies;
    const bool same_product_links = was.valid && was.tactics == tactic_count && was.products == product_count &&
                                    tactic_products == was.tactic_products;
    if (!same_goal_links || !same_tactic_links) derive_tactic_goals();
    if (!same_tactic_links) strategy_tactics.assign_transposed(tactic_strategies, strategy_count);
    if (!same_product_links) product_tactics.assign_transposed(tactic_products, product_count);
}

void ScoreGraph::build_kpis() {
    const Links& was = derived_from_;
    fill_ids(kpi_ids_, plan_->kpis);
    kpi_owners.resize(kpi_count);
    kpi_on_kind.resize(kpi_count);
    kpi_on.resize(kpi_count);
    kpi_checks.resize(kpi_count);
    for (size_t k = 0; k < kpi_count; ++k) resolve_kpi(k);
    const bool same_kpi_links = was.valid && was.goals == goal_count && was.strategies == strategy_count &&
                                was.tactics == tactic_count && kpi_on == was.kpi_on && kpi_on_kind == was.kpi_on_kind;
    if (!same_kpi_links) derive_kpi_groups();
}

// Insights: the voice of the customer on a goal or a product.
void ScoreGraph::build_insights() {
    goal_has_insight.assign(goal_count, 0);
    product_has_insight.assign(product_count, 0);
    for (const Insight& in : plan_->insights) {
        if (in.goal) {
            const uint32_t g = goal_ids_.find(in.goal->value);
            if (g != kNoIndex) goal_has_insight[g] = 1;
        }
        if (in.product) {
            const uint32_t pr = product_ids_.find(in.product->value);
            if (pr != kNoIndex) product_has_insight[pr] = 1;
        }
    }
}

const std::string& ScoreGraph::goal_name(uint32_t g) const { return or_id(plan_->goals[g].name, plan_->goals[g].id.value); }
const std::string& ScoreGraph::strategy_name(uint32_t s) const {
    return or_id(plan_->strategies[s].name, plan_->strategies[s].id.value);
}
const std::string& ScoreGraph::tactic_name(uint32_t t) const {
    return or_id(plan_->tactics[t].name, plan_->tactics[t].id.value);
}
const std::string& ScoreGraph::product_name(uint32_t p) const {
    return or_id(plan_->products[p].name, plan_->products[p].id.value);
}
const std::string& ScoreGraph::kpi_name(uint32_t k) const { return or_id(plan_->kpis[k].metric, plan_->kpis[k].id.value); }

}  // namespace ab::scoring
