// The plan as a Markdown report a person can read or paste into a wiki: header, alignment score,
// the outline Goal > Strategy > Tactic with KPIs, budget tables and the tactics no goal explains.
// Every piece of plan text is escaped so a name can never turn into markup.
//
// Sections: number and label helpers | Report: build (the order of the sections), header,
// alignment, outline (kpis, tactic_line, strategy_block), budget, untraced | export_markdown.
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "export/export.hpp"
#include "export/markdown_text.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "model/kinds.hpp"
#include "score/advice/explain.hpp"

namespace ab {

namespace {

// Plan text and ids go through markdown_text.hpp, which says what each escape defuses.
std::string md_text(const std::string& text) { return markdown_text(text); }
std::string md_code(const std::string& text) { return markdown_code(text); }

// Scores and shares to one decimal; "-" for a value that is not a number (see percent).
std::string one_decimal(double v) {
    if (!std::isfinite(v)) return "-";
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.1f", round1(v));
    return buf;
}

// The share `part` is of `whole`, or "-" when it has none: no budget at all (whole 0), or sums
// past the largest double (budgets near 1e308 add up to infinity, and infinity over infinity is
// not a number). Divides first so 100 * part cannot overflow.
std::string percent(double part, double whole) {
    if (!(whole > 0) || !std::isfinite(whole) || !std::isfinite(part)) return "-";
    return one_decimal(100.0 * (part / whole)) + "%";
}

const char* phase_label(Phase phase) {
    switch (phase) {
        case Phase::Pre: return "pre-launch";
        case Phase::Launch: return "launch";
        case Phase::Post: return "post-launch";
        case Phase::None: break;
    }
    return "no phase";
}

// "Goal `G1`": an outline entry's kind and id.
std::string kind_and_id(Kind kind, const std::string& id) { return kind_info(kind).label + (" " + md_code(id)); }

class Report {
public:
    Report(const Plan& plan, const Scores* scores)
        : plan_(plan), scores_(scores), totals_(budget_totals(plan)), reached_(goals_reached(plan)) {
        for (const auto& p : plan.people) person_name_[p.id.value] = p.name.empty() ? p.id.value : p.name;
        for (const auto& p : plan.products) product_name_[p.id.value] = p.name.empty() ? p.id.value : p.name;
        for (size_t i = 0; i < plan.goals.size(); ++i) item_at_[plan.goals[i].id.value] = i;
        for (size_t i = 0; i < plan.strategies.size(); ++i) item_at_[plan.strategies[i].id.value] = i;
        for (size_t i = 0; i < plan.tactics.size(); ++i) item_at_[plan.tactics[i].id.value] = i;
        for (size_t i = 0; i < plan.kpis.size(); ++i) kpis_on_[plan.kpis[i].on.id].push_back(i);

        strategies_of_goal_.resize(plan.goals.size());
        std::unordered_map<std::string, size_t> goal_at;
        for (size_t i = 0; i < plan.goals.size(); ++i) goal_at[plan.goals[i].id.value] = i;
        for (size_t s = 0; s < plan.strategies.size(); ++s) {
            for (const auto& gid : plan.strategies[s].goals) {
                auto it = goal_at.find(gid.value);
                if (it == goal_at.end()) continue;
                auto& list = strategies_of_goal_[it->second];
                if (list.empty() || list.back() != s) list.push_back(s);
            }
        }
        tactics_of_strategy_.resize(plan.strategies.size());
        std::unordered_map<std::string, size_t> strategy_at;
        for (size_t i = 0; i < plan.strategies.size(); ++i) strategy_at[plan.strategies[i].id.value] = i;
        for (size_t t = 0; t < plan.tactics.size(); ++t) {
            for (const auto& sid : plan.tactics[t].strategies) {
                auto it = strategy_at.find(sid.value);
                if (it == strategy_at.end()) continue;
                auto& list = tactics_of_strategy_[it->second];
                if (list.empty() || list.back() != t) list.push_back(t);
            }
        }
        if (scores) {
            for (const auto& [id, g] : scores->goals)
                if (g.overall) goal_score_[id] = *g.overall;
            for (const auto& [id, v] : scores->strategies) strategy_score_[id] = v;
        }
    }

    std::string build() {
        header();
        alignment();
        outline();
        budget();
        untraced();
        return std::move(out_);
    }

private:
    // Shares of split budgets (1/3 of a tactic) are shown to the cent, not to 17 digits.
    // A sum past the largest double says so instead of printing nothing.
    std::string money(double v) const {
        const std::string& currency = plan_.settings.currency;
        if (!std::isfinite(v)) return "too large to add up";
        // In the reader's digits ("1.234,50 EUR" in German); the code, not a symbol, so it is unambiguous.
        return localize_digits(money_to_cent(v)) + (currency.empty() ? "" : " " + md_text(currency));
    }

    std::string owners(const LinkSet<PersonId>& ids) const {
        if (ids.empty()) return "no owner";
        std::string s = ids.size() == 1 ? "owner " : "owners ";
        for (size_t i = 0; i < ids.size(); ++i) {
            if (i) s += ", ";
            auto it = person_name_.find(ids[i].value);
            s += md_text(it != person_name_.end() ? it->second : ids[i].value);
        }
        return s;
    }

    static std::string or_placeholder(const std::string& text, const char* placeholder) {
        return text.empty() ? placeholder : md_text(text);
    }

    void header() {
        const Settings& s = plan_.settings;
        out_ += "# " + (s.name.empty() ? i18n::tr("plan.untitled") : md_text(s.name)) + "\n\n";
        std::string period;
        if (s.start.empty() && s.end.empty()) period = "not set";
        else period = (s.start.empty() ? "?" : s.start) + " to " + (s.end.empty() ? "?" : s.end);
        out_ += "- Period: " + md_text(period) + "\n";
        out_ += "- " + i18n::tr("plan.currency") + ": " + or_placeholder(s.currency, i18n::tr("md.not_set").c_str()) + "\n";
        auto count = [](size_t n, Kind kind) {
            return grouped_number(static_cast<double>(n)) + " " + kind_info(kind).nouns;
        };
        out_ += "- Items: " + count(plan_.goals.size(), Kind::Goal) + ", " + count(plan_.strategies.size(), Kind::Strategy) +
                ", " + count(plan_.tactics.size(), Kind::Tactic) + ", " + count(plan_.kpis.size(), Kind::Kpi) + ", " +
                count(plan_.products.size(), Kind::Product) + "\n";
        out_ += "- " + i18n::tr("inspector.total_budget") + ": " + money(totals_.total) + "\n";
        if (!s.brand_key.empty()) out_ += "- Brand key: " + md_text(s.brand_key) + "\n";
        out_ += "\n";
    }

    void alignment() {
        if (!scores_) return;
        const Scores& sc = *scores_;
        out_ += "## " + i18n::tr("md.alignment") + "\n\n";
        if (sc.overall) {
            out_ += "**" + one_decimal(*sc.overall) + " / 100**";
            std::string details;
            if (sc.raw && sc.cap && *sc.raw > *sc.cap)
                details = "capped at " + one_decimal(*sc.cap) + " by linkage, raw " + one_decimal(*sc.raw) + "; ";
            details += "completeness " + exact_number(round1(sc.completeness)) + "%";
            out_ += " (" + details + ")\n\n";
            out_ += "| " + i18n::tr("md.component") + " | " + i18n::tr("md.weight") + " | " + i18n::tr("md.score") +
                    " |\n| --- | ---: | ---: |\n";
            for (size_t i = 0; i < kComponentCount; ++i) {
                const auto c = static_cast<Component>(i);
                const auto& v = sc.components[i];
                out_ += std::string("| ") + component_words(c).title + " | " + exact_number(component_weight(c)) + " | " +
                        (v ? one_decimal(*v) : std::string("not scored")) + " |\n";
            }
            out_ += "\n";
        } else {
            out_ += "Not scored yet: the plan needs a sales goal to be measured against.\n\n";
        }
        if (sc.findings.empty()) {
            out_ += "No findings: nothing to fix.\n\n";
            return;
        }
        const size_t shown = sc.findings.size() < kTopFindings ? sc.findings.size() : kTopFindings;
        out_ += i18n::tr("md.top_findings") + "\n\n";
        for (size_t i = 0; i < shown; ++i) {
            const Finding& f = sc.findings[i];
            std::string ids;
            for (std::string_view id : f.ids) ids += ", " + md_code(std::string(id));
            out_ += std::to_string(i + 1) + ". " + or_placeholder(f.message, "(no message)") + " (" +
                    md_code(std::string(f.code)) + ids + ")\n";
        }
        if (sc.findings.size() > shown)
            out_ += "\n" + std::to_string(sc.findings.size() - shown) + " more findings (all of them: `alignboard score`).\n";
        out_ += "\n";
    }

    std::string kpi_line(const Kpi& k, bool primary) const {
        auto value = [](const Number& n) { return n ? grouped_number(*n) : std::string("?"); };
        std::string unit = k.unit.empty() ? "" : (k.unit == "%" ? "%" : " " + md_text(k.unit));
        std::string s = kind_and_id(Kind::Kpi, k.id.value) + (primary ? " (primary)" : "") + ": " +
                        or_placeholder(k.metric, "(no metric)") + ": " + value(k.baseline) + " -> " +
                        value(k.target) + unit;
        if (k.dir == Direction::Down) s += " (lower is better)";
        s += k.due.empty() ? ", no due date" : ", due " + md_text(k.due);
        return s;
    }

    void kpis(const std::string& on_id, const std::string& indent, const std::string& primary_id = "") {
        auto it = kpis_on_.find(on_id);
        if (it == kpis_on_.end()) return;
        for (size_t k : it->second) {
            const Kpi& kpi = plan_.kpis[k];
            out_ += indent + "- " + kpi_line(kpi, kpi.id.value == primary_id) + "\n";
        }
    }

    std::string tactic_line(const Tactic& t) const {
        std::string s = kind_and_id(Kind::Tactic, t.id.value) + ": " + or_placeholder(t.name, "(unnamed)") + " — ";
        s += t.budget ? "budget " + money(*t.budget) : std::string("no budget");
        if (t.expected_return) s += ", expected return " + grouped_number(*t.expected_return);
        s += "; " + (t.channel.empty() ? std::string("no channel") : md_code(t.channel)) + ", " + phase_label(t.phase) +
             ", " + or_placeholder(t.stage, "no stage");
        if (!t.products.empty()) {
            s += "; ";
            for (size_t i = 0; i < t.products.size(); ++i) {
                auto it = product_name_.find(t.products[i].value);
                s += (i ? ", " : "") + md_text(it != product_name_.end() ? it->second : t.products[i].value);
            }
        }
        s += "; " + owners(t.owners);
        return s;
    }

    void strategy_block(size_t s, const std::string& indent) {
        const Strategy& st = plan_.strategies[s];
        std::string line = indent + "- **" + kind_and_id(Kind::Strategy, st.id.value) + ": " + or_placeholder(st.name, "(unnamed)") +
                           "** — " + owners(st.owners);
        auto score = strategy_score_.find(st.id.value);
        if (score != strategy_score_.end()) line += "; score " + one_decimal(score->second);
        out_ += line + "\n";
        const std::string inner = indent + "  ";
        kpis(st.id.value, inner);
        if (tactics_of_strategy_[s].empty()) out_ += inner + "- No tactic yet.\n";
        for (size_t t : tactics_of_strategy_[s]) {
            out_ += inner + "- " + tactic_line(plan_.tactics[t]) + "\n";
            kpis(plan_.tactics[t].id.value, inner + "  ");
        }
    }

    void outline() {
        out_ += "## " + i18n::tr("md.outline") + "\n\n";
        if (plan_.goals.empty()) out_ += "No sales goal yet: marketing has nothing to follow.\n\n";
        for (size_t g = 0; g < plan_.goals.size(); ++g) {
            const Goal& goal = plan_.goals[g];
            std::string line = "- **" + kind_and_id(Kind::Goal, goal.id.value) + ": " + or_placeholder(goal.name, "(unnamed)") +
                               "** — " + owners(goal.owners) + "; budget " + money(totals_.by_goal[g].budget);
            auto score = goal_score_.find(goal.id.value);
            if (score != goal_score_.end()) line += "; score " + one_decimal(score->second);
            out_ += line + "\n";
            kpis(goal.id.value, "  ", goal.primary_kpi ? goal.primary_kpi->value : "");
            if (strategies_of_goal_[g].empty()) out_ += "  - No strategy yet.\n";
            for (size_t s : strategies_of_goal_[g]) strategy_block(s, "  ");
        }
        if (!plan_.goals.empty()) out_ += "\n";

        std::vector<bool> under_goal(plan_.strategies.size(), false);
        for (const auto& list : strategies_of_goal_)
            for (size_t s : list) under_goal[s] = true;
        bool any = false;
        for (size_t s = 0; s < plan_.strategies.size(); ++s) {
            if (under_goal[s]) continue;
            if (!any) out_ += "### " + i18n::tr("md.loose_strategies") + "\n\n";
            any = true;
            strategy_block(s, "");
        }
        if (any) out_ += "\n";

        any = false;
        for (const Kpi& k : plan_.kpis) {
            if (!k.on.empty() && item_at_.count(k.on.id)) continue;
            if (!any) out_ += "### " + i18n::tr("md.loose_kpis") + "\n\n";
            any = true;
            out_ += "- " + kpi_line(k, false) + "\n";
        }
        if (any) out_ += "\n";
    }

    // "`G1` Revenue", or just "`G1`" for an item without a name.
    static std::string labelled(const BudgetLine& line) {
        return md_code(line.key) + (line.label.empty() ? "" : " " + md_text(line.label));
    }

    void budget_row(const std::string& label, const std::string& middle, size_t tactics, double budget) {
        out_ += "| " + label + " | " + middle + std::to_string(tactics) + " | " + money(budget) + " | " +
                percent(budget, totals_.total) + " |\n";
    }

    void budget() {
        out_ += "## " + i18n::tr("md.budget") + "\n\n";
        out_ += "Total: " + money(totals_.total) + " over " + std::to_string(plan_.tactics.size()) + " tactics.\n\n";

        out_ += "### " + i18n::tr("md.by_goal") + "\n\n" + i18n::tr("md.by_goal_note") + "\n\n";
        out_ += "| " + i18n::tr("kind.goal.label") + " | " + i18n::tr("kind.tactic.plural") + " | " + i18n::tr("md.budget") +
                " | " + i18n::tr("md.share") + " |\n| --- | ---: | ---: | ---: |\n";
        for (const auto& line : totals_.by_goal)
            budget_row(labelled(line), "", line.tactics, line.budget);
        budget_row("No goal (untraced)", "", untraced_count(), totals_.untraced);
        out_ += "| **Total** | " + std::to_string(plan_.tactics.size()) + " | **" + money(totals_.total) + "** | " +
                percent(totals_.total, totals_.total) + " |\n\n";

        out_ += "### " + i18n::tr("md.by_channel") + "\n\n| " + i18n::tr("form.channel") + " | " + i18n::tr("md.required") + " | " +
                i18n::tr("kind.tactic.plural") + " | " + i18n::tr("md.budget") + " | " + i18n::tr("md.share") +
                " |\n| --- | --- | ---: | ---: | ---: |\n";
        const std::unordered_set<std::string> required_channels(plan_.settings.required_channels.begin(),
                                                                plan_.settings.required_channels.end());
        for (const auto& line : totals_.by_channel) {
            const bool required = required_channels.count(line.key) > 0;
            budget_row(line.key.empty() ? std::string("No channel") : md_code(line.key), required ? "yes | " : "no | ",
                       line.tactics, line.budget);
        }
        out_ += "\n";

        double forecast_sum = 0;
        for (const auto& p : plan_.products) forecast_sum += p.forecast.value_or(0.0);
        out_ += "### " + i18n::tr("md.by_product") + "\n\n" + i18n::tr("md.by_product_note") + "\n\n";
        out_ += "| " + i18n::tr("kind.product.label") + " | " + i18n::tr("form.big_push") + " | " + i18n::tr("md.forecast_share") +
                " | " + i18n::tr("kind.tactic.plural") + " | " + i18n::tr("md.budget") + " | " + i18n::tr("md.share") +
                " |\n| --- | --- | ---: | ---: | ---: | ---: |\n";
        for (size_t p = 0; p < plan_.products.size(); ++p) {
            const Product& product = plan_.products[p];
            const auto& line = totals_.by_product[p];
            budget_row(labelled(line),
                       std::string(product.big_push ? "yes" : "no") + " | " +
                           percent(product.forecast.value_or(0.0), forecast_sum) + " | ",
                       line.tactics, line.budget);
        }
        size_t without = 0;
        for (const auto& t : plan_.tactics) {
            bool linked = false;
            for (const auto& pid : t.products) linked = linked || product_name_.count(pid.value) > 0;
            without += linked ? 0 : 1;
        }
        budget_row("No product", "- | - | ", without, totals_.no_product);
        out_ += "\n";
    }

    size_t untraced_count() const {
        size_t n = 0;
        for (const auto& goals : reached_) n += goals.empty() ? 1 : 0;
        return n;
    }

    void untraced() {
        out_ += "## " + i18n::tr("md.untraced") + "\n\n";
        if (plan_.tactics.empty()) {
            out_ += "No tactics yet.\n";
            return;
        }
        if (untraced_count() == 0) {
            out_ += "Every tactic traces to a sales goal.\n";
            return;
        }
        out_ += "These tactics reach no sales goal: " + money(totals_.untraced) +
                " that no goal explains. Link each to a strategy that serves a goal, or cut it.\n\n";
        for (size_t t = 0; t < plan_.tactics.size(); ++t) {
            if (!reached_[t].empty()) continue;
            const Tactic& tactic = plan_.tactics[t];
            const char* why = tactic.strategies.empty() ? "not linked to a strategy" : "its strategies serve no goal";
            out_ += "- " + tactic_line(tactic) + " (" + why + ")\n";
            kpis(tactic.id.value, "  ");
        }
    }

    static constexpr size_t kTopFindings = 5;

    const Plan& plan_;
    const Scores* scores_;
    BudgetTotals totals_;
    std::vector<std::vector<size_t>> reached_;
    std::unordered_map<std::string, std::string> person_name_, product_name_;
    std::unordered_map<std::string, size_t> item_at_;  // goals, strategies, tactics: what a KPI can be on
    std::unordered_map<std::string, std::vector<size_t>> kpis_on_;
    std::vector<std::vector<size_t>> strategies_of_goal_;
    std::vector<std::vector<size_t>> tactics_of_strategy_;
    std::unordered_map<std::string, double> goal_score_, strategy_score_;
    std::string out_;
};

}  // namespace

std::string export_markdown(const Plan& plan, const Scores* scores) { return Report(plan, scores).build(); }

}  // namespace ab
