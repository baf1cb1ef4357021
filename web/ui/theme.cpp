// The two looks' colour tables and the ImGui style built from them (see theme.hpp).
#include "ui/theme.hpp"

#include <array>
#include <string>

#include "ui/icons.hpp"
#include "model/kinds.hpp"

namespace ab::web::theme {
namespace {

Colors light() {
    Colors c{};
    c.board_bg = rgba(244, 245, 248);
    c.grid_dot = rgba(214, 218, 225);
    c.lane_bg = rgba(235, 238, 243, 170);
    c.bar_bg = rgba(255, 255, 255);
    c.bar_border = rgba(228, 231, 236);
    c.card_bg = rgba(255, 255, 255);
    c.card_border = rgba(226, 229, 235);
    c.card_border_hover = rgba(186, 193, 204);
    c.shadow = rgba(16, 24, 40, 14);
    c.text = rgba(23, 28, 38);
    c.text_muted = rgba(102, 112, 133);
    c.text_faint = rgba(152, 162, 179);
    c.on_accent = rgba(255, 255, 255);
    c.accent = rgba(79, 70, 229);
    c.selection = rgba(79, 70, 229);
    c.selection_glow = rgba(79, 70, 229, 40);
    c.link = rgba(192, 199, 211);
    c.link_active = rgba(99, 91, 240);
    c.drop_ok = rgba(22, 163, 74);
    c.drop_refused = rgba(220, 38, 38);
    c.glow = rgba(245, 158, 11);
    c.track = rgba(232, 235, 240);
    c.chip_bg = rgba(223, 227, 234);
    c.hover_bg = rgba(238, 240, 244);
    c.pressed_bg = rgba(226, 229, 236);
    c.row_bg = rgba(245, 246, 250);
    c.notice_bg = rgba(23, 28, 38, 235);
    c.notice_text = rgba(255, 255, 255);
    c.error_bg = rgba(254, 242, 242);
    c.error_text = rgba(153, 27, 27);
    c.good = rgba(5, 150, 105);
    c.warn = rgba(202, 138, 4);
    c.bad = rgba(220, 38, 38);
    c.good_tint = rgba(220, 245, 234);
    c.warn_tint = rgba(254, 243, 205);
    c.bad_tint = rgba(254, 226, 226);
    // In Kind order: person slate, goal indigo, strategy sky, product pink, tactic teal,
    // KPI amber, insight lime.
    const ImU32 kinds[7] = {
        rgba(100, 116, 139), rgba(79, 70, 229), rgba(2, 132, 199), rgba(190, 24, 93),
        rgba(13, 148, 136), rgba(217, 119, 6), rgba(101, 163, 13),
    };
    for (int i = 0; i < 7; ++i) c.kinds[i] = kinds[i];
    return c;
}

// Black on white with solid 2:1-heavier borders; every text colour meets WCAG AAA (7:1) on
// its background, and kind and health hues are darkened until they read as text.
Colors high_contrast() {
    Colors c = light();
    c.board_bg = rgba(255, 255, 255);
    c.grid_dot = rgba(170, 170, 170);
    c.lane_bg = rgba(240, 240, 240, 255);
    c.bar_bg = rgba(255, 255, 255);
    c.bar_border = rgba(0, 0, 0);
    c.card_bg = rgba(255, 255, 255);
    c.card_border = rgba(0, 0, 0);
    c.card_border_hover = rgba(0, 0, 0);
    c.shadow = rgba(0, 0, 0, 0);
    c.text = rgba(0, 0, 0);
    c.text_muted = rgba(33, 33, 33);
    c.text_faint = rgba(64, 64, 64);
    c.accent = rgba(49, 30, 170);
    c.selection = rgba(0, 60, 220);
    c.selection_glow = rgba(0, 60, 220, 60);
    c.link = rgba(80, 80, 80);
    c.link_active = rgba(0, 60, 220);
    c.drop_ok = rgba(0, 110, 40);
    c.drop_refused = rgba(170, 0, 0);
    c.glow = rgba(200, 90, 0);
    c.track = rgba(200, 200, 200);
    c.chip_bg = rgba(225, 225, 225);
    c.hover_bg = rgba(225, 225, 225);
    c.pressed_bg = rgba(200, 200, 200);
    c.row_bg = rgba(242, 242, 242);
    c.notice_bg = rgba(0, 0, 0);
    c.error_bg = rgba(255, 235, 235);
    c.error_text = rgba(120, 0, 0);
    c.good = rgba(0, 100, 50);
    c.warn = rgba(130, 80, 0);
    c.bad = rgba(170, 0, 0);
    c.good_tint = rgba(210, 240, 220);
    c.warn_tint = rgba(255, 236, 180);
    c.bad_tint = rgba(255, 215, 215);
    const ImU32 kinds[7] = {
        rgba(50, 60, 75), rgba(49, 30, 170), rgba(0, 80, 140), rgba(140, 0, 60),
        rgba(0, 95, 85), rgba(140, 60, 0), rgba(50, 95, 0),
    };
    for (int i = 0; i < 7; ++i) c.kinds[i] = kinds[i];
    return c;
}

Colors& active() {
    static Colors c = light();
    return c;
}
Look& active_look() {
    static Look l = Look::Light;
    return l;
}

}  // namespace

const Colors& colors() { return active(); }

void use_look(Look look) {
    active() = look == Look::HighContrast ? high_contrast() : light();
    active_look() = look;
}

Look look() { return active_look(); }

ImU32 kind_color(Kind kind) {
    const int i = int(kind);
    return i >= 0 && i < 7 ? colors().kinds[i] : kTextMuted;
}

const char* kind_column_title(Kind kind) { return kind_info(kind).plural; }

const char* kind_label(Kind kind) {
    // The core's label in capitals, made once: cards and the inspector draw it every frame.
    static const std::array<std::string, 7> kCaps = [] {
        std::array<std::string, 7> caps;
        for (const KindInfo& k : kind_table()) {
            std::string& s = caps[size_t(k.kind)];
            for (const char* c = k.label; *c; ++c) s += (*c >= 'a' && *c <= 'z') ? char(*c - 'a' + 'A') : *c;
        }
        return caps;
    }();
    return kCaps[size_t(kind) < kCaps.size() ? size_t(kind) : 0].c_str();
}

const char* kind_icon(Kind kind) { return icon::named(kind_info(kind).icon); }

ImU32 health_color(std::optional<double> score) {
    if (!score) return kTextFaint;
    if (*score >= 80) return kGood;
    if (*score >= 60) return kWarn;
    return kBad;
}

ImU32 health_tint(std::optional<double> score) {
    if (!score) return kRowBg;
    if (*score >= 80) return colors().good_tint;
    if (*score >= 60) return colors().warn_tint;
    return colors().bad_tint;
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
    c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(kHoverBg);
    c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(kPressedBg);
    c[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(kRowBg);
    c[ImGuiCol_FrameBgHovered] = ImGui::ColorConvertU32ToFloat4(kHoverBg);
    c[ImGuiCol_FrameBgActive] = ImGui::ColorConvertU32ToFloat4(kPressedBg);
    c[ImGuiCol_TextSelectedBg] = ImGui::ColorConvertU32ToFloat4(kSelectionGlow);
    c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(kAccent);
    c[ImGuiCol_Header] = ImGui::ColorConvertU32ToFloat4(kHoverBg);
    c[ImGuiCol_HeaderHovered] = ImGui::ColorConvertU32ToFloat4(kHoverBg);
    c[ImGuiCol_HeaderActive] = ImGui::ColorConvertU32ToFloat4(kPressedBg);
    if (look() == Look::HighContrast) {
        // Fields and frames need an outline to be seen on white.
        style.FrameBorderSize = 1;
        c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(kText);
    }
    c[ImGuiCol_NavCursor] = ImGui::ColorConvertU32ToFloat4(kAccent);
    return style;
}

void clear_color(float rgb[3]) {
    rgb[0] = float((kBoardBg >> 0) & 0xFF) / 255.0f;
    rgb[1] = float((kBoardBg >> 8) & 0xFF) / 255.0f;
    rgb[2] = float((kBoardBg >> 16) & 0xFF) / 255.0f;
}

}  // namespace ab::web::theme
