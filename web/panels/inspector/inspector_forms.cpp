// The inspector's form for each kind of item (see inspector_forms.hpp). Field names are the plan
// file's (plan-format.md); pickers offer the values the format allows plus the plan's own lists.
#include "panels/inspector/inspector_forms.hpp"

#include <algorithm>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
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
    o.hint = i18n::tr("form.not_set").c_str();
    o.suffix = suffix.empty() || suffix.size() > 6 ? nullptr : suffix.c_str();
    o.focus = claim_focus(id, field);
    // Shown as the reader writes numbers ("1.234,5" in German); set_number reads that or plain.
    ui::text_field(app, field, v ? local_number(*v) : std::string(), set_number(app, id, field), o);
}

void date_field(App& app, const std::string& id, const char* label, const char* field, const std::string& v, float w) {
    ui::label(label);
    ui::TextOptions o;
    o.width = w;
    o.hint = i18n::tr("form.yyyy_mm_dd").c_str();
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
    out.push_back({"", i18n::tr("form.not_set").c_str()});
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
        if (auto picked = ui::add_picker(app, name.c_str(), add_text, add, i18n::tr("form.nothing_left_to_link").c_str(), open)) {
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
    name_row(app, id, i18n::tr("form.name").c_str(), "name", g.name, focus, i18n::tr("form.what_sales_commits_to").c_str());
    side_by_side([&](float w) { number_field(app, id, i18n::tr("form.weight").c_str(), "weight", g.weight, "", w); },
         [&](float w) {
             std::vector<ui::Option> kpis;
             for (const std::string& k : primary_kpi_choices(plan, g)) kpis.push_back({k, display_name(plan, k)});
             kpis.push_back({"", i18n::tr("form.not_set").c_str()});
             combo(app, id, i18n::tr("form.primary_kpi").c_str(), "primary_kpi", g.primary_kpi ? g.primary_kpi->value : "", kpis, w);
         });
    section(i18n::tr("form.links").c_str());
    const std::vector<std::string> strategies = linked_from(plan, id, Kind::Strategy);
    const std::vector<std::string> kpis = linked_from(plan, id, Kind::Kpi);
    links_row(app, id, plural(Kind::Strategy), "strategies", strategies, true, others(plan.strategies, strategies),
              i18n::tr("form.link_a_strategy").c_str(), i18n::tr("form.no_strategy_serves_this_goal").c_str());
    links_row(app, id, plural(Kind::Kpi), "kpis", kpis, true, others(plan.kpis, kpis), i18n::tr("form.measure_with_a_kpi").c_str(),
              i18n::tr("form.no_kpi_measures_this_goal").c_str());
    section(i18n::tr("form.ownership").c_str());
    owners_row(app, id, g.owners);
}

void strategy_form(App& app, const Strategy& s, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = s.id.value;
    name_row(app, id, i18n::tr("form.name").c_str(), "name", s.name, focus, i18n::tr("form.the_plan_to_reach_a").c_str());
    section(i18n::tr("form.links").c_str());
    const std::vector<std::string> goals = ids(s.goals);
    links_row(app, id, i18n::tr("form.goals_it_serves").c_str(), "goals", goals, false, others(plan.goals, goals), i18n::tr("form.link_a_goal").c_str(),
              i18n::tr("form.not_linked_to_a_goal").c_str());
    const std::vector<std::string> tactics = linked_from(plan, id, Kind::Tactic);
    links_row(app, id, plural(Kind::Tactic), "tactics", tactics, true, others(plan.tactics, tactics), i18n::tr("form.link_a_tactic").c_str(),
              i18n::tr("form.no_tactic_carries_this_strategy").c_str());
    // A strategy's KPIs show whether it works (item.no_kpi): linked here as on a goal.
    const std::vector<std::string> kpis = linked_from(plan, id, Kind::Kpi);
    links_row(app, id, plural(Kind::Kpi), "kpis", kpis, true, others(plan.kpis, kpis), i18n::tr("form.measure_with_a_kpi").c_str(),
              i18n::tr("form.no_kpi_shows_whether_this").c_str());
    section(i18n::tr("form.ownership").c_str());
    owners_row(app, id, s.owners);
}

void product_form(App& app, const Product& p, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = p.id.value;
    name_row(app, id, i18n::tr("form.name").c_str(), "name", p.name, focus, i18n::tr("form.product_name").c_str());
    side_by_side([&](float w) { number_field(app, id, i18n::tr("form.sales_forecast").c_str(), "forecast", p.forecast, plan.settings.currency, w); },
         [&](float) {
             ui::label(i18n::tr("form.big_push").c_str());
             bool big = p.big_push;
             ImGui::AlignTextToFramePadding();
             if (claim_focus(id, "big_push")) ImGui::SetKeyboardFocusHere();
             if (ImGui::Checkbox(i18n::tr("form.priority_this_season").c_str(), &big)) act(app, id, "big_push", SetField{id, "big_push", big});
             ui::record(app, "big_push");
         });
    action_error(app, id, "big_push");
    text_row(app, id, i18n::tr("form.key_message").c_str(), "key_message", p.key_message, {i18n::tr("form.the_line_every_channel_carries").c_str()});
    section(i18n::tr("form.links").c_str());
    const std::vector<std::string> tactics = linked_from(plan, id, Kind::Tactic);
    links_row(app, id, i18n::tr("form.tactics_promoting_it").c_str(), "tactics", tactics, true, others(plan.tactics, tactics),
              i18n::tr("form.link_a_tactic").c_str(), i18n::tr("form.no_tactic_promotes_this_product").c_str());
    section(i18n::tr("form.ownership").c_str());
    owners_row(app, id, p.owners);
}

void tactic_form(App& app, const Tactic& t, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = t.id.value;
    name_row(app, id, i18n::tr("form.name").c_str(), "name", t.name, focus, i18n::tr("form.a_concrete_initiative").c_str());
    section(i18n::tr("form.links").c_str());
    const std::vector<std::string> strategies = ids(t.strategies), products = ids(t.products);
    links_row(app, id, plural(Kind::Strategy), "strategies", strategies, false, others(plan.strategies, strategies),
              i18n::tr("form.link_a_strategy").c_str(), i18n::tr("form.not_linked_to_a_strategy").c_str());
    links_row(app, id, plural(Kind::Product), "products", products, false, others(plan.products, products),
              i18n::tr("form.link_a_product").c_str(), i18n::tr("form.promotes_no_product_brand_spend").c_str());
    section(i18n::tr("form.placement").c_str());
    side_by_side([&](float w) {
             combo(app, id, i18n::tr("form.channel").c_str(), "channel", t.channel,
                   choices(default_required_channels(), plan.settings.required_channels, t.channel), w);
         },
         [&](float w) {
             static const char* const kPhase[] = {"", "pre", "launch", "post"};
             const std::vector<ui::Option> phases = {
                 {"pre", i18n::tr("form.pre_launch").c_str()}, {"launch", i18n::tr("form.launch").c_str()}, {"post", i18n::tr("form.post_launch").c_str()}, {"", i18n::tr("form.not_set").c_str()}};
             combo(app, id, i18n::tr("form.phase").c_str(), "phase", kPhase[int(t.phase)], phases, w);
         });
    side_by_side([&](float w) {
             combo(app, id, i18n::tr("form.journey_stage").c_str(), "stage", t.stage,
                   choices(default_required_stages(), plan.settings.required_stages, t.stage), w);
         },
         [&](float w) {
             ui::label(i18n::tr("form.message").c_str());
             ui::TextOptions o;
             o.width = w;
             o.hint = i18n::tr("form.key_message").c_str();
             o.focus = claim_focus(id, "message");
             ui::text_field(app, "message", t.message, set_text(app, id, "message"), o);
         });
    section(i18n::tr("form.money").c_str());
    // The return counts in the unit of the goal's primary KPI: cafés for a café goal, not money.
    const std::string return_unit = expected_return_unit(plan, id);
    side_by_side([&](float w) { number_field(app, id, i18n::tr("form.budget").c_str(), "budget", t.budget, plan.settings.currency, w); },
         [&](float w) { number_field(app, id, i18n::tr("form.expected_return").c_str(), "expected_return", t.expected_return, return_unit, w); });
    if (!return_unit.empty()) {
        const std::string says = i18n::tr("form.return_unit", {{"unit", return_unit}});
        ui::hint(says.c_str());
    }
    section(i18n::tr("form.schedule").c_str());
    side_by_side([&](float w) { date_field(app, id, i18n::tr("form.start").c_str(), "start", t.start, w); },
         [&](float w) { date_field(app, id, i18n::tr("form.end").c_str(), "end", t.end, w); });
    if (!plan.settings.start.empty() || !plan.settings.end.empty()) {
        const std::string period = i18n::tr("form.plan_period", {{"start", local_date(plan.settings.start)},
                                                                  {"end", local_date(plan.settings.end)}});
        ui::hint(period.c_str());
    }
    section(i18n::tr("form.ownership").c_str());
    owners_row(app, id, t.owners);
}

void kpi_form(App& app, const Kpi& k, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = k.id.value;
    name_row(app, id, i18n::tr("form.metric").c_str(), "metric", k.metric, focus, i18n::tr("form.what_is_measured").c_str());
    side_by_side([&](float w) {
             ui::label(i18n::tr("form.unit").c_str());
             ui::TextOptions o;
             o.width = w;
             o.hint = i18n::tr("form.unit_hint").c_str();
             o.focus = claim_focus(id, "unit");
             ui::text_field(app, "unit", k.unit, set_text(app, id, "unit"), o);
         },
         [&](float w) {
             ui::label(i18n::tr("form.better_when").c_str());
             if (auto v = ui::segmented(app, "dir", k.dir == Direction::Up ? 0 : 1,
                                        {i18n::tr("form.higher").c_str(), i18n::tr("form.lower").c_str()}, w)) {
                 act(app, id, "dir", SetField{id, "dir", *v == 0 ? "up" : "down"});
             }
         });
    section(i18n::tr("form.targets").c_str());
    side_by_side([&](float w) { number_field(app, id, i18n::tr("form.baseline").c_str(), "baseline", k.baseline, k.unit, w); },
         [&](float w) { number_field(app, id, i18n::tr("form.target").c_str(), "target", k.target, k.unit, w); });
    side_by_side([&](float w) { number_field(app, id, i18n::tr("form.current").c_str(), "current", k.current, k.unit, w); },
         [&](float w) { date_field(app, id, i18n::tr("form.due").c_str(), "due", k.due, w); });
    section(i18n::tr("form.links").c_str());
    std::vector<std::string> on;
    if (!k.on.empty()) on.push_back(k.on.id);
    std::vector<ui::Option> subjects;
    auto subject = [&](Kind kind, const ui::Option& o) {
        subjects.push_back({o.value, std::string(kind_info(kind).label) + " \xc2\xb7 " + o.label});
    };
    for (const auto& o : others(plan.goals, on)) subject(Kind::Goal, o);
    for (const auto& o : others(plan.strategies, on)) subject(Kind::Strategy, o);
    for (const auto& o : others(plan.tactics, on)) subject(Kind::Tactic, o);
    links_row(app, id, i18n::tr("form.measures").c_str(), "on", on, false, subjects, on.empty() ? i18n::tr("form.choose_what_it_measures").c_str() : i18n::tr("form.change").c_str(),
              i18n::tr("form.measures_nothing_yet").c_str());
    if (k.on.kind == Kind::Goal && !k.on.empty()) {
        const auto g = std::find_if(plan.goals.begin(), plan.goals.end(),
                                    [&](const Goal& x) { return x.id.value == k.on.id; });
        bool primary = g != plan.goals.end() && g->primary_kpi && g->primary_kpi->value == id;
        if (ImGui::Checkbox(i18n::tr("form.primary_kpi_of_its_goal").c_str(), &primary)) {
            act(app, id, "primary", SetField{k.on.id, "primary_kpi", primary ? nlohmann::json(id) : nlohmann::json(nullptr)});
        }
        ui::record(app, "primary");
        action_error(app, id, "primary");
        row_gap();
    }
    section(i18n::tr("form.ownership").c_str());
    owners_row(app, id, k.owners);
}

void insight_form(App& app, const Insight& in, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = in.id.value;
    ui::label(i18n::tr("form.what_was_heard").c_str());
    ui::TextOptions o;
    o.multiline = true;
    o.focus = claim_focus(id, "text") || focus;
    o.hint = i18n::tr("form.what_customers_want_try_say").c_str();
    ui::text_field(app, "text", in.text, set_text(app, id, "text"), o);
    row_gap();
    combo(app, id, i18n::tr("form.heard_by").c_str(), "team", in.team, team_options(in.team), 0);
    row_gap();
    section(i18n::tr("form.feeds").c_str());
    std::vector<std::string> goal, product;
    if (in.goal) goal.push_back(in.goal->value);
    if (in.product) product.push_back(in.product->value);
    links_row(app, id, singular(Kind::Goal), "goal", goal, false, others(plan.goals, goal),
              goal.empty() ? i18n::tr("form.link_a_goal").c_str() : i18n::tr("form.change").c_str(), i18n::tr("form.feeds_no_goal").c_str());
    links_row(app, id, singular(Kind::Product), "product", product, false, others(plan.products, product),
              product.empty() ? i18n::tr("form.link_a_product").c_str() : i18n::tr("form.change").c_str(), i18n::tr("form.about_no_product_in_particular").c_str());
}

void person_form(App& app, const Person& p, bool focus) {
    const Plan& plan = app.doc.plan();
    const std::string& id = p.id.value;
    name_row(app, id, i18n::tr("form.name").c_str(), "name", p.name, focus, i18n::tr("form.full_name_or_role").c_str());
    combo(app, id, i18n::tr("form.team").c_str(), "team", p.team, team_options(p.team), 0);
    row_gap();
    section(i18n::tr("form.owns").c_str());
    std::vector<ui::Chip> chips;
    for (const std::string& owned : owned_by(plan, id)) {
        const std::optional<Location> loc = find_item(plan, owned);
        chips.push_back({owned, display_name(plan, owned), loc ? theme::kind_color(loc->kind) : 0});
    }
    const ui::ChipClick click = ui::chips(app, "owns", chips, i18n::tr("form.owns_nothing_yet").c_str());
    if (click.action == ui::ChipAction::Open) {
        app.select_only(click.id);
        app.view.centre_on.assign(1, click.id);
    } else if (click.action == ui::ChipAction::Remove) {
        act(app, id, "owns", Unlink{click.id, id});
    }
    action_error(app, id, "owns");
}

}  // namespace ab::web::form
