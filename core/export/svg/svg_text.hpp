// Text for the pictures of a plan (export/svg/svg.hpp): XML-safe strings, and how wide a line of
// text is without a font. The core has no font: widths come from average advances of Inter (the
// board's font), per character class (see svg_text.cpp), in ems. They are close enough to wrap a
// title as the board wraps it on most lines, and err a little wide, so a line rarely overflows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ab::svg {

// Sizes are the board's (Dear ImGui's): a font's size is the height of its line, ascender to
// descender, which is 1.211 em of Inter. So the board's 14.5 title is set at 14.5 / 1.211 = 12 CSS
// px, and a line of it is 14.5 tall.
constexpr double kEmPerSize = 1.0 / 1.2109375;

// `text` for XML character data or an attribute value in double quotes: & < > " ' as entities;
// characters XML 1.0 cannot hold (C0 controls other than tab, U+FFFE, U+FFFF) and bytes that are
// not UTF-8 are dropped (a broken sequence becomes U+FFFD), so the document always parses.
// With `flatten`, tabs and line breaks become spaces (for one-line text).
void append_xml(std::string& out, std::string_view text, bool flatten = true);
std::string xml(std::string_view text, bool flatten = true);

// The next code point of valid UTF-8 at `i` (advancing i), or U+FFFD for a broken sequence
// (advancing past one byte).
char32_t next_code_point(std::string_view s, size_t& i);

// Width of `text` at board size `size` in Inter (regular, or semibold/bold with `bold`).
double text_width(std::string_view text, double size, bool bold = false);

// `text` in lines of at most `width` px, as the board's text wraps: at spaces, a word wider than
// a line cut where it overflows, a line break in the text kept. Always at least one line.
std::vector<std::string> wrap(std::string_view text, double size, double width, bool bold = false);

// One line cut with an ellipsis to fit `width` (the board's meta line).
std::string ellipsize(std::string_view text, double size, double width, bool bold = false);

}  // namespace ab::svg
