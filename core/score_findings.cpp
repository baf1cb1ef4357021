// Finding codes, ids and messages (what is wrong, with the item's name, and how to fix it), and
// their worth: the overall points fixing that one cause would bring, cap included. Codes and ids
// are a contract (scoring.md); the wording is for people and may change.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "score_findings.hpp"

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

// A message under construction: pieces go to a stack buffer, and the finished text is one
// allocation of the right size (growing a std::string piece by piece is what made messages slow,
// notably in WASM). Longer texts (very long names) spill into a std::string.
class Words {
public:
    Words& operator<<(std::string_view s) {
        put(s.data(), s.size());
        return *this;
    }
    // A name in typographic quotes.
    Words& q(std::string_view name) {
        put("\u201c", 3);
        put(name.data(), name.size());
        put("\u201d", 3);
        return *this;
    }
    Words& percent(double share) {
        integer(share * 100, false);
        put("%", 1);
        return *this;
    }
    // 1234567.8 -> "1,234,568"
    Words& amount(double v) {
        integer(v, true);
        return *this;
    }
    std::string take() { return spilled_ ? std::move(spill_) : std::string(buf_, len_); }

private:
    void put(const char* p, size_t n) {
        if (!spilled_ && len_ + n <= sizeof buf_) {
            std::memcpy(buf_ + len_, p, n);
            len_ += n;
            return;
        }
        if (!spilled_) {
            spill_.assign(buf_, len_);
            spilled_ = true;
        }
        spill_.append(p, n);
    }
    // Rounded to a whole number, by hand: snprintf's float formatting was the slowest thing here.
    void integer(double v, bool group_thousands) {
        if (!std::isfinite(v)) v = 0;
        double rounded = std::round(std::fabs(v));
        if (rounded > 1e18) rounded = 1e18;
        unsigned long long n = static_cast<unsigned long long>(rounded);
        char digits[24];
        size_t count = 0;
        do {
            digits[count++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n != 0);
        char out[40];
        size_t len = 0;
        if (v < 0 && !(count == 1 && digits[0] == '0')) out[len++] = '-';
        for (size_t i = count; i-- > 0;) {
            out[len++] = digits[i];
            if (group_thousands && i > 0 && i % 3 == 0) out[len++] = ',';
        }
        put(out, len);
    }

    char buf_[400];
    size_t len_ = 0;
    bool spilled_ = false;
    std::string spill_;
};

const char* phase_text(Phase p) {
    switch (p) {
        case Phase::Pre: return "pre-launch";
        case Phase::Launch: return "launch";
        case Phase::Post: return "post-launch";
        case Phase::None: break;
    }
    return "no phase";
}

// Quantized so that native and WASM builds tie the same findings.
long long ordering_key(double v) { return std::llround(v * 1e6); }

}  // namespace

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
    r.detail = static_cast<uint8_t>(kind);
    r.a = index;
    r.gain = gain;
    add(r);
}

void FindingSink::kpi_incomplete(uint32_t k, double gain) {
    Raw r{Code::KpiIncomplete};
    r.a = k;
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
    r.detail = static_cast<uint8_t>(phase);
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
    r.detail = static_cast<uint8_t>(kind);
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
    r.gain = gain;
    add(r);
}

void FindingSink::goal_no_target(uint32_t g, double gain) {
    Raw r{Code::GoalNoTarget};
    r.a = g;
    r.gain = gain;
    add(r);
}

void FindingSink::goal_short_return(uint32_t g, double got, double need, double gain) {
    Raw r{Code::GoalShortReturn};
    r.a = g;
    r.x = got;
    r.y = need;
    r.gain = gain;
    add(r);
}

// --- ids and words ------------------------------------------------------------------------------------

bool FindingSink::Ids::operator<(const Ids& o) const {
    for (uint8_t i = 0; i < count && i < o.count; ++i)
        if (id[i] != o.id[i]) return id[i] < o.id[i];
    return count < o.count;
}

FindingSink::Ids FindingSink::ids_of(const Raw& r) const {
    const Plan& plan = g_.plan;
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

Finding FindingSink::word(const Raw& r, const Ids& ids) const {
    const ScoreGraph& g = g_;
    Finding f;
    f.code = std::string(info(r.code).name);
    f.component = info(r.code).component;
    f.ids.reserve(ids.count);
    for (uint8_t i = 0; i < ids.count; ++i) f.ids.emplace_back(ids.id[i]);
    Words w;
    switch (r.code) {
        case Code::PlanEmpty: w << "Add a sales goal: the plan is scored against what sales wants to achieve"; break;
        case Code::PlanNoGoal: w << "The plan has tactics but no sales goal: add the sales goal they are meant to serve"; break;
        case Code::TacticUntraced: {
            w.q(g.tactic_name(r.a)) << " reaches no sales goal: ";
            const IndexRange strategies = g.tactic_strategies.row(r.a);
            if (strategies.empty()) w << "link it to a strategy";
            else if (strategies.size() == 1) (w << "link its strategy ").q(g.strategy_name(strategies.first[0])) << " to a goal";
            else w << "link one of its strategies to a goal";
            break;
        }
        case Code::GoalNoStrategy: (w << "No strategy serves ").q(g.goal_name(r.a)) << ": link a strategy to it"; break;
        case Code::GoalNoTactic:
            (w << "No tactic works toward ").q(g.goal_name(r.a))
                << (g.goal_strategies.count(r.a) > 0 ? ": link a tactic to one of its strategies"
                                                     : ": give it a strategy and link tactics to that strategy");
            break;
        case Code::GoalNoBudget:
            (w << "None of the tactics for ").q(g.goal_name(r.a)) << " has a budget: fund the ones that move it";
            break;
        case Code::ItemNoKpi:
            if (static_cast<Kind>(r.detail) == Kind::Goal)
                (w << "Goal ").q(g.goal_name(r.a)) << " has no KPI: add the number that says whether it is met";
            else
                (w << "Strategy ").q(g.strategy_name(r.a)) << " has no KPI: add one that shows whether it works";
            break;
        case Code::KpiIncomplete: {
            const uint8_t checks = g.kpi_checks[r.a];
            const char* fixes[5];
            size_t n = 0;
            if (!(checks & kKpiSpecific)) fixes[n++] = "name its metric and unit";
            if (!(checks & kKpiMeasurable)) fixes[n++] = "give it a numeric baseline and target";
            if (!(checks & kKpiAssignable))
                fixes[n++] = g.kpi_owners[r.a].count == 0 ? "name one owner" : "keep one owner, not several";
            if ((checks & kKpiMeasurable) && !(checks & kKpiRealistic))
                fixes[n++] = g.plan.kpis[r.a].dir == Direction::Down
                                 ? "set a target below the baseline (it should go down)"
                                 : "set a target above the baseline";
            if (!(checks & kKpiTimeBound)) fixes[n++] = "set a due date inside the plan period";
            (w << "KPI ").q(g.kpi_name(r.a)) << " is not SMART yet: ";
            for (size_t i = 0; i < n; ++i) w << (i == 0 ? "" : i + 1 == n ? " and " : ", ") << fixes[i];
            break;
        }
        case Code::PlanNoForecast:
            w << "No product has a sales forecast: enter the forecasts so the budget can follow sales";
            break;
        case Code::PushOutranked:
            w.q(g.product_name(r.b)) << " is forecast to sell more than big push ";
            w.q(g.product_name(r.a)) << ": make it a big push or check the forecasts";
            break;
        case Code::PushUnderfunded:
            (w << "Big push ").q(g.product_name(r.a)) << " gets ";
            w.percent(r.x) << " of the budget against a fair share of ";
            w.percent(r.y) << ": move budget to its tactics";
            break;
        case Code::ProductOverfunded:
            w.q(g.product_name(r.a)) << " gets ";
            w.percent(r.x) << " of the budget against a fair share of ";
            w.percent(r.y) << ": move budget to the big pushes";
            break;
        case Code::BudgetUnassigned:
            w.percent(r.x) << " of the budget is tied to no product (the brand reserve allows ";
            w.percent(r.y) << "): link those tactics to the products they sell";
            break;
        case Code::PlanNoBigPush:
            w << "No big push is named: mark the products sales wants pushed this season as big pushes";
            break;
        case Code::PushMissingChannel:
            (w << "Big push ").q(g.product_name(r.a)) << " has no " << g.channels[r.b]
                << " tactic: add one so every channel carries it";
            break;
        case Code::PushMissingPhase: {
            const char* phase = phase_text(static_cast<Phase>(r.detail));
            (w << "Big push ").q(g.product_name(r.a)) << " has nothing in " << phase << ": add a " << phase
                << " tactic for it";
            break;
        }
        case Code::TacticOffMessage: {
            const Tactic& tac = g.plan.tactics[r.a];
            w.q(g.tactic_name(r.a)) << " has ";
            if (tac.message.empty()) w << "no message";
            else (w << "message ").q(tac.message);
            (w << ", not the key message ").q(g.plan.products[r.b].key_message);
            (w << " of big push ").q(g.product_name(r.b)) << ": use the key message";
            break;
        }
        case Code::GoalMissingStage:
            (w << "No tactic for ").q(g.goal_name(r.a)) << " covers the " << g.stages[r.b]
                << " stage: add one so customers get from " << g.stages[r.b] << " to the sale";
            break;
        case Code::ItemOwnerCount: {
            switch (static_cast<Kind>(r.detail)) {
                case Kind::Goal: (w << "Goal ").q(g.goal_name(r.a)); break;
                case Kind::Strategy: (w << "Strategy ").q(g.strategy_name(r.a)); break;
                case Kind::Tactic: (w << "Tactic ").q(g.tactic_name(r.a)); break;
                case Kind::Kpi: (w << "KPI ").q(g.kpi_name(r.a)); break;
                default: (w << "Big push ").q(g.product_name(r.a)); break;
            }
            if (r.b == 0) w << " has no owner: name one accountable person";
            else w << " has " << std::to_string(r.b) << " owners: keep one accountable person";
            break;
        }
        case Code::GoalOneTeam:
            if (r.detail & kTeamSales)
                (w << "Only sales owns ").q(g.goal_name(r.a)) << " and its plan: give a strategy or tactic a marketing owner";
            else if (r.detail & kTeamMarketing)
                (w << "Only marketing owns ").q(g.goal_name(r.a)) << " and its plan: make a sales person own the goal";
            else
                (w << "Neither sales nor marketing owns ").q(g.goal_name(r.a))
                    << " or its plan: name a sales and a marketing owner";
            break;
        case Code::GoalNoCustomerVoice:
            (w << "No customer insight feeds ").q(g.goal_name(r.a))
                << ": add what sales hears from customers to the goal or to its products";
            break;
        case Code::TacticNoReturn: {
            const std::string& currency = g.plan.settings.currency;
            w.q(g.tactic_name(r.a)) << " spends ";
            w.amount(g.budget[r.a]) << (currency.empty() ? "" : " ") << currency
                                    << " with no expected return: estimate what it brings in";
            break;
        }
        case Code::GoalNoTarget:
            if (g.primary_kpi[r.a] == kNoIndex)
                w.q(g.goal_name(r.a)) << " has no primary KPI: pick the KPI that says it is met and give it a baseline and target";
            else
                (w << "The primary KPI of ").q(g.goal_name(r.a)) << " lacks a numeric baseline or target: set both";
            break;
        case Code::GoalShortReturn:
            if (r.y > 0) {
                (w << "Tactics for ").q(g.goal_name(r.a)) << " are expected to bring ";
                w.amount(r.x) << " of the ";
                w.amount(r.y) << " it needs: add tactics or raise their expected return";
            } else {
                const bool down = g.plan.kpis[g.primary_kpi[r.a]].dir == Direction::Down;
                (w << "The target of the primary KPI of ").q(g.goal_name(r.a))
                    << " does not move past its baseline: set a target " << (down ? "below" : "above")
                    << " the baseline";
            }
            break;
    }
    f.message = w.take();
    return f;
}

// --- worth and order --------------------------------------------------------------------------------

std::vector<Finding> FindingSink::finish(const ComponentScores& components, const Overall& o) {
    struct Keyed {
        bool empty;  // plan.empty goes first
        Code code;
        long long worth, local;
        uint64_t id_prefix;  // first id's first 8 bytes, big-endian: orders most ties without strcmp
        double worth_value;
        uint32_t index;
    };
    std::vector<Keyed> keys(raw_.size());
    std::vector<Ids> ids(raw_.size());
    const double base = o.overall.value_or(0);
    for (size_t i = 0; i < raw_.size(); ++i) {
        const Raw& r = raw_[i];
        double worth = 0, local = 0;
        const std::optional<Component> comp = info(r.code).component;
        if (r.code == Code::PlanEmpty) {
            worth = local = 100;
        } else if (comp) {
            const double w = component_weight(*comp);
            double after = base;
            if (r.enables || !components[static_cast<size_t>(*comp)] || !o.raw) {
                // The component would start to count; assume it comes in whole.
                local = w;
                const double raw = o.raw ? (*o.raw * o.completeness + w * 100) / (o.completeness + w) : 100.0;
                after = o.cap ? std::min(raw, *o.cap) : raw;
            } else {
                local = w * r.gain / 100;
                const double raw = *o.raw + w * r.gain / o.completeness;
                after = raw;
                if (o.cap) after = std::min(raw, *o.cap + (*comp == Component::Linkage ? 0.6 * r.gain : 0.0));
            }
            worth = std::max(0.0, after - base);
        }
        ids[i] = ids_of(r);
        uint64_t prefix = 0;
        const std::string_view first = ids[i].count > 0 ? ids[i].id[0] : std::string_view();
        for (size_t c = 0; c < 8; ++c)
            prefix = prefix << 8 | (c < first.size() ? static_cast<unsigned char>(first[c]) : 0u);
        keys[i] = {r.code == Code::PlanEmpty, r.code, ordering_key(worth), ordering_key(local), prefix, worth,
                   static_cast<uint32_t>(i)};
    }
    // The index breaks the last ties, so plain std::sort gives a stable, deterministic order.
    std::sort(keys.begin(), keys.end(), [&](const Keyed& a, const Keyed& b) {
        if (a.empty != b.empty) return a.empty;
        if (a.worth != b.worth) return a.worth > b.worth;
        if (a.local != b.local) return a.local > b.local;
        if (a.code != b.code) return a.code < b.code;
        if (a.id_prefix != b.id_prefix) return a.id_prefix < b.id_prefix;
        if (ids[a.index] < ids[b.index]) return true;
        if (ids[b.index] < ids[a.index]) return false;
        return a.index < b.index;
    });
    std::vector<Finding> out;
    out.reserve(raw_.size());
    for (const Keyed& k : keys) {
        out.push_back(word(raw_[k.index], ids[k.index]));
        out.back().worth = k.worth_value;
    }
    raw_.clear();
    return out;
}

}  // namespace ab::scoring
