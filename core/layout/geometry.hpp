// The board's geometry as data: where each kind's column stands, how big a card is, how far
// apart cards sit. The web board draws with these numbers (web/ui/theme.hpp and
// web/board/model.cpp read them from here), so the cards the core places and tidies are the
// cards the board draws. World units throughout, y grows downwards.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "model/plan.hpp"

namespace ab::layout {

constexpr double kCardWidth = 232.0;
constexpr double kCardGap = 14.0;        // between stacked cards
constexpr double kColumnGap = 44.0;      // between columns
constexpr double kColumnHeader = 48.0;   // the first card's top, below the column's heading
constexpr double kShelfGap = 28.0;       // from the shelf down to the column headings
// Two cards closer than this count as overlapping: a card may not even touch another's border.
constexpr double kMargin = 6.0;

// A card's rows (web/board/model.cpp Builder::add draws them): padding, kind label, gap, the
// wrapped title, gap and meta line, padding. The title is measured by the web's font; the core estimates it.
constexpr double kCardPadding = 14.0;
constexpr double kLabelRow = 16.0;
constexpr double kRowGap = 6.0;
constexpr double kMetaRow = 16.0;
// Estimating a title's height without a font: at most this many characters per line (the web's
// 14.5 px title font fits about 28 in the 204 units inside a card; wrapping at words wastes some)
// and this much per line (the font's line is 14.5). Both err high, so an estimate is never short.
constexpr double kTitleCharsPerLine = 22.0;
constexpr double kTitleLine = 16.0;
// The room a new card is given: a card with a three-line title, so renaming a new card (which
// the board starts at once) rarely makes it reach the card below.
constexpr double kSlotHeight = kCardPadding + kLabelRow + kRowGap + 3 * kTitleLine + kRowGap + kMetaRow + kCardPadding;

// The board's columns, left to right.
constexpr int kColumnCount = 4;
constexpr Kind kColumnKinds[kColumnCount] = {Kind::Goal, Kind::Strategy, Kind::Tactic, Kind::Kpi};
// Products and customer insights sit on the shelf: one row above the columns.
constexpr int kShelf = kColumnCount;
// People have no card.
constexpr int kNoCard = -1;

// The column a kind's cards live in (0..3), kShelf, or kNoCard.
int column_of(Kind kind);
// The left edge of column `column` (0..3).
double column_x(int column);

struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point& o) const { return x == o.x && y == o.y; }
};

struct Rect {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    // True when the two rectangles come closer than `margin` to each other.
    bool near(const Rect& o, double margin = kMargin) const {
        return x0 < o.x1 + margin && o.x0 < x1 + margin && y0 < o.y1 + margin && o.y0 < y1 + margin;
    }
};

// Card heights the caller knows better than the estimate (the web measures its titles), by id.
using Heights = std::unordered_map<std::string, double>;

// The words of a card's title, as web/card_text.cpp card_title writes them (the name, a KPI's
// metric, an insight's quoted text, or the placeholder shown for an empty one).
std::string card_title(const Goal& g);
std::string card_title(const Strategy& s);
std::string card_title(const Tactic& t);
std::string card_title(const Kpi& k);
std::string card_title(const Product& p);
std::string card_title(const Insight& i);
// The height of a card with this title, estimated (see kTitleCharsPerLine), with its meta line.
double estimated_height(const std::string& title);
// A card's height: `heights` when it names the id with a positive finite number, else the estimate.
double card_height(const std::string& id, const std::string& title, const Heights* heights);

}  // namespace ab::layout
