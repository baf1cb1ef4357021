// The canonical writer: one fixed key order (plan-format.md's example), defaults for settings
// always written, optional fields only when set, unknown fields after the known ones in the
// order they were read. The same plan always gives the same bytes, and those bytes read back
// into the same plan.
#include <cmath>
#include <iterator>

#include "json_fields.hpp"
#include "plan_fields.hpp"
#include "plan_json.hpp"

namespace ab {

namespace {

using plan_io::is_known;
using plan_io::number_json;
using plan_io::OJ;
using Obj = OJ::object_t;

// An object with room for `fields` known fields plus its unknown ones, allocated once.
OJ new_object(size_t fields, const Extra& extra) {
    OJ out = OJ::object();
    out.get_ref<Obj&>().reserve(fields + (extra.is_object() ? extra.size() : 0));
    return out;
}

// Keys written here are unique by construction, so appending skips ordered_map's linear search.
void put(Obj& o, const char* key, OJ v) { o.emplace_back(key, std::move(v)); }
void put_text(Obj& o, const char* key, const std::string& s) {
    if (!s.empty()) put(o, key, s);
}
void put_number(Obj& o, const char* key, const Number& n) {
    if (n) put(o, key, number_json(*n));
}

OJ strings(const std::vector<std::string>& list) {
    OJ arr = OJ::array();
    for (const auto& s : list) arr.push_back(s);
    return arr;
}

template <class IdT>
OJ links(const LinkSet<IdT>& list) {
    OJ arr = OJ::array();
    for (const auto& id : list) arr.push_back(id.value);
    return arr;
}

// Unknown fields go last; one named like a known field is never written (it would change the
// known field's meaning on the next read).
template <size_t N>
void put_extra(Obj& o, const Extra& extra, const std::string_view (&known)[N]) {
    if (!extra.is_object()) return;
    for (const auto& [key, v] : extra.get_ref<const Obj&>()) {
        if (!is_known(known, key)) o.emplace_back(key, v);
    }
}

const char* phase_text(Phase p) {
    switch (p) {
        case Phase::Pre: return "pre";
        case Phase::Launch: return "launch";
        case Phase::Post: return "post";
        case Phase::None: break;
    }
    return "";
}

OJ to_json(const Person& p) {
    OJ out = new_object(std::size(plan_io::kPersonFields), p.extra);
    Obj& o = out.get_ref<Obj&>();
    put(o, "id", p.id.value);
    put(o, "name", p.name);
    put_text(o, "team", p.team);
    put_extra(o, p.extra, plan_io::kPersonFields);
    return out;
}

OJ to_json(const Goal& g) {
    OJ out = new_object(std::size(plan_io::kGoalFields), g.extra);
    Obj& o = out.get_ref<Obj&>();
    put(o, "id", g.id.value);
    put(o, "name", g.name);
    put(o, "owners", links(g.owners));
    if (g.primary_kpi) put_text(o, "primary_kpi", g.primary_kpi->value);
    if (g.weight != 1.0) put(o, "weight", number_json(g.weight));
    put_extra(o, g.extra, plan_io::kGoalFields);
    return out;
}

OJ to_json(const Strategy& s) {
    OJ out = new_object(std::size(plan_io::kStrategyFields), s.extra);
    Obj& o = out.get_ref<Obj&>();
    put(o, "id", s.id.value);
    put(o, "name", s.name);
    put(o, "goals", links(s.goals));
    put(o, "owners", links(s.owners));
    put_extra(o, s.extra, plan_io::kStrategyFields);
    return out;
}

OJ to_json(const Product& p) {
    OJ out = new_object(std::size(plan_io::kProductFields), p.extra);
    Obj& o = out.get_ref<Obj&>();
    put(o, "id", p.id.value);
    put(o, "name", p.name);
    if (p.big_push) put(o, "big_push", true);
    put_number(o, "forecast", p.forecast);
    put_text(o, "key_message", p.key_message);
    put(o, "owners", links(p.owners));
    put_extra(o, p.extra, plan_io::kProductFields);
    return out;
}

OJ to_json(const Tactic& t) {
    OJ out = new_object(std::size(plan_io::kTacticFields), t.extra);
    Obj& o = out.get_ref<Obj&>();
    put(o, "id", t.id.value);
    put(o, "name", t.name);
    put(o, "strategies", links(t.strategies));
    put(o, "products", links(t.products));
    put_text(o, "channel", t.channel);
    put_text(o, "phase", phase_text(t.phase));
    put_text(o, "stage", t.stage);
    put_text(o, "message", t.message);
    put_number(o, "budget", t.budget);
    put_number(o, "expected_return", t.expected_return);
    put(o, "owners", links(t.owners));
    put_text(o, "start", t.start);
    put_text(o, "end", t.end);
    put_extra(o, t.extra, plan_io::kTacticFields);
    return out;
}

OJ to_json(const Kpi& k) {
    OJ out = new_object(std::size(plan_io::kKpiFields), k.extra);
    Obj& o = out.get_ref<Obj&>();
    put(o, "id", k.id.value);
    put_text(o, "on", k.on.id);
    put(o, "metric", k.metric);
    put_text(o, "unit", k.unit);
    put(o, "dir", k.dir == Direction::Down ? "down" : "up");
    put_number(o, "baseline", k.baseline);
    put_number(o, "target", k.target);
    put_number(o, "current", k.current);
    put_text(o, "due", k.due);
    put(o, "owners", links(k.owners));
    put_extra(o, k.extra, plan_io::kKpiFields);
    return out;
}

OJ to_json(const Insight& in) {
    OJ out = new_object(std::size(plan_io::kInsightFields), in.extra);
    Obj& o = out.get_ref<Obj&>();
    put(o, "id", in.id.value);
    put(o, "text", in.text);
    put_text(o, "team", in.team);
    if (in.goal) put_text(o, "goal", in.goal->value);
    if (in.product) put_text(o, "product", in.product->value);
    put_extra(o, in.extra, plan_io::kInsightFields);
    return out;
}

template <class T>
OJ collection(const std::vector<T>& items) {
    OJ arr = OJ::array();
    auto& a = arr.get_ref<OJ::array_t&>();
    a.reserve(items.size());
    for (const auto& it : items) a.push_back(to_json(it));
    return arr;
}

bool has_content(const Swot& s) {
    return !s.strengths.empty() || !s.weaknesses.empty() || !s.opportunities.empty() || !s.threats.empty() ||
           (s.extra.is_object() && !s.extra.empty());
}

OJ swot_json(const Swot& s) {
    OJ out = OJ::object();
    Obj& o = out.get_ref<Obj&>();
    put(o, "strengths", strings(s.strengths));
    put(o, "weaknesses", strings(s.weaknesses));
    put(o, "opportunities", strings(s.opportunities));
    put(o, "threats", strings(s.threats));
    put_extra(o, s.extra, plan_io::kSwotFields);
    return out;
}

OJ competitors_json(const std::vector<Competitor>& list) {
    OJ arr = OJ::array();
    for (const auto& c : list) {
        OJ one = OJ::object();
        Obj& o = one.get_ref<Obj&>();
        put(o, "name", c.name);
        put(o, "position", c.position);
        put(o, "notes", c.notes);
        put_extra(o, c.extra, plan_io::kCompetitorFields);
        arr.push_back(std::move(one));
    }
    return arr;
}

// std::map iterates in sorted id order, which is the canonical order.
OJ layout_json(const std::map<std::string, LayoutPos>& layout) {
    OJ out = OJ::object();
    Obj& o = out.get_ref<Obj&>();
    o.reserve(layout.size());
    for (const auto& [id, pos] : layout) {
        OJ entry = OJ::object();
        Obj& e = entry.get_ref<Obj&>();
        put(e, "x", number_json(pos.x));
        put(e, "y", number_json(pos.y));
        put_extra(e, pos.extra, plan_io::kLayoutFields);
        o.emplace_back(id, std::move(entry));
    }
    return out;
}

}  // namespace

OJ plan_to_json(const Plan& plan) {
    const Settings& st = plan.settings;
    OJ out = OJ::object();
    Obj& o = out.get_ref<Obj&>();
    put(o, "format", kFormatName);
    put(o, "version", kFormatVersion);
    put(o, "name", st.name);
    put_text(o, "start", st.start);
    put_text(o, "end", st.end);
    put_text(o, "currency", st.currency);
    put(o, "required_channels", strings(st.required_channels));
    put(o, "required_stages", strings(st.required_stages));
    put(o, "brand_reserve", number_json(st.brand_reserve));
    put(o, "people", collection(plan.people));
    put(o, "goals", collection(plan.goals));
    put(o, "strategies", collection(plan.strategies));
    put(o, "products", collection(plan.products));
    put(o, "tactics", collection(plan.tactics));
    put(o, "kpis", collection(plan.kpis));
    put(o, "insights", collection(plan.insights));
    put_text(o, "brand_key", st.brand_key);
    if (has_content(st.swot)) put(o, "swot", swot_json(st.swot));
    if (!st.competitors.empty()) put(o, "competitors", competitors_json(st.competitors));
    if (!plan.layout.empty()) put(o, "layout", layout_json(plan.layout));
    put_extra(o, plan.extra, plan_io::kTopFields);
    return out;
}

std::string save_plan(const Plan& plan) {
    // `replace`: a string that is not UTF-8 (only possible through the C++ API) must not abort.
    return plan_to_json(plan).dump(2, ' ', false, OJ::error_handler_t::replace) + "\n";
}

OJ item_to_json(const Item& item) {
    return std::visit([](const auto& it) { return to_json(it); }, item);
}

}  // namespace ab
