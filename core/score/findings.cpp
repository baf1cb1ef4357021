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

FindingSink::Raw& FindingSink::raise(Code code, uint32_t a, double gain) {
    Raw& r = raw_.emplace_back(Raw{code});
    r.a = a;
    r.gain = gain;
    return r;
}

void FindingSink::plan_empty() { raise(Code::PlanEmpty); }
void FindingSink::plan_no_goal(double gain) { raise(Code::PlanNoGoal, 0, gain); }

void FindingSink::tactic_untraced(uint32_t t, double gain) {
    // The message names its strategy when it has exactly one.
    const IndexRange strategies = g_->tactic_strategies.row(t);
    raise(Code::TacticUntraced, t, gain).b =
        strategies.size() == 1 ? strategies.first[0] : strategies.empty() ? kNoIndex : kNoIndex - 1;
}

void FindingSink::goal_no_strategy(uint32_t g, double gain) { raise(Code::GoalNoStrategy, g, gain); }

void FindingSink::goal_no_tactic(uint32_t g, double gain) {
    raise(Code::GoalNoTactic, g, gain).detail = g_->goal_strategies.count(g) > 0;
}

void FindingSink::goal_no_budget(uint32_t g, double gain) { raise(Code::GoalNoBudget, g, gain); }

void FindingSink::item_no_kpi(Kind kind, uint32_t index, double gain) {
    raise(Code::ItemNoKpi, index, gain).detail = static_cast<uint32_t>(kind);
}

void FindingSink::kpi_incomplete(uint32_t k, double gain) {
    Raw& r = raise(Code::KpiIncomplete, k, gain);
    r.detail = kpi_problems(*g_, k);
    const Kpi& kpi = g_->plan().kpis[k];
    r.b = date_number(kpi.due);
    r.x = kpi.baseline.value_or(0);
    r.y = kpi.target.value_or(0);
}

void FindingSink::plan_no_forecast() { raise(Code::PlanNoForecast).enables = true; }

void FindingSink::push_outranked(uint32_t push, uint32_t product, double gain) {
    raise(Code::PushOutranked, push, gain).b = product;
}

void FindingSink::push_underfunded(uint32_t push, double share, double fair, double gain) {
    Raw& r = raise(Code::PushUnderfunded, push, gain);
    r.x = share;
    r.y = fair;
}

void FindingSink::product_overfunded(uint32_t product, double share, double fair, double gain) {
    Raw& r = raise(Code::ProductOverfunded, product, gain);
    r.x = share;
    r.y = fair;
}

void FindingSink::budget_unassigned(double share, double reserve, double gain) {
    Raw& r = raise(Code::BudgetUnassigned, 0, gain);
    r.x = share;
    r.y = reserve;
}

void FindingSink::plan_no_big_push() { raise(Code::PlanNoBigPush).enables = true; }

void FindingSink::push_missing_channel(uint32_t push, size_t channel, double gain) {
    raise(Code::PushMissingChannel, push, gain).b = static_cast<uint32_t>(channel);
}

void FindingSink::push_missing_phase(uint32_t push, Phase phase, double gain) {
    raise(Code::PushMissingPhase, push, gain).detail = static_cast<uint32_t>(phase);
}

void FindingSink::tactic_off_message(uint32_t t, uint32_t push, double gain) {
    raise(Code::TacticOffMessage, t, gain).b = push;
}

void FindingSink::goal_missing_stage(uint32_t g, size_t stage, double gain) {
    raise(Code::GoalMissingStage, g, gain).b = static_cast<uint32_t>(stage);
}

void FindingSink::item_owner_count(Kind kind, uint32_t index, uint32_t owners, double gain) {
    Raw& r = raise(Code::ItemOwnerCount, index, gain);
    r.detail = static_cast<uint32_t>(kind);
    r.b = owners;
}

void FindingSink::goal_one_team(uint32_t g, uint8_t teams, double gain) {
    raise(Code::GoalOneTeam, g, gain).detail = teams;
}

void FindingSink::goal_no_customer_voice(uint32_t g, double gain) { raise(Code::GoalNoCustomerVoice, g, gain); }

void FindingSink::tactic_no_return(uint32_t t, double gain) { raise(Code::TacticNoReturn, t, gain).x = g_->budget[t]; }

void FindingSink::goal_no_target(uint32_t g, double gain) {
    raise(Code::GoalNoTarget, g, gain).detail = g_->primary_kpi[g] == kNoIndex;
}

void FindingSink::goal_short_return(uint32_t g, double got, double need, double gain) {
    Raw& r = raise(Code::GoalShortReturn, g, gain);
    r.detail = g_->primary_kpi[g] != kNoIndex && g_->plan().kpis[g_->primary_kpi[g]].dir == Direction::Down;
    r.b = g_->primary_kpi[g];  // the message quotes amounts in this KPI's unit
    r.x = got;
    r.y = need;
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
