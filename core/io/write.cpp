// The canonical writer: one fixed key order (plan-format.md's example), defaults for settings
// always written, optional fields only when set, unknown fields after the known ones in the
// order they were read. The same plan always gives the same bytes, and those bytes read back
// into the same plan. The text is written directly (json_text.hpp); the JSON-tree forms
// (plan_to_json, item_to_json) are that text parsed back, so there is one writer, not two.
//
// Sections: field helpers | one write() per kind, in file order | settings' parts and the layout
// | write_plan (the key order) | the public face (saved_size, save_plan, item_to_json).
#include <algorithm>
#include <cstdint>
#include <iterator>

#include "io/json/ordered.hpp"
#include "io/json/text.hpp"
#include "io/fields.hpp"
#include "io/plan_json.hpp"

namespace ab {

namespace {

using plan_io::is_known;
using plan_io::JsonText;
using OJ = nlohmann::ordered_json;

// Bytes per item of a saved plan, about; reserving that avoids regrowing a multi-MB string.
constexpr size_t kBytesPerItem = 400;

void text_field(JsonText& w, const char* key, const std::string& s) {
    if (!s.empty()) w.key(key).string(s);
}
void number_field(JsonText& w, const char* key, const Number& n) {
    if (n) w.key(key).number(*n);
}

void strings(JsonText& w, const char* key, const std::vector<std::string>& list) {
    w.key(key).begin_array();
    for (const auto& s : list) w.string(s);
    w.end_array();
}

template <class IdT>
void links(JsonText& w, const char* key, const LinkSet<IdT>& list) {
    w.key(key).begin_array();
    for (const auto& id : list) w.string(id.value);
    w.end_array();
}

// Unknown fields go last; one named like a known field is never written (it would change the
// known field's meaning on the next read).
template <size_t N>
void put_extra(JsonText& w, const Extra& extra, const std::string_view (&known)[N]) {
    if (!extra.is_object()) return;
    for (const auto& [key, v] : extra.get_ref<const OJ::object_t&>()) {
        if (!is_known(known, key)) w.key(key).value(v);
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

void write(JsonText& w, const Person& p) {
    w.begin_object();
    w.key("id").string(p.id.value);
    w.key("name").string(p.name);
    text_field(w, "team", p.team);
    put_extra(w, p.extra, plan_io::kPersonFields);
    w.end_object();
}

void write(JsonText& w, const Goal& g) {
    w.begin_object();
    w.key("id").string(g.id.value);
    w.key("name").string(g.name);
    links(w, "owners", g.owners);
    if (g.primary_kpi) text_field(w, "primary_kpi", g.primary_kpi->value);
    if (g.weight != 1.0) w.key("weight").number(g.weight);
    put_extra(w, g.extra, plan_io::kGoalFields);
    w.end_object();
}

void write(JsonText& w, const Strategy& s) {
    w.begin_object();
    w.key("id").string(s.id.value);
    w.key("name").string(s.name);
    links(w, "goals", s.goals);
    links(w, "owners", s.owners);
    put_extra(w, s.extra, plan_io::kStrategyFields);
    w.end_object();
}

void write(JsonText& w, const Product& p) {
    w.begin_object();
    w.key("id").string(p.id.value);
    w.key("name").string(p.name);
    if (p.big_push) w.key("big_push").boolean(true);
    number_field(w, "forecast", p.forecast);
    text_field(w, "key_message", p.key_message);
    links(w, "owners", p.owners);
    put_extra(w, p.extra, plan_io::kProductFields);
    w.end_object();
}

void write(JsonText& w, const Tactic& t) {
    w.begin_object();
    w.key("id").string(t.id.value);
    w.key("name").string(t.name);
    links(w, "strategies", t.strategies);
    links(w, "products", t.products);
    text_field(w, "channel", t.channel);
    if (t.phase != Phase::None) w.key("phase").string(phase_text(t.phase));
    text_field(w, "stage", t.stage);
    text_field(w, "message", t.message);
    number_field(w, "budget", t.budget);
    number_field(w, "expected_return", t.expected_return);
    links(w, "owners", t.owners);
    text_field(w, "start", t.start);
    text_field(w, "end", t.end);
    put_extra(w, t.extra, plan_io::kTacticFields);
    w.end_object();
}

void write(JsonText& w, const Kpi& k) {
    w.begin_object();
    w.key("id").string(k.id.value);
    text_field(w, "on", k.on.id);
    w.key("metric").string(k.metric);
    text_field(w, "unit", k.unit);
    w.key("dir").string(k.dir == Direction::Down ? "down" : "up");
    number_field(w, "baseline", k.baseline);
    number_field(w, "target", k.target);
    number_field(w, "current", k.current);
    text_field(w, "due", k.due);
    links(w, "owners", k.owners);
    put_extra(w, k.extra, plan_io::kKpiFields);
    w.end_object();
}

void write(JsonText& w, const Insight& in) {
    w.begin_object();
    w.key("id").string(in.id.value);
    w.key("text").string(in.text);
    text_field(w, "team", in.team);
    if (in.goal) text_field(w, "goal", in.goal->value);
    if (in.product) text_field(w, "product", in.product->value);
    put_extra(w, in.extra, plan_io::kInsightFields);
    w.end_object();
}

// A write that may stop early: once `out` passes `limit`, the rest is skipped (the caller throws
// the text away). Checked per element, so a huge plan is never written whole just to be measured.
struct Budget {
    const std::string& out;
    size_t limit;
    bool over() const { return out.size() > limit; }
};

template <class T>
void collection(JsonText& w, const char* key, const std::vector<T>& items, const Budget& b) {
    w.key(key).begin_array();
    for (const auto& it : items) {
        if (b.over()) break;
        write(w, it);
    }
    w.end_array();
}

bool has_content(const Swot& s) {
    return !s.strengths.empty() || !s.weaknesses.empty() || !s.opportunities.empty() || !s.threats.empty() ||
           (s.extra.is_object() && !s.extra.empty());
}

void write_swot(JsonText& w, const Swot& s) {
    w.key("swot").begin_object();
    strings(w, "strengths", s.strengths);
    strings(w, "weaknesses", s.weaknesses);
    strings(w, "opportunities", s.opportunities);
    strings(w, "threats", s.threats);
    put_extra(w, s.extra, plan_io::kSwotFields);
    w.end_object();
}

void write_competitors(JsonText& w, const std::vector<Competitor>& list, const Budget& b) {
    w.key("competitors").begin_array();
    for (const auto& c : list) {
        if (b.over()) break;
        w.begin_object();
        w.key("name").string(c.name);
        w.key("position").string(c.position);
        w.key("notes").string(c.notes);
        put_extra(w, c.extra, plan_io::kCompetitorFields);
        w.end_object();
    }
    w.end_array();
}

// std::map iterates in sorted id order, which is the canonical order.
void write_layout(JsonText& w, const std::map<std::string, LayoutPos>& layout, const Budget& b) {
    w.key("layout").begin_object();
    for (const auto& [id, pos] : layout) {
        if (b.over()) break;
        w.key(id).begin_object();
        w.key("x").number(pos.x);
        w.key("y").number(pos.y);
        put_extra(w, pos.extra, plan_io::kLayoutFields);
        w.end_object();
    }
    w.end_object();
}

void write_plan(JsonText& w, const Plan& plan, const Budget& b) {
    const Settings& st = plan.settings;
    w.begin_object();
    w.key("format").string(kFormatName);
    w.key("version").integer(kFormatVersion);
    w.key("name").string(st.name);
    text_field(w, "start", st.start);
    text_field(w, "end", st.end);
    text_field(w, "currency", st.currency);
    strings(w, "required_channels", st.required_channels);
    strings(w, "required_stages", st.required_stages);
    w.key("brand_reserve").number(st.brand_reserve);
    collection(w, "people", plan.people, b);
    collection(w, "goals", plan.goals, b);
    collection(w, "strategies", plan.strategies, b);
    collection(w, "products", plan.products, b);
    collection(w, "tactics", plan.tactics, b);
    collection(w, "kpis", plan.kpis, b);
    collection(w, "insights", plan.insights, b);
    text_field(w, "brand_key", st.brand_key);
    if (has_content(st.swot)) write_swot(w, st.swot);
    if (!st.competitors.empty()) write_competitors(w, st.competitors, b);
    if (!plan.layout.empty()) write_layout(w, plan.layout, b);
    put_extra(w, plan.extra, plan_io::kTopFields);
    w.end_object();
}

// The writer's text as a tree. parse_ordered stays linear on big objects; only a value nested
// deeper than it accepts (possible through the C++ API, never from a file) takes nlohmann's parse.
OJ parse_back(const std::string& text) {
    OJ out;
    std::string error;
    if (plan_io::parse_ordered(text, out, error)) return out;
    return OJ::parse(text, nullptr, false);
}

// The plan's text, or "" when it passes `limit` bytes.
std::string plan_text(const Plan& plan, bool compact, size_t limit) {
    std::string out;
    const size_t estimate = (plan.people.size() + item_count(plan) + plan.layout.size() + 16) * kBytesPerItem;
    out.reserve(std::min(estimate / (compact ? 2 : 1), limit));
    {
        JsonText w(out, compact);
        write_plan(w, plan, Budget{out, limit});
    }
    out += '\n';
    if (out.size() > limit) return {};
    return out;
}

}  // namespace

size_t saved_size(const Plan& plan, size_t limit) {
    const std::string text = plan_text(plan, true, limit == SIZE_MAX ? limit : limit + 1);  // + the newline
    return text.empty() ? limit + 1 : text.size() - 1;  // the newline is whitespace
}

std::string save_plan(const Plan& plan) {
    std::string text = plan_text(plan, false, kMaxPlanTextBytes);
    return text.empty() ? save_plan_compact(plan) : text;
}

std::string save_plan_compact(const Plan& plan) { return plan_text(plan, true, SIZE_MAX - 1); }

OJ plan_to_json(const Plan& plan) { return parse_back(save_plan(plan)); }

OJ item_to_json(const Item& item) {
    std::string text;
    {
        JsonText w(text);
        std::visit([&](const auto& it) { write(w, it); }, item);
    }
    return parse_back(text);
}

}  // namespace ab
