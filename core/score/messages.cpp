// Finding messages: what is wrong, naming the item (its id when it has no name), and how to fix
// it. Built once per finding after ordering, into a stack buffer, then appended to the text all
// findings of the score share, because a 10,000-item plan has thousands of findings and the
// score must stay within a couple of milliseconds.
//
// Sections: Words (the stack buffer messages are written into) and item naming | phase and KPI
// check wording | kpi_problems | FindingSink::word (one message per finding kind).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "score/findings.hpp"

namespace ab::scoring {

namespace {

// "cafés" -> "café", "bakeries" -> "bakery", "units" -> "unit": a unit typed in the plural, for
// an amount of exactly one. A unit that does not end in a lower-case plural s ("USD", "kg",
// "glass", "bonus") stays as it is.
std::string singular(std::string_view unit) {
    const size_t n = unit.size();
    if (n < 3 || unit[n - 1] != 's' || unit[n - 2] == 's' || unit[n - 2] == 'u' || unit[n - 2] == 'i')
        return std::string(unit);
    if (n > 3 && unit.substr(n - 3) == "ies") return std::string(unit.substr(0, n - 3)) + "y";
    return std::string(unit.substr(0, n - 1));
}

// A message under construction: pieces go to a stack buffer, and the finished text is one
// append (growing a std::string piece by piece is what made messages slow, notably in WASM).
// Longer texts (very long names) spill into a std::string.
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
    // 1234567.8 -> "1,234,568"; under a thousand, amounts keep their cents (12.5 -> "12.50") and
    // smaller fractions three significant digits (0.0042 -> "0.0042"), so none rounds to 0 or 1.
    // From 1e18 on (past what `integer` can hold) three significant digits: "1e+308".
    Words& amount(double v) {
        const double a = std::fabs(v);
        if (std::isfinite(v) && a >= 1e18) return significant(v);
        if (!std::isfinite(v) || a >= 1000 || std::fabs(v - std::round(v)) < 1e-9) {
            integer(v, true);
            return *this;
        }
        if (a >= 1 || std::fabs(v * 100 - std::round(v * 100)) < 1e-6) {
            const long long c = std::llround(a * 100);
            if (v < 0) put("-", 1);
            integer(static_cast<double>(c / 100), false);
            const char cents[3] = {'.', static_cast<char>('0' + c / 10 % 10), static_cast<char>('0' + c % 10)};
            put(cents, 3);
            return *this;
        }
        return significant(v);
    }
    // An amount in a KPI's unit as people write it: "3 cafés", "1 café" (a typed plural loses
    // its s at exactly one), "12%", "5,400 USD"; no unit, the bare amount. A message never
    // quotes a count as money, nor money without its currency.
    Words& quantity(double v, std::string_view unit) {
        amount(v);
        if (unit.empty()) return *this;
        if (unit == "%") return *this << "%";
        *this << " ";
        if (std::fabs(std::fabs(v) - 1) < 1e-12) return *this << singular(unit);
        return *this << unit;
    }
    // Three significant digits.
    Words& significant(double v) {
        char out[32];
        const int n = std::snprintf(out, sizeof out, "%.3g", v);
        put(out, n > 0 ? static_cast<size_t>(n) : 0);
        return *this;
    }
    // 20250131 -> "2025-01-31"
    Words& date(uint32_t d) {
        char out[10];
        for (int i = 9; i >= 0; --i) {
            if (i == 4 || i == 7) {
                out[i] = '-';
                continue;
            }
            out[i] = static_cast<char>('0' + d % 10);
            d /= 10;
        }
        put(out, 10);
        return *this;
    }
    void append_to(std::string& out) const {
        if (spilled_) out += spill_;
        else out.append(buf_, len_);
    }

private:
    void put(const char* p, size_t n) {
        if (!spilled_ && len_ + n <= sizeof buf_) {
            copy_small(buf_ + len_, p, n);
            len_ += n;
            return;
        }
        if (!spilled_) {
            spill_.assign(buf_, len_);
            spilled_ = true;
        }
        spill_.append(p, n);
    }
    // Most pieces are a few words long: fixed-size copies (overlapping at the end) instead of a
    // call to memcpy for each, which was the biggest cost of wording thousands of findings.
    static void copy_small(char* d, const char* p, size_t n) {
        if (n >= 8) {
            size_t i = 0;
            for (; i + 8 <= n; i += 8) std::memcpy(d + i, p + i, 8);
            if (i < n) std::memcpy(d + n - 8, p + n - 8, 8);
        } else if (n >= 4) {
            std::memcpy(d, p, 4);
            std::memcpy(d + n - 4, p + n - 4, 4);
        } else if (n > 0) {
            d[0] = p[0];
            d[n / 2] = p[n / 2];
            d[n - 1] = p[n - 1];
        }
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

// "USD", "EUR": three capital letters read as money, which needs no "(in ...)" after it.
bool currency_code(std::string_view unit) {
    return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

const char* phase_text(Phase p) {
    switch (p) {
        case Phase::Pre: return "pre-launch";
        case Phase::Launch: return "launch";
        case Phase::Post: return "post-launch";
        case Phase::None: break;
    }
    return "no phase";
}

// Bits of kpi_problems.
constexpr uint32_t kNoMetric = 1, kNoUnit = 2, kNoBaseline = 4, kNoTarget = 8;
constexpr uint32_t kWrongWay = 16;  // measurable, but the target does not move in `dir` from the baseline
constexpr uint32_t kGoesDown = 32;
constexpr uint32_t kNoDue = 64, kBadDue = 128, kDueEarly = 256, kDueLate = 512;
constexpr uint32_t kOwnerCount = 1024;  // not exactly one owner (the count is in the high 16 bits)

// What each failing check of the five (scoring.md's order) asks for, in plain words: a baker
// need not know what "SMART" stands for to fix a KPI. Joined with "; ".
void kpi_checks_text(Words& w, const ScoreGraph& g, uint32_t problems, uint32_t due, double baseline, double target,
                     std::string_view unit) {
    const Settings& settings = g.plan().settings;
    bool first = true;
    auto next = [&]() -> Words& {
        if (!first) w << "; ";
        first = false;
        return w;
    };
    if (problems & (kNoMetric | kNoUnit)) {
        next() << ((problems & kNoMetric) && (problems & kNoUnit)
                       ? "say what it counts and in what unit (cafés, USD, %)"
                   : (problems & kNoMetric) ? "say what it counts"
                                            : "give it a unit (cafés, USD, %)");
    }
    if (problems & (kNoBaseline | kNoTarget)) {
        next() << ((problems & kNoBaseline) && (problems & kNoTarget)
                       ? "give it a starting number (baseline) and a target number"
                   : (problems & kNoBaseline) ? "give it a starting number (baseline)"
                                              : "give it a target number");
    }
    if (problems & kOwnerCount) {
        const uint32_t owners = problems >> 16;
        if (owners == 0) next() << "name the one person who owns it";
        else next() << "it has " << std::to_string(owners) << " owners: keep one";
    }
    if (problems & kWrongWay) {
        const bool down = problems & kGoesDown;
        next() << "its target ";
        w.quantity(target, unit) << " should be " << (down ? "below" : "above") << " its starting number ";
        w.quantity(baseline, unit);
        if (down) w << " (lower is better for it)";
    }
    if (problems & (kNoDue | kBadDue | kDueEarly | kDueLate)) {
        if (problems & kNoDue) next() << "give it a due date";
        else if (problems & kBadDue) next() << "write its due date as YYYY-MM-DD";
        else if (problems & kDueEarly) (next() << "its due date ").date(due) << " is before the plan starts (" << settings.start << ")";
        else (next() << "its due date ").date(due) << " is after the plan ends (" << settings.end << ")";
    }
}

}  // namespace

uint32_t kpi_problems(const ScoreGraph& g, uint32_t k) {
    const Kpi& kpi = g.plan().kpis[k];
    const uint8_t checks = g.kpi_checks[k];
    uint32_t p = 0;
    if (!(checks & kKpiSpecific)) p |= (kpi.metric.empty() ? kNoMetric : 0) | (kpi.unit.empty() ? kNoUnit : 0);
    if (!(checks & kKpiMeasurable))
        p |= (kpi.baseline && std::isfinite(*kpi.baseline) ? 0 : kNoBaseline) |
             (kpi.target && std::isfinite(*kpi.target) ? 0 : kNoTarget);
    if (!(checks & kKpiAssignable)) p |= kOwnerCount | std::min<uint32_t>(g.kpi_owners[k].count, 0xFFFF) << 16;
    if ((checks & kKpiMeasurable) && !(checks & kKpiRealistic)) p |= kWrongWay;
    if (kpi.dir == Direction::Down) p |= kGoesDown;
    if (!(checks & kKpiTimeBound)) {
        const uint32_t due = date_number(kpi.due);
        const uint32_t start = date_number(g.plan().settings.start);
        if (kpi.due.empty()) p |= kNoDue;
        else if (due == 0) p |= kBadDue;
        else if (start != 0 && due < start) p |= kDueEarly;
        else p |= kDueLate;
    }
    return p;
}

void FindingSink::word(const Raw& r, const Ids& ids, std::string& text) const {
    const ScoreGraph& g = *g_;
    Words w;
    for (uint8_t i = 0; i < ids.count; ++i) w << ids.id[i];
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
                (w << "Strategy ").q(g.strategy_name(r.a)) << " has no KPI: add the number that shows whether it works";
            break;
        case Code::KpiIncomplete: {
            const Kpi& kpi = g.plan().kpis[r.a];
            (w << "KPI ").q(g.kpi_name(r.a)) << " cannot be checked yet: ";
            kpi_checks_text(w, g, r.detail, r.b, r.x, r.y, kpi.unit);
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
            w.percent(r.x) << " of the budget, less than the ";
            w.percent(r.y) << " its sales forecast calls for: move budget to its tactics";
            break;
        case Code::ProductOverfunded:
            w.q(g.product_name(r.a)) << " gets ";
            w.percent(r.x) << " of the budget, more than the ";
            w.percent(r.y) << " its sales forecast calls for: move budget to the big pushes";
            break;
        case Code::BudgetUnassigned:
            w.percent(r.x) << " of the budget sells no product, more than the ";
            w.percent(r.y) << " kept for the brand as a whole (the brand reserve): link those tactics to the products they sell";
            break;
        case Code::PlanNoBigPush:
            w << "No product is a big push (a product sales wants sold most this season): tick Big push on those "
                 "products, or add one";
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
            const Tactic& tac = g.plan().tactics[r.a];
            w.q(g.tactic_name(r.a)) << " has ";
            if (tac.message.empty()) w << "no message";
            else (w << "message ").q(tac.message);
            (w << ", not the key message ").q(g.plan().products[r.b].key_message);
            (w << " of big push ").q(g.product_name(r.b)) << ": use the key message";
            break;
        }
        case Code::GoalMissingStage: {
            // The default stages get a sentence of their own; a plan's own stage names a generic one.
            const std::string_view stage = g.stages[r.b];
            (w << "No tactic for ").q(g.goal_name(r.a));
            if (stage == "awareness")
                w << " builds awareness: add one that makes new customers aware of what you sell";
            else if (stage == "consideration")
                w << " works on consideration: add one that helps customers weigh your offer against others";
            else if (stage == "purchase")
                w << " helps customers buy: add one that turns interest into a purchase";
            else
                (w << " covers ").q(stage)
                    << ", a step customers go through on the way to buying (a journey stage): add one for that step";
            break;
        }
        case Code::ItemOwnerCount: {
            switch (static_cast<Kind>(r.detail)) {
                case Kind::Goal: (w << "Goal ").q(g.goal_name(r.a)); break;
                case Kind::Strategy: (w << "Strategy ").q(g.strategy_name(r.a)); break;
                case Kind::Tactic: (w << "Tactic ").q(g.tactic_name(r.a)); break;
                case Kind::Kpi: (w << "KPI ").q(g.kpi_name(r.a)); break;
                default: (w << "Big push ").q(g.product_name(r.a)); break;
            }
            if (r.b == 0) w << " has no owner: name the one person who answers for it";
            else w << " has " << std::to_string(r.b) << " owners: keep the one person who answers for it";
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
            const std::string& currency = g.plan().settings.currency;
            w.q(g.tactic_name(r.a)) << " spends ";
            // The budget as entered: the engine's copy stops at 1e15 (docs/scoring-notes.md).
            w.amount(g.plan().tactics[r.a].budget.value_or(0.0)) << (currency.empty() ? "" : " ") << currency
                                    << " with no expected return: estimate what it brings in";
            break;
        }
        case Code::GoalNoTarget:
            if (g.primary_kpi[r.a] == kNoIndex)
                w.q(g.goal_name(r.a)) << " has no primary KPI (the one number that says it is met): pick it and give it "
                                         "a starting number and a target";
            else
                (w << "The primary KPI of ").q(g.goal_name(r.a))
                    << " lacks a starting number (baseline) or a target: set both";
            break;
        case Code::GoalShortReturn:
            if (r.y > 0) {
                // Expected returns count in the unit of the goal's primary KPI (cafés, not money).
                const std::string& unit = g.plan().kpis[g.primary_kpi[r.a]].unit;
                (w << "Tactics for ").q(g.goal_name(r.a)) << " are expected to bring ";
                w.quantity(r.x, unit) << " of the ";
                w.quantity(r.y, unit) << " it needs: add tactics or raise their expected return";
                // A count needs saying what the returns count in; money or a share does not.
                if (!unit.empty() && unit != "%" && unit != g.plan().settings.currency && !currency_code(unit))
                    w << " (in " << unit << ")";
            } else {
                const bool down = g.plan().kpis[g.primary_kpi[r.a]].dir == Direction::Down;
                (w << "The target of the primary KPI of ").q(g.goal_name(r.a))
                    << " does not move past its starting number: set a target " << (down ? "below" : "above")
                    << " the starting number";
            }
            break;
    }
    w << std::string_view("", 1);  // the NUL that makes the message a C string, for ImGui
    w.append_to(text);
}

}  // namespace ab::scoring
