// Tidy lays out the whole board: every card on a slot of its column, none overlapping, links
// crossing no more than before, as one undoable step that leaves the score alone; the same plan
// always tidies the same way.
#include <catch2/catch.hpp>

#include "board_checks.hpp"
#include "document/document.hpp"
#include "fixtures.hpp"
#include "layout/tidy.hpp"
#include "model/generator.hpp"
#include "score/score.hpp"

using namespace ab;
using layout::board_of;

namespace {

Plan tidied(const Plan& plan) {
    Document doc{Plan(plan)};
    const ApplyResult r = doc.apply(Tidy{});
    REQUIRE(r.ok);
    return doc.plan();
}

Plan two_goals() {
    Plan plan;
    for (const char* id : {"G1", "G2"}) {
        Goal g;
        g.id.value = id;
        plan.goals.push_back(g);
    }
    return plan;
}

Plan fixture_plan(const std::string& path) {
    LoadResult r = load_plan(test::read_text(path));
    REQUIRE(r.ok());
    return std::move(*r.plan);
}

// Every card of a column is at the column's left edge; the shelf's are above the columns.
void check_on_slots(const layout::Board& board) {
    for (const layout::Card& c : board.cards) {
        INFO(c.id);
        CHECK(c.placed);
        if (c.column < layout::kColumnCount) {
            CHECK(c.box.x0 == layout::column_x(c.column));
            CHECK(c.box.y0 >= layout::kColumnHeader);
        } else {
            CHECK(c.box.y1 <= -layout::kShelfGap);
        }
    }
}

}  // namespace

TEST_CASE("tidy leaves every card on a slot and none overlapping, on every fixture", "[layout]") {
    for (const std::string& path : {test::data_path("selma.json"), test::data_path("extras.json"),
                                   std::string(AB_ASSETS) + "/templates/selma.json",
                                   std::string(AB_ASSETS) + "/templates/blank.json"}) {
        INFO(path);
        const Plan after = tidied(fixture_plan(path));
        const layout::Board board = board_of(after);
        check_on_slots(board);
        CHECK(test::overlapping(board).empty());
    }
}

TEST_CASE("tidy leaves no overlaps on generated plans, whatever their layout was", "[layout]") {
    GenSpec big;
    big.goals = 12;
    big.strategies = 40;
    big.tactics = 240;
    big.kpis = 120;
    big.products = 9;
    big.insights = 7;
    for (const GenSpec& spec : {GenSpec{}, big}) {
        for (uint64_t seed : {1u, 2u, 3u}) {
            INFO("seed " << seed << ", " << spec.tactics << " tactics");
            Plan plan = generate_plan(spec, seed);
            // Strew some cards on top of each other first: tidy must pull them apart.
            for (size_t i = 0; i < plan.tactics.size(); i += 3) plan.layout[plan.tactics[i].id.value] = LayoutPos{500, 300};
            REQUIRE_FALSE(test::overlapping(board_of(plan)).empty());
            const layout::Board board = board_of(tidied(plan));
            check_on_slots(board);
            CHECK(test::overlapping(board).empty());
        }
    }
}

TEST_CASE("tidy crosses no more links than the board did on the Selma plan", "[layout]") {
    const Plan plan = test::load_fixture("selma.json");
    const size_t before = layout::crossings(plan, board_of(plan));
    const size_t after = layout::crossings(plan, board_of(tidied(plan)));
    CHECK(after <= before);
}

TEST_CASE("tidy uncrosses two strategies placed in the wrong order", "[layout]") {
    Plan plan = two_goals();
    Strategy s1, s2;
    s1.id.value = "S1";
    s1.goals = {GoalId{"G2"}};
    s2.id.value = "S2";
    s2.goals = {GoalId{"G1"}};
    plan.strategies = {s1, s2};
    plan.layout["G1"] = LayoutPos{0, 48};
    plan.layout["G2"] = LayoutPos{0, 300};
    plan.layout["S1"] = LayoutPos{276, 48};
    plan.layout["S2"] = LayoutPos{276, 300};
    REQUIRE(layout::crossings(plan, board_of(plan)) == 1);
    const Plan after = tidied(plan);
    CHECK(layout::crossings(after, board_of(after)) == 0);
}

TEST_CASE("tidy is one undo step that restores every position, and leaves the score alone", "[layout]") {
    Plan plan = generate_plan(GenSpec{}, 7);
    Document doc{Plan(plan)};
    const std::string before = save_plan(doc.plan());
    const std::string score_before = scores_to_json(doc.scores()).dump();
    REQUIRE(doc.apply(Tidy{}).ok);
    const std::string after = save_plan(doc.plan());
    CHECK(after != before);
    CHECK(doc.undo_label() == "Tidy the board");
    CHECK(scores_to_json(doc.scores()).dump() == score_before);
    REQUIRE(doc.undo());
    CHECK(save_plan(doc.plan()) == before);
    CHECK_FALSE(doc.can_undo());  // the whole layout came back in one step
    REQUIRE(doc.redo());
    CHECK(save_plan(doc.plan()) == after);
}

TEST_CASE("tidy is deterministic and a tidy board tidies to nothing", "[layout]") {
    const Plan plan = test::load_fixture("selma.json");
    CHECK(layout::tidy(plan) == layout::tidy(Plan(plan)));
    Document doc{tidied(plan)};
    const uint64_t rev = doc.revision();
    REQUIRE(doc.apply(Tidy{}).ok);
    CHECK(doc.revision() == rev);
    CHECK_FALSE(doc.can_undo());
}

TEST_CASE("tidy keeps a layout entry's other fields and leaves people's entries alone", "[layout]") {
    Plan plan = test::load_fixture("extras.json");  // m1 is pinned, G1 collapsed
    plan.layout["ann"] = LayoutPos{1, 2};
    const Plan after = tidied(plan);
    CHECK(after.layout.at("m1").extra.dump() == R"({"pinned":true})");
    CHECK(after.layout.at("G1").extra.dump() == R"({"collapsed":true})");
    CHECK(after.layout.at("ann").x == 1);
}

TEST_CASE("tidy leaves room for the card heights the board measured", "[layout]") {
    Plan plan = two_goals();
    Document doc{Plan(plan)};
    Tidy tidy;
    tidy.heights["G1"] = 400;
    REQUIRE(doc.apply(tidy).ok);
    const Plan& p = doc.plan();
    CHECK(p.layout.at("G2").y - p.layout.at("G1").y == Approx(400 + layout::kCardGap));
}

TEST_CASE("tidy travels as JSON, with measured heights when given", "[layout]") {
    std::string error;
    auto cmd = command_from_json(nlohmann::json::parse(R"({"op":"tidy","heights":{"G1":120,"G2":"tall","G3":-4}})"), error);
    REQUIRE(cmd);
    const Tidy& tidy = std::get<Tidy>(*cmd);
    CHECK(tidy.heights.size() == 1);
    CHECK(tidy.heights.at("G1") == 120);
    CHECK(command_to_json(*cmd).dump() == R"({"heights":{"G1":120.0},"op":"tidy"})");
    CHECK(command_to_json(Tidy{}).dump() == R"({"op":"tidy"})");
    REQUIRE(command_from_json(nlohmann::json::parse(R"({"op":"tidy"})"), error));
}
