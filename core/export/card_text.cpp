// Formats the title and summary line of each kind of card (see export/card_text.hpp).
#include "export/card_text.hpp"

#include <cmath>
#include <cstdio>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "score/score.hpp"

namespace ab {
namespace {

const char* kDot = " \xc2\xb7 ";  // " · "

std::string join(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + kDot + b;
}

std::string person_name(const Plan& plan, const std::string& id) {
    for (const Person& p : plan.people) {
        if (p.id.value == id) return p.name.empty() ? id : p.name;
    }
    return id;
}

template <class Owners>
std::string owners_text(const Plan& plan, const Owners& owners) {
    if (owners.empty()) return i18n::tr("card.no_owner");
    std::string text = person_name(plan, owners.front().value);
    if (owners.size() > 1) text += " +" + std::to_string(owners.size() - 1);
    return text;
}

// "in_store" -> "In-store"; known channel names read as people write them.
std::string channel_label(const std::string& channel) {
    // The usual channels in the reader's language (the catalogue's "value.<channel>").
    for (const char* known : {"creative", "ecommerce", "social", "in_store", "events", "pr", "partnerships", "email"})
        if (channel == known) return i18n::tr(std::string("value.") + known);
    if (channel.empty()) return "";
    std::string out = channel;
    for (char& c : out) {
        if (c == '_') c = ' ';
    }
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}

std::string phase_label(Phase phase) {
    switch (phase) {
    case Phase::Pre: return i18n::tr("form.pre_launch");
    case Phase::Launch: return i18n::tr("form.launch");
    case Phase::Post: return i18n::tr("form.post_launch");
    case Phase::None: return "";
    }
    return "";
}

// compact_number in the reader's digits and words: "1,234.5", "150K", "12,5 Tsd.", "2,7 Mio.", "3 mil M".
std::string local_compact(double v) {
    std::string text = compact_number(v);
    const size_t end = text.find_first_not_of("-0123456789.");
    // Below ten thousand the amount is written out, grouped as the reader groups: "1.234,5".
    if (end == std::string::npos) return local_number(std::round(v * 10) / 10);
    const std::string n = localize_digits(text.substr(0, end));
    switch (text[end]) {
        case 'K': return i18n::tr("number.thousands", {{"n", n}});
        case 'M': return i18n::tr("number.millions", {{"n", n}});
        default: return i18n::tr("number.billions", {{"n", n}});
    }
}

}  // namespace

std::string date_label(const std::string& iso) {
    int y = 0, m = 0, d = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12) {
        return iso;
    }
    // "Jan 1, 2026", "1 ene 2026", "1. Jan. 2026": the month's short name and the order are the
    // catalogue's (date.month_<m>, date.short).
    return i18n::tr("date.short", {{"month", i18n::tr("date.month_" + std::to_string(m))},
                                   {"day", std::to_string(d)}, {"year", std::to_string(y)}});
}

std::string period_label(const std::string& start_iso, const std::string& end_iso) {
    const char* kDash = " \xe2\x80\x93 ";
    if (start_iso.empty() && end_iso.empty()) return "";
    if (start_iso.empty()) return i18n::tr("date.until", {{"date", date_label(end_iso)}});
    if (end_iso.empty()) return i18n::tr("date.from", {{"date", date_label(start_iso)}});
    std::string a = date_label(start_iso);
    const std::string b = date_label(end_iso);
    // Same year: "Jan 1 – Jun 30, 2013" (the year once, where the language's date ends with it).
    const std::string year_end = i18n::tr("date.year_suffix", {{"year", start_iso.substr(0, 4)}});
    if (start_iso.size() == 10 && end_iso.size() == 10 && start_iso.compare(0, 4, end_iso, 0, 4) == 0 &&
        a.size() > year_end.size() && a.compare(a.size() - year_end.size(), year_end.size(), year_end) == 0) {
        a.resize(a.size() - year_end.size());
    }
    return a + kDash + b;
}

std::string compact_number(double v) {
    const double a = std::fabs(v);
    const char* suffix = "";
    double scaled = v;
    if (a >= 1e9) {
        scaled = v / 1e9;
        suffix = "B";
    } else if (a >= 1e6) {
        scaled = v / 1e6;
        suffix = "M";
    } else if (a >= 1e4) {
        scaled = v / 1e3;
        suffix = "K";
    }
    char buf[32];
    const double rounded = std::round(scaled * 10) / 10;
    if (rounded == std::floor(rounded)) {
        std::snprintf(buf, sizeof buf, "%.0f%s", rounded, suffix);
    } else {
        std::snprintf(buf, sizeof buf, "%.1f%s", rounded, suffix);
    }
    return buf;
}

std::string score_text(const std::optional<double>& score) {
    if (!score) return "\xe2\x80\x94";
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", round1(*score));
    return localize_digits(text);
}

std::string money(const Plan& plan, double amount) {
    const std::string& cur = plan.settings.currency;
    const std::string n = local_compact(amount);
    // The reader's locale knows the currency's symbol and place (the web's Intl): "150 Tsd. €",
    // "150 Tsd. $" for a plan without a currency (dollars, as below).
    const std::string code = cur.empty() ? std::string("USD") : cur;
    if (number_style().symbols.count(code)) return with_currency(n, code);
    if (cur.empty() || cur == "USD") return "$" + n;
    if (cur == "EUR") return "\xe2\x82\xac" + n;
    if (cur == "GBP") return "\xc2\xa3" + n;
    return n + " " + cur;
}

std::string card_title(const Plan&, const Goal& g) { return g.name.empty() ? i18n::tr("card.untitled_goal") : g.name; }
std::string card_title(const Plan&, const Strategy& s) {
    return s.name.empty() ? i18n::tr("card.untitled_strategy") : s.name;
}
std::string card_title(const Plan&, const Tactic& t) {
    return t.name.empty() ? i18n::tr("card.untitled_tactic") : t.name;
}
std::string card_title(const Plan&, const Kpi& k) { return k.metric.empty() ? i18n::tr("card.unnamed_kpi") : k.metric; }

std::string card_meta(const Plan& plan, const Goal& g) {
    std::string text = owners_text(plan, g.owners);
    if (g.weight != 1.0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", g.weight);
        text = join(text, i18n::tr("card.weight", {{"weight", localize_digits(buf)}}));
    }
    return text;
}

std::string card_meta(const Plan& plan, const Strategy& s) { return owners_text(plan, s.owners); }

std::string card_meta(const Plan& plan, const Tactic& t) {
    std::string text = channel_label(t.channel);
    text = join(text, phase_label(t.phase));
    if (t.budget) text = join(text, money(plan, *t.budget));
    return text.empty() ? owners_text(plan, t.owners) : text;
}

std::string card_title(const Plan&, const Product& p) { return p.name.empty() ? p.id.value : p.name; }

std::string card_title(const Plan&, const Insight& i) {
    return i.text.empty() ? i18n::tr("card.no_words") : i18n::tr("quoted", {{"name", i.text}});
}

std::string card_meta(const Plan& plan, const Product& p) {
    std::string text = p.big_push ? i18n::tr("form.big_push") : "";
    if (p.forecast) text = join(text, i18n::tr("card.forecast", {{"money", money(plan, *p.forecast)}}));
    return text.empty() ? owners_text(plan, p.owners) : text;
}

std::string card_meta(const Plan&, const Insight& i) {
    std::string text = i.team.empty() ? "" : i18n::tr("card.from", {{"team", i.team}});
    if (i.goal) text = join(text, i18n::tr("card.feeds", {{"id", i.goal->value}}));
    if (i.product) text = join(text, i18n::tr("card.about", {{"id", i.product->value}}));
    return text;
}

std::string card_meta(const Plan&, const Kpi& k) {
    std::string unit = k.unit.empty() ? "" : " " + k.unit;
    if (k.unit == "%") unit = "%";
    std::string text;
    if (k.target) {
        text = k.current ? i18n::tr("card.progress", {{"current", local_compact(*k.current)},
                                                      {"target", local_compact(*k.target) + unit}})
                         : i18n::tr("card.target", {{"target", local_compact(*k.target) + unit}});
    }
    if (!k.due.empty())
        text += i18n::tr(text.empty() ? "card.due" : "card.by", {{"date", date_label(k.due)}});
    return text.empty() ? i18n::tr("card.no_target") : text;
}

}  // namespace ab
