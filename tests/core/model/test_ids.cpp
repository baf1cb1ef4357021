// New ids in a workshop room (model/ids.hpp): two participants who add a card at the same moment,
// each from the same plan and before seeing the other's, make different ids (each carries the
// participant's tag), the numbering goes on past both once they meet, and outside a room ids
// stay as they always were. Tagged ids are ordinary ids to the reader and the writer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "commands/card_clipboard.hpp"
#include "document/document.hpp"
#include "fixtures.hpp"
#include "io/plan_json.hpp"
#include "model/ids.hpp"

using namespace ab;

namespace {

Plan selma_plan() { return test::load_fixture("selma.json"); }  // G1, G2; tactics up to m11

Tactic tactic_with_id(const Plan& plan, const std::string& id) {
    Tactic t = plan.tactics.front();
    t.id.value = id;
    t.name = "Made at the same moment";
    return t;
}

}  // namespace

TEST_CASE("two participants adding at once from one plan make different ids", "[model]") {
    const Plan plan = selma_plan();
    const std::string ana = fresh_id(plan, Kind::Tactic, {}, "ana1");
    const std::string ben = fresh_id(plan, Kind::Tactic, {}, "b3n");
    CHECK(ana == "m12-ana1");
    CHECK(ben == "m12-b3n");
    CHECK(ana != ben);
    CHECK(fresh_id(plan, Kind::Goal, {}, "ana1") == "G3-ana1");
    // Many at once (a paste) with a tag: tagged and counting on.
    FreshIds many(plan, "ana1");
    CHECK(many.next(Kind::Tactic) == "m12-ana1");
    CHECK(many.next(Kind::Tactic) == "m13-ana1");
    CHECK(many.next(Kind::Person).rfind("p", 0) == 0);
}

TEST_CASE("once both cards meet, numbering goes on past both, tagged or not", "[model]") {
    Plan merged = selma_plan();
    merged.tactics.push_back(tactic_with_id(merged, "m12-ana1"));
    merged.tactics.push_back(tactic_with_id(merged, "m12-b3n"));
    CHECK(fresh_id(merged, Kind::Tactic) == "m13");
    CHECK(fresh_id(merged, Kind::Tactic, {}, "ana1") == "m13-ana1");
    FreshIds many(merged);
    CHECK(many.next(Kind::Tactic) == "m13");
    merged.tactics.push_back(tactic_with_id(merged, "m20-b3n"));
    CHECK(fresh_id(merged, Kind::Tactic, {}, "b3n") == "m21-b3n");
    CHECK(fresh_id(merged, Kind::Tactic, {"m21-b3n"}, "b3n") == "m22-b3n");
}

TEST_CASE("outside a room ids stay as before; a tag that is not one is refused", "[model]") {
    const Plan plan = selma_plan();
    CHECK(fresh_id(plan, Kind::Tactic) == "m12");
    CHECK(fresh_id(plan, Kind::Tactic, {}, "") == "m12");
    FreshIds plain(plan);
    CHECK(plain.next(Kind::Goal) == "G3");
    CHECK(valid_id_tag(""));
    CHECK(valid_id_tag("k7q2"));
    for (const char* bad : {"K7", "a-b", "a b", "abcdefghi", "m12\n"}) {
        CAPTURE(bad);
        CHECK_FALSE(valid_id_tag(bad));
        CHECK(fresh_id(plan, Kind::Tactic, {}, bad) == "m12");  // never an unreadable id
    }
    Document doc(plan);
    CHECK(doc.id_tag().empty());
    CHECK(doc.set_id_tag("k7q2"));
    CHECK_FALSE(doc.set_id_tag("Nope!"));
    CHECK(doc.id_tag() == "k7q2");
    doc.reset(selma_plan());  // the room's plan opening keeps the participant's tag
    CHECK(doc.id_tag() == "k7q2");
    CHECK(doc.set_id_tag(""));  // leaving the room
    CHECK(fresh_id(doc.plan(), Kind::Tactic, {}, doc.id_tag()) == "m12");
}

TEST_CASE("a tagged card is an ordinary card: added, linked, pasted, saved and read back", "[model]") {
    Document doc(selma_plan());
    REQUIRE(doc.set_id_tag("k7q2"));
    const std::string id = fresh_id(doc.plan(), Kind::Tactic, {}, doc.id_tag());
    REQUIRE(doc.apply(AddItem{tactic_with_id(doc.plan(), id), std::nullopt, std::nullopt}).ok);
    const PasteResult p = paste_cards(doc.plan(), copy_cards(doc.plan(), {id}), 40, 40, doc.id_tag());
    REQUIRE(p.error.empty());
    REQUIRE(p.new_ids.size() == 1);
    CHECK(p.new_ids[0] == "m13-k7q2");
    const LoadResult back = load_plan(save_plan(doc.plan()));
    INFO((back.errors.empty() ? std::string() : back.errors.front().message));
    REQUIRE(back.ok());
    const auto& tactics = back.plan->tactics;
    const auto t = std::find_if(tactics.begin(), tactics.end(), [&](const Tactic& x) { return x.id.value == id; });
    REQUIRE(t != tactics.end());
    CHECK(t->name == "Made at the same moment");
    REQUIRE(!t->strategies.empty());  // its link to the copied tactic's strategy holds
    CHECK(t->strategies.begin()->value == selma_plan().tactics.front().strategies.begin()->value);
}
