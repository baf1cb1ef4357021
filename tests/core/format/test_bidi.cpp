// Right-to-left text as the board draws it: one character after another, left to right. A line
// in Hebrew comes back reversed; Arabic letters take their joined forms (initial, medial, final,
// and the lam-alef ligature) before being reversed; left-to-right text with a right-to-left name
// in it keeps its own order around the reversed name; everything else is untouched.
#include <catch2/catch.hpp>

#include <string>

#include "format/bidi.hpp"

using namespace ab;

TEST_CASE("text without right-to-left characters is drawn as it is", "[format]") {
    for (const char* s : {"", "Spring sales push", "Пекарня в Киеве", "東京のパン屋さん", "🥐 croissant",
                          "Tiệm bánh Hà Nội"}) {
        CHECK_FALSE(has_rtl(s));
        const VisualLine v = visual_line(s);
        CHECK(v.text == s);
        CHECK_FALSE(v.rtl);
    }
}

TEST_CASE("a Hebrew line is reversed and right to left", "[format]") {
    CHECK(has_rtl("שלום"));
    const VisualLine v = visual_line("שלום");  // shin lamed vav final-mem
    CHECK(v.text == "םולש");
    CHECK(v.rtl);
}

TEST_CASE("Arabic letters join and the line is reversed", "[format]") {
    // seen meem: initial seen (U+FEB3) joins medial...; "سلام": seen, lam+alef as one ligature
    // (final form U+FEFC), meem alone (U+FEE1); drawn left to right: meem, lam-alef, seen.
    const VisualLine v = visual_line("سلام");
    CHECK(v.rtl);
    CHECK(v.text == "\uFEE1\uFEFC\uFEB3");
    // A word of joining letters: beh beh beh = initial, medial, final, reversed.
    CHECK(visual_line("ببب").text == "\uFE90\uFE92\uFE91");
}

TEST_CASE("a left-to-right sentence keeps its order around a right-to-left name", "[format]") {
    const VisualLine v = visual_line("Owner: שלום (2 tactics)");
    CHECK_FALSE(v.rtl);
    CHECK(v.text == "Owner: םולש (2 tactics)");
}

TEST_CASE("brackets in a right-to-left line are mirrored and digits keep their order", "[format]") {
    const VisualLine v = visual_line("שלום (2025)");
    CHECK(v.rtl);
    CHECK(v.text == "(2025) םולש");
}

TEST_CASE("invalid UTF-8 is kept byte for byte", "[format]") {
    const std::string bad = std::string("\xD7\x90") + "\xFF" + "x";
    CHECK(visual_line(bad).text == bad);
    CHECK(visual_line("\xD7").text == "\xD7");
}

// A field being edited draws its text in visual order and puts the caret on it: each drawn
// character names the character of the line it shows, and each character of the line says
// whether it reads right to left.
TEST_CASE("the visual map of a line says where each character is drawn", "[format]") {
    const VisualMap latin = visual_map("abc");
    CHECK(latin.text == "abc");
    CHECK(latin.logical == std::vector<int>{0, 1, 2});
    CHECK(latin.right_to_left == std::vector<bool>{false, false, false});

    const VisualMap hebrew = visual_map("שלום");
    CHECK(hebrew.text == "םולש");
    CHECK(hebrew.rtl);
    CHECK(hebrew.logical == std::vector<int>{3, 2, 1, 0});
    CHECK(hebrew.right_to_left == std::vector<bool>{true, true, true, true});

    // "ab שלום": the Latin word first, then the Hebrew reversed; the space between them follows
    // the line's left-to-right base.
    const VisualMap mixed = visual_map("ab שלום");
    CHECK_FALSE(mixed.rtl);
    CHECK(mixed.logical == std::vector<int>{0, 1, 2, 6, 5, 4, 3});
    CHECK(mixed.right_to_left == std::vector<bool>{false, false, false, true, true, true, true});

    // A right-to-left line with a number: the digits keep their order inside it.
    const VisualMap number = visual_map("שלום 12");
    CHECK(number.rtl);
    CHECK(number.logical == std::vector<int>{5, 6, 4, 3, 2, 1, 0});
}

TEST_CASE("a lam-alef ligature is one drawn character, named by one of its letters", "[format]") {
    const VisualMap m = visual_map("سلام");  // seen, lam, alef, meem
    CHECK(m.text == "\uFEE1\uFEFC\uFEB3");
    CHECK(m.logical == std::vector<int>{3, 2, 0});  // FriBidi keeps the ligature in the alef's place
    CHECK(m.right_to_left.size() == 4);
}

TEST_CASE("invalid UTF-8 has no visual map", "[format]") {
    const VisualMap m = visual_map("\xD7\x90\xFF");
    CHECK(m.text == "\xD7\x90\xFF");
    CHECK(m.logical.empty());
}
