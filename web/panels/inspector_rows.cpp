// The rows the inspector and the plan panel are built from (see inspector_forms.hpp).
#include <algorithm>
#include <cfloat>

#include "ui/fonts.hpp"
#include "imgui.h"
#include "model/queries.hpp"
#include "panels/inspector_forms.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web::form {
namespace {

// The latest refused chip or picker action, shown under its row until the next one.
struct ActionError {
    std::string id, field, message;
};
ActionError g_action;

std::string refused(const std::string& field, const ApplyResult& r) {
    return r.ok ? std::string() : ui::readable_error(field, r.error);
}

}  // namespace

bool act(App& app, const std::string& id, const char* field, const Command& cmd) {
    const ApplyResult r = app.doc.apply(cmd);
    if (r.ok) {
        if (g_action.id == id && g_action.field == field) g_action = ActionError{};
    } else {
        g_action = ActionError{id, field, "Not changed \xe2\x80\x94 " + r.error};
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
    static const std::pair<const char*, const char*> kNames[] = {
        {"creative", "Creative"}, {"ecommerce", "E-commerce"},     {"social", "Social media"},
        {"in_store", "In-store"}, {"events", "Events"},            {"pr", "PR"},
        {"partnerships", "Partnerships"}, {"email", "Email"},       {"awareness", "Awareness"},
        {"consideration", "Consideration"}, {"purchase", "Purchase"}};
    for (const auto& [k, v] : kNames) {
        if (value == k) return v;
    }
    std::string out = value;
    std::replace(out.begin(), out.end(), '_', ' ');
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}

const char* team_label(const std::string& team) {
    if (team == "sales") return "Sales";
    if (team == "marketing") return "Marketing";
    if (team == "other") return "Other";
    if (team.empty()) return "No team";
    return team.c_str();
}

std::vector<ui::Option> team_options(const std::string& current) {
    std::vector<ui::Option> out = {{"sales", "Sales"}, {"marketing", "Marketing"}, {"other", "Other"}};
    if (!current.empty() && current != "sales" && current != "marketing" && current != "other") {
        out.push_back({current, current});
    }
    out.push_back({"", "No team"});
    return out;
}

void owners_row(App& app, const std::string& id, const std::vector<PersonId>& owners) {
    const Plan& plan = app.doc.plan();
    ui::label("Owners");
    std::vector<ui::Chip> chips;
    for (const PersonId& p : owners) chips.push_back({p.value, display_name(plan, p.value), 0});
    const ui::ChipClick click = ui::chips(app, "owners", chips, "No owner yet: one accountable person is best.");
    if (click.action == ui::ChipAction::Remove) act(app, id, "owners", Unlink{id, click.id});
    if (click.action == ui::ChipAction::Open) app.select_only(click.id);
    std::vector<ui::Option> options;
    for (const Person& p : plan.people) {
        bool has = false;
        for (const PersonId& o : owners) has = has || o.value == p.id.value;
        if (!has) options.push_back({p.id.value, display_name(p)});
    }
    if (auto picked = ui::add_picker(app, "owners.add", "Add owner", options, "Everyone already owns it")) {
        act(app, id, "owners", Link{id, *picked});
    }
    action_error(app, id, "owners");
    row_gap();
}

}  // namespace ab::web::form
