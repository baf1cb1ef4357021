// Every kind of command: apply then undo gives back the same plan (its saved JSON), redo gives
// back the applied one; refusals leave the plan and revision alone; groups make one step.
#include <catch2/catch.hpp>

#include "commands/command.hpp"
#include "document/document.hpp"
#include "fixtures.hpp"
#include "io/plan_json.hpp"
#include "model/queries.hpp"

using namespace ab;

namespace {

Document selma_doc() { return Document(test::load_fixture("selma.json")); }

// Applies `cmd`, checks it changed the plan, then checks undo and redo restore exact JSON.
std::string check_round_trip(Document& doc, const Command& cmd) {
    const std::string before = save_plan(doc.plan());
    const uint64_t rev = doc.revision();
    ApplyResult r = doc.apply(cmd);
    INFO(describe(cmd) << ": " << r.error);
    REQUIRE(r.ok);
    const std::string after = save_plan(doc.plan());
    CHECK(after != before);
    CHECK(doc.revision() > rev);
    REQUIRE(doc.undo());
    CHECK(save_plan(doc.plan()) == before);
    REQUIRE(doc.redo());
    CHECK(save_plan(doc.plan()) == after);
    return after;
}

const Tactic& tactic(const Plan& p, const std::string& id) {
    for (const auto& t : p.tactics) {
        if (t.id.value == id) return t;
    }
    FAIL("no tactic " << id);
    return p.tactics.front();
}

}  // namespace

TEST_CASE("adding an item of every kind undoes and redoes exactly", "[commands]") {
    Document doc = selma_doc();
    Person person;
    person.id.value = "new_person";
    person.name = "Analyst";
    person.team = "marketing";
    check_round_trip(doc, AddItem{person, LayoutPos{10, 20, Extra::object()}, std::nullopt});
    Goal goal;
    goal.id.value = "G3";
    goal.name = "Watches revenue $1.2M";
    goal.owners = {PersonId{"vp_sales"}};
    check_round_trip(doc, AddItem{goal, std::nullopt, std::size_t{0}});
    Strategy s;
    s.id.value = "S3";
    s.goals = {GoalId{"G3"}};
    check_round_trip(doc, AddItem{s, std::nullopt, std::nullopt});
    Product pr;
    pr.id.value = "belt";
    pr.forecast = 1000;
    check_round_trip(doc, AddItem{pr, std::nullopt, std::nullopt});
    Tactic t;
    t.id.value = "m12";
    t.strategies = {StrategyId{"S3"}};
    t.products = {ProductId{"belt"}};
    t.budget = 500;
    check_round_trip(doc, AddItem{t, std::nullopt, std::nullopt});
    Kpi k;
    k.id.value = "k9";
    k.on = {Kind::Tactic, "m12"};
    check_round_trip(doc, AddItem{k, std::nullopt, std::nullopt});
    Insight in;
    in.id.value = "i9";
    in.text = "Belts sell with bags";
    in.product = ProductId{"belt"};
    check_round_trip(doc, AddItem{in, std::nullopt, std::nullopt});
    const Plan& p = doc.plan();
    CHECK(p.goals.front().id.value == "G3");  // inserted where asked
    CHECK(p.layout.count("new_person") == 1);
}

TEST_CASE("adding an item whose id is taken or whose links dangle is refused", "[commands]") {
    Document doc = selma_doc();
    const std::string before = save_plan(doc.plan());
    Goal dup;
    dup.id.value = "m1";  // a tactic's id: ids share one space
    ApplyResult r = doc.apply(AddItem{dup, std::nullopt, std::nullopt});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("already used"));
    Strategy s;
    s.id.value = "S9";
    s.goals = {GoalId{"nowhere"}};
    r = doc.apply(AddItem{s, std::nullopt, std::nullopt});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("nowhere"));
    CHECK(save_plan(doc.plan()) == before);
    CHECK(doc.revision() == 0);
    CHECK_FALSE(doc.can_undo());
}

TEST_CASE("deleting a strategy removes the links to it and undo brings all of it back", "[commands]") {
    Document doc = selma_doc();
    check_round_trip(doc, RemoveItems{{"S1"}});
    // After redo S1 is gone and no tactic points at it any more.
    for (const auto& t : doc.plan().tactics) {
        for (const auto& s : t.strategies) CHECK(s.value != "S1");
    }
    CHECK_FALSE(find_item(doc.plan(), "S1"));
}

TEST_CASE("deleting a person, a KPI, a goal and a product clears owners, primary KPIs and insight links", "[commands]") {
    Document doc = selma_doc();
    check_round_trip(doc, RemoveItems{{"vp_sales", "k1", "G2", "selma"}});
    const Plan& p = doc.plan();
    CHECK(p.goals.size() == 1);
    CHECK(p.goals[0].owners.empty());
    CHECK_FALSE(p.goals[0].primary_kpi.has_value());
    CHECK_FALSE(p.insights[0].product.has_value());
    CHECK(tactic(p, "m1").products.empty());
    LoadResult reread = load_plan(save_plan(p));
    CHECK(reread.ok());
    CHECK(reread.warnings.empty());
}

TEST_CASE("setting fields of items and of the plan undoes exactly", "[commands]") {
    Document doc = selma_doc();
    check_round_trip(doc, SetField{"m1", "budget", 175000});
    CHECK(*tactic(doc.plan(), "m1").budget == 175000);
    check_round_trip(doc, SetField{"m1", "name", "Selma hero shoot"});
    check_round_trip(doc, SetField{"m1", "phase", "launch"});
    check_round_trip(doc, SetField{"m1", "expected_return", nullptr});
    CHECK_FALSE(tactic(doc.plan(), "m1").expected_return.has_value());
    check_round_trip(doc, SetField{"", "name", "Selma spring launch (v2)"});
    check_round_trip(doc, SetField{"", "brand_key", "Jet-set glamour"});
    check_round_trip(doc, SetField{"", "swot", {{"strengths", {"Iconic design"}}, {"threats", {"Coach"}}}});
    CHECK(doc.plan().settings.swot.strengths == std::vector<std::string>{"Iconic design"});
}

TEST_CASE("a field value the file format would refuse is refused with the reader's message", "[commands]") {
    Document doc = selma_doc();
    ApplyResult r = doc.apply(SetField{"m1", "budget", "lots"});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("budget") && Catch::Contains("expected a number"));
    r = doc.apply(SetField{"m1", "start", "2013-02-30"});
    CHECK_FALSE(r.ok);
    r = doc.apply(SetField{"G1", "weight", -1});
    CHECK_FALSE(r.ok);
    r = doc.apply(SetField{"m1", "id", "m99"});
    CHECK_FALSE(r.ok);
    r = doc.apply(SetField{"m1", "strategies", {"G1"}});
    CHECK_FALSE(r.ok);
    CHECK(doc.revision() == 0);
}

TEST_CASE("replacing an item keeps its id and kind", "[commands]") {
    Document doc = selma_doc();
    Tactic t = tactic(doc.plan(), "m11");
    t.strategies = {StrategyId{"S2"}};
    t.message = "jetset";
    check_round_trip(doc, ReplaceItem{t});
    Goal wrong;
    wrong.id.value = "m11";
    CHECK_FALSE(doc.apply(ReplaceItem{wrong}).ok);
}

TEST_CASE("linking and unlinking one level up undoes exactly", "[commands]") {
    Document doc = selma_doc();
    check_round_trip(doc, Link{"m11", "S2"});
    CHECK(tactic(doc.plan(), "m11").strategies.size() == 1);
    check_round_trip(doc, Link{"m11", "jetset"});
    check_round_trip(doc, Link{"k4", "S1"});
    check_round_trip(doc, Link{"k4", "social_mgr"});
    check_round_trip(doc, Link{"i1", "G1"});
    check_round_trip(doc, Unlink{"m1", "S1"});
    CHECK(tactic(doc.plan(), "m1").strategies.empty());
}

TEST_CASE("linking twice changes nothing the second time", "[commands]") {
    Document doc = selma_doc();
    REQUIRE(doc.apply(Link{"m11", "S2"}).ok);
    const uint64_t rev = doc.revision();
    REQUIRE(doc.apply(Link{"m11", "S2"}).ok);
    CHECK(doc.revision() == rev);
    CHECK(tactic(doc.plan(), "m11").strategies.size() == 1);
}

TEST_CASE("links that skip a level, point down or loop are refused with a reason", "[commands]") {
    Document doc = selma_doc();
    const std::string before = save_plan(doc.plan());
    ApplyResult r = doc.apply(Link{"m11", "G1"});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("through a strategy"));
    r = doc.apply(Link{"S1", "m1"});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("one level up"));
    r = doc.apply(Link{"S1", "S1"});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("itself"));
    r = doc.apply(Link{"S1", "S2"});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("same level"));
    r = doc.apply(Link{"k1", "k3"});  // kinds are named in people's words, not the file's
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("(both KPIs)"));
    r = doc.apply(Link{"G1", "S1"});
    CHECK_THAT(r.error, Catch::Contains("Links point one level up: a goal does not link to a strategy"));
    r = doc.apply(Unlink{"m11", "S1"});
    CHECK_FALSE(r.ok);
    CHECK(save_plan(doc.plan()) == before);
    CHECK(doc.revision() == 0);
}

TEST_CASE("a drop in either direction is oriented to the link the model accepts", "[commands]") {
    const Plan plan = test::load_fixture("selma.json");
    Oriented o = orient_link(plan, "G2", "m11");
    CHECK_FALSE(o.link);
    CHECK_THAT(o.reason, Catch::Contains("through a strategy"));
    o = orient_link(plan, "S2", "m11");
    REQUIRE(o.link);
    CHECK(o.link->child == "m11");
    CHECK(o.link->parent == "S2");
    o = orient_link(plan, "G1", "S2");
    REQUIRE(o.link);
    CHECK(o.link->child == "S2");
}

TEST_CASE("moving cards undoes exactly and keeps the layout's extra fields", "[commands]") {
    Document doc = selma_doc();
    check_round_trip(doc, MoveItems{{{"G1", LayoutPos{40, 120, Extra::object()}}, {"m3", LayoutPos{500, 80, Extra::object()}}}});
    CHECK(doc.plan().layout.at("m3").x == 500);
    CHECK_FALSE(doc.apply(MoveItems{{{"ghost", LayoutPos{}}}}).ok);
}

TEST_CASE("replacing the whole plan is one undoable step", "[commands]") {
    Document doc = selma_doc();
    Plan blank;
    blank.settings.name = "Blank";
    check_round_trip(doc, ReplacePlan{blank});
    CHECK(doc.plan().tactics.empty());
}

TEST_CASE("a drag's steps are one undo step and cancelling it restores the plan", "[commands]") {
    Document doc = selma_doc();
    const std::string before = save_plan(doc.plan());
    doc.begin_group("Drag G1");
    for (int i = 1; i <= 5; ++i) {
        REQUIRE(doc.apply(MoveItems{{{"G1", LayoutPos{10.0 * i, 5.0 * i, Extra::object()}}}}).ok);
    }
    CHECK_FALSE(doc.can_undo());  // not while the drag is under way
    doc.end_group();
    CHECK(doc.undo_label() == "Drag G1");
    REQUIRE(doc.undo());
    CHECK(save_plan(doc.plan()) == before);
    CHECK_FALSE(doc.can_undo());

    const uint64_t rev = doc.revision();
    doc.begin_group("Drag m1");
    REQUIRE(doc.apply(MoveItems{{{"m1", LayoutPos{1, 2, Extra::object()}}}}).ok);
    REQUIRE(doc.apply(Link{"m11", "S2"}).ok);
    doc.cancel_group();
    CHECK(save_plan(doc.plan()) == before);
    CHECK(doc.revision() > rev);  // the view must redraw, so the revision still rises
    CHECK_FALSE(doc.can_undo());
    CHECK(doc.can_redo());  // cancelling a drag does not throw away the redo step
}

TEST_CASE("the revision rises on every change and never goes back", "[commands]") {
    Document doc = selma_doc();
    REQUIRE(doc.apply(SetField{"m1", "budget", 1}).ok);
    CHECK(doc.revision() == 1);
    doc.undo();
    CHECK(doc.revision() == 2);
    doc.redo();
    CHECK(doc.revision() == 3);
}

TEST_CASE("a new command after undo drops the redo steps", "[commands]") {
    Document doc = selma_doc();
    REQUIRE(doc.apply(SetField{"m1", "budget", 1}).ok);
    doc.undo();
    REQUIRE(doc.apply(SetField{"m1", "budget", 2}).ok);
    CHECK_FALSE(doc.can_redo());
}

TEST_CASE("commands travel as JSON and come back the same", "[commands]") {
    std::string error;
    for (const char* text : {
             R"({"op":"link","child":"m11","parent":"S2"})",
             R"({"op":"unlink","child":"m1","parent":"S1"})",
             R"({"op":"remove","ids":["m1","k4"]})",
             R"({"op":"set","id":"m1","field":"budget","value":5})",
             R"({"op":"move","moves":[{"id":"G1","x":1.5,"y":2.0}]})",
             R"({"op":"add","kind":"goal","item":{"id":"G9","name":"New goal","owners":[]},"x":3.0,"y":4.0})",
         }) {
        auto j = nlohmann::json::parse(text);
        auto cmd = command_from_json(j, error);
        INFO(text << " -> " << error);
        REQUIRE(cmd);
        auto cmd2 = command_from_json(command_to_json(*cmd), error);
        REQUIRE(cmd2);
        CHECK(command_to_json(*cmd2) == command_to_json(*cmd));
    }
    Document doc = selma_doc();
    auto cmd = command_from_json(nlohmann::json::parse(R"({"op":"link","child":"m11","parent":"S2"})"), error);
    REQUIRE(doc.apply(*cmd).ok);
    CHECK(tactic(doc.plan(), "m11").strategies.size() == 1);
}

TEST_CASE("malformed command JSON is refused with a readable message", "[commands]") {
    std::string error;
    CHECK_FALSE(command_from_json(nlohmann::json::parse("[1]"), error));
    CHECK_THAT(error, Catch::Contains("object"));
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"op":"explode"})"), error));
    CHECK_THAT(error, Catch::Contains("explode"));
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"op":"add","kind":"tactic","item":{"id":"x","budget":"lots"}})"), error));
    CHECK_THAT(error, Catch::Contains("budget"));
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"op":"replace_plan","plan":{"format":"alignboard.plan","version":9}})"), error));
    CHECK_THAT(error, Catch::Contains("newer"));
}

TEST_CASE("editing an item keeps its unknown fields in their order and a no-op edit is no step", "[commands]") {
    LoadResult r = load_plan(R"({"format":"alignboard.plan","version":1,
        "goals":[{"id":"G1","name":"Grow","zeta":1,"alpha":{"b":2,"a":1}}]})");
    REQUIRE(r.ok());
    Document doc(std::move(*r.plan));
    REQUIRE(doc.apply(SetField{"G1", "name", "Grow"}).ok);
    CHECK(doc.revision() == 0);
    REQUIRE(doc.apply(SetField{"G1", "name", "Grow more"}).ok);
    const std::string saved = save_plan(doc.plan());
    CHECK(saved.find("\"zeta\"") < saved.find("\"alpha\""));
    CHECK(saved.find("\"b\"") < saved.find("\"a\": 1"));
}

TEST_CASE("a read-only document refuses commands, undo and redo with its reason and still scores", "[commands]") {
    Document doc = selma_doc();
    REQUIRE(doc.apply(Link{"m11", "S2"}).ok);
    const std::string before = save_plan(doc.plan());
    const uint64_t rev = doc.revision();
    doc.set_read_only("This plan is open in another tab");
    const ApplyResult r = doc.apply(Unlink{"m11", "S2"});
    CHECK_FALSE(r.ok);
    CHECK(r.error == "This plan is open in another tab");
    CHECK_FALSE(doc.can_undo());
    CHECK_FALSE(doc.undo());
    CHECK(save_plan(doc.plan()) == before);
    CHECK(doc.revision() == rev);
    CHECK(doc.scores().overall.has_value());
    doc.set_read_only("");
    CHECK(doc.undo());
}

TEST_CASE("the undo history names items by their titles, a deleted one too", "[commands]") {
    Document doc = selma_doc();
    const std::string m11 = display_name(doc.plan(), "m11"), s2 = display_name(doc.plan(), "S2");
    REQUIRE(m11 != "m11");
    REQUIRE(doc.apply(Link{"m11", "S2"}).ok);
    CHECK(doc.undo_label() == "Link \u201C" + m11 + "\u201D to \u201C" + s2 + "\u201D");
    REQUIRE(doc.apply(RemoveItems{{"m11"}}).ok);
    CHECK(doc.undo_label() == "Delete \u201C" + m11 + "\u201D");
    REQUIRE(doc.undo());
    CHECK(doc.redo_label() == "Delete \u201C" + m11 + "\u201D");
    CHECK(describe(Command(Link{"m11", "S2"})) == "Link m11 to S2");  // the id form, for logs
}
