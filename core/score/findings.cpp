// Finding codes and ids (a contract: scoring.md's table) and how the engine raises them, with
// what each message depends on. Worth and order live in order.cpp, the wording in
// messages.cpp.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "score/findings.hpp"

namespace ab::scoring {

namespace {

using Code = FindingSink::Code;

struct CodeInfo {
    std::string_view name;
    std::optional<Component> component;
};

// Indexed by Code; alphabetical like the enum.
const CodeInfo kCodes[] = {
    {"budget.unassigned", Component::BudgetFocus},
    {"goal.missing_stage", Component::Journey},
    {"goal.no_budget", Component::Linkage},
    {"goal.no_customer_voice", Component::Ownership},
    {"goal.no_strategy", Component::Linkage},
    {"goal.no_tactic", Component::Linkage},
    {"goal.no_target", Component::Return},
    {"goal.one_team", Component::Ownership},
    {"goal.short_return", Component::Return},
    {"item.no_kpi", Component::Measurement},
    {"item.owner_count", Component::Ownership},
    {"kpi.incomplete", Component::Measurement},
    {"plan.empty", std::nullopt},
    {"plan.no_big_push", Component::Integration},
    {"plan.no_forecast", Component::BudgetFocus},
    {"plan.no_goal", Component::Linkage},
    {"product.overfunded", Component::BudgetFocus},
    {"push.missing_channel", Component::Integration},
    {"push.missing_phase", Component::Integration},
    {"push.outranked", Component::BudgetFocus},
    {"push.underfunded", Component::BudgetFocus},
    {"tactic.no_return", Component::Return},
    {"tactic.off_message", Component::Integration},
    {"tactic.untraced", Component::Linkage},
};

const CodeInfo& info(Code c) { return kCodes[static_cast<size_t>(c)]; }

}  // namespace

std::string_view FindingSink::code_name(Code c) { return info(c).name; }
std::optional<Component> FindingSink::code_component(Code c) { return info(c).component; }

// --- raising ----------------------------------------------------------------------------------------

void FindingSink::plan_empty() { add({Code::PlanEmpty}); }

void FindingSink::plan_no_goal(double gain) {
    Raw r{Code::PlanNoGoal};
    r.gain = gain;
    add(r);
}

void FindingSink::tactic_untraced(uint32_t t, double gain) {
    Raw r{Code::TacticUntraced};
    r.a = t;
    // The message names its strategy when it has exactly one.
    const IndexRange strategies = g_->tactic_strategies.row(t);
    r.b = strategies.size() == 1 ? strategies.first[0] : strategies.empty() ? kNoIndex : kNoIndex - 1;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_no_strategy(uint32_t g, double gain) {
    Raw r{Code::GoalNoStrategy};
    r.a = g;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_no_tactic(uint32_t g, double gain) {
    Raw r{Code::GoalNoTactic};
    r.a = g;
    r.detail = g_->goal_strategies.count(g) > 0;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_no_budget(uint32_t g, double gain) {
    Raw r{Code::GoalNoBudget};
    r.a = g;
    r.gain = gain;
    add(r);
}

void FindingSink::item_no_kpi(Kind kind, uint32_t index, double gain) {
    Raw r{Code::ItemNoKpi};
    r.detail = static_cast<uint32_t>(kind);
    r.a = index;
    r.gain = gain;
    add(r);
}

void FindingSink::kpi_incomplete(uint32_t k, double gain) {
    Raw r{Code::KpiIncomplete};
    r.a = k;
    r.detail = kpi_problems(*g_, k);
    const Kpi& kpi = g_->plan().kpis[k];
    r.b = date_number(kpi.due);
    r.x = kpi.baseline.value_or(0);
    r.y = kpi.target.value_or(0);
    r.gain = gain;
    add(r);
}

void FindingSink::plan_no_forecast() {
    Raw r{Code::PlanNoForecast};
    r.enables = true;
    add(r);
}

void FindingSink::push_outranked(uint32_t push, uint32_t product, double gain) {
    Raw r{Code::PushOutranked};
    r.a = push;
    r.b = product;
    r.gain = gain;
    add(r);
}

void FindingSink::push_underfunded(uint32_t push, double share, double fair, double gain) {
    Raw r{Code::PushUnderfunded};
    r.a = push;
    r.x = share;
    r.y = fair;
    r.gain = gain;
    add(r);
}

void FindingSink::product_overfunded(uint32_t product, double share, double fair, double gain) {
    Raw r{Code::ProductOverfunded};
    r.a = product;
    r.x = share;
    r.y = fair;
    r.gain = gain;
    add(r);
}

void FindingSink::budget_unassigned(double share, double reserve, double gain) {
    Raw r{Code::BudgetUnassigned};
    r.x = share;
    r.y = reserve;
    r.gain = gain;
    add(r);
}

void FindingSink::plan_no_big_push() {
    Raw r{Code::PlanNoBigPush};
    r.enables = true;
    add(r);
}

void FindingSink::push_missing_channel(uint32_t push, size_t channel, double gain) {
    Raw r{Code::PushMissingChannel};
    r.a = push;
    r.b = static_cast<uint32_t>(channel);
    r.gain = gain;
    add(r);
}

void FindingSink::push_missing_phase(uint32_t push, Phase phase, double gain) {
    Raw r{Code::PushMissingPhase};
    r.a = push;
    r.detail = static_cast<uint32_t>(phase);
    r.gain = gain;
    add(r);
}

void FindingSink::tactic_off_message(uint32_t t, uint32_t push, double gain) {
    Raw r{Code::TacticOffMessage};
    r.a = t;
    r.b = push;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_missing_stage(uint32_t g, size_t stage, double gain) {
    Raw r{Code::GoalMissingStage};
    r.a = g;
    r.b = static_cast<uint32_t>(stage);
    r.gain = gain;
    add(r);
}

void FindingSink::item_owner_count(Kind kind, uint32_t index, uint32_t owners, double gain) {
    Raw r{Code::ItemOwnerCount};
    r.detail = static_cast<uint32_t>(kind);
    r.a = index;
    r.b = owners;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_one_team(uint32_t g, uint8_t teams, double gain) {
    Raw r{Code::GoalOneTeam};
    r.a = g;
    r.detail = teams;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_no_customer_voice(uint32_t g, double gain) {
    Raw r{Code::GoalNoCustomerVoice};
    r.a = g;
    r.gain = gain;
    add(r);
}

void FindingSink::tactic_no_return(uint32_t t, double gain) {
    Raw r{Code::TacticNoReturn};
    r.a = t;
    r.x = g_->budget[t];
    r.gain = gain;
    add(r);
}

void FindingSink::goal_no_target(uint32_t g, double gain) {
    Raw r{Code::GoalNoTarget};
    r.a = g;
    r.detail = g_->primary_kpi[g] == kNoIndex;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_short_return(uint32_t g, double got, double need, double gain) {
    Raw r{Code::GoalShortReturn};
    r.a = g;
    r.detail = g_->primary_kpi[g] != kNoIndex && g_->plan().kpis[g_->primary_kpi[g]].dir == Direction::Down;
    r.x = got;
    r.y = need;
    r.gain = gain;
    add(r);
}

// --- ids ------------------------------------------------------------------------------------

bool FindingSink::Ids::operator<(const Ids& o) const {
    for (uint8_t i = 0; i < count && i < o.count; ++i)
        if (id[i] != o.id[i]) return id[i] < o.id[i];
    return count < o.count;
}

FindingSink::Ids FindingSink::ids_of(const Raw& r) const {
    const Plan& plan = g_->plan();
    auto item_id = [&](Kind kind, uint32_t i) -> std::string_view {
        switch (kind) {
            case Kind::Goal: return plan.goals[i].id.value;
            case Kind::Strategy: return plan.strategies[i].id.value;
            case Kind::Tactic: return plan.tactics[i].id.value;
            case Kind::Kpi: return plan.kpis[i].id.value;
            default: return plan.products[i].id.value;
        }
    };
    switch (r.code) {
        case Code::PlanEmpty:
        case Code::PlanNoGoal:
        case Code::PlanNoForecast:
        case Code::PlanNoBigPush:
        case Code::BudgetUnassigned: return {};
        case Code::TacticUntraced:
        case Code::TacticNoReturn: return {{item_id(Kind::Tactic, r.a)}, 1};
        case Code::TacticOffMessage: return {{item_id(Kind::Tactic, r.a), item_id(Kind::Product, r.b)}, 2};
        case Code::PushOutranked: return {{item_id(Kind::Product, r.a), item_id(Kind::Product, r.b)}, 2};
        case Code::PushUnderfunded:
        case Code::ProductOverfunded:
        case Code::PushMissingChannel:
        case Code::PushMissingPhase: return {{item_id(Kind::Product, r.a)}, 1};
        case Code::KpiIncomplete: return {{item_id(Kind::Kpi, r.a)}, 1};
        case Code::ItemNoKpi:
        case Code::ItemOwnerCount: return {{item_id(static_cast<Kind>(r.detail), r.a)}, 1};
        default: return {{item_id(Kind::Goal, r.a)}, 1};  // the goal.* codes
    }
}


}  // namespace ab::scoring
