// The seven components of scoring.md, each written once for both scopes: the whole plan (with
// findings) and one goal's subtree (scoring.md "Per item"). Every pass is linear in the scope's
// items; per-goal quantities come precomputed from compute_plan_facts.
//
// Sections: linkage | measurement | budget_focus | integration | journey | ownership |
// return_component | compute_plan_facts (per-goal facts) | score_scope and combine.
#include <algorithm>
#include <cmath>

#include "score/engine.hpp"

namespace ab::scoring {

namespace {

constexpr double kGapPoints = 0.05 - 1e-9;  // ">= 5 points", robust to rounding of shares

double weight_sum(const ScoreGraph& g, IndexRange goals) {
    double sum = 0;
    for (uint32_t i : goals) sum += g.goal_weight[i];
    return sum;
}

int popcount5(uint8_t bits) {
    // The plan scope and every goal's count each KPI's checks: a lookup, not a loop.
    static constexpr uint8_t kBits[32] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4,
                                          1, 2, 2, 3, 2, 3, 3, 4, 2, 3, 3, 4, 3, 4, 4, 5};
    return kBits[bits & 31];
}

double h_of(const GoalFacts& f) {
    const bool both = (f.teams & kTeamSales) && (f.teams & kTeamMarketing);
    return 0.5 * (both ? 1 : 0) + 0.5 * (f.has_voice ? 1 : 0);
}

std::optional<double> linkage(const ScoreGraph& g, const PlanFacts& facts, const Scope& sc, FindingSink* sink) {
    const size_t tactic_n = sc.tactics.size();
    const size_t goal_n = sc.goals.size();
    if (sc.whole_plan && goal_n == 0) {
        if (tactic_n == 0) return std::nullopt;
        if (sink) {
            sink->plan_no_goal(100);
            // Tracing one tactic cannot lift linkage while there is no goal to trace it to.
            for (uint32_t t : sc.tactics) sink->tactic_untraced(t, 0);
        }
        return 0.0;
    }
    if (!sc.whole_plan && goal_n == 0) return std::nullopt;

    double budget = 0;
    for (uint32_t t : sc.tactics) budget += g.budget[t];
    const bool has_u = sc.whole_plan && tactic_n > 0;
    const int terms = (has_u ? 1 : 0) + 1;

    double u = 0;
    if (has_u) {
        size_t traced = 0;
        double traced_budget = 0;
        for (uint32_t t : sc.tactics) {
            if (g.tactic_goals.count(t) == 0) continue;
            ++traced;
            traced_budget += g.budget[t];
        }
        const double share = static_cast<double>(traced) / static_cast<double>(tactic_n);
        u = budget > 0 ? 0.5 * share + 0.5 * traced_budget / budget : share;
        if (sink) {
            for (uint32_t t : sc.tactics) {
                if (g.tactic_goals.count(t) != 0) continue;
                const double du = budget > 0 ? 0.5 / static_cast<double>(tactic_n) + 0.5 * g.budget[t] / budget
                                             : 1.0 / static_cast<double>(tactic_n);
                sink->tactic_untraced(t, 100 * du / terms);
            }
        }
    }

    const double wsum = weight_sum(g, sc.goals);
    double d_sum = 0;
    for (uint32_t i : sc.goals) {
        const GoalFacts& f = facts.goals[i];
        const bool has_s = g.goal_strategies.count(i) > 0;
        const bool has_t = g.goal_tactics.count(i) > 0;
        const bool funded = f.split_budget > 0;
        // The goal's own scope has B = its tactics' full budgets; the plan's has all tactics'.
        const double scope_budget = sc.whole_plan ? budget : f.full_budget;
        const int d_terms = scope_budget > 0 ? 3 : 2;
        const double d = ((has_s ? 1 : 0) + (has_t ? 1 : 0) + (scope_budget > 0 && funded ? 1 : 0)) /
                         static_cast<double>(d_terms);
        d_sum += g.goal_weight[i] * d;
        if (sink) {
            const double per_term = 100 * (g.goal_weight[i] / wsum) / d_terms / terms;
            if (!has_s) sink->goal_no_strategy(i, per_term);
            if (!has_t) sink->goal_no_tactic(i, per_term);
            if (scope_budget > 0 && has_t && !funded) sink->goal_no_budget(i, per_term);
        }
    }
    const double d_mean = d_sum / wsum;
    return 100 * ((has_u ? u : 0) + d_mean) / terms;
}

std::optional<double> measurement(const ScoreGraph& g, const Scope& sc, FindingSink* sink) {
    const size_t items = sc.goals.size() + sc.strategies.size();
    if (items == 0) return std::nullopt;
    size_t with_kpi = 0;
    for (uint32_t i : sc.goals) with_kpi += g.goal_kpis.count(i) > 0 ? 1 : 0;
    for (uint32_t s : sc.strategies) with_kpi += g.strategy_kpis.count(s) > 0 ? 1 : 0;
    const double m = static_cast<double>(with_kpi) / static_cast<double>(items);

    double q_sum = 0;
    for (uint32_t k : sc.kpis) q_sum += 0.2 * popcount5(g.kpi_checks[k]);
    const double kpi_n = static_cast<double>(sc.kpis.size());
    const double q = sc.kpis.empty() ? 0.0 : q_sum / kpi_n;

    if (sink) {
        const double per_item = 50.0 / static_cast<double>(items);
        for (uint32_t i : sc.goals)
            if (g.goal_kpis.count(i) == 0) sink->item_no_kpi(Kind::Goal, i, per_item);
        for (uint32_t s : sc.strategies)
            if (g.strategy_kpis.count(s) == 0) sink->item_no_kpi(Kind::Strategy, s, per_item);
        for (uint32_t k : sc.kpis) {
            if (g.kpi_checks[k] == kKpiAllChecks) continue;
            sink->kpi_incomplete(k, 50 * (1 - 0.2 * popcount5(g.kpi_checks[k])) / kpi_n);
        }
    }
    return 100 * (0.5 * m + 0.5 * q);
}

// Only scored for the whole plan: a goal's subtree has no budget split of its own.
std::optional<double> budget_focus(const ScoreGraph& g, const Scope& sc, FindingSink* sink) {
    if (!sc.whole_plan) return std::nullopt;
    double forecast_sum = 0;
    for (double f : g.forecast) forecast_sum += f;
    if (g.product_count > 0 && forecast_sum <= 0 && sink) sink->plan_no_forecast();
    const double budget = g.total_budget;
    if (forecast_sum <= 0 || budget <= 0 || g.pushes.empty()) return std::nullopt;

    const size_t n = g.pushes.size();
    double push_forecast = 0;
    for (uint32_t p : g.pushes) push_forecast += g.forecast[p];
    std::vector<double> ranked(g.forecast);
    std::nth_element(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n - 1), ranked.end(),
                     std::greater<double>());
    double top_forecast = 0;
    for (size_t i = 0; i < n; ++i) top_forecast += ranked[i];
    const double pick = top_forecast > 0 ? push_forecast / top_forecast : 0.0;

    // Budget per product: each tactic's budget split evenly over its products.
    std::vector<double> beta(g.product_count, 0.0);
    double unassigned = 0;
    for (size_t t = 0; t < g.tactic_count; ++t) {
        const size_t np = g.tactic_products.count(t);
        if (np == 0) {
            unassigned += g.budget[t];
            continue;
        }
        const double each = g.budget[t] / static_cast<double>(np);
        for (uint32_t p : g.tactic_products.row(t)) beta[p] += each;
    }
    for (double& b : beta) b /= budget;
    const double beta_u = unassigned / budget;
    const double reserve = std::min(beta_u, g.brand_reserve);

    auto fair = [&](uint32_t p) { return (1 - reserve) * g.forecast[p] / forecast_sum; };
    double pen = beta_u - reserve;
    for (size_t p = 0; p < g.product_count; ++p) {
        const double gap = g.big_push[p] ? fair(static_cast<uint32_t>(p)) - beta[p]
                                         : beta[p] - fair(static_cast<uint32_t>(p));
        pen += std::max(0.0, gap);
    }
    auto spread = [](double penalty) { return std::max(0.0, 1 - penalty / 2); };
    const double score = 100 * (0.25 * pick + 0.75 * spread(pen));

    if (sink) {
        size_t pairs = 0;
        for (uint32_t p : g.pushes)
            for (size_t q = 0; q < g.product_count; ++q)
                pairs += !g.big_push[q] && g.forecast[q] > g.forecast[p] ? 1 : 0;
        for (uint32_t p : g.pushes)
            for (size_t q = 0; q < g.product_count; ++q)
                if (!g.big_push[q] && g.forecast[q] > g.forecast[p])
                    sink->push_outranked(p, static_cast<uint32_t>(q), 25 * (1 - pick) / static_cast<double>(pairs));
        auto gain_without = [&](double term) { return 75 * (spread(pen - term) - spread(pen)); };
        for (size_t p = 0; p < g.product_count; ++p) {
            const uint32_t pi = static_cast<uint32_t>(p);
            const double f = fair(pi);
            if (g.big_push[p]) {
                if (f - beta[p] >= kGapPoints) sink->push_underfunded(pi, beta[p], f, gain_without(f - beta[p]));
            } else if (beta[p] - f >= kGapPoints) {
                sink->product_overfunded(pi, beta[p], f, gain_without(beta[p] - f));
            }
        }
        if (beta_u - reserve >= kGapPoints) sink->budget_unassigned(beta_u, g.brand_reserve, gain_without(beta_u - reserve));
    }
    return score;
}

std::optional<double> integration(const ScoreGraph& g, const Scope& sc, Scratch& scratch, FindingSink* sink) {
    if (sc.whole_plan && g.pushes.empty() && (g.tactic_count > 0 || g.product_count > 0) && sink)
        sink->plan_no_big_push();
    const size_t slots = sc.pushes.size();
    if (slots == 0) return std::nullopt;
    const size_t nch = g.channels.size();

    scratch.push_slot.resize(g.product_count, kNoIndex);
    scratch.channel_seen.assign(slots * nch, 0);
    scratch.phase_seen.assign(slots * 3, 0);
    scratch.push_tactics.assign(slots, 0);
    scratch.push_on_message.assign(slots, 0);
    {
        uint32_t slot = 0;
        for (uint32_t p : sc.pushes) scratch.push_slot[p] = slot++;
    }
    for (uint32_t t : sc.tactics) {
        const Phase phase = g.phase_of(t);
        for (uint32_t p : g.tactic_products.row(t)) {
            const uint32_t slot = scratch.push_slot[p];
            if (slot == kNoIndex) continue;
            ++scratch.push_tactics[slot];
            if (g.channel_of[t] >= 0) scratch.channel_seen[slot * nch + static_cast<size_t>(g.channel_of[t])] = 1;
            if (phase != Phase::None) scratch.phase_seen[slot * 3 + static_cast<size_t>(phase) - 1] = 1;
            if (g.on_message(t, p)) ++scratch.push_on_message[slot];
        }
    }

    bool all_forecast = true;
    double forecast_sum = 0;
    for (uint32_t p : sc.pushes) {
        all_forecast = all_forecast && g.forecast[p] > 0;
        forecast_sum += g.forecast[p];
    }
    double total = 0;
    for (size_t slot = 0; slot < slots; ++slot) {
        const uint32_t p = sc.pushes.first[slot];
        const double w = all_forecast ? g.forecast[p] / forecast_sum : 1.0 / static_cast<double>(slots);
        size_t channels_used = 0;
        for (size_t c = 0; c < nch; ++c) channels_used += scratch.channel_seen[slot * nch + c];
        const size_t phases_used = scratch.phase_seen[slot * 3] + scratch.phase_seen[slot * 3 + 1] +
                                   scratch.phase_seen[slot * 3 + 2];
        const double cc = nch == 0 ? 1.0 : static_cast<double>(channels_used) / static_cast<double>(nch);
        const double pc = static_cast<double>(phases_used) / 3.0;
        const bool has_key = g.key_of_product[p] != kNoIndex;
        const uint32_t n_tactics = scratch.push_tactics[slot];
        const double mc = n_tactics == 0 || !has_key
                              ? 0.0
                              : static_cast<double>(scratch.push_on_message[slot]) / static_cast<double>(n_tactics);
        total += w * (0.4 * cc + 0.3 * pc + 0.3 * mc);

        if (sink) {
            for (size_t c = 0; c < nch; ++c)
                if (!scratch.channel_seen[slot * nch + c]) sink->push_missing_channel(p, c, 100 * w * 0.4 / nch);
            static const Phase kPhases[] = {Phase::Pre, Phase::Launch, Phase::Post};
            for (size_t ph = 0; ph < 3; ++ph)
                if (!scratch.phase_seen[slot * 3 + ph]) sink->push_missing_phase(p, kPhases[ph], 100 * w * 0.1);
            if (has_key) {
                for (uint32_t t : g.product_tactics.row(p))  // the plan scope holds every tactic
                    if (!g.on_message(t, p))
                        sink->tactic_off_message(t, p, 100 * w * 0.3 / n_tactics);
            }
        }
    }
    for (uint32_t p : sc.pushes) scratch.push_slot[p] = kNoIndex;
    return 100 * total;
}

std::optional<double> journey(const ScoreGraph& g, const PlanFacts& facts, const Scope& sc, FindingSink* sink) {
    if (sc.goals.empty()) return std::nullopt;
    const size_t nst = g.stages.size();
    const double wsum = weight_sum(g, sc.goals);
    double sum = 0;
    for (uint32_t i : sc.goals) {
        const double j = nst == 0 ? 1.0 : static_cast<double>(facts.goals[i].stages_covered) / static_cast<double>(nst);
        sum += g.goal_weight[i] * j;
        if (sink) {
            for (size_t s = 0; s < nst; ++s)
                if (!facts.stage_covered[i * nst + s])
                    sink->goal_missing_stage(i, s, 100 * (g.goal_weight[i] / wsum) / static_cast<double>(nst));
        }
    }
    return 100 * sum / wsum;
}

std::optional<double> ownership(const ScoreGraph& g, const PlanFacts& facts, const Scope& sc, FindingSink* sink) {
    const size_t items = sc.goals.size() + sc.strategies.size() + sc.tactics.size() + sc.kpis.size() + sc.pushes.size();
    if (items == 0) return std::nullopt;
    size_t one_owner = 0;
    for (uint32_t i : sc.goals) one_owner += g.goal_owners[i].count == 1;
    for (uint32_t s : sc.strategies) one_owner += g.strategy_owners[s].count == 1;
    for (uint32_t t : sc.tactics) one_owner += g.tactic_owners[t].count == 1;
    for (uint32_t k : sc.kpis) one_owner += g.kpi_owners[k].count == 1;
    for (uint32_t p : sc.pushes) one_owner += g.product_owners[p].count == 1;
    const double o = static_cast<double>(one_owner) / static_cast<double>(items);

    const bool has_goals = !sc.goals.empty();
    const double wsum = weight_sum(g, sc.goals);
    double h_sum = 0;
    for (uint32_t i : sc.goals) h_sum += g.goal_weight[i] * h_of(facts.goals[i]);
    // Without goals the weighted mean of h does not exist and drops out, as U or D do in linkage.
    const double score = has_goals ? 100 * (0.6 * o + 0.4 * h_sum / wsum) : 100 * o;

    if (sink) {
        const double per_item = (has_goals ? 60.0 : 100.0) / static_cast<double>(items);
        auto check = [&](Kind kind, uint32_t i, const OwnerFacts& f) {
            if (f.count != 1) sink->item_owner_count(kind, i, f.count, per_item);
        };
        for (uint32_t i : sc.goals) check(Kind::Goal, i, g.goal_owners[i]);
        for (uint32_t s : sc.strategies) check(Kind::Strategy, s, g.strategy_owners[s]);
        for (uint32_t t : sc.tactics) check(Kind::Tactic, t, g.tactic_owners[t]);
        for (uint32_t k : sc.kpis) check(Kind::Kpi, k, g.kpi_owners[k]);
        for (uint32_t p : sc.pushes) check(Kind::Product, p, g.product_owners[p]);
        for (uint32_t i : sc.goals) {
            const GoalFacts& f = facts.goals[i];
            const double half = 40 * 0.5 * g.goal_weight[i] / wsum;
            if (!((f.teams & kTeamSales) && (f.teams & kTeamMarketing))) sink->goal_one_team(i, f.teams, half);
            if (!f.has_voice) sink->goal_no_customer_voice(i, half);
        }
    }
    return score;
}

std::optional<double> return_component(const ScoreGraph& g, const PlanFacts& facts, const Scope& sc,
                                       FindingSink* sink) {
    if (sc.tactics.empty() || sc.goals.empty()) return std::nullopt;
    double budget = 0, returning_budget = 0;
    size_t returning = 0;
    for (uint32_t t : sc.tactics) {
        budget += g.budget[t];
        if (g.expected_return[t] > 0) {
            returning_budget += g.budget[t];
            ++returning;
        }
    }
    const double rm = budget > 0 ? returning_budget / budget
                                 : static_cast<double>(returning) / static_cast<double>(sc.tactics.size());
    const double wsum = weight_sum(g, sc.goals);
    double suff_sum = 0;
    for (uint32_t i : sc.goals) suff_sum += g.goal_weight[i] * facts.goals[i].suff;

    if (sink) {
        for (uint32_t t : sc.tactics)
            if (g.budget[t] > 0 && g.expected_return[t] <= 0) sink->tactic_no_return(t, 50 * g.budget[t] / budget);
        for (uint32_t i : sc.goals) {
            const GoalFacts& f = facts.goals[i];
            const double share = g.goal_weight[i] / wsum;
            if (!f.target_usable) sink->goal_no_target(i, 50 * share);
            else if (f.suff < 1) sink->goal_short_return(i, f.got, f.need, 50 * share * (1 - f.suff));
        }
    }
    return 100 * (0.5 * rm + 0.5 * suff_sum / wsum);
}

}  // namespace

void compute_plan_facts(const ScoreGraph& g, PlanFacts& facts) {
    const size_t nst = g.stages.size();
    facts.goals.assign(g.goal_count, GoalFacts{});
    facts.stage_covered.assign(g.goal_count * nst, 0);

    // Each tactic hands its split budget and return, its stage, its owners' teams and its
    // products' customer voice to every goal it reaches.
    for (size_t t = 0; t < g.tactic_count; ++t) {
        const size_t k = g.tactic_goals.count(t);
        if (k == 0) continue;
        uint8_t teams = g.tactic_owners[t].teams;
        for (uint32_t kpi : g.tactic_kpis.row(t)) teams |= g.kpi_owners[kpi].teams;
        bool voice = false;
        for (uint32_t p : g.tactic_products.row(t)) voice = voice || g.product_has_insight[p];
        const double kd = static_cast<double>(k);
        for (uint32_t i : g.tactic_goals.row(t)) {
            GoalFacts& f = facts.goals[i];
            f.split_budget += g.budget[t] / kd;
            f.full_budget += g.budget[t];
            f.got += g.expected_return[t] / kd;
            f.teams |= teams;
            f.has_voice = f.has_voice || voice;
            if (g.stage_of[t] >= 0) facts.stage_covered[i * nst + static_cast<size_t>(g.stage_of[t])] = 1;
        }
    }
    for (size_t i = 0; i < g.goal_count; ++i) {
        GoalFacts& f = facts.goals[i];
        f.teams |= g.goal_owners[i].teams;
        for (uint32_t kpi : g.goal_kpis.row(i)) f.teams |= g.kpi_owners[kpi].teams;
        for (uint32_t s : g.goal_strategies.row(i)) {
            f.teams |= g.strategy_owners[s].teams;
            for (uint32_t kpi : g.strategy_kpis.row(s)) f.teams |= g.kpi_owners[kpi].teams;
        }
        f.has_voice = f.has_voice || g.goal_has_insight[i];
        for (size_t s = 0; s < nst; ++s) f.stages_covered += facts.stage_covered[i * nst + s];

        const uint32_t k = g.primary_kpi[i];
        if (k != kNoIndex) {
            const Kpi& kpi = g.plan().kpis[k];
            f.target_usable = (g.kpi_checks[k] & kKpiMeasurable) != 0;
            if (f.target_usable) {
                f.need = *kpi.target - *kpi.baseline;
                if (kpi.dir == Direction::Down) f.need = -f.need;
                f.suff = f.need > 0 ? std::clamp(f.got / f.need, 0.0, 1.0) : 0.0;
            }
        }
    }
}

ComponentScores score_scope(const ScoreGraph& g, const PlanFacts& facts, const Scope& sc, Scratch& scratch,
                            FindingSink* sink) {
    ComponentScores c;
    c[index_of(Component::Linkage)] = linkage(g, facts, sc, sink);
    c[index_of(Component::Measurement)] = measurement(g, sc, sink);
    c[index_of(Component::BudgetFocus)] = budget_focus(g, sc, sink);
    c[index_of(Component::Integration)] = integration(g, sc, scratch, sink);
    c[index_of(Component::Journey)] = journey(g, facts, sc, sink);
    c[index_of(Component::Ownership)] = ownership(g, facts, sc, sink);
    c[index_of(Component::Return)] = return_component(g, facts, sc, sink);
    return c;
}

Overall combine(const ComponentScores& c) {
    Overall o;
    double weighted = 0;
    for (size_t i = 0; i < kComponentCount; ++i) {
        if (!c[i]) continue;
        const double w = component_weight(static_cast<Component>(i));
        o.completeness += w;
        weighted += w * *c[i];
    }
    if (o.completeness <= 0) return o;
    o.raw = weighted / o.completeness;
    const auto& link = c[index_of(Component::Linkage)];
    if (link) o.cap = 40 + 0.6 * *link;
    o.overall = o.cap ? std::min(*o.raw, *o.cap) : *o.raw;
    return o;
}

}  // namespace ab::scoring
