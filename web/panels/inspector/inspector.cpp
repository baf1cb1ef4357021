// The inspector (see panels/inspector/inspector.hpp): a header naming the item, then its kind's form; a
// summary for several items; a hint when nothing is selected.
#include "panels/inspector/inspector.hpp"

#include <cfloat>
#include <cmath>
#include <cstdio>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "model/kinds.hpp"
#include "model/queries.hpp"
#include "panels/inspector/inspector_forms.hpp"
#include "platform/platform.hpp"
#include "ui/text/bidi_text.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;

// A pill in the kind's colour ("TACTIC"), the id in faint text, and the card's score if it has one.
void draw_header(App& app, Kind kind, const std::string& id) {
    const float r = platform::pixel_ratio();
    const fonts::Set& fs = fonts::get();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float size = 11 * r, h = 22 * r;
    const char* label = kind_label(kind);
    const float lw = fs.small_bold->CalcTextSizeA(size, FLT_MAX, 0, label).x;
    const ImU32 col = kind_color(kind);
    dl->AddRectFilled(a, ImVec2(a.x + lw + 20 * r, a.y + h), (col & 0x00FFFFFF) | (28u << 24), h * 0.5f);
    dl->AddText(fs.small_bold, size, ImVec2(a.x + 10 * r, a.y + (h - size) * 0.5f), col, label);
    const std::string idtext = i18n::tr("inspector.id", {{"id", id}});
    dl->AddText(fs.small, size, ImVec2(a.x + lw + 30 * r, a.y + (h - size) * 0.5f), kTextFaint, idtext.c_str());
    if (const Card* card = app.view.board.find(id); card && card->score) {
        const std::string score = i18n::tr("inspector.score", {{"score", local_number(std::round(*card->score))}});
        const char* value = score.c_str();
        const float vw = fs.small_bold->CalcTextSizeA(size, FLT_MAX, 0, value).x;
        const ImVec2 ba(a.x + w - vw - 20 * r, a.y);
        dl->AddRectFilled(ba, ImVec2(a.x + w, a.y + h), health_tint(card->score), h * 0.5f);
        dl->AddText(fs.small_bold, size, ImVec2(ba.x + 10 * r, a.y + (h - size) * 0.5f), health_color(card->score),
                    value);
    }
    ImGui::Dummy(ImVec2(w, h + 10 * r));
}

void delete_button(App& app, Kind kind, const std::string& id) {
    const float r = platform::pixel_ratio();
    ImGui::Dummy(ImVec2(1, 10 * r));
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(a, ImVec2(a.x + ImGui::GetContentRegionAvail().x, a.y), kBarBorder, 1 * r);
    ImGui::Dummy(ImVec2(1, 10 * r));
    const std::string what = kind_info(kind).noun;
    const std::string text = std::string(icon::kTrash) + "  " + i18n::tr("inspector.delete", {{"kind", what}});
    ImGui::PushStyleColor(ImGuiCol_Text, rgba(185, 28, 28));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, rgba(254, 242, 242));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, rgba(254, 226, 226));
    const bool pressed = ImGui::Button(text.c_str());
    ImGui::PopStyleColor(3);
    ui::record(app, "delete");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", i18n::tr("inspector.delete_tip").c_str());
    if (pressed && form::act(app, id, "delete", RemoveItems{{id}})) {
        app.say(i18n::tr("inspector.deleted", {{"kind", what}}), false, 4);
        app.clear_selection();
    }
    form::action_error(app, id, "delete");
}

void draw_empty() {
    const float r = platform::pixel_ratio();
    ImGui::Dummy(ImVec2(1, 40 * r));
    const fonts::Set& fs = fonts::get();
    const float w = ImGui::GetContentRegionAvail().x;
    const char* title = i18n::tr("inspector.nothing").c_str();
    const float tw = fs.heading->CalcTextSizeA(fs.heading->LegacySize, FLT_MAX, 0, title).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - tw) * 0.5f);
    ImGui::PushFont(fs.heading, fs.heading->LegacySize);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(1, 4 * r));
    ui::hint(i18n::tr("inspector.nothing_hint").c_str());
}

// Several items: how many of each kind, and the money they hold.
void draw_summary(App& app) {
    const float r = platform::pixel_ratio();
    const Plan& plan = app.doc.plan();
    const SelectionTotals totals = selection_totals(plan, app.view.selection);
    ui::heading(i18n::tr_count("inspector.selected_count", double(app.view.selection.size())).c_str());
    ui::hint(kind_counts_text(totals).c_str());
    ImGui::Dummy(ImVec2(1, 8 * r));
    // `label` is the catalogue's; `probe` is the name the bridge finds the figure by
    // (panelRect("Total budget")), an id that never changes with the language.
    auto stat = [&](const std::string& label, const char* probe, const std::string& value) {
        ui::label(label.c_str());
        ImGui::PushFont(fonts::get().score, fonts::get().score->LegacySize);
        ImGui::TextUnformatted(value.c_str());
        ImGui::PopFont();
        ui::record(app, probe);
    };
    const float hw = ui::half_width();
    ImGui::BeginGroup();
    stat(i18n::tr("inspector.total_budget"), "Total budget", local_money(totals.budget, plan.settings.currency));
    ImGui::EndGroup();
    ImGui::SameLine(hw + ui::gap() + ImGui::GetStyle().WindowPadding.x);
    ImGui::BeginGroup();
    stat(i18n::tr("inspector.expected_return"), "Expected return", local_number(totals.expected_return));
    ImGui::EndGroup();
    if (totals.tactics() > 0) ui::hint(budgeted_text(totals).c_str());
    form::section(i18n::tr("inspector.selected").c_str());
    for (const std::string& id : app.view.selection) {
        const std::optional<Location> loc = find_item(plan, id);
        if (!loc) continue;
        ImGui::PushID(id.c_str());
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const std::string name = display_name(plan, id);
        if (ImGui::Selectable(("##row" + id).c_str(), false, 0, ImVec2(0, 26 * r))) {
            app.select_only(id);
            app.view.centre_on.assign(1, id);
        }
        ui::record(app, "selected:" + id);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(ImVec2(a.x + 8 * r, a.y + 13 * r), 3.5f * r, kind_color(loc->kind));
        dl->PushClipRect(a, ImVec2(a.x + ImGui::GetContentRegionAvail().x, a.y + 26 * r), true);
        dl->AddText(ImVec2(a.x + 20 * r, a.y + 13 * r - ImGui::GetFontSize() * 0.5f), kText, ui::shown(name).c_str());
        dl->PopClipRect();
        ImGui::PopID();
    }
    ui::hint(i18n::tr("inspector.click_one").c_str());
}

}  // namespace

void draw_inspector(App& app) {
    static std::string shown;  // the item the fields belong to; their messages go with it
    const Plan& plan = app.doc.plan();
    const std::string id = app.view.selection.size() == 1 ? app.view.selection.front() : std::string();
    if (id != shown) {
        form::forget_errors();
        ImGui::SetScrollY(0);  // another item starts at its name
        shown = id;
    }
    if (app.view.selection.size() > 1) {
        draw_summary(app);
        return;
    }
    const std::optional<Location> loc = id.empty() ? std::nullopt : find_item(plan, id);
    if (!loc) {
        draw_empty();
        return;
    }
    // A finding's field, when one was asked for, takes the keyboard instead of the name.
    const bool focus = app.chrome.focus_panel && !form::focus_requested();
    draw_header(app, loc->kind, id);
    ImGui::PushID(id.c_str());
    // Copies: an edit during the form changes the plan the references would point into.
    switch (loc->kind) {
    case Kind::Goal: form::goal_form(app, Goal(plan.goals[loc->index]), focus); break;
    case Kind::Strategy: form::strategy_form(app, Strategy(plan.strategies[loc->index]), focus); break;
    case Kind::Product: form::product_form(app, Product(plan.products[loc->index]), focus); break;
    case Kind::Tactic: form::tactic_form(app, Tactic(plan.tactics[loc->index]), focus); break;
    case Kind::Kpi: form::kpi_form(app, Kpi(plan.kpis[loc->index]), focus); break;
    case Kind::Insight: form::insight_form(app, Insight(plan.insights[loc->index]), focus); break;
    case Kind::Person: form::person_form(app, Person(plan.people[loc->index]), focus); break;
    }
    if (find_item(app.doc.plan(), id)) delete_button(app, loc->kind, id);
    form::drop_focus_request();  // a field the form did not draw has nothing to focus
    ImGui::PopID();
    ImGui::Dummy(ImVec2(1, 16 * platform::pixel_ratio()));
}

}  // namespace ab::web
