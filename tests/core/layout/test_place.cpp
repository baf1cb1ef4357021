// New cards never land on other cards: a card made without a place, or dropped on a taken one,
// goes to the first free slot of its column; a card dropped on a free place stays exactly there;
// columns grow downwards to hold their cards.
#include <catch2/catch.hpp>

#include "board_checks.hpp"
#include "commands/command.hpp"
#include "document/document.hpp"
#include "fixtures.hpp"
#include "layout/place.hpp"

using namespace ab;
using layout::board_of;

namespace {

template <class T>
T named(const std::string& id) {
    T item;
    item.id.value = id;
    return item;
}

LayoutPos place_at(double x, double y) { return LayoutPos{x, y, Extra::object()}; }

void add(Document& doc, Item item, std::optional<LayoutPos> pos = std::nullopt) {
    const ApplyResult r = doc.apply(AddItem{std::move(item), std::move(pos), std::nullopt});
    INFO(r.error);
    REQUIRE(r.ok);
}

}  // namespace

TEST_CASE("two goals added to a blank plan without a place do not overlap", "[layout]") {
    Document doc;
    add(doc, named<Goal>("G1"));
    add(doc, named<Goal>("G2"));
    const Plan& p = doc.plan();
    REQUIRE(p.layout.count("G1") == 1);
    REQUIRE(p.layout.count("G2") == 1);
    CHECK(p.layout.at("G1").x == layout::column_x(0));
    CHECK(p.layout.at("G2").x == layout::column_x(0));
    CHECK(p.layout.at("G1").y == layout::kColumnHeader);
    CHECK(p.layout.at("G2").y > p.layout.at("G1").y);
    CHECK(test::overlapping(board_of(p)).empty());
}

TEST_CASE("a goal made with N after one dropped on the first slot goes below it", "[layout]") {
    Document doc;
    add(doc, named<Goal>("G1"), place_at(layout::column_x(0), layout::kColumnHeader));
    add(doc, named<Goal>("G2"));
    CHECK(doc.plan().layout.at("G1").y == layout::kColumnHeader);
    CHECK(doc.plan().layout.at("G2").y > layout::kColumnHeader);
    CHECK(test::overlapping(board_of(doc.plan())).empty());
}

TEST_CASE("a card added at a taken place goes elsewhere, at a free place it stays exactly there", "[layout]") {
    Document doc(test::load_fixture("selma.json"));
    // Selma has no layout: its cards sit where the board stacks them.
    const layout::Board before = board_of(doc.plan());
    const layout::Card* strategy = before.find("S1");
    REQUIRE(strategy != nullptr);
    Tactic t = named<Tactic>("m20");
    t.strategies = {StrategyId{"S1"}};
    add(doc, t, place_at(strategy->box.x0 + 40, strategy->box.y0 + 10));  // over the strategy's badge
    const LayoutPos& moved = doc.plan().layout.at("m20");
    CHECK_FALSE((moved.x == strategy->box.x0 + 40 && moved.y == strategy->box.y0 + 10));
    CHECK(moved.x == layout::column_x(2));  // the first free slot of the tactics' column
    CHECK(test::overlapping(board_of(doc.plan())).empty());

    add(doc, named<Tactic>("m21"), place_at(2000.5, 1500.25));
    CHECK(doc.plan().layout.at("m21").x == 2000.5);
    CHECK(doc.plan().layout.at("m21").y == 1500.25);
    CHECK(test::overlapping(board_of(doc.plan())).empty());
}

TEST_CASE("a card dropped beside another but clear of it keeps its place", "[layout]") {
    Document doc;
    add(doc, named<Goal>("G1"), place_at(0, 100));
    const double h = board_of(doc.plan()).find("G1")->box.y1 - 100;
    add(doc, named<Goal>("G2"), place_at(0, 100 + h + layout::kMargin));  // just clear of G1
    CHECK(doc.plan().layout.at("G2").y == 100 + h + layout::kMargin);
    add(doc, named<Goal>("G3"), place_at(0, 100 + h + layout::kMargin - 1));  // a unit too close to G1
    CHECK(doc.plan().layout.at("G3").y != 100 + h + layout::kMargin - 1);
    CHECK(test::overlapping(board_of(doc.plan())).empty());
}

TEST_CASE("columns grow downwards to hold every card made without a place", "[layout]") {
    Document doc;
    add(doc, named<Goal>("G1"));
    for (int i = 0; i < 40; ++i) {
        Kpi k = named<Kpi>("k" + std::to_string(i));
        k.on = ItemRef{Kind::Goal, "G1"};
        add(doc, k);
    }
    const Plan& p = doc.plan();
    const layout::Board board = board_of(p);
    CHECK(test::overlapping(board).empty());
    double last = -1;
    for (const Kpi& k : p.kpis) {
        const LayoutPos& pos = p.layout.at(k.id.value);
        CHECK(pos.x == layout::column_x(3));
        CHECK(pos.y > last);  // each below the one before: the column grew
        last = pos.y;
    }
    CHECK(board.columns[3].count == 40);
    CHECK(board.columns[3].bottom >= last + layout::estimated_height("Unnamed KPI"));
}

TEST_CASE("a new card fills the first gap of its column that fits it", "[layout]") {
    Document doc;
    add(doc, named<Goal>("G1"), place_at(0, layout::kColumnHeader));
    add(doc, named<Goal>("G2"), place_at(0, 1000));
    add(doc, named<Goal>("G3"));
    const layout::Board board = board_of(doc.plan());
    const double y = doc.plan().layout.at("G3").y;
    CHECK(y == board.find("G1")->box.y1 + layout::kCardGap);  // between G1 and G2, not after G2
    CHECK(test::overlapping(board).empty());
}

TEST_CASE("a card dragged into another column is stepped around by that column's new cards", "[layout]") {
    Document doc;
    add(doc, named<Strategy>("S1"), place_at(layout::column_x(1) - 100, layout::kColumnHeader));  // half in the goals' column
    add(doc, named<Goal>("G1"));
    CHECK(doc.plan().layout.at("G1").y > layout::kColumnHeader);
    CHECK(test::overlapping(board_of(doc.plan())).empty());
}

TEST_CASE("products and insights take the next free place on the shelf above the columns", "[layout]") {
    Document doc(test::load_fixture("selma.json"));
    add(doc, named<Product>("p9"));
    Insight in = named<Insight>("i9");
    in.text = "People buy belts with bags";
    add(doc, in);
    const Plan& p = doc.plan();
    CHECK(p.layout.at("p9").y < 0);
    CHECK(p.layout.at("i9").y < 0);
    CHECK(test::overlapping(board_of(p)).empty());
}

TEST_CASE("a person has no card and keeps the place it was given", "[layout]") {
    Document doc;
    Person who = named<Person>("ana");
    add(doc, who);
    CHECK(doc.plan().layout.count("ana") == 0);
    add(doc, named<Person>("ben"), place_at(5, 5));
    CHECK(doc.plan().layout.at("ben").x == 5);
}

TEST_CASE("free_slot asked directly answers as the add command places", "[layout]") {
    Document doc;
    add(doc, named<Goal>("G1"));
    const layout::Point taken{layout::column_x(0), layout::kColumnHeader};
    const layout::Point p = layout::free_slot(doc.plan(), Kind::Goal, taken);
    CHECK_FALSE(p == taken);
    CHECK(p.x == layout::column_x(0));
    const layout::Point free{900, 900};
    CHECK(layout::free_slot(doc.plan(), Kind::Goal, free) == free);
    add(doc, named<Goal>("G2"));
    CHECK(doc.plan().layout.at("G2").y == p.y);
}

TEST_CASE("an add sent as JSON keeps its x and y when they are free", "[layout]") {
    std::string error;
    auto cmd = command_from_json(nlohmann::json::parse(R"({"op":"add","kind":"goal","item":{"id":"G1"},"x":300,"y":400})"), error);
    REQUIRE(cmd);
    Document doc;
    REQUIRE(doc.apply(*cmd).ok);
    CHECK(doc.plan().layout.at("G1").x == 300);
    CHECK(doc.plan().layout.at("G1").y == 400);
}
