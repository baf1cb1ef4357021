// A picture of the board as SVG: the same cards, columns, shelf and links the canvas shows, laid
// out by the same core layout (layout/board.hpp), with the same words (export/card_text.hpp) and
// the light look's colours (web/ui/theme.cpp). Text stays text (selectable and searchable), in
// Inter then the system fonts; every string from the plan is XML-escaped. The plan itself can
// ride along inside <metadata> (io/plan_json.hpp, "Plans inside pictures"), so opening the
// picture in Alignboard (or `alignboard fmt picture.svg`) gives the plan back. docs/pictures.md.
#pragma once

#include <string>

#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab {

struct SvgOptions {
    bool embed_plan = true;    // the plan file inside <metadata>
    bool score_panel = false;  // the overall score, its components and top findings at the right
    // Links that skip a column (a KPI on a goal, a product to its tactics): the canvas shows
    // them only while one end is in focus, so a picture leaves them out unless asked.
    bool all_links = false;
    bool background = true;    // the board's colour and dot grid; false = transparent
};

// Title widths are estimated (export/svg/svg_text.hpp), so a title may wrap a word earlier or later
// than on screen; card heights follow the estimate so no text leaves its card. `scores` gives the
// badges (and the panel); without it the cards have none. Linear in the plan's size.
std::string export_svg(const Plan& plan, const Scores* scores, const SvgOptions& options = {});

}  // namespace ab
