// Deterministic random plans for property tests and benchmarks (same seed, same plan, on every
// platform: the generator uses its own PRNG, never std::uniform_*_distribution).
#pragma once

#include <cstdint>

#include "model/plan.hpp"

namespace ab {

struct GenSpec {
    size_t goals = 2;
    size_t strategies = 4;
    size_t tactics = 12;
    size_t kpis = 6;
    size_t products = 3;
    size_t people = 6;
    size_t insights = 2;

    // Every count times `k`.
    GenSpec times(size_t k) const {
        return {goals * k, strategies * k, tactics * k, kpis * k, products * k, people * k, insights * k};
    }
};

// The benchmark plan of the issues: 200 goals, 800 strategies, 6,000 tactics, 3,000 KPIs.
GenSpec bench_spec_10k();

// A valid plan with links one level up, owners, budgets, dates, layout, some gaps on purpose so
// every finding code can occur.
Plan generate_plan(const GenSpec& spec, uint64_t seed);

// Small, fast PRNG (splitmix64) shared by the generator and property tests.
class Rng {
public:
    explicit Rng(uint64_t seed) : state_(seed) {}
    uint64_t next();
    // Uniform in [0, n); n > 0.
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

private:
    uint64_t state_;
};

}  // namespace ab
