// The Plan tab (see panels/plan_tab.hpp). A list edit sends the whole new list (the command takes a
// field's full value), with any fields this version does not know carried along unchanged.
#include "panels/plan_tab.hpp"

#include <cstdio>

#include "i18n/i18n.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "model/ids.hpp"
#include "model/queries.hpp"
#include "panels/inspector/inspector_forms.hpp"
#include "panels/plan_settings.hpp"
#include "panels/side_panel.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;

std::string g_focus;      // the field that takes the keyboard next frame (a row just added)
bool g_focus_used = false;  // it was drawn with the focus this frame

nlohmann::json plain(const Extra& extra) {
    return extra.is_object() ? nlohmann::json::parse(extra.dump()) : nlohmann::json::object();
}

nlohmann::json swot_json(const Swot& s) {
    nlohmann::json j = plain(s.extra);
    j["strengths"] = s.strengths;
    j["weaknesses"] = s.weaknesses;
    j["opportunities"] = s.opportunities;
    j["threats"] = s.threats;
    return j;
}

nlohmann::json competitors_json(const std::vector<Competitor>& list) {
    nlohmann::json j = nlohmann::json::array();
    for (const Competitor& c : list) {
        nlohmann::json o = plain(c.extra);
        o["name"] = c.name;
        o["position"] = c.position;
        o["notes"] = c.notes;
        j.push_back(std::move(o));
    }
    return j;
}

std::string set_plan(App& app, const char* field, nlohmann::json value) {
    const ApplyResult r = app.doc.apply(SetField{"", field, std::move(value)});
    platform::request_frames(3);
    return r.ok ? std::string() : ui::readable_error(field, r.error);
}

ui::TextOptions opts(const std::string& name, const char* hint, float width = 0) {
    ui::TextOptions o;
    o.hint = hint;
    o.width = width;
    o.focus = !g_focus.empty() && g_focus == name;
    g_focus_used = g_focus_used || o.focus;
    return o;
}

// A new item's id, as the board makes it (model/ids.hpp: p3, P2, I4; in a workshop room with
// this participant's tag, so two people adding at once never make one id).
std::string new_id(const App& app, Kind kind) { return fresh_id(app.doc.plan(), kind, {}, app.doc.id_tag()); }

void swot_list(App& app, const char* key, const char* title, const char* one, ImU32 colour) {
    const float r = platform::pixel_ratio();
    const Swot& swot = app.doc.plan().settings.swot;
    const std::vector<std::string>& list = key[0] == 's' ? swot.strengths
                                           : key[0] == 'w' ? swot.weaknesses
                                           : key[0] == 'o' ? swot.opportunities
                                                           : swot.threats;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(a.x + 4 * r, a.y + 8 * r), 4 * r, colour);
    ImGui::SetCursorScreenPos(ImVec2(a.x + 14 * r, a.y));
    ImGui::PushFont(fonts::get().title, fonts::get().title->LegacySize);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    const std::vector<std::string> copy = list;  // an edit below replaces the live list
    const float trash = ImGui::GetFrameHeight();
    for (size_t i = 0; i < copy.size(); ++i) {
        const std::string name = std::string("swot.") + key + "." + std::to_string(i);
        const float w = ImGui::GetContentRegionAvail().x - trash - 4 * r;
        ui::text_field(app, name.c_str(), copy[i], [&app, key, i](const std::string& text) {
            Swot s = app.doc.plan().settings.swot;
            auto& l = key[0] == 's' ? s.strengths : key[0] == 'w' ? s.weaknesses : key[0] == 'o' ? s.opportunities : s.threats;
            if (i >= l.size()) return std::string();
            if (text.empty()) l.erase(l.begin() + std::ptrdiff_t(i));
            else l[i] = text;
            return set_plan(app, "swot", swot_json(s));
        }, opts(name, i18n::tr("plantab.empty_entries_are_removed").c_str(), w));
        ImGui::SameLine(0, 4 * r);
        if (ui::remove_button(app, (name + ".remove").c_str(), i18n::tr("plantab.remove_this_entry").c_str())) {
            Swot s = swot;
            auto& l = key[0] == 's' ? s.strengths : key[0] == 'w' ? s.weaknesses : key[0] == 'o' ? s.opportunities : s.threats;
            l.erase(l.begin() + std::ptrdiff_t(i));
            form::act(app, "", "swot", SetField{"", "swot", swot_json(s)});
        }
    }
    const std::string add = std::string("swot.") + key + ".add";
    const std::string hint = i18n::tr("plantab.add_entry", {{"what", one}});
    ui::text_field(app, add.c_str(), "", [&app, key](const std::string& text) {
        if (text.empty()) return std::string();
        Swot s = app.doc.plan().settings.swot;
        auto& l = key[0] == 's' ? s.strengths : key[0] == 'w' ? s.weaknesses : key[0] == 'o' ? s.opportunities : s.threats;
        l.push_back(text);
        return set_plan(app, "swot", swot_json(s));
    }, opts(add, hint.c_str()));
    ImGui::Dummy(ImVec2(1, 8 * r));
}

void competitors(App& app) {
    const float r = platform::pixel_ratio();
    const std::vector<Competitor> list = app.doc.plan().settings.competitors;
    if (list.empty()) ui::hint(i18n::tr("plantab.who_else_the_customer_considers").c_str());
    const float trash = ImGui::GetFrameHeight();
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string base = "competitors." + std::to_string(i);
        auto setter = [&app, i](const char* field) {
            return [&app, i, field](const std::string& text) {
                std::vector<Competitor> l = app.doc.plan().settings.competitors;
                if (i >= l.size()) return std::string();
                Competitor& c = l[i];
                const std::string f = field;
                (f == "name" ? c.name : f == "position" ? c.position : c.notes) = text;
                return set_plan(app, "competitors", competitors_json(l));
            };
        };
        const float w = ImGui::GetContentRegionAvail().x - trash - 4 * r;
        ImGui::PushFont(fonts::get().title, fonts::get().title->LegacySize);
        ui::text_field(app, (base + ".name").c_str(), list[i].name, setter("name"), opts(base + ".name", i18n::tr("plantab.competitor").c_str(), w));
        ImGui::PopFont();
        ImGui::SameLine(0, 4 * r);
        if (ui::remove_button(app, (base + ".remove").c_str(), i18n::tr("plantab.remove_this_competitor").c_str())) {
            std::vector<Competitor> l = list;
            l.erase(l.begin() + std::ptrdiff_t(i));
            form::act(app, "", "competitors", SetField{"", "competitors", competitors_json(l)});
        }
        ui::text_field(app, (base + ".position").c_str(), list[i].position, setter("position"),
                       opts(base + ".position", i18n::tr("plantab.position_where_they_stand").c_str(), w));
        ui::text_field(app, (base + ".notes").c_str(), list[i].notes, setter("notes"),
                       opts(base + ".notes", i18n::tr("plantab.notes_why_it_matters_to").c_str(), w));
        ImGui::Dummy(ImVec2(1, 8 * r));
    }
    if (ui::quiet_button(app, "competitors.add", (std::string(icon::kPlus) + i18n::tr("plantab.add_competitor").c_str()).c_str())) {
        std::vector<Competitor> l = list;
        l.push_back(Competitor{i18n::tr("plantab.new_competitor").c_str(), "", "", Extra::object()});
        if (form::act(app, "", "competitors", SetField{"", "competitors", competitors_json(l)})) {
            g_focus = "competitors." + std::to_string(l.size() - 1) + ".name";
        }
    }
    form::action_error(app, "", "competitors");
}

void inspect(App& app, const std::string& id) {
    app.select_only(id);
    app.view.centre_on.assign(1, id);
    open_side_tab(app, SideTab::Inspect, false);
}

void people(App& app) {
    const float r = platform::pixel_ratio();
    const std::vector<Person> list = app.doc.plan().people;
    const float h = ImGui::GetFrameHeight();
    const float team_w = 104 * r;
    for (const Person& p : list) {
        const std::string& id = p.id.value;
        const std::string base = "people." + id;
        const float w = ImGui::GetContentRegionAvail().x - team_w - 2 * h - 12 * r;
        ui::text_field(app, (base + ".name").c_str(), p.name, form::set_text(app, id, "name"),
                       opts(base + ".name", i18n::tr("plantab.name").c_str(), w));
        ImGui::SameLine(0, 4 * r);
        if (auto team = ui::combo_field(app, (base + ".team").c_str(), p.team, form::team_options(p.team), team_w)) {
            form::act(app, id, "team", SetField{id, "team", team->empty() ? nlohmann::json(nullptr) : nlohmann::json(*team)});
        }
        ImGui::SameLine(0, 4 * r);
        ImGui::PushID(base.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, kTextMuted);
        if (ImGui::Button(icon::kOwner, ImVec2(h, h))) inspect(app, id);
        ImGui::PopStyleColor();
        ui::record(app, base + ".inspect");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("plantab.inspect_owner", {{"name", p.name}}).c_str());
        ImGui::PopID();
        ImGui::SameLine(0, 4 * r);
        if (ui::remove_button(app, (base + ".remove").c_str(), i18n::tr("plantab.remove_this_person_their_ownerships").c_str())) {
            if (form::act(app, id, "people", RemoveItems{{id}})) {
                app.say(i18n::tr("plantab.removed", {{"name", p.name.empty() ? id : p.name}}), false, 4);
            }
        }
    }
    if (ui::quiet_button(app, "people.add", (std::string(icon::kPlus) + i18n::tr("plantab.add_person").c_str()).c_str())) {
        Person p;
        p.id.value = new_id(app, Kind::Person);
        p.name = i18n::tr("plantab.new_person").c_str();
        if (form::act(app, p.id.value, "people", AddItem{p, std::nullopt, std::nullopt})) {
            g_focus = "people." + p.id.value + ".name";
        }
    }
    for (const Person& p : list) form::action_error(app, p.id.value, "people");
}

// Items without a card: a row each that opens it in the inspector, and a button to add one.
template <class V>
void item_list(App& app, const V& items, Kind kind, const char* add_text) {
    const float r = platform::pixel_ratio();
    for (const auto& it : items) {
        const std::string& id = it.id.value;
        const std::string name = display_name(it);
        ImGui::PushID(id.c_str());
        const ImVec2 a = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##item", app.is_selected(id), 0, ImVec2(0, 26 * r))) inspect(app, id);
        ui::record(app, std::string(collection_name(kind)) + "." + id);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(ImVec2(a.x + 8 * r, a.y + 13 * r), 3.5f * r, kind_color(kind));
        dl->PushClipRect(a, ImVec2(a.x + ImGui::GetContentRegionAvail().x - 4 * r, a.y + 26 * r), true);
        dl->AddText(ImVec2(a.x + 20 * r, a.y + 13 * r - ImGui::GetFontSize() * 0.5f), kText, name.c_str());
        dl->PopClipRect();
        ImGui::PopID();
    }
    const std::string add_name = std::string(collection_name(kind)) + ".add";
    if (ui::quiet_button(app, add_name.c_str(), (std::string(icon::kPlus) + "  " + add_text).c_str())) {
        AddItem add;
        if (kind == Kind::Product) {
            Product p;
            p.id.value = new_id(app, Kind::Product);
            p.name = i18n::tr("plantab.new_product").c_str();
            add.item = p;
        } else {
            Insight in;
            in.id.value = new_id(app, Kind::Insight);
            in.text = i18n::tr("plantab.new_insight").c_str();
            add.item = in;
        }
        const std::string id = id_of(add.item);
        if (form::act(app, "", add_name.c_str(), add)) {
            app.select_only(id);
            open_side_tab(app, SideTab::Inspect, true);
        }
    }
    form::action_error(app, "", add_name.c_str());
}

}  // namespace

void draw_plan_context(App& app) {
    const Plan& plan = app.doc.plan();
    draw_plan_settings(app);
    form::section(i18n::tr("plantab.brand_key").c_str());
    ui::TextOptions bk = opts("brand_key", i18n::tr("plantab.what_the_brand_stands_for").c_str());
    bk.multiline = true;
    ui::text_field(app, "brand_key", plan.settings.brand_key,
                   [&app](const std::string& text) { return set_plan(app, "brand_key", text); }, bk);
    form::section(i18n::tr("plantab.swot").c_str());
    swot_list(app, "strengths", i18n::tr("plantab.strengths").c_str(), i18n::tr("plantab.a_strength").c_str(), rgba(5, 150, 105));
    swot_list(app, "weaknesses", i18n::tr("plantab.weaknesses").c_str(), i18n::tr("plantab.a_weakness").c_str(), rgba(220, 38, 38));
    swot_list(app, "opportunities", i18n::tr("plantab.opportunities").c_str(), i18n::tr("plantab.an_opportunity").c_str(), rgba(2, 132, 199));
    swot_list(app, "threats", i18n::tr("plantab.threats").c_str(), i18n::tr("plantab.a_threat").c_str(), rgba(217, 119, 6));
    form::action_error(app, "", "swot");
    form::section(i18n::tr("plantab.competitors").c_str());
    competitors(app);
    form::section(i18n::tr("plantab.people").c_str());
    people(app);
    form::section(i18n::tr("plantab.products").c_str());
    item_list(app, app.doc.plan().products, Kind::Product, i18n::tr("plantab.add_product").c_str());
    form::section(i18n::tr("plantab.insights").c_str());
    item_list(app, app.doc.plan().insights, Kind::Insight, i18n::tr("plantab.add_insight").c_str());
    ImGui::Dummy(ImVec2(1, 16 * platform::pixel_ratio()));
    if (g_focus_used) g_focus.clear();
    g_focus_used = false;
}

}  // namespace ab::web
