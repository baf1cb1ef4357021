// The inspector's forms, one per kind of item, and the rows they are built from (a label over a
// field that commits one command). Shared by panels/inspector.cpp and panels/plan_tab.cpp.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "imgui.h"
#include "ui/field_widgets.hpp"

namespace ab::web::form {

// Runs `cmd`; on refusal remembers the reason for `field` of `id` (shown by action_error).
bool act(App& app, const std::string& id, const char* field, const Command& cmd);
// The remembered reason for `field` of `id`, drawn as an inline message (nothing when none).
void action_error(App& app, const std::string& id, const char* field);
// Forgets remembered reasons (another item is shown).
void forget_errors();

// The field the inspector gives the keyboard to when it next draws item `id` (a click on a
// finding opens the field that fixes it). Text fields take the typing, link and owner pickers
// open, other controls take the keyboard focus; each is scrolled into view.
void request_focus(const std::string& id, const std::string& field);
bool focus_requested();
// True once, for the requested `field` of `id`: the caller focuses its widget (already scrolled
// into view). drop_focus_request forgets a request no field of the item claimed.
bool claim_focus(const std::string& id, const char* field);
void drop_focus_request();

// Commits that set one field of item `id` (empty id: the plan) from a field's text.
ui::Commit set_text(App& app, const std::string& id, const std::string& field, bool empty_is_null = false);
ui::Commit set_number(App& app, const std::string& id, const std::string& field);
ui::Commit set_date(App& app, const std::string& id, const std::string& field);

// A label over a text field editing `field` of `id`.
void text_row(App& app, const std::string& id, const char* label, const char* field, const std::string& value,
              ui::TextOptions opt = {});
// Vertical space between rows, and a small caps section title with a hairline.
void row_gap();
void section(const char* title);

// A value of the plan file as people write it: "in_store" -> "In-store", "pr" -> "PR".
std::string value_label(const std::string& value);

// Two fields side by side, each drawn by a callback given its width.
template <class A, class B>
void side_by_side(A&& a, B&& b) {
    // Placed by position, not SameLine: SameLine would push the second label down to the first
    // column's field baseline.
    const float w = ui::half_width();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    a(w);
    ImGui::EndGroup();
    const float bottom_a = ImGui::GetItemRectMax().y;
    ImGui::SetCursorScreenPos(ImVec2(start.x + w + ui::gap(), start.y));
    ImGui::BeginGroup();
    b(w);
    ImGui::EndGroup();
    const float bottom = std::max(bottom_a, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + ImGui::GetStyle().ItemSpacing.y));
    row_gap();
}

// People as picker options ("VP Sales"), and teams.
std::vector<ui::Option> team_options(const std::string& current);
const char* team_label(const std::string& team);

// The owners row of any owned item: chips (remove = Unlink) and an add picker (Link).
void owners_row(App& app, const std::string& id, const std::vector<PersonId>& owners);

// One form per kind; `focus` gives the first field the keyboard.
void goal_form(App& app, const Goal& g, bool focus);
void strategy_form(App& app, const Strategy& s, bool focus);
void product_form(App& app, const Product& p, bool focus);
void tactic_form(App& app, const Tactic& t, bool focus);
void kpi_form(App& app, const Kpi& k, bool focus);
void insight_form(App& app, const Insight& i, bool focus);
void person_form(App& app, const Person& p, bool focus);

}  // namespace ab::web::form
