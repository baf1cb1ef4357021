// Colour choices and the ImGui style of the light theme (see theme.hpp).
#include "theme.hpp"

namespace ab::web::theme {

ImU32 kind_color(Kind kind) {
    switch (kind) {
    case Kind::Goal: return rgba(79, 70, 229);       // indigo
    case Kind::Strategy: return rgba(2, 132, 199);   // sky
    case Kind::Tactic: return rgba(13, 148, 136);    // teal
    case Kind::Kpi: return rgba(217, 119, 6);        // amber
    case Kind::Product: return rgba(190, 24, 93);    // pink
    case Kind::Insight: return rgba(101, 163, 13);   // lime
    case Kind::Person: return rgba(100, 116, 139);   // slate
    }
    return kTextMuted;
}

const char* kind_column_title(Kind kind) {
    switch (kind) {
    case Kind::Goal: return "Goals";
    case Kind::Strategy: return "Strategies";
    case Kind::Tactic: return "Tactics";
    case Kind::Kpi: return "KPIs";
    case Kind::Product: return "Products";
    case Kind::Insight: return "Insights";
    case Kind::Person: return "People";
    }
    return "";
}

const char* kind_label(Kind kind) {
    switch (kind) {
    case Kind::Goal: return "GOAL";
    case Kind::Strategy: return "STRATEGY";
    case Kind::Tactic: return "TACTIC";
    case Kind::Kpi: return "KPI";
    case Kind::Product: return "PRODUCT";
    case Kind::Insight: return "INSIGHT";
    case Kind::Person: return "PERSON";
    }
    return "";
}

ImU32 health_color(std::optional<double> score) {
    if (!score) return kTextFaint;
    if (*score >= 80) return rgba(5, 150, 105);
    if (*score >= 60) return rgba(202, 138, 4);
    return rgba(220, 38, 38);
}

ImU32 health_tint(std::optional<double> score) {
    if (!score) return rgba(241, 243, 246);
    if (*score >= 80) return rgba(220, 245, 234);
    if (*score >= 60) return rgba(254, 243, 205);
    return rgba(254, 226, 226);
}

ImGuiStyle base_style() {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowRounding = 10;
    style.FrameRounding = 8;
    style.PopupRounding = 8;
    style.GrabRounding = 6;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 0;
    style.PopupBorderSize = 1;
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(kText);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(kTextFaint);
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(kBarBg);
    c[ImGuiCol_PopupBg] = ImGui::ColorConvertU32ToFloat4(kBarBg);
    c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(kBarBorder);
    c[ImGuiCol_Button] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(rgba(238, 240, 244));
    c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(rgba(226, 229, 236));
    c[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(rgba(241, 243, 246));
    c[ImGuiCol_FrameBgHovered] = ImGui::ColorConvertU32ToFloat4(rgba(234, 236, 241));
    c[ImGuiCol_FrameBgActive] = ImGui::ColorConvertU32ToFloat4(rgba(226, 229, 236));
    c[ImGuiCol_TextSelectedBg] = ImGui::ColorConvertU32ToFloat4(rgba(79, 70, 229, 60));
    c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(kAccent);
    return style;
}

void clear_color(float rgb[3]) {
    rgb[0] = float((kBoardBg >> 0) & 0xFF) / 255.0f;
    rgb[1] = float((kBoardBg >> 8) & 0xFF) / 255.0f;
    rgb[2] = float((kBoardBg >> 16) & 0xFF) / 255.0f;
}

}  // namespace ab::web::theme
