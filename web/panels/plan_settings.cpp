// The plan's settings at the top of the Plan tab (see plan_settings.hpp).
#include "panels/plan_settings.hpp"

#include <algorithm>

#include "i18n/i18n.hpp"
#include "imgui.h"
#include "model/plan.hpp"
#include "panels/inspector/inspector_forms.hpp"
#include "platform/platform.hpp"
#include "i18n/language.hpp"
#include "ui/field_widgets.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

// Currencies offered first (ISO 4217); a plan's own code is offered too, whatever it is.
// Their names are the catalogue's "currency.<code>".
const char* const kCurrencies[] = {"USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF", "SEK",
                                   "NOK", "DKK", "PLN", "UAH", "TRY", "BRL", "MXN", "ZAR", "NGN", "KES",
                                   "EGP", "AED", "SAR", "KRW", "VND", "IDR", "THB", "SGD", "NZD"};

std::vector<ui::Option> currency_options(const std::string& current) {
    std::vector<ui::Option> out;
    bool listed = current.empty();
    for (const auto& c : kCurrencies) {
        out.push_back({c, std::string(c) + "  \xc2\xb7  " + i18n::tr(std::string("currency.") + c)});
        listed = listed || current == c;
    }
    if (!listed) out.insert(out.begin(), {current, current});
    out.push_back({"", i18n::tr("field.not_set")});
    return out;
}

// Every value worth a box: the usual ones, then the plan's own, then those its tactics use.
std::vector<std::string> candidates(std::vector<std::string> usual, const std::vector<std::string>& required,
                                    const std::vector<std::string>& used) {
    for (const auto* list : {&required, &used}) {
        for (const std::string& v : *list) {
            if (!v.empty() && std::find(usual.begin(), usual.end(), v) == usual.end()) usual.push_back(v);
        }
    }
    return usual;
}

// A box per candidate, two to a row; a toggle sets the plan's whole list (in candidate order).
void required_list(App& app, const char* field, const char* add_hint, const std::vector<std::string>& usual,
                   const std::vector<std::string>& required, const std::vector<std::string>& used) {
    const float r = platform::pixel_ratio();
    const std::string base = std::string("plan.") + field;
    const std::vector<std::string> all = candidates(usual, required, used);
    const float col = ui::half_width() + ui::gap();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::PushID(field);
    for (size_t i = 0; i < all.size(); ++i) {
        if (i % 2 == 1) ImGui::SameLine(ImGui::GetCursorStartPos().x + col);
        bool on = std::find(required.begin(), required.end(), all[i]) != required.end();
        if (ImGui::Checkbox(form::value_label(all[i]).c_str(), &on)) {
            std::vector<std::string> next;
            for (const std::string& v : all) {
                const bool was = std::find(required.begin(), required.end(), v) != required.end();
                if (v == all[i] ? on : was) next.push_back(v);
            }
            form::act(app, "", field, SetField{"", field, next});
        }
        ui::record(app, base + ":" + all[i]);
    }
    ImGui::PopID();
    const ImVec2 bottom = ImGui::GetItemRectMax();
    app.probe.rects["panel/" + base] = {top.x / r, top.y / r, ImGui::GetContentRegionAvail().x / r, (bottom.y - top.y) / r};
    const std::string add = base + ".add";
    ui::TextOptions o;
    o.hint = add_hint;
    ui::text_field(app, add.c_str(), "", [&app, field, required](const std::string& text) {
        std::string v = text;
        while (!v.empty() && v.back() == ' ') v.pop_back();
        while (!v.empty() && v.front() == ' ') v.erase(0, 1);
        if (v.empty() || std::find(required.begin(), required.end(), v) != required.end()) return std::string();
        std::vector<std::string> next = required;
        next.push_back(v);
        const ApplyResult res = app.doc.apply(SetField{"", field, next});
        platform::request_frames(3);
        return res.ok ? std::string() : ui::readable_error(field, res.error);
    }, o);
    form::action_error(app, "", field);
}

}  // namespace

void draw_plan_settings(App& app) {
    const Settings& s = app.doc.plan().settings;
    form::section(i18n::tr("plan.section").c_str());
    ui::label(i18n::tr("plan.name").c_str());
    ui::TextOptions name;
    name.hint = i18n::tr("plan.untitled").c_str();
    ui::text_field(app, "plan.name", s.name, form::set_text(app, "", "name"), name);
    form::row_gap();

    const auto date = [&app](const char* label, const char* field, const std::string& value) {
        return [&app, label, field, &value](float w) {
            ui::label(label);
            ui::TextOptions o;
            o.width = w;
            o.hint = i18n::tr("plan.date_hint").c_str();
            ui::text_field(app, (std::string("plan.") + field).c_str(), value, form::set_date(app, "", field), o);
        };
    };
    form::side_by_side(date(i18n::tr("plan.starts").c_str(), "start", s.start),
                       date(i18n::tr("plan.ends").c_str(), "end", s.end));

    ui::label(i18n::tr("plan.currency").c_str());
    if (auto v = ui::combo_field(app, "plan.currency", s.currency, currency_options(s.currency), 0)) {
        form::act(app, "", "currency", SetField{"", "currency", v->empty() ? nlohmann::json(nullptr) : nlohmann::json(*v)});
    }
    form::action_error(app, "", "currency");
    form::row_gap();

    std::vector<std::string> channels, stages;
    for (const Tactic& t : app.doc.plan().tactics) {
        channels.push_back(t.channel);
        stages.push_back(t.stage);
    }
    ui::label(i18n::tr("plan.channels").c_str());
    ui::hint(i18n::tr("plan.channels_hint").c_str());
    required_list(app, "required_channels", i18n::tr("plan.add_channel").c_str(), default_required_channels(),
                  s.required_channels, channels);
    form::row_gap();
    ui::label(i18n::tr("plan.stages").c_str());
    ui::hint(i18n::tr("plan.stages_hint").c_str());
    required_list(app, "required_stages", i18n::tr("plan.add_stage").c_str(), default_required_stages(), s.required_stages,
                  stages);
    form::row_gap();

    // The app's language (not the plan's: it is kept in this browser, web/i18n).
    ui::label(i18n::tr("language.label").c_str());
    std::vector<ui::Option> languages;
    for (const i18n::Language& l : i18n::languages()) languages.push_back({l.code, l.name});
    if (auto v = ui::combo_field(app, "app.language", i18n::language(), languages, 0)) language::choose(app, *v);
}

}  // namespace ab::web
