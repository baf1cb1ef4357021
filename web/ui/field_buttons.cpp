// The side panels' chips and buttons (see field_widgets.hpp): link chips that wrap, quiet
// text buttons, row remove buttons and add pickers. Sizes are CSS pixels times the ratio.
#include <cfloat>

#include "ui/field_widgets.hpp"
#include "i18n/i18n.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web::ui {
namespace {

using namespace theme;

float ratio() { return platform::pixel_ratio(); }

// `text` cut to `width` with an ellipsis.
std::string fit(ImFont* font, float size, const std::string& text, float width) {
    if (font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x <= width) return text;
    std::string out = text;
    while (!out.empty()) {
        do out.pop_back();
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80);
        if (!out.empty()) out.pop_back();
        const std::string tried = out + "\xe2\x80\xa6";
        if (font->CalcTextSizeA(size, FLT_MAX, 0, tried.c_str()).x <= width) return tried;
    }
    return "\xe2\x80\xa6";
}

}  // namespace

ChipClick chips(App& app, const char* name, const std::vector<Chip>& items, const char* empty) {
    const float r = ratio();
    ChipClick click;
    if (items.empty()) {
        ImGui::PushFont(fonts::get().small, fonts::get().small->LegacySize);
        ImGui::PushStyleColor(ImGuiCol_Text, kTextFaint);
        ImGui::TextUnformatted(empty);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        return click;
    }
    ImFont* font = fonts::get().small;
    const float size = font->LegacySize;
    const float h = 26 * r, pad = 10 * r, dot = 7 * r, cross = 22 * r;
    const float left = ImGui::GetCursorScreenPos().x;
    const float right = left + ImGui::GetContentRegionAvail().x;
    ImGui::PushID(name);
    float x = left;
    for (size_t i = 0; i < items.size(); ++i) {
        const Chip& c = items[i];
        const float lead = c.color ? dot + 6 * r : 0;
        const float max_text = right - left - pad - lead - cross;
        const std::string text = fit(font, size, c.text, max_text);
        const float tw = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x;
        const float cw = pad + lead + tw + cross;
        if (i > 0) {
            if (x + 6 * r + cw <= right) ImGui::SameLine(0, 6 * r);
            else x = left;
        }
        const ImVec2 a = ImGui::GetCursorScreenPos();
        x = a.x + cw;
        ImGui::PushID(c.id.c_str());
        const bool open = ImGui::InvisibleButton("##chip", ImVec2(cw - cross, h));
        const bool hover_body = ImGui::IsItemHovered();
        const bool body_focus = ImGui::IsItemFocused();
        record(app, std::string(name) + ":" + c.id);
        if (hover_body && text != c.text) ImGui::SetTooltip("%s", c.text.c_str());
        ImGui::SameLine(0, 0);
        const bool remove = ImGui::InvisibleButton("##remove", ImVec2(cross, h));
        const bool hover_x = ImGui::IsItemHovered();
        record(app, std::string(name) + ":" + c.id + ":remove");
        if (hover_x) ImGui::SetTooltip("%s", i18n::tr("field.remove").c_str());
        ImGui::PopID();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 b(a.x + cw, a.y + h);
        dl->AddRectFilled(a, b, hover_body || body_focus ? rgba(232, 235, 241) : rgba(241, 243, 246), h * 0.5f);
        dl->AddRect(a, b, kCardBorder, h * 0.5f, 0, 1 * r);
        float tx = a.x + pad;
        if (c.color) {
            dl->AddCircleFilled(ImVec2(tx + dot * 0.5f, a.y + h * 0.5f), dot * 0.5f, c.color);
            tx += lead;
        }
        dl->AddText(font, size, ImVec2(tx, a.y + (h - size) * 0.5f), kText, text.c_str());
        const ImVec2 xc(b.x - cross * 0.5f - 2 * r, a.y + h * 0.5f);
        if (hover_x) dl->AddCircleFilled(xc, 8 * r, rgba(223, 227, 234));
        const float k = 3.2f * r;
        const ImU32 xcol = hover_x ? kText : kTextMuted;
        dl->AddLine(ImVec2(xc.x - k, xc.y - k), ImVec2(xc.x + k, xc.y + k), xcol, 1.4f * r);
        dl->AddLine(ImVec2(xc.x - k, xc.y + k), ImVec2(xc.x + k, xc.y - k), xcol, 1.4f * r);
        if (hover_body || hover_x) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (open) click = ChipClick{ChipAction::Open, c.id};
        if (remove) click = ChipClick{ChipAction::Remove, c.id};
    }
    ImGui::PopID();
    return click;
}

bool quiet_button(App& app, const char* name, const char* text, const char* tip) {
    const float r = ratio();
    ImGui::PushID(name);
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8 * r, 4 * r));
    const bool pressed = ImGui::Button(text);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    record(app, name);
    if (tip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
    ImGui::PopID();
    return pressed;
}

bool remove_button(App& app, const char* name, const char* tip) {
    const float h = ImGui::GetFrameHeight();
    ImGui::PushID(name);
    ImGui::PushStyleColor(ImGuiCol_Text, kTextFaint);
    const bool pressed = ImGui::Button(icon::kTrash, ImVec2(h, h));
    ImGui::PopStyleColor();
    record(app, name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
    ImGui::PopID();
    return pressed;
}

std::optional<std::string> add_picker(App& app, const char* name, const char* text, const std::vector<Option>& options,
                                      const char* none_text, bool open) {
    const float r = ratio();
    std::optional<std::string> out;
    std::string shown = std::string(icon::kPlus) + "  " + text;
    if (quiet_button(app, name, shown.c_str()) || open) {
        ImGui::OpenPopup(name);
        ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 4 * r));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6 * r, 6 * r));
    if (ImGui::BeginPopup(name)) {
        if (options.empty()) ImGui::TextDisabled("%s", none_text);
        for (const Option& o : options) {
            if (ImGui::Selectable(o.label.c_str())) out = o.value;
            record(app, std::string(name) + ":" + o.value);
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
    return out;
}

}  // namespace ab::web::ui
