// Column positions, card titles and the estimate of a card's height (see geometry.hpp).
#include "layout/geometry.hpp"

#include <algorithm>
#include <cmath>

namespace ab::layout {

int column_of(Kind kind) {
    for (int i = 0; i < kColumnCount; ++i) {
        if (kColumnKinds[i] == kind) return i;
    }
    return kind == Kind::Person ? kNoCard : kShelf;
}

double column_x(int column) { return double(column) * (kCardWidth + kColumnGap); }

// The placeholders are web/card_text.cpp's: a card shows them, so they take its room.
std::string card_title(const Goal& g) { return g.name.empty() ? "Untitled goal" : g.name; }
std::string card_title(const Strategy& s) { return s.name.empty() ? "Untitled strategy" : s.name; }
std::string card_title(const Tactic& t) { return t.name.empty() ? "Untitled tactic" : t.name; }
std::string card_title(const Kpi& k) { return k.metric.empty() ? "Unnamed KPI" : k.metric; }
std::string card_title(const Product& p) { return p.name.empty() ? p.id.value : p.name; }
std::string card_title(const Insight& i) {
    return i.text.empty() ? "(no words yet)" : "\xe2\x80\x9c" + i.text + "\xe2\x80\x9d";
}

double estimated_height(const std::string& title) {
    // Characters, not bytes: continuation bytes of UTF-8 do not start a character.
    size_t chars = 0;
    for (unsigned char c : title) chars += (c & 0xC0) != 0x80;
    const double lines = std::max(1.0, std::ceil(double(chars) / kTitleCharsPerLine));
    return kCardPadding + kLabelRow + kRowGap + lines * kTitleLine + kRowGap + kMetaRow + kCardPadding;
}

double card_height(const std::string& id, const std::string& title, const Heights* heights) {
    if (heights) {
        auto it = heights->find(id);
        if (it != heights->end() && std::isfinite(it->second) && it->second > 0) return it->second;
    }
    return estimated_height(title);
}

}  // namespace ab::layout
