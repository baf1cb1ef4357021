// Small helpers the picture's files share (svg.cpp draws the board, svg_panel.cpp the score):
// numbers as short SVG text, one line of text at a top edge as the board places it, and the
// look's colours.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab::svg {

// The board draws text from its top edge; SVG from its baseline, which Inter puts at 0.8 of the
// font size below the top (ascender 0.969 em of a 1.211 em line, as the board's font atlas sizes it).
constexpr double kBaseline = 0.8;
// The card title's font size and line (the board's line is the font size).
constexpr double kTitleSize = 14.5;
constexpr double kHeadingSize = 13.5;

// `v` with at most two decimals and no trailing zeros ("12", "12.5", "-0.25").
void num(std::string& out, double v);
// <text x=".." y=".." font-size=".." class="cls">words</text>, `top` being the text's top edge;
// `extra` goes inside the tag as is (an attribute such as text-anchor="end").
void text(std::string& out, double x, double top, double size, const char* cls, std::string_view words,
          const char* extra = nullptr);
// The <text ...> start tag alone, for text made of several <tspan>s.
void open_text(std::string& out, double x, double top, double size, const char* cls, const char* extra = nullptr);
// A rectangle with rounded corners.
void rect(std::string& out, double x, double y, double w, double h, double r, const char* cls);

// The light look (web/ui/theme.cpp light()) as CSS colours.
const char* kind_fill(Kind kind);
// Health of a 0-100 score: green from 80, amber from 60, red below; grey when not scored.
const char* health_class(const std::optional<double>& score);
// The CSS of every class the picture uses.
const char* style_sheet();

// The score panel (svg_panel.cpp): the overall score, the seven components with their bars and the
// top findings, in a box `kPanelWidth` wide with its top-left corner at (x, y); returns its height.
constexpr double kPanelWidth = 340;
double score_panel(std::string& out, const Scores& scores, double x, double y);

}  // namespace ab::svg
