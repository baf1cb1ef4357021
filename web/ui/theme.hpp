// The look of the app in one place: colours, sizes in CSS pixels, and the ImGui style built from
// them. Everything the board and the bars draw takes its colours from here, so the high-contrast
// look is a second table, not a hunt through the drawing code.
#pragma once

#include <optional>

#include "imgui.h"
#include "layout/geometry.hpp"
#include "model/plan.hpp"

namespace ab::web::theme {

// Sizes in CSS pixels at zoom 1 (multiplied by zoom and the pixel ratio when drawn).
constexpr float kTopBarHeight_css = 56.0f;
constexpr float kPanelWidth_css = 340.0f;  // the score panel at the right
// The board's geometry is the core's (core/layout/geometry.hpp): the cards the board draws are
// the ones the core places new cards among and tidies, so the two can never disagree.
constexpr float kCardWidth_world = float(layout::kCardWidth);
constexpr float kCardPadding_world = float(layout::kCardPadding);
constexpr float kCardGap_world = float(layout::kCardGap);
constexpr float kColumnGap_world = float(layout::kColumnGap);
constexpr float kColumnHeader_world = float(layout::kColumnHeader);
constexpr float kCardRounding_world = 10.0f;
constexpr float kGridStep_world = 24.0f;

// Font sizes in CSS pixels.
constexpr float kTextSize_css = 14.0f;
constexpr float kSmallSize_css = 12.0f;
constexpr float kCardTitleSize_css = 14.5f;
constexpr float kScoreSize_css = 22.0f;

constexpr ImU32 rgba(int r, int g, int b, int a = 255) {
    return (ImU32(a) << 24) | (ImU32(b) << 16) | (ImU32(g) << 8) | ImU32(r);
}

// Two looks: a calm light theme, and a high-contrast one for projectors in bright rooms and
// people who need it. Colours carry meaning (kind, health), never decoration alone.
enum class Look { Light, HighContrast };

struct Colors {
    ImU32 board_bg, grid_dot, lane_bg, bar_bg, bar_border;
    ImU32 card_bg, card_border, card_border_hover, shadow;
    ImU32 text, text_muted, text_faint, on_accent;
    ImU32 accent, selection, selection_glow, link, link_active;
    ImU32 drop_ok, drop_refused, glow;
    ImU32 track;        // empty part of gauges and bars
    ImU32 chip_bg;      // badges and chips with no health
    ImU32 hover_bg, pressed_bg, row_bg;
    ImU32 notice_bg, notice_text, error_bg, error_text;
    ImU32 good, warn, bad;                 // health: >= 80, >= 60, below
    ImU32 good_tint, warn_tint, bad_tint;  // their pale backgrounds
    ImU32 kinds[7];                        // by Kind
};

// The active look's colours, and switching between looks (takes effect on the next frame;
// the caller rebuilds the ImGui style through fonts::rebuild).
const Colors& colors();
void use_look(Look look);
Look look();

// Read-only names for the active look's colours, so drawing code reads `kText` whatever the
// look. They follow use_look(); never copy them into constants.
inline const ImU32& kBoardBg = colors().board_bg;
inline const ImU32& kGridDot = colors().grid_dot;
inline const ImU32& kLaneBg = colors().lane_bg;
inline const ImU32& kBarBg = colors().bar_bg;
inline const ImU32& kBarBorder = colors().bar_border;
inline const ImU32& kCardBg = colors().card_bg;
inline const ImU32& kCardBorder = colors().card_border;
inline const ImU32& kCardBorderHover = colors().card_border_hover;
inline const ImU32& kShadow = colors().shadow;
inline const ImU32& kText = colors().text;
inline const ImU32& kTextMuted = colors().text_muted;
inline const ImU32& kTextFaint = colors().text_faint;
inline const ImU32& kOnAccent = colors().on_accent;
inline const ImU32& kAccent = colors().accent;
inline const ImU32& kSelection = colors().selection;
inline const ImU32& kSelectionGlow = colors().selection_glow;
inline const ImU32& kLink = colors().link;
inline const ImU32& kLinkActive = colors().link_active;
inline const ImU32& kDropOk = colors().drop_ok;
inline const ImU32& kDropRefused = colors().drop_refused;
inline const ImU32& kGlow = colors().glow;
inline const ImU32& kTrack = colors().track;
inline const ImU32& kChipBg = colors().chip_bg;
inline const ImU32& kHoverBg = colors().hover_bg;
inline const ImU32& kPressedBg = colors().pressed_bg;
inline const ImU32& kRowBg = colors().row_bg;
inline const ImU32& kNoticeBg = colors().notice_bg;
inline const ImU32& kNoticeText = colors().notice_text;
inline const ImU32& kErrorBg = colors().error_bg;
inline const ImU32& kErrorText = colors().error_text;
inline const ImU32& kGood = colors().good;
inline const ImU32& kWarn = colors().warn;
inline const ImU32& kBad = colors().bad;

// The colour that identifies a kind of card (its label and accent).
ImU32 kind_color(Kind kind);
// A kind's words from the core's kind table (model/kinds.hpp): a column's title ("Goals"), the
// label on a card ("GOAL"), and its icon's glyph.
const char* kind_column_title(Kind kind);
const char* kind_label(Kind kind);
const char* kind_icon(Kind kind);

// Health of a 0-100 score: green, amber or red, or grey when not scored.
ImU32 health_color(std::optional<double> score);
ImU32 health_tint(std::optional<double> score);  // a pale background for badges

// The ImGui style at pixel ratio 1; the caller scales it (ScaleAllSizes) for the device.
ImGuiStyle base_style();

// Linear colour for glClearColor.
void clear_color(float rgb[3]);

}  // namespace ab::web::theme
