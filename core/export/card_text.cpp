// Formats the title and summary line of each kind of card (see export/card_text.hpp).
#include "export/card_text.hpp"

#include <cmath>
#include <cstdio>

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
    if (owners.empty()) return "No owner";
    std::string text = person_name(plan, owners.front().value);
    if (owners.size() > 1) text += " +" + std::to_string(owners.size() - 1);
    return text;
}

// "in_store" -> "In-store"; known channel names read as people write them.
std::string channel_label(const std::string& channel) {
    if (channel == "ecommerce") return "E-commerce";
    if (channel == "in_store") return "In-store";
    if (channel == "pr") return "PR";
    if (channel.empty()) return "";
    std::string out = channel;
    for (char& c : out) {
        if (c == '_') c = ' ';
    }
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}

const char* phase_label(Phase phase) {
    switch (phase) {
    case Phase::Pre: return "Pre-launch";
    case Phase::Launch: return "Launch";
    case Phase::Post: return "Post-launch";
    case Phase::None: return "";
    }
    return "";
}

}  // namespace

std::string date_label(const std::string& iso) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int y = 0, m = 0, d = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12) {
        return iso;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s %d, %d", kMonths[m - 1], d, y);
    return buf;
}

std::string period_label(const std::string& start_iso, const std::string& end_iso) {
    const char* kDash = " \xe2\x80\x93 ";
    if (start_iso.empty() && end_iso.empty()) return "";
    if (start_iso.empty()) return "Until " + date_label(end_iso);
    if (end_iso.empty()) return "From " + date_label(start_iso);
    std::string a = date_label(start_iso);
    const std::string b = date_label(end_iso);
    // Same year: "Jan 1 – Jun 30, 2013".
    if (start_iso.size() == 10 && end_iso.size() == 10 && start_iso.compare(0, 4, end_iso, 0, 4) == 0 &&
        a.size() > 6 && a.compare(a.size() - 6, 6, ", " + start_iso.substr(0, 4)) == 0) {
        a.resize(a.size() - 6);
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
    return text;
}

std::string money(const Plan& plan, double amount) {
    const std::string& cur = plan.settings.currency;
    const std::string n = compact_number(amount);
    if (cur.empty() || cur == "USD") return "$" + n;
    if (cur == "EUR") return "\xe2\x82\xac" + n;
    if (cur == "GBP") return "\xc2\xa3" + n;
    return n + " " + cur;
}

std::string card_title(const Plan&, const Goal& g) { return g.name.empty() ? "Untitled goal" : g.name; }
std::string card_title(const Plan&, const Strategy& s) {
    return s.name.empty() ? "Untitled strategy" : s.name;
}
std::string card_title(const Plan&, const Tactic& t) {
    return t.name.empty() ? "Untitled tactic" : t.name;
}
std::string card_title(const Plan&, const Kpi& k) { return k.metric.empty() ? "Unnamed KPI" : k.metric; }

std::string card_meta(const Plan& plan, const Goal& g) {
    std::string text = owners_text(plan, g.owners);
    if (g.weight != 1.0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "weight %g", g.weight);
        text = join(text, buf);
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
    return i.text.empty() ? "(no words yet)" : "\xe2\x80\x9c" + i.text + "\xe2\x80\x9d";
}

std::string card_meta(const Plan& plan, const Product& p) {
    std::string text = p.big_push ? "Big push" : "";
    if (p.forecast) text = join(text, "forecast " + money(plan, *p.forecast));
    return text.empty() ? owners_text(plan, p.owners) : text;
}

std::string card_meta(const Plan&, const Insight& i) {
    std::string text = i.team.empty() ? "" : "from " + i.team;
    if (i.goal) text = join(text, "feeds " + i.goal->value);
    if (i.product) text = join(text, "about " + i.product->value);
    return text;
}

std::string card_meta(const Plan&, const Kpi& k) {
    std::string unit = k.unit.empty() ? "" : " " + k.unit;
    if (k.unit == "%") unit = "%";
    std::string text;
    if (k.target) {
        text = k.current ? compact_number(*k.current) + " of " + compact_number(*k.target) + unit
                         : "Target " + compact_number(*k.target) + unit;
    }
    if (!k.due.empty()) text += (text.empty() ? "Due " : " by ") + date_label(k.due);
    return text.empty() ? "No target yet" : text;
}

}  // namespace ab
