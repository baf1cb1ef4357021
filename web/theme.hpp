// The look of the app in one place: colours, sizes in CSS pixels, and the ImGui style built from
// them. Everything the board and the bars draw takes its colours from here, so a high-contrast
// or presentation theme later is a second table, not a hunt through the drawing code.
#pragma once

#include <optional>

#include "imgui.h"
#include "plan.hpp"

namespace ab::web::theme {

// Sizes in CSS pixels at zoom 1 (multiplied by zoom and the pixel ratio when drawn).
constexpr float kTopBarHeight_css = 56.0f;
constexpr float kPanelWidth_css = 340.0f;  // the score panel at the right
constexpr float kCardWidth_world = 256.0f;
constexpr float kCardPadding_world = 14.0f;
constexpr float kCardRounding_world = 10.0f;
constexpr float kCardGap_world = 14.0f;
constexpr float kColumnGap_world = 60.0f;
constexpr float kColumnHeader_world = 48.0f;
constexpr float kGridStep_world = 24.0f;

// Font sizes in CSS pixels.
constexpr float kTextSize_css = 14.0f;
constexpr float kSmallSize_css = 12.0f;
constexpr float kCardTitleSize_css = 14.5f;
constexpr float kScoreSize_css = 22.0f;

// Palette: a calm light theme; colours carry meaning (kind, health), never decoration alone.
constexpr ImU32 rgba(int r, int g, int b, int a = 255) {
    return (ImU32(a) << 24) | (ImU32(b) << 16) | (ImU32(g) << 8) | ImU32(r);
}
constexpr ImU32 kBoardBg = rgba(244, 245, 248);
constexpr ImU32 kGridDot = rgba(214, 218, 225);
constexpr ImU32 kLaneBg = rgba(235, 238, 243, 170);
constexpr ImU32 kBarBg = rgba(255, 255, 255);
constexpr ImU32 kBarBorder = rgba(228, 231, 236);
constexpr ImU32 kCardBg = rgba(255, 255, 255);
constexpr ImU32 kCardBorder = rgba(226, 229, 235);
constexpr ImU32 kCardBorderHover = rgba(186, 193, 204);
constexpr ImU32 kShadow = rgba(16, 24, 40, 14);
constexpr ImU32 kText = rgba(23, 28, 38);
constexpr ImU32 kTextMuted = rgba(102, 112, 133);
constexpr ImU32 kTextFaint = rgba(152, 162, 179);
constexpr ImU32 kAccent = rgba(79, 70, 229);
constexpr ImU32 kSelection = rgba(79, 70, 229);
constexpr ImU32 kSelectionGlow = rgba(79, 70, 229, 40);
constexpr ImU32 kLink = rgba(192, 199, 211);
constexpr ImU32 kLinkActive = rgba(99, 91, 240);
constexpr ImU32 kDropOk = rgba(22, 163, 74);
constexpr ImU32 kDropRefused = rgba(220, 38, 38);
constexpr ImU32 kGlow = rgba(245, 158, 11);

// The colour that identifies a kind of card (its label and accent).
ImU32 kind_color(Kind kind);
// Display name of a column / kind label ("Goals", "GOAL").
const char* kind_column_title(Kind kind);
const char* kind_label(Kind kind);

// Health of a 0-100 score: green, amber or red, or grey when not scored.
ImU32 health_color(std::optional<double> score);
ImU32 health_tint(std::optional<double> score);  // a pale background for badges

// The ImGui style at pixel ratio 1; the caller scales it (ScaleAllSizes) for the device.
ImGuiStyle base_style();

// Linear colour for glClearColor.
void clear_color(float rgb[3]);

}  // namespace ab::web::theme
