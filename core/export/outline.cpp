// The plan as a tree outline with its accessible names (see outline.hpp).
#include "export/outline.hpp"

#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "export/card_text.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "model/kinds.hpp"
#include "model/queries.hpp"

namespace ab {
namespace {

// Links are stored on the child; the outline walks down, so children are gathered once per
// plan (a search per item would make a large plan's outline quadratic).
struct Tree {
    const Plan& plan;
    std::unordered_map<std::string, std::optional<double>> scores;
    std::unordered_map<std::string, std::vector<std::string>> children;  // parent id -> strategies, tactics, KPIs
    std::unordered_map<std::string, Kind> kinds;
    std::unordered_map<std::string, std::optional<double>> targets;  // KPIs
    std::unordered_map<std::string, std::string> titles;
    Outline out;

    void add_child(const std::string& parent, const std::string& child) { children[parent].push_back(child); }

    void emit(const std::string& id, int level, const std::string& parent) {
        OutlineRow row;
        row.id = id;
        row.kind = kinds[id];
        row.level = level;
        row.parent = parent;
        row.title = titles[id];
        if (row.kind == Kind::Kpi) row.target = targets[id];
        auto s = scores.find(id);
        if (s != scores.end()) row.score = s->second;
        out.rows.push_back(std::move(row));
        auto c = children.find(id);
        if (c == children.end()) return;
        for (const std::string& child : c->second) emit(child, level + 1, id);
    }
};

// Every item's display name by id, gathered once: names are looked up for every link, and a
// search of the plan each time made a 10,000-card plan's outline take seconds.
using Names = std::unordered_map<std::string, std::string>;

template <class Items>
void add_names(Names& names, const Items& items) {
    for (const auto& item : items) names[item.id.value] = display_name(item);
}

std::string quoted(const Names& names, const std::string& id) {
    auto it = names.find(id);
    return std::string("\xe2\x80\x9c") + (it == names.end() ? id : it->second) + "\xe2\x80\x9d";
}

// "serves goal “Grow revenue”", "serves goals “A” and “B”", "serves strategies “A”, “B” and “C”".
template <class Ids>
std::string linked(const Names& names, const char* verb, Kind kind, const Ids& ids) {
    std::string out = std::string(verb) + " " + (ids.size() == 1 ? kind_info(kind).noun : kind_info(kind).nouns) + " ";
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i > 0) out += i + 1 == ids.size() ? " and " : ", ";
        out += quoted(names, ids[i].value);
    }
    return out;
}

// What an item links up to, as said after its score.
template <class T>
std::string links_of(const Names&, const T&) {
    return "";
}
std::string links_of(const Names& names, const Strategy& s) {
    return s.goals.empty() ? "serves no goal" : linked(names, "serves", Kind::Goal, s.goals);
}
std::string links_of(const Names& names, const Tactic& t) {
    std::string out = t.strategies.empty() ? "carries no strategy" : linked(names, "carries", Kind::Strategy, t.strategies);
    if (!t.products.empty()) out += "; " + linked(names, "promotes", Kind::Product, t.products);
    return out;
}
std::string links_of(const Names& names, const Kpi& k) {
    if (k.on.empty()) return "measures nothing";
    return std::string("measures ") + kind_info(k.on.kind).noun + " " + quoted(names, k.on.id);
}
std::string links_of(const Names& names, const Insight& i) {
    std::string out;
    if (i.goal) out = std::string("informs goal ") + quoted(names, i.goal->value);
    if (i.product) out += (out.empty() ? "informs product " : "; and product ") + quoted(names, i.product->value);
    return out;
}

std::string sentence(std::string text) {
    if (text.empty()) return text;
    return " " + text + ".";
}

// The words of an item's name: its kind and title first, then (after the score the row adds)
// the card's key fields and what the item links to.
struct Words {
    std::string head, tail;
};

template <class T>
Words describe(const Plan& plan, const Names& names, const T& item) {
    std::string meta = card_meta(plan, item);
    // The card's separator reads as a character name; a comma reads as a pause.
    for (size_t at = meta.find("\xc2\xb7"); at != std::string::npos; at = meta.find("\xc2\xb7", at)) meta.replace(at, 2, ",");
    return {std::string(kind_info(decltype(item.id)::kind).label) + ": " + card_title(plan, item) + ".",
            sentence(meta) + sentence(links_of(names, item))};
}

}  // namespace

const char* outline_title_field(Kind kind) {
    return kind == Kind::Kpi ? "metric" : kind == Kind::Insight ? "text" : "name";
}

const char* score_band(const std::optional<double>& score) {
    if (!score) return "";
    if (*score >= 80) return "good";
    if (*score >= 60) return "fair";
    return "weak";
}

std::string score_change_text(const std::optional<double>& before, const std::optional<double>& after) {
    if (!after) return before ? i18n::tr("a11y.not_scored") : "";
    const double now = round1(*after);
    // One decimal, in the reader's style ("88,5" in German).
    const auto one = [](double v) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f", v);
        return localize_digits(text);
    };
    if (!before) return i18n::tr("outline.alignment", {{"score", one(now)}});
    const double delta = round1(now - round1(*before));
    if (delta == 0) return "";
    return i18n::tr(delta > 0 ? "outline.alignment_up" : "outline.alignment_down",
                    {{"score", one(now)}, {"delta", one(std::fabs(delta))}});
}

Outline plan_outline(const Plan& plan, const Scores& scores, bool show_scores) {
    Tree t{plan, {}, {}, {}, {}, {}, {}};
    if (show_scores) {
        for (const auto& [id, g] : scores.goals) t.scores[id] = g.overall;
        for (const auto& [id, s] : scores.strategies) t.scores[id] = s;
        for (const auto& [id, s] : scores.tactics) t.scores[id] = s;
    }

    Names names;
    add_names(names, plan.goals);
    add_names(names, plan.strategies);
    add_names(names, plan.tactics);
    add_names(names, plan.kpis);
    add_names(names, plan.products);
    add_names(names, plan.insights);
    std::unordered_map<std::string, Words> words;
    auto note = [&](const auto& item) {
        t.kinds[item.id.value] = decltype(item.id)::kind;
        t.titles[item.id.value] = shown_text(item);  // the field's own text: the outline view edits it
        words[item.id.value] = describe(plan, names, item);
    };
    for (const Goal& g : plan.goals) note(g);
    for (const Strategy& s : plan.strategies) {
        note(s);
        for (const GoalId& g : s.goals) t.add_child(g.value, s.id.value);
    }
    for (const Tactic& x : plan.tactics) {
        note(x);
        for (const StrategyId& s : x.strategies) t.add_child(s.value, x.id.value);
    }
    for (const Kpi& k : plan.kpis) {
        note(k);
        t.targets[k.id.value] = k.target;
        if (!k.on.empty()) t.add_child(k.on.id, k.id.value);
    }
    for (const Product& p : plan.products) note(p);
    for (const Insight& i : plan.insights) note(i);

    for (const Goal& g : plan.goals) t.emit(g.id.value, 1, "");
    for (const Strategy& s : plan.strategies) {
        if (s.goals.empty()) t.emit(s.id.value, 1, "");
    }
    for (const Tactic& x : plan.tactics) {
        if (x.strategies.empty()) t.emit(x.id.value, 1, "");
    }
    for (const Kpi& k : plan.kpis) {
        if (k.on.empty()) t.emit(k.id.value, 1, "");
    }
    for (const Product& p : plan.products) t.emit(p.id.value, 1, "");
    for (const Insight& i : plan.insights) t.emit(i.id.value, 1, "");

    std::unordered_map<std::string, size_t> places;
    for (const OutlineRow& row : t.out.rows) ++places[row.id];
    std::unordered_map<std::string, size_t> seen;
    for (OutlineRow& row : t.out.rows) {
        row.places = places[row.id];
        row.place = ++seen[row.id];
        std::string score;
        if (!show_scores) {
            // hidden: not a word about it
        } else if (row.score) {
            score = " Score " + score_text(row.score) + ", " + score_band(row.score) + ".";
        } else if (row.kind == Kind::Goal || row.kind == Kind::Strategy || row.kind == Kind::Tactic) {
            score = " Not scored.";
        } else {
            score = " No score of its own.";
        }
        const Words& w = words[row.id];
        row.label = w.head + score + w.tail;
        if (row.places > 1) {
            row.label += " Under " + std::to_string(row.places) + " parents, here under " + quoted(names, row.parent) + ".";
        }
    }
    return std::move(t.out);
}

nlohmann::json outline_row_to_json(const OutlineRow& row) {
    nlohmann::json j = {{"id", row.id},
                        {"kind", kind_name(row.kind)},
                        {"level", row.level},
                        {"parent", row.parent},
                        {"title", row.title},
                        {"score", row.score ? nlohmann::json(round1(*row.score)) : nlohmann::json()},
                        {"band", score_band(row.score)},
                        {"places", row.places},
                        {"place", row.place},
                        {"field", outline_title_field(row.kind)},
                        {"label", row.label}};
    if (row.kind == Kind::Kpi) j["target"] = row.target ? nlohmann::json(*row.target) : nlohmann::json();
    return j;
}

nlohmann::json outline_to_json(const Outline& outline) {
    nlohmann::json rows = nlohmann::json::array();
    for (const OutlineRow& row : outline.rows) rows.push_back(outline_row_to_json(row));
    return {{"rows", std::move(rows)}};
}

}  // namespace ab
