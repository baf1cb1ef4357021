// Deterministic random plans: the property tests' inputs and the benchmarks' 10,000-item plan.
// Gaps (untraced tactics, missing owners, KPIs without targets) are left on purpose so that the
// score engine's findings all get exercised.
#include "model/generator.hpp"

#include <cstdio>
#include <string>

namespace ab {

uint64_t Rng::next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

GenSpec bench_spec_10k() {
    // goals, strategies, tactics, KPIs, products, people, insights
    return {200, 800, 6000, 3000, 40, 60, 30};
}

namespace {

const char* const kChannels[] = {"creative", "ecommerce", "social", "in_store", "events", "pr", "partnerships", "email", "radio"};
const char* const kStages[] = {"awareness", "consideration", "purchase"};
const Phase kPhases[] = {Phase::Pre, Phase::Launch, Phase::Post};

std::string date_in_2025(Rng& rng) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "2025-%02d-%02d", 1 + static_cast<int>(rng.below(12)), 1 + static_cast<int>(rng.below(28)));
    return buf;
}

template <class IdT>
LinkSet<IdT> one_owner(Rng& rng, const std::vector<Person>& people) {
    LinkSet<IdT> owners;
    if (people.empty() || rng.chance(0.1)) return owners;
    owners.push_back({people[rng.below(people.size())].id.value});
    if (rng.chance(0.05)) {
        const auto& second = people[rng.below(people.size())].id;
        if (second != owners[0]) owners.push_back(second);
    }
    return owners;
}

template <class IdT, class ItemT>
void add_links(Rng& rng, LinkSet<IdT>& links, const std::vector<ItemT>& targets, size_t max_count) {
    if (targets.empty()) return;
    const size_t count = 1 + rng.below(max_count);
    for (size_t i = 0; i < count; ++i) {
        IdT id{targets[rng.below(targets.size())].id.value};
        bool seen = false;
        for (const auto& l : links) seen = seen || l == id;
        if (!seen) links.push_back(id);
    }
}

}  // namespace

Plan generate_plan(const GenSpec& spec, uint64_t seed) {
    Rng rng(seed);
    Plan plan;
    plan.settings.name = "Generated plan " + std::to_string(seed);
    plan.settings.start = "2025-01-01";
    plan.settings.end = "2025-12-31";
    plan.settings.currency = "USD";

    for (size_t i = 0; i < spec.people; ++i) {
        Person p;
        p.id.value = "p" + std::to_string(i + 1);
        p.name = "Person " + std::to_string(i + 1);
        p.team = i % 2 == 0 ? "sales" : "marketing";
        plan.people.push_back(std::move(p));
    }
    for (size_t i = 0; i < spec.products; ++i) {
        Product p;
        p.id.value = "prod" + std::to_string(i + 1);
        p.name = "Product " + std::to_string(i + 1);
        p.big_push = i < (spec.products + 4) / 5;
        p.forecast = static_cast<double>(100000 * (1 + rng.below(50)));
        if (p.big_push) p.key_message = "msg" + std::to_string(i + 1);
        p.owners = one_owner<PersonId>(rng, plan.people);
        plan.products.push_back(std::move(p));
    }
    for (size_t i = 0; i < spec.goals; ++i) {
        Goal g;
        g.id.value = "G" + std::to_string(i + 1);
        g.name = "Revenue goal " + std::to_string(i + 1);
        g.owners = one_owner<PersonId>(rng, plan.people);
        if (rng.chance(0.2)) g.weight = 1.0 + static_cast<double>(rng.below(3));
        plan.goals.push_back(std::move(g));
    }
    for (size_t i = 0; i < spec.strategies; ++i) {
        Strategy s;
        s.id.value = "S" + std::to_string(i + 1);
        s.name = "Strategy " + std::to_string(i + 1);
        if (!rng.chance(0.05)) add_links(rng, s.goals, plan.goals, 2);
        s.owners = one_owner<PersonId>(rng, plan.people);
        plan.strategies.push_back(std::move(s));
    }
    for (size_t i = 0; i < spec.tactics; ++i) {
        Tactic t;
        t.id.value = "t" + std::to_string(i + 1);
        t.name = "Tactic " + std::to_string(i + 1);
        if (!rng.chance(0.05)) add_links(rng, t.strategies, plan.strategies, 2);
        if (!rng.chance(0.1)) add_links(rng, t.products, plan.products, 1);
        t.channel = kChannels[rng.below(std::size(kChannels))];
        t.phase = kPhases[rng.below(3)];
        t.stage = kStages[rng.below(3)];
        if (!t.products.empty()) t.message = "msg" + t.products[0].value.substr(4);
        if (!rng.chance(0.1)) t.budget = static_cast<double>(1000 * (1 + rng.below(200)));
        if (!rng.chance(0.2)) t.expected_return = static_cast<double>(5000 * (1 + rng.below(100)));
        t.owners = one_owner<PersonId>(rng, plan.people);
        t.start = date_in_2025(rng);
        t.end = "2025-12-" + std::to_string(10 + rng.below(18));
        plan.tactics.push_back(std::move(t));
    }
    for (size_t i = 0; i < spec.kpis; ++i) {
        Kpi k;
        k.id.value = "k" + std::to_string(i + 1);
        const size_t pick = rng.below(10);
        if (pick < 2 && !plan.goals.empty()) {
            k.on = {Kind::Goal, plan.goals[rng.below(plan.goals.size())].id.value};
        } else if (pick < 5 && !plan.strategies.empty()) {
            k.on = {Kind::Strategy, plan.strategies[rng.below(plan.strategies.size())].id.value};
        } else if (!plan.tactics.empty()) {
            k.on = {Kind::Tactic, plan.tactics[rng.below(plan.tactics.size())].id.value};
        }
        k.metric = "Metric " + std::to_string(i + 1);
        k.unit = rng.chance(0.5) ? "USD" : "%";
        k.dir = rng.chance(0.1) ? Direction::Down : Direction::Up;
        k.baseline = static_cast<double>(rng.below(1000));
        if (!rng.chance(0.1)) k.target = *k.baseline + (k.dir == Direction::Up ? 1.0 : -1.0) * static_cast<double>(1 + rng.below(100000));
        k.due = date_in_2025(rng);
        k.owners = one_owner<PersonId>(rng, plan.people);
        plan.kpis.push_back(std::move(k));
    }
    // Goals take a primary KPI from the KPIs on them, when there is one.
    for (auto& k : plan.kpis) {
        if (k.on.kind != Kind::Goal || k.on.empty()) continue;
        for (auto& g : plan.goals) {
            if (g.id.value == k.on.id && !g.primary_kpi) g.primary_kpi = KpiId{k.id.value};
        }
    }
    for (size_t i = 0; i < spec.insights; ++i) {
        Insight in;
        in.id.value = "i" + std::to_string(i + 1);
        in.text = "Customers say thing " + std::to_string(i + 1);
        in.team = "sales";
        if (rng.chance(0.5) && !plan.goals.empty()) {
            in.goal = GoalId{plan.goals[rng.below(plan.goals.size())].id.value};
        } else if (!plan.products.empty()) {
            in.product = ProductId{plan.products[rng.below(plan.products.size())].id.value};
        }
        plan.insights.push_back(std::move(in));
    }
    for (size_t i = 0; i < plan.goals.size(); i += 3) {
        plan.layout[plan.goals[i].id.value] = LayoutPos{40.0, 120.0 + 140.0 * static_cast<double>(i)};
    }
    return plan;
}

}  // namespace ab
