// A change from elsewhere (a workshop room's other participants, web/collab): applied and scored
// like a local command, but never an undo step of this person, and followed by a read-only view.
#include <catch2/catch.hpp>

#include "commands/command.hpp"
#include "document/document.hpp"
#include "fixtures.hpp"
#include "io/plan_json.hpp"

using namespace ab;

TEST_CASE("a remote change is applied and scored but is no undo step, and drops the local history", "[document]") {
    Document doc(test::load_fixture("selma.json"));
    REQUIRE(doc.apply(Link{"m11", "S2"}).ok);
    REQUIRE(doc.can_undo());
    Plan theirs = doc.plan();
    theirs.settings.name = "Renamed in the room";
    const uint64_t rev = doc.revision();
    REQUIRE(doc.apply_remote(ReplacePlan{theirs}).ok);
    CHECK(doc.plan().settings.name == "Renamed in the room");
    CHECK(doc.revision() > rev);
    CHECK(save_plan(doc.plan()) == save_plan(theirs));
    CHECK_FALSE(doc.can_undo());  // the local link step was compiled against the plan before
    CHECK_FALSE(doc.undo());
    CHECK(doc.plan().settings.name == "Renamed in the room");
    CHECK(doc.scores().overall.has_value());
}

TEST_CASE("a read-only document still follows remote changes; an open drag defers them", "[document]") {
    Document doc(test::load_fixture("selma.json"));
    Plan theirs = doc.plan();
    theirs.settings.name = "Viewed";
    doc.set_read_only("View only");
    CHECK_FALSE(doc.apply(ReplacePlan{theirs}).ok);
    REQUIRE(doc.apply_remote(ReplacePlan{theirs}).ok);
    CHECK(doc.plan().settings.name == "Viewed");

    Document dragging(test::load_fixture("selma.json"));
    dragging.begin_group("Move");
    CHECK(dragging.grouping());
    const ApplyResult deferred = dragging.apply_remote(ReplacePlan{theirs});
    CHECK_FALSE(deferred.ok);
    CHECK_FALSE(deferred.error.empty());
    dragging.end_group();
    CHECK(dragging.apply_remote(ReplacePlan{theirs}).ok);
}
