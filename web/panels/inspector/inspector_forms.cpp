// The inspector's form for each kind of item (see inspector_forms.hpp). Field names are the plan
// file's (plan-format.md); pickers offer the values the format allows plus the plan's own lists.
#include "panels/inspector/inspector_forms.hpp"

#include <algorithm>

#include "format/numbers.hpp"
#include "imgui.h"
#include "model/kinds.hpp"
#include "model/queries.hpp"
#include "platform/platform.hpp"
#include "score/advice/fixes.hpp"
#include "ui/theme.hpp"

namespace ab::web::form {
namespace {

void number_field(App& app, const std::string& id, const char* label, const char* field, const Number& v,
                  const std::string& suffix, float w) {
    ui::label(label);
    ui::TextOptions o;
    o.width = w;
    o.hint = "Not set";
    o.suffix = suffix.empty() || suffix.size() > 6 ? nullptr : suffix.c_str();
    o.focus = claim_focus(id, field);
    ui::text_field(app, field, display_number(v), set_number(app, id, field), o);
}

void date_field(App& app, const std::string& id, const char* label, const char* field, const std::string& v, float w) {
    ui::label(label);
    ui::TextOptions o;
    o.width = w;
    o.hint = "YYYY-MM-DD";
    o.focus = claim_focus(id, field);
    ui::text_field(app, field, v, set_date(app, id, field), o);
}

void combo(App& app, const std::string& id, const char* label, const char* field, const std::string& current,
           const std::vector<ui::Option>& options, float w) {
    ui::label(label);
    if (claim_focus(id, field)) ImGui::SetKeyboardFocusHere();
    if (auto v = ui::combo_field(app, field, current, options, w)) {
        act(app, id, field, SetField{id, field, v->empty() ? nlohmann::json(nullptr) : nlohmann::json(*v)});
    }
    action_error(app, id, field);
}

// The allowed values first, then the plan's own, then the current one if it is neither.
std::vector<ui::Option> choices(std::vector<std::string> base, const std::vector<std::string>& plan_list,
                                const std::string& current) {
    for (const std::string& v : plan_list) {
        if (std::find(base.begin(), base.end(), v) == base.end()) base.push_back(v);
    }
    if (!current.empty() && std::find(base.begin(), base.end(), current) == base.end()) base.push_back(current);
    std::vector<ui::Option> out;
    for (const std::string& v : base) out.push_back({v, value_label(v)});
    out.push_back({"", "Not set"});
    return out;
}

// Chips for links; `children` when the listed items point at `id` (not `id` at them).
void links_row(App& app, const std::string& id, const char* label, const char* field,
               const std::vector<std::string>& targets, bool children, const std::vector<ui::Option>& add,
               const char* add_text, const char* empty) {
    const Plan& plan = app.doc.plan();
    ui::label(label);
    std::vector<ui::Chip> chips;
    for (const std::string& t : targets) {
        const std::optional<Location> loc = find_item(plan, t);
        chips.push_back({t, display_name(plan, t), loc ? theme::kind_color(loc->kind) : 0});
    }
    const ui::ChipClick click = ui::chips(app, field, chips, empty);
    if (click.action == ui::ChipAction::Open) {
        app.select_only(click.id);
        app.view.centre_on.assign(1, click.id);
    } else if (click.action == ui::ChipAction::Remove) {
        act(app, id, field, children ? Command(Unlink{click.id, id}) : Command(Unlink{id, click.id}));
    }
    if (add_text) {
        const std::string name = std::string(field) + ".add";
        const bool open = claim_focus(id, field);
        if (auto picked = ui::add_picker(app, name.c_str(), add_text, add, "Nothing left to link", open)) {
            act(app, id, field, children ? Command(Link{*picked, id}) : Command(Link{id, *picked}));
        }
    }
    action_error(app, id, field);
    row_gap();
}

// A link row's title: the kind's words from the kind table.
const char* plural(Kind kind) { return kind_info(kind).plural; }
const char* singular(Kind kind) { return kind_info(kind).label; }

// Items of `list` not in `taken`, as picker options.
template <class V, class Taken>
std::vector<ui::Option> others(const V& list, const Taken& taken) {
    std::vector<ui::Option> out;
    for (const auto& it : list) {
        bool has = false;
        for (const auto& t : taken) has = has || t == it.id.value;
        if (!has) out.push_back({it.id.value, display_name(it)});
    }
    return out;
}

template <class IdT>
std::vector<std::string> ids(const LinkSet<IdT>& set) {
    std::vector<std::string> out;
    for (const auto& i : set) out.push_back(i.value);
    return out;
}

void name_row(App& app, const std::string& id, const char* label, const char* field, const std::string& v,
              bool focus, const char* hint) {
    ui::TextOptions o;
    o.focus = focus;
    o.hint = hint;
    text_row(app, id, label, field, v, o);
}

}  // namespace

void goal_form(App& app, const Goal& g, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = g.id.value;
    name_row(app, id, "Name", "name", g.name, focus, "What sales commits to");
    side_by_side([&](float w) { number_field(app, id, "Weight", "weight", g.weight, "", w); },
         [&](float w) {
             std::vector<ui::Option> kpis;
             for (const std::string& k : primary_kpi_choices(plan, g)) kpis.push_back({k, display_name(plan, k)});
             kpis.push_back({"", "Not set"});
             combo(app, id, "Primary KPI", "primary_kpi", g.primary_kpi ? g.primary_kpi->value : "", kpis, w);
         });
    section("LINKS");
    const std::vector<std::string> strategies = linked_from(plan, id, Kind::Strategy);
    const std::vector<std::string> kpis = linked_from(plan, id, Kind::Kpi);
    links_row(app, id, plural(Kind::Strategy), "strategies", strategies, true, others(plan.strategies, strategies),
              "Link a strategy", "No strategy serves this goal yet.");
    links_row(app, id, plural(Kind::Kpi), "kpis", kpis, true, others(plan.kpis, kpis), "Measure with a KPI",
              "No KPI measures this goal yet.");
    section("OWNERSHIP");
    owners_row(app, id, g.owners);
}

void strategy_form(App& app, const Strategy& s, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = s.id.value;
    name_row(app, id, "Name", "name", s.name, focus, "The plan to reach a goal");
    section("LINKS");
    const std::vector<std::string> goals = ids(s.goals);
    links_row(app, id, "Goals it serves", "goals", goals, false, others(plan.goals, goals), "Link a goal",
              "Not linked to a goal yet.");
    const std::vector<std::string> tactics = linked_from(plan, id, Kind::Tactic);
    links_row(app, id, plural(Kind::Tactic), "tactics", tactics, true, others(plan.tactics, tactics), "Link a tactic",
              "No tactic carries this strategy yet.");
    // A strategy's KPIs show whether it works (item.no_kpi): linked here as on a goal.
    const std::vector<std::string> kpis = linked_from(plan, id, Kind::Kpi);
    links_row(app, id, plural(Kind::Kpi), "kpis", kpis, true, others(plan.kpis, kpis), "Measure with a KPI",
              "No KPI shows whether this strategy works yet.");
    section("OWNERSHIP");
    owners_row(app, id, s.owners);
}

void product_form(App& app, const Product& p, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = p.id.value;
    name_row(app, id, "Name", "name", p.name, focus, "Product name");
    side_by_side([&](float w) { number_field(app, id, "Sales forecast", "forecast", p.forecast, plan.settings.currency, w); },
         [&](float) {
             ui::label("Big push");
             bool big = p.big_push;
             ImGui::AlignTextToFramePadding();
             if (claim_focus(id, "big_push")) ImGui::SetKeyboardFocusHere();
             if (ImGui::Checkbox("Priority this season", &big)) act(app, id, "big_push", SetField{id, "big_push", big});
             ui::record(app, "big_push");
         });
    action_error(app, id, "big_push");
    text_row(app, id, "Key message", "key_message", p.key_message, {"The line every channel carries"});
    section("LINKS");
    const std::vector<std::string> tactics = linked_from(plan, id, Kind::Tactic);
    links_row(app, id, "Tactics promoting it", "tactics", tactics, true, others(plan.tactics, tactics),
              "Link a tactic", "No tactic promotes this product yet.");
    section("OWNERSHIP");
    owners_row(app, id, p.owners);
}

void tactic_form(App& app, const Tactic& t, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = t.id.value;
    name_row(app, id, "Name", "name", t.name, focus, "A concrete initiative");
    section("LINKS");
    const std::vector<std::string> strategies = ids(t.strategies), products = ids(t.products);
    links_row(app, id, plural(Kind::Strategy), "strategies", strategies, false, others(plan.strategies, strategies),
              "Link a strategy", "Not linked to a strategy yet.");
    links_row(app, id, plural(Kind::Product), "products", products, false, others(plan.products, products),
              "Link a product", "Promotes no product (brand spend).");
    section("PLACEMENT");
    side_by_side([&](float w) {
             combo(app, id, "Channel", "channel", t.channel,
                   choices(default_required_channels(), plan.settings.required_channels, t.channel), w);
         },
         [&](float w) {
             static const char* const kPhase[] = {"", "pre", "launch", "post"};
             const std::vector<ui::Option> phases = {
                 {"pre", "Pre-launch"}, {"launch", "Launch"}, {"post", "Post-launch"}, {"", "Not set"}};
             combo(app, id, "Phase", "phase", kPhase[int(t.phase)], phases, w);
         });
    side_by_side([&](float w) {
             combo(app, id, "Journey stage", "stage", t.stage,
                   choices(default_required_stages(), plan.settings.required_stages, t.stage), w);
         },
         [&](float w) {
             ui::label("Message");
             ui::TextOptions o;
             o.width = w;
             o.hint = "Key message";
             o.focus = claim_focus(id, "message");
             ui::text_field(app, "message", t.message, set_text(app, id, "message"), o);
         });
    section("MONEY");
    // The return counts in the unit of the goal's primary KPI: cafés for a café goal, not money.
    const std::string return_unit = expected_return_unit(plan, id);
    side_by_side([&](float w) { number_field(app, id, "Budget", "budget", t.budget, plan.settings.currency, w); },
         [&](float w) { number_field(app, id, "Expected return", "expected_return", t.expected_return, return_unit, w); });
    if (!return_unit.empty()) {
        const std::string says = "Expected return counts in " + return_unit + ", the unit of its goal's primary KPI.";
        ui::hint(says.c_str());
    }
    section("SCHEDULE");
    side_by_side([&](float w) { date_field(app, id, "Start", "start", t.start, w); },
         [&](float w) { date_field(app, id, "End", "end", t.end, w); });
    if (!plan.settings.start.empty() || !plan.settings.end.empty()) {
        const std::string period = "Plan period " + plan.settings.start + " \xe2\x80\x93 " + plan.settings.end;
        ui::hint(period.c_str());
    }
    section("OWNERSHIP");
    owners_row(app, id, t.owners);
}

void kpi_form(App& app, const Kpi& k, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = k.id.value;
    name_row(app, id, "Metric", "metric", k.metric, focus, "What is measured");
    side_by_side([&](float w) {
             ui::label("Unit");
             ui::TextOptions o;
             o.width = w;
             o.hint = "cafés, USD, %";
             o.focus = claim_focus(id, "unit");
             ui::text_field(app, "unit", k.unit, set_text(app, id, "unit"), o);
         },
         [&](float w) {
             ui::label("Better when");
             if (auto v = ui::segmented(app, "dir", k.dir == Direction::Up ? 0 : 1,
                                        {"\xe2\x86\x91 Higher", "\xe2\x86\x93 Lower"}, w)) {
                 act(app, id, "dir", SetField{id, "dir", *v == 0 ? "up" : "down"});
             }
         });
    section("TARGETS");
    side_by_side([&](float w) { number_field(app, id, "Baseline", "baseline", k.baseline, k.unit, w); },
         [&](float w) { number_field(app, id, "Target", "target", k.target, k.unit, w); });
    side_by_side([&](float w) { number_field(app, id, "Current", "current", k.current, k.unit, w); },
         [&](float w) { date_field(app, id, "Due", "due", k.due, w); });
    section("LINKS");
    std::vector<std::string> on;
    if (!k.on.empty()) on.push_back(k.on.id);
    std::vector<ui::Option> subjects;
    auto subject = [&](Kind kind, const ui::Option& o) {
        subjects.push_back({o.value, std::string(kind_info(kind).label) + " \xc2\xb7 " + o.label});
    };
    for (const auto& o : others(plan.goals, on)) subject(Kind::Goal, o);
    for (const auto& o : others(plan.strategies, on)) subject(Kind::Strategy, o);
    for (const auto& o : others(plan.tactics, on)) subject(Kind::Tactic, o);
    links_row(app, id, "Measures", "on", on, false, subjects, on.empty() ? "Choose what it measures" : "Change",
              "Measures nothing yet.");
    if (k.on.kind == Kind::Goal && !k.on.empty()) {
        const auto g = std::find_if(plan.goals.begin(), plan.goals.end(),
                                    [&](const Goal& x) { return x.id.value == k.on.id; });
        bool primary = g != plan.goals.end() && g->primary_kpi && g->primary_kpi->value == id;
        if (ImGui::Checkbox("Primary KPI of its goal", &primary)) {
            act(app, id, "primary", SetField{k.on.id, "primary_kpi", primary ? nlohmann::json(id) : nlohmann::json(nullptr)});
        }
        ui::record(app, "primary");
        action_error(app, id, "primary");
        row_gap();
    }
    section("OWNERSHIP");
    owners_row(app, id, k.owners);
}

void insight_form(App& app, const Insight& in, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = in.id.value;
    ui::label("What was heard");
    ui::TextOptions o;
    o.multiline = true;
    o.focus = claim_focus(id, "text") || focus;
    o.hint = "What customers want, try, say\xe2\x80\xa6";
    ui::text_field(app, "text", in.text, set_text(app, id, "text"), o);
    row_gap();
    combo(app, id, "Heard by", "team", in.team, team_options(in.team), 0);
    row_gap();
    section("FEEDS");
    std::vector<std::string> goal, product;
    if (in.goal) goal.push_back(in.goal->value);
    if (in.product) product.push_back(in.product->value);
    links_row(app, id, singular(Kind::Goal), "goal", goal, false, others(plan.goals, goal),
              goal.empty() ? "Link a goal" : "Change", "Feeds no goal.");
    links_row(app, id, singular(Kind::Product), "product", product, false, others(plan.products, product),
              product.empty() ? "Link a product" : "Change", "About no product in particular.");
}

void person_form(App& app, const Person& p, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = p.id.value;
    name_row(app, id, "Name", "name", p.name, focus, "Full name or role");
    combo(app, id, "Team", "team", p.team, team_options(p.team), 0);
    row_gap();
    section("OWNS");
    std::vector<ui::Chip> chips;
    for (const std::string& owned : owned_by(plan, id)) {
        const std::optional<Location> loc = find_item(plan, owned);
        chips.push_back({owned, display_name(plan, owned), loc ? theme::kind_color(loc->kind) : 0});
    }
    const ui::ChipClick click = ui::chips(app, "owns", chips, "Owns nothing yet.");
    if (click.action == ui::ChipAction::Open) {
        app.select_only(click.id);
        app.view.centre_on.assign(1, click.id);
    } else if (click.action == ui::ChipAction::Remove) {
        act(app, id, "owns", Unlink{click.id, id});
    }
    action_error(app, id, "owns");
}

}  // namespace ab::web::form
