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

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
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
    static std::string percent_text(double share) {
        Words w;
        w.percent(share);
        return w.str();
    }
    std::string str() const { return spilled_ ? spill_ : std::string(buf_, len_); }
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
            *this << number_style().decimal;  // the reader's locale: "12,50" in German
            const char cents[2] = {static_cast<char>('0' + c / 10 % 10), static_cast<char>('0' + c % 10)};
            put(cents, 2);
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
        const std::string_view digits(out, n > 0 ? static_cast<size_t>(n) : 0);
        const size_t point = digits.find('.');
        if (point == std::string_view::npos) return *this << digits;
        return *this << digits.substr(0, point) << number_style().decimal << digits.substr(point + 1);
    }
    // 20250131 -> "2025-01-31", then in the reader's order ("31.01.2025")
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
        return *this << local_date(std::string_view(out, 10));
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
        // The reader's separator ("1.234" in German, none in Spanish's "1234"): up to 4 bytes (U+202F).
        const NumberStyle& style = number_style();
        const std::string_view sep = style.group.size() <= 4 ? std::string_view(style.group) : std::string_view(",");
        group_thousands = group_thousands && static_cast<int>(count) >= style.min_group_digits;
        char out[120];
        size_t len = 0;
        if (v < 0 && !(count == 1 && digits[0] == '0')) out[len++] = '-';
        for (size_t i = count; i-- > 0;) {
            out[len++] = digits[i];
            if (group_thousands && i > 0 && i % 3 == 0) {
                std::memcpy(out + len, sep.data(), sep.size());
                len += sep.size();
            }
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

const std::string& phase_text(Phase p) {
    switch (p) {
        case Phase::Pre: return i18n::tr("phase.pre");
        case Phase::Launch: return i18n::tr("phase.launch");
        case Phase::Post: return i18n::tr("phase.post");
        case Phase::None: break;
    }
    return i18n::tr("phase.none");
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
        next() << i18n::tr((problems & kNoMetric) && (problems & kNoUnit) ? "kpi_check.metric_unit"
                           : (problems & kNoMetric)                      ? "kpi_check.metric"
                                                                         : "kpi_check.unit");
    }
    if (problems & (kNoBaseline | kNoTarget)) {
        next() << i18n::tr((problems & kNoBaseline) && (problems & kNoTarget) ? "kpi_check.baseline_target"
                           : (problems & kNoBaseline)                        ? "kpi_check.baseline"
                                                                             : "kpi_check.target");
    }
    if (problems & kOwnerCount) {
        const uint32_t owners = problems >> 16;
        if (owners == 0) next() << i18n::tr("kpi_check.no_owner");
        else next() << i18n::tr_count("kpi_check.owners", owners);
    }
    if (problems & kWrongWay) {
        const bool down = problems & kGoesDown;
        Words t, b;
        t.quantity(target, unit);
        b.quantity(baseline, unit);
        next() << i18n::tr(down ? "kpi_check.target_below" : "kpi_check.target_above",
                           {{"target", t.str()}, {"baseline", b.str()}});
    }
    if (problems & (kNoDue | kBadDue | kDueEarly | kDueLate)) {
        if (problems & kNoDue) next() << i18n::tr("kpi_check.no_due");
        else if (problems & kBadDue) next() << i18n::tr("kpi_check.bad_due");
        else {
            Words d;
            d.date(due);
            const bool early = problems & kDueEarly;
            next() << i18n::tr(early ? "kpi_check.due_early" : "kpi_check.due_late",
                               {{"due", d.str()}, {"date", local_date(early ? settings.start : settings.end)}});
        }
    }
}

// An amount already written ("1.234") with its currency, as the reader's locale places it.
std::string money_text(const std::string& amount, const std::string& currency) {
    return with_currency(amount, currency);
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
    // A name in the language's quotes ("“x”", German "„x“").
    const auto q = [](std::string_view name) { return i18n::tr("quoted", {{"name", std::string(name)}}); };
    switch (r.code) {
        case Code::PlanEmpty: w << i18n::tr("finding.plan_empty"); break;
        case Code::PlanNoGoal: w << i18n::tr("finding.plan_no_goal"); break;
        case Code::TacticUntraced: {
            const IndexRange strategies = g.tactic_strategies.row(r.a);
            const std::string name = q(g.tactic_name(r.a));
            if (strategies.empty()) w << i18n::tr("finding.tactic_untraced", {{"name", name}});
            else if (strategies.size() == 1)
                w << i18n::tr("finding.tactic_untraced_one",
                              {{"name", name}, {"strategy", q(g.strategy_name(strategies.first[0]))}});
            else w << i18n::tr("finding.tactic_untraced_many", {{"name", name}});
            break;
        }
        case Code::GoalNoStrategy: w << i18n::tr("finding.goal_no_strategy", {{"goal", q(g.goal_name(r.a))}}); break;
        case Code::GoalNoTactic:
            w << i18n::tr(g.goal_strategies.count(r.a) > 0 ? "finding.goal_no_tactic" : "finding.goal_no_tactic_strategy",
                          {{"goal", q(g.goal_name(r.a))}});
            break;
        case Code::GoalNoBudget: w << i18n::tr("finding.goal_no_budget", {{"goal", q(g.goal_name(r.a))}}); break;
        case Code::ItemNoKpi:
            if (static_cast<Kind>(r.detail) == Kind::Goal)
                w << i18n::tr("finding.goal_no_kpi", {{"goal", q(g.goal_name(r.a))}});
            else
                w << i18n::tr("finding.strategy_no_kpi", {{"strategy", q(g.strategy_name(r.a))}});
            break;
        case Code::KpiIncomplete: {
            const Kpi& kpi = g.plan().kpis[r.a];
            w << i18n::tr("finding.kpi_incomplete", {{"kpi", q(g.kpi_name(r.a))}});
            kpi_checks_text(w, g, r.detail, r.b, r.x, r.y, kpi.unit);
            break;
        }
        case Code::PlanNoForecast: w << i18n::tr("finding.plan_no_forecast"); break;
        case Code::PushOutranked:
            w << i18n::tr("finding.push_outranked", {{"product", q(g.product_name(r.b))}, {"push", q(g.product_name(r.a))}});
            break;
        case Code::PushUnderfunded:
            w << i18n::tr("finding.push_underfunded", {{"push", q(g.product_name(r.a))},
                                                       {"share", Words::percent_text(r.x)},
                                                       {"due", Words::percent_text(r.y)}});
            break;
        case Code::ProductOverfunded:
            w << i18n::tr("finding.product_overfunded", {{"product", q(g.product_name(r.a))},
                                                         {"share", Words::percent_text(r.x)},
                                                         {"due", Words::percent_text(r.y)}});
            break;
        case Code::BudgetUnassigned:
            w << i18n::tr("finding.budget_unassigned",
                          {{"share", Words::percent_text(r.x)}, {"reserve", Words::percent_text(r.y)}});
            break;
        case Code::PlanNoBigPush: w << i18n::tr("finding.plan_no_big_push"); break;
        case Code::PushMissingChannel:
            w << i18n::tr("finding.push_missing_channel",
                          {{"push", q(g.product_name(r.a))}, {"channel", std::string(g.channels[r.b])}});
            break;
        case Code::PushMissingPhase:
            w << i18n::tr("finding.push_missing_phase",
                          {{"push", q(g.product_name(r.a))}, {"phase", phase_text(static_cast<Phase>(r.detail))}});
            break;
        case Code::TacticOffMessage: {
            const Tactic& tac = g.plan().tactics[r.a];
            w << i18n::tr(tac.message.empty() ? "finding.tactic_no_message" : "finding.tactic_off_message",
                          {{"name", q(g.tactic_name(r.a))},
                           {"message", q(tac.message)},
                           {"key", q(g.plan().products[r.b].key_message)},
                           {"push", q(g.product_name(r.b))}});
            break;
        }
        case Code::GoalMissingStage: {
            // The default stages get a sentence of their own; a plan's own stage names a generic one.
            const std::string_view stage = g.stages[r.b];
            const char* key = stage == "awareness"       ? "finding.goal_missing_awareness"
                              : stage == "consideration" ? "finding.goal_missing_consideration"
                              : stage == "purchase"      ? "finding.goal_missing_purchase"
                                                         : "finding.goal_missing_stage";
            w << i18n::tr(key, {{"goal", q(g.goal_name(r.a))}, {"stage", q(stage)}});
            break;
        }
        case Code::ItemOwnerCount: {
            std::string item;
            switch (static_cast<Kind>(r.detail)) {
                case Kind::Goal: item = i18n::tr("finding.the_goal", {{"name", q(g.goal_name(r.a))}}); break;
                case Kind::Strategy: item = i18n::tr("finding.the_strategy", {{"name", q(g.strategy_name(r.a))}}); break;
                case Kind::Tactic: item = i18n::tr("finding.the_tactic", {{"name", q(g.tactic_name(r.a))}}); break;
                case Kind::Kpi: item = i18n::tr("finding.the_kpi", {{"name", q(g.kpi_name(r.a))}}); break;
                default: item = i18n::tr("finding.the_push", {{"name", q(g.product_name(r.a))}}); break;
            }
            if (r.b == 0) w << i18n::tr("finding.item_no_owner", {{"item", item}});
            else w << i18n::tr_count("finding.item_owners", r.b, {{"item", item}});
            break;
        }
        case Code::GoalOneTeam:
            w << i18n::tr((r.detail & kTeamSales)       ? "finding.goal_only_sales"
                          : (r.detail & kTeamMarketing) ? "finding.goal_only_marketing"
                                                        : "finding.goal_no_team",
                          {{"goal", q(g.goal_name(r.a))}});
            break;
        case Code::GoalNoCustomerVoice:
            w << i18n::tr("finding.goal_no_customer_voice", {{"goal", q(g.goal_name(r.a))}});
            break;
        case Code::TacticNoReturn: {
            const std::string& currency = g.plan().settings.currency;
            // The budget as entered: the engine's copy stops at 1e15 (docs/scoring-notes.md).
            Words amount;
            amount.amount(g.plan().tactics[r.a].budget.value_or(0.0));
            w << i18n::tr("finding.tactic_no_return",
                          {{"name", q(g.tactic_name(r.a))}, {"money", money_text(amount.str(), currency)}});
            break;
        }
        case Code::GoalNoTarget:
            w << i18n::tr(g.primary_kpi[r.a] == kNoIndex ? "finding.goal_no_primary" : "finding.goal_no_target",
                          {{"goal", q(g.goal_name(r.a))}});
            break;
        case Code::GoalShortReturn:
            if (r.y > 0) {
                // Expected returns count in the unit of the goal's primary KPI (cafés, not money).
                const std::string& unit = g.plan().kpis[g.primary_kpi[r.a]].unit;
                Words expected, needed;
                expected.quantity(r.x, unit);
                needed.quantity(r.y, unit);
                w << i18n::tr("finding.goal_short_return",
                              {{"goal", q(g.goal_name(r.a))}, {"expected", expected.str()}, {"needed", needed.str()}});
                // A count needs saying what the returns count in; money or a share does not.
                if (!unit.empty() && unit != "%" && unit != g.plan().settings.currency && !currency_code(unit))
                    w << i18n::tr("finding.in_unit", {{"unit", unit}});
            } else {
                const bool down = g.plan().kpis[g.primary_kpi[r.a]].dir == Direction::Down;
                w << i18n::tr(down ? "finding.goal_target_not_below" : "finding.goal_target_not_above",
                              {{"goal", q(g.goal_name(r.a))}});
            }
            break;
    }
    w << std::string_view("", 1);  // the NUL that makes the message a C string, for ImGui
    w.append_to(text);
}

}  // namespace ab::scoring
