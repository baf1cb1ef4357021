#include "ui/text/composition.hpp"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/platform.hpp"

namespace ab::web::ui {

void draw_composition() {
    const std::string& text = platform::composition();
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (text.empty() || !g) return;
    // The active field told ImGui where its caret is this frame (InputText sets it while active).
    const ImGuiPlatformImeData& ime = g->PlatformImeData;
    if (!ime.WantVisible || ime.InputLineHeight <= 0) return;
    const float size = ime.InputLineHeight;
    ImFont* font = ImGui::GetFont();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    const float pad = std::max(1.0f, size * 0.12f);
    const ImVec2 at = ime.InputPos;
    // Over the text after the caret: the composition is what will be typed there. The box keeps
    // it readable on any card colour; the underline is how input methods mark text not yet typed.
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 box_min(at.x - pad, at.y - pad);
    const ImVec2 box_max(at.x + extent.x + pad, at.y + size + pad);
    draw->AddRectFilled(box_min, box_max, ImGui::GetColorU32(ImGuiCol_PopupBg), pad);
    draw->AddRect(box_min, box_max, ImGui::GetColorU32(ImGuiCol_Border), pad);
    draw->AddText(font, size, at, ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    const float thickness = std::max(1.0f, size / 14.0f);
    draw->AddLine(ImVec2(at.x, at.y + size - thickness * 0.5f), ImVec2(at.x + extent.x, at.y + size - thickness * 0.5f),
                  ImGui::GetColorU32(ImGuiCol_Text), thickness);
}

}  // namespace ab::web::ui
