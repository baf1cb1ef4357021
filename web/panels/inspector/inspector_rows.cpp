// The rows the inspector and the plan panel are built from (see inspector_forms.hpp).
#include <algorithm>
#include <cfloat>

#include "ui/text/fonts.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "model/queries.hpp"
#include "score/advice/fixes.hpp"
#include "ui/icons.hpp"
#include "panels/inspector/inspector_forms.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web::form {
namespace {

// The latest refused chip or picker action, shown under its row until the next one.
struct ActionError {
    std::string id, field, message;
};
ActionError g_action;

// The field a click on a finding asked for (request_focus).
struct FocusRequest {
    std::string id, field;
};
FocusRequest g_focus;

std::string refused(const std::string& field, const ApplyResult& r) {
    return r.ok ? std::string() : ui::readable_error(field, r.error);
}

}  // namespace

void request_focus(const std::string& id, const std::string& field) {
    g_focus = FocusRequest{id, field};
    platform::request_frames(3);
}

bool focus_requested() { return !g_focus.field.empty(); }

bool claim_focus(const std::string& id, const char* field) {
    if (g_focus.field.empty() || g_focus.id != id || g_focus.field != field) return false;
    g_focus = FocusRequest{};
    ImGui::SetScrollHereY(0.3f);
    platform::request_frames(3);
    return true;
}

void drop_focus_request() { g_focus = FocusRequest{}; }

bool act(App& app, const std::string& id, const char* field, const Command& cmd) {
    const ApplyResult r = app.doc.apply(cmd);
    if (r.ok) {
        if (g_action.id == id && g_action.field == field) g_action = ActionError{};
    } else {
        g_action = ActionError{id, field, i18n::tr("form.not_changed", {{"reason", r.error}})};
    }
    platform::request_frames(3);
    return r.ok;
}

void action_error(App& app, const std::string& id, const char* field) {
    if (g_action.id != id || g_action.field != field || g_action.message.empty()) return;
    ui::error_line(app, field, g_action.message);
}

void forget_errors() {
    g_action = ActionError{};
    ui::clear_errors();
}

ui::Commit set_text(App& app, const std::string& id, const std::string& field, bool empty_is_null) {
    return [&app, id, field, empty_is_null](const std::string& text) {
        nlohmann::json v = text;
        if (empty_is_null && text.empty()) v = nullptr;
        return refused(field, app.doc.apply(SetField{id, field, v}));
    };
}

ui::Commit set_number(App& app, const std::string& id, const std::string& field) {
    return [&app, id, field](const std::string& text) {
        return refused(field, app.doc.apply(SetField{id, field, ui::number_value(text)}));
    };
}

ui::Commit set_date(App& app, const std::string& id, const std::string& field) {
    return [&app, id, field](const std::string& text) {
        std::string t = text;
        while (!t.empty() && t.back() == ' ') t.pop_back();
        while (!t.empty() && t.front() == ' ') t.erase(0, 1);
        const nlohmann::json v = t.empty() ? nlohmann::json(nullptr) : nlohmann::json(t);
        return refused(field, app.doc.apply(SetField{id, field, v}));
    };
}

void text_row(App& app, const std::string& id, const char* label, const char* field, const std::string& value,
              ui::TextOptions opt) {
    ui::label(label);
    opt.focus = claim_focus(id, field) || opt.focus;
    ui::text_field(app, field, value, set_text(app, id, field), opt);
    row_gap();
}

void row_gap() { ImGui::Dummy(ImVec2(1, 6 * platform::pixel_ratio())); }

void section(const char* title) {
    const float r = platform::pixel_ratio();
    ImGui::Dummy(ImVec2(1, 8 * r));
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImFont* font = fonts::get().small_bold;
    const float size = 11 * r;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(font, size, a, theme::kTextFaint, title);
    const float tw = font->CalcTextSizeA(size, FLT_MAX, 0, title).x;
    dl->AddLine(ImVec2(a.x + tw + 10 * r, a.y + size * 0.55f), ImVec2(a.x + w, a.y + size * 0.55f),
                theme::kBarBorder, 1 * r);
    ImGui::Dummy(ImVec2(w, size + 6 * r));
}

std::string value_label(const std::string& value) {
    // The usual channels and stages have words in the catalogue ("value.social"); a plan's own
    // values show as typed, capitalised.
    static const char* const kNamed[] = {"creative", "ecommerce", "social", "in_store", "events", "pr",
                                         "partnerships", "email", "awareness", "consideration", "purchase"};
    for (const char* k : kNamed) {
        if (value == k) return i18n::tr(std::string("value.") + k);
    }
    std::string out = value;
    std::replace(out.begin(), out.end(), '_', ' ');
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}

const char* team_label(const std::string& team) {
    if (team == "sales") return i18n::tr("rows.sales").c_str();
    if (team == "marketing") return i18n::tr("rows.marketing").c_str();
    if (team == "other") return i18n::tr("rows.other").c_str();
    if (team.empty()) return i18n::tr("rows.no_team").c_str();
    return team.c_str();
}

std::vector<ui::Option> team_options(const std::string& current) {
    std::vector<ui::Option> out = {{"sales", i18n::tr("rows.sales").c_str()}, {"marketing", i18n::tr("rows.marketing").c_str()}, {"other", i18n::tr("rows.other").c_str()}};
    if (!current.empty() && current != "sales" && current != "marketing" && current != "other") {
        out.push_back({current, current});
    }
    out.push_back({"", i18n::tr("rows.no_team").c_str()});
    return out;
}

namespace {

// What is typed into an owner picker's "someone new" field, per picker.
std::string g_new_owner;

// Makes a person called `name` and an owner of `id`, as one undo step; false (the reason shown
// under the row) when the model refuses either.
bool add_new_owner(App& app, const std::string& id, const std::string& name) {
    std::string person;
    const std::vector<Command> commands = new_owner_commands(app.doc.plan(), id, name, &person, app.doc.id_tag());
    if (commands.empty()) return false;
    app.doc.begin_group(i18n::tr("rows.add_as_owner", {{"name", name}}));
    for (const Command& c : commands) {
        if (!act(app, id, "owners", c)) {
            app.doc.cancel_group();
            return false;
        }
    }
    app.doc.end_group();
    app.say(i18n::tr("rows.added_as_owner", {{"name", display_name(app.doc.plan(), person)}}),
            false, 4);
    return true;
}

}  // namespace

void owners_row(App& app, const std::string& id, const std::vector<PersonId>& owners) {
    const Plan& plan = app.doc.plan();
    const float r = platform::pixel_ratio();
    ui::label(i18n::tr("rows.owners").c_str());
    std::vector<ui::Chip> chips;
    for (const PersonId& p : owners) chips.push_back({p.value, display_name(plan, p.value), 0});
    const ui::ChipClick click = ui::chips(app, "owners", chips, i18n::tr("rows.no_owner_yet_one_accountable").c_str());
    if (click.action == ui::ChipAction::Remove) act(app, id, "owners", Unlink{id, click.id});
    if (click.action == ui::ChipAction::Open) app.select_only(click.id);
    std::vector<ui::Option> options;
    for (const Person& p : plan.people) {
        bool has = false;
        for (const PersonId& o : owners) has = has || o.value == p.id.value;
        if (!has) options.push_back({p.id.value, display_name(p)});
    }
    // The plan's people to pick from, and always a field for someone new: a plan with no people
    // yet (a baker's first hour) gets its first owner right here, not a dead end.
    const bool open = claim_focus(id, "owners");
    const std::string shown = std::string(icon::kPlus) + i18n::tr("rows.add_owner").c_str();
    if (ui::quiet_button(app, "owners.add", shown.c_str()) || open) {
        g_new_owner.clear();
        ImGui::OpenPopup("##owners.pick");
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 4 * r));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * r, 8 * r));
    if (ImGui::BeginPopup("##owners.pick")) {
        std::optional<std::string> picked;
        for (const ui::Option& o : options) {
            if (ImGui::Selectable(o.label.c_str())) picked = o.value;
            ui::record(app, "owners.add:" + o.value);
        }
        if (!options.empty()) ImGui::Separator();
        ImGui::TextDisabled("%s", options.empty() ? i18n::tr("rows.no_people_in_this_plan").c_str() : i18n::tr("rows.or_someone_new").c_str());
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(200 * r);
        const bool enter = ImGui::InputTextWithHint("##new", i18n::tr("rows.name_e_g_sam_head").c_str(), &g_new_owner,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        ui::record(app, "owners.new");
        ImGui::SameLine();
        const bool add = ImGui::Button(i18n::tr("rows.add").c_str());
        ui::record(app, "owners.new.add");
        if (picked) {
            act(app, id, "owners", Link{id, *picked});
            ImGui::CloseCurrentPopup();
        } else if ((enter || add) && add_new_owner(app, id, g_new_owner)) {
            g_new_owner.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
    action_error(app, id, "owners");
    row_gap();
}

}  // namespace ab::web::form
