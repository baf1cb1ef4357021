// Field-by-field reading of the seven item kinds (plan-format.md "Fields"): one small function
// per kind names its fields and their types; everything else about an item rides in `extra`.
#include "io/read_items.hpp"

#include <cmath>
#include <optional>
#include <string_view>

#include "i18n/i18n.hpp"
#include "io/plan_json.hpp"

namespace ab::plan_io {

namespace {

using Obj = OJ::object_t;

void read_id(const OJ& v, const std::string& path, std::string& out, Sink& s) {
    if (!v.is_string()) {
        s.error(field_path(path, "id"), i18n::tr("read.expected_string", {{"got", describe(v)}}));
        return;
    }
    out = v.get_ref<const std::string&>();
    if (out.empty()) s.error(field_path(path, "id"), i18n::tr("read.id_empty"));
}

// An optional single link (goal.primary_kpi, insight.goal...): "" or null = none.
template <class IdT>
void read_ref(const OJ& v, const std::string& path, const char* field, std::optional<IdT>& out, Sink& s) {
    std::string id;
    read_string(v, path, field, id, s);
    if (!id.empty()) out = IdT{std::move(id)};
}

void read_phase(const OJ& v, const std::string& path, Phase& out, Sink& s) {
    if (v.is_null()) return;
    if (v.is_string()) {
        const std::string& t = v.get_ref<const std::string&>();
        if (t.empty()) return;
        if (t == "pre" || t == "launch" || t == "post") {
            out = t == "pre" ? Phase::Pre : t == "launch" ? Phase::Launch : Phase::Post;
            return;
        }
    }
    s.error(field_path(path, "phase"), i18n::tr("read.expected_phase", {{"got", describe(v)}}));
}

void read_dir(const OJ& v, const std::string& path, Direction& out, Sink& s) {
    if (v.is_null()) return;
    if (v.is_string()) {
        const std::string& t = v.get_ref<const std::string&>();
        if (t.empty() || t == "up" || t == "down") {
            out = t == "down" ? Direction::Down : Direction::Up;
            return;
        }
    }
    s.error(field_path(path, "dir"), i18n::tr("read.expected_dir", {{"got", describe(v)}}));
}

void read_weight(const OJ& v, const std::string& path, double& out, Sink& s) {
    if (v.is_null()) return;
    if (v.is_number()) {
        const double w = v.get<double>();
        if (std::isfinite(w) && w > 0) {
            out = w;
            return;
        }
    }
    s.error(field_path(path, "weight"), i18n::tr("read.expected_positive", {{"got", describe(v)}}));
}

// One overload per kind: reads `key` into the item and says whether the key is a known field.
// `key` is a string_view so each test compares lengths before bytes: these chains run for every
// field of every item, and std::string == const char* measured a fifth of a load.
bool read_field(std::string_view key, const OJ& v, const std::string& path, Sink& s, Person& p) {
    if (key == "name") read_string(v, path, "name", p.name, s);
    else if (key == "team") read_string(v, path, "team", p.team, s);
    else return false;
    return true;
}

bool read_field(std::string_view key, const OJ& v, const std::string& path, Sink& s, Goal& g) {
    if (key == "name") read_string(v, path, "name", g.name, s);
    else if (key == "owners") read_links(v, path, "owners", g.owners, s);
    else if (key == "primary_kpi") read_ref(v, path, "primary_kpi", g.primary_kpi, s);
    else if (key == "weight") read_weight(v, path, g.weight, s);
    else return false;
    return true;
}

bool read_field(std::string_view key, const OJ& v, const std::string& path, Sink& s, Strategy& st) {
    if (key == "name") read_string(v, path, "name", st.name, s);
    else if (key == "goals") read_links(v, path, "goals", st.goals, s);
    else if (key == "owners") read_links(v, path, "owners", st.owners, s);
    else return false;
    return true;
}

bool read_field(std::string_view key, const OJ& v, const std::string& path, Sink& s, Product& p) {
    if (key == "name") read_string(v, path, "name", p.name, s);
    else if (key == "big_push") read_bool(v, path, "big_push", p.big_push, s);
    else if (key == "forecast") read_number(v, path, "forecast", p.forecast, s);
    else if (key == "key_message") read_string(v, path, "key_message", p.key_message, s);
    else if (key == "owners") read_links(v, path, "owners", p.owners, s);
    else return false;
    return true;
}

bool read_field(std::string_view key, const OJ& v, const std::string& path, Sink& s, Tactic& t) {
    if (key == "name") read_string(v, path, "name", t.name, s);
    else if (key == "strategies") read_links(v, path, "strategies", t.strategies, s);
    else if (key == "products") read_links(v, path, "products", t.products, s);
    else if (key == "channel") read_string(v, path, "channel", t.channel, s);
    else if (key == "phase") read_phase(v, path, t.phase, s);
    else if (key == "stage") read_string(v, path, "stage", t.stage, s);
    else if (key == "message") read_string(v, path, "message", t.message, s);
    else if (key == "budget") read_number(v, path, "budget", t.budget, s);
    else if (key == "expected_return") read_number(v, path, "expected_return", t.expected_return, s);
    else if (key == "owners") read_links(v, path, "owners", t.owners, s);
    else if (key == "start") read_date(v, path, "start", t.start, s);
    else if (key == "end") read_date(v, path, "end", t.end, s);
    else return false;
    return true;
}

bool read_field(std::string_view key, const OJ& v, const std::string& path, Sink& s, Kpi& k) {
    if (key == "on") read_string(v, path, "on", k.on.id, s);  // its kind comes from the plan later
    else if (key == "metric") read_string(v, path, "metric", k.metric, s);
    else if (key == "unit") read_string(v, path, "unit", k.unit, s);
    else if (key == "dir") read_dir(v, path, k.dir, s);
    else if (key == "baseline") read_number(v, path, "baseline", k.baseline, s);
    else if (key == "target") read_number(v, path, "target", k.target, s);
    else if (key == "current") read_number(v, path, "current", k.current, s);
    else if (key == "due") read_date(v, path, "due", k.due, s);
    else if (key == "owners") read_links(v, path, "owners", k.owners, s);
    else return false;
    return true;
}

bool read_field(std::string_view key, const OJ& v, const std::string& path, Sink& s, Insight& in) {
    if (key == "text") read_string(v, path, "text", in.text, s);
    else if (key == "team") read_string(v, path, "team", in.team, s);
    else if (key == "goal") read_ref(v, path, "goal", in.goal, s);
    else if (key == "product") read_ref(v, path, "product", in.product, s);
    else return false;
    return true;
}

template <class T>
void read_any(const Obj& obj, const std::string& path, Sink& s, T& item) {
    bool has_id = false;
    for (const auto& [key, v] : obj) {
        if (std::string_view(key) == "id") {
            has_id = true;
            read_id(v, path, item.id.value, s);
        } else if (!read_field(key, v, path, s, item)) {
            keep_extra(item.extra, key, v);
        }
    }
    if (!has_id) s.error(field_path(path, "id"), i18n::tr("read.id_missing"));
}

}  // namespace

void read_item(const Obj& obj, const std::string& path, Sink& sink, Person& out) { read_any(obj, path, sink, out); }
void read_item(const Obj& obj, const std::string& path, Sink& sink, Goal& out) { read_any(obj, path, sink, out); }
void read_item(const Obj& obj, const std::string& path, Sink& sink, Strategy& out) { read_any(obj, path, sink, out); }
void read_item(const Obj& obj, const std::string& path, Sink& sink, Product& out) { read_any(obj, path, sink, out); }
void read_item(const Obj& obj, const std::string& path, Sink& sink, Tactic& out) { read_any(obj, path, sink, out); }
void read_item(const Obj& obj, const std::string& path, Sink& sink, Kpi& out) { read_any(obj, path, sink, out); }
void read_item(const Obj& obj, const std::string& path, Sink& sink, Insight& out) { read_any(obj, path, sink, out); }

}  // namespace ab::plan_io
