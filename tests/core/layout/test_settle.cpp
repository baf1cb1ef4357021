// A move never leaves one card hidden under another: a card moved onto a free place stays exactly
// there; moved onto a card, it comes to rest at the nearest free place straight above or below;
// several moved together keep clear of each other and of every card that stayed.
#include <catch2/catch.hpp>

#include "board_checks.hpp"
#include "commands/command.hpp"
#include "document/document.hpp"
#include "fixtures.hpp"
#include "layout/place.hpp"

using namespace ab;
using layout::board_of;
using layout::Point;

namespace {

LayoutPos settle_at(double x, double y) { return LayoutPos{x, y, Extra::object()}; }

// A plan of goals G1..Gn stacked in the goals' column at the given tops.
Plan goals_at(const std::vector<double>& tops) {
    Plan p;
    for (size_t i = 0; i < tops.size(); ++i) {
        Goal g;
        g.id.value = "G" + std::to_string(i + 1);
        g.name = "Goal " + std::to_string(i + 1);
        p.goals.push_back(g);
        p.layout[g.id.value] = settle_at(0, tops[i]);
    }
    return p;
}

// The plan after the settled moves, as the web applies them (one MoveItems).
Plan moved(const Plan& plan, const layout::Moves& moves) {
    Document doc(plan);
    MoveItems mv;
    for (const auto& [id, p] : moves) mv.moves.emplace_back(id, settle_at(p.x, p.y));
    const ApplyResult r = doc.apply(mv);
    REQUIRE(r.ok);
    return doc.plan();
}

}  // namespace

TEST_CASE("a card moved to a free place stays exactly where it was put", "[layout]") {
    const Plan p = goals_at({48, 400});
    const layout::Moves out = layout::settle_moves(p, {{"G1", Point{0.5, 200.25}}});
    REQUIRE(out.size() == 1);
    CHECK(out[0].first == "G1");
    CHECK(out[0].second == Point{0.5, 200.25});
}

TEST_CASE("a card dropped onto another rests at the nearest free place above or below it", "[layout]") {
    const Plan p = goals_at({48, 400});
    const double h2 = board_of(p).find("G2")->box.y1 - 400;
    const double h1 = board_of(p).find("G1")->box.y1 - 48;

    // Just below G2's top: G2's bottom is nearer than its top minus G1's height.
    layout::Moves out = layout::settle_moves(p, {{"G1", Point{0, 400 + h2 - 10}}});
    CHECK(out[0].second.x == 0);
    CHECK(out[0].second.y == 400 + h2 + layout::kCardGap);
    CHECK(test::overlapping(board_of(moved(p, out))).empty());

    // Just above G2's top: it stops above G2, clear of it.
    out = layout::settle_moves(p, {{"G1", Point{20, 400 - h1 + 10}}});
    CHECK(out[0].second.x == 20);
    CHECK(out[0].second.y == 400 - layout::kCardGap - h1);
    CHECK(test::overlapping(board_of(moved(p, out))).empty());
}

TEST_CASE("a card moved into a full column's crowd finds the gap nearest to where it was dropped", "[layout]") {
    // G1..G5 packed from 48 down; G6 stands apart far below and is dropped on G3.
    std::vector<double> tops;
    Plan probe = goals_at({0});
    const double h = board_of(probe).find("G1")->box.y1;
    for (int i = 0; i < 5; ++i) tops.push_back(48 + i * (h + layout::kCardGap));
    tops.push_back(3000);
    const Plan p = goals_at(tops);
    const layout::Moves out = layout::settle_moves(p, {{"G6", Point{0, tops[2] + 5}}});
    const Plan after = moved(p, out);
    CHECK(test::overlapping(board_of(after)).empty());
    // The nearest way out of the packed stack is above its top or below its bottom, never inside.
    const double y = out[0].second.y;
    CHECK((y <= tops[0] - layout::kCardGap - h || y >= tops[4] + h + layout::kCardGap));
}

TEST_CASE("cards moved together keep clear of each other and of the cards that stayed", "[layout]") {
    Plan p = test::load_fixture("selma.json");  // no layout: the board stacks its cards
    const layout::Board board = board_of(p);
    // Every strategy dropped in a pile onto the first tactic.
    const layout::Card* m1 = board.find("m1");
    REQUIRE(m1 != nullptr);
    layout::Moves moves;
    for (const Strategy& s : p.strategies) moves.emplace_back(s.id.value, Point{m1->box.x0, m1->box.y0});
    const layout::Moves out = layout::settle_moves(p, moves);
    REQUIRE(out.size() == moves.size());
    for (size_t i = 0; i < out.size(); ++i) CHECK(out[i].first == moves[i].first);  // in the order asked

    // The web pins every stacked card where it stands when it moves some (board/keys.cpp).
    layout::Moves all = out;
    for (const layout::Card& c : board.cards) {
        const bool is_moving = std::any_of(out.begin(), out.end(), [&](const auto& m) { return m.first == c.id; });
        if (!is_moving) all.emplace_back(c.id, Point{c.box.x0, c.box.y0});
    }
    CHECK(test::overlapping(board_of(moved(p, all))).empty());
}

TEST_CASE("settling uses the heights the caller measured", "[layout]") {
    const Plan p = goals_at({48, 400});
    // Measured, G2 is far taller than its one-line title suggests.
    const layout::Heights heights{{"G2", 300.0}};
    const layout::Moves out = layout::settle_moves(p, {{"G1", Point{0, 600}}}, &heights);
    CHECK(out[0].second.y >= 400 + 300 + layout::kCardGap);
    const layout::Moves unmeasured = layout::settle_moves(p, {{"G1", Point{0, 600}}});
    CHECK(unmeasured[0].second.y == 600);  // by the estimate G2 ends well above 600
}

TEST_CASE("a move of an id with no card is left as asked", "[layout]") {
    const Plan p = goals_at({48});
    const layout::Moves out = layout::settle_moves(p, {{"nobody", Point{0, 48}}});
    CHECK(out[0].second == Point{0, 48});
}

TEST_CASE("a card nudged up or down into another hops over it instead of bouncing back", "[layout]") {
    const Plan p = goals_at({48, 400});
    const double h1 = board_of(p).find("G1")->box.y1 - 48;
    const double h2 = board_of(p).find("G2")->box.y1 - 400;
    // G2 nudged up into G1's lower edge: nearest would put it back below G1; Up puts it above.
    const double into_g1 = 48 + h1 - 4;
    CHECK(layout::settle_moves(p, {{"G2", Point{0, into_g1}}})[0].second.y == 48 + h1 + layout::kCardGap);
    CHECK(layout::settle_moves(p, {{"G2", Point{0, into_g1}}}, nullptr, layout::Lean::Up)[0].second.y ==
          48 - layout::kCardGap - h2);
    // G1 nudged down into G2's top edge: Down puts it below G2.
    const double into_g2 = 400 - h1 + 4;
    CHECK(layout::settle_moves(p, {{"G1", Point{0, into_g2}}})[0].second.y == 400 - layout::kCardGap - h1);
    CHECK(layout::settle_moves(p, {{"G1", Point{0, into_g2}}}, nullptr, layout::Lean::Down)[0].second.y ==
          400 + h2 + layout::kCardGap);
    // A free spot is kept whatever the lean.
    CHECK(layout::settle_moves(p, {{"G1", Point{0, 250}}}, nullptr, layout::Lean::Up)[0].second.y == 250);
}
