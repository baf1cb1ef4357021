// Text in the order it is seen: right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko)
// reversed into visual order by the Unicode bidirectional algorithm, and Arabic letters joined by
// their contextual forms (Unicode's Arabic presentation forms), so a renderer that draws one
// character after another from left to right (the board's ImGui fonts, the PDF writer) shows them
// as a reader expects. GNU FriBidi does the work; this is the one place that calls it.
//
// One call handles one line: wrap the logical text first, then order each line (a wrapped
// right-to-left sentence keeps its first words on its first line).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ab {

struct VisualLine {
    std::string text;  // UTF-8, left to right as drawn
    bool rtl = false;  // the line's base direction is right to left: align it to the right
};

// True when `text` holds a character of a right-to-left script (or an Arabic presentation form):
// only such text needs visual_line(); everything else is drawn as it is.
bool has_rtl(std::string_view text);

// `line` (UTF-8, logical order, one line) in visual order with Arabic joined. The base direction
// is the first strong character's (a line that starts in Arabic is right to left). Text without
// right-to-left characters comes back unchanged; invalid UTF-8 is kept byte for byte.
VisualLine visual_line(std::string_view line);

// A line in visual order with where each drawn character came from, for a text field that draws
// the text being edited as it is read and puts its caret and selection on it.
struct VisualMap {
    std::string text;  // as visual_line(): UTF-8, left to right as drawn
    bool rtl = false;  // as visual_line()
    // For each code point of `text`, left to right: the index of the code point of the line
    // (logical order) it shows. A lam-alef ligature is one drawn character named by one of its
    // two letters (the other, and the line's bidi marks, are drawn nowhere).
    std::vector<int> logical;
    // For each code point of the line (logical order): it is read right to left where it is
    // drawn (its bidi level is odd): its caret edge after it is its left side.
    std::vector<bool> right_to_left;
};

// The map of `line`. Text without right-to-left characters maps to itself, every character left
// to right; invalid UTF-8 maps to nothing (empty `logical`: such text is not drawn by the map).
VisualMap visual_map(std::string_view line);

}  // namespace ab
