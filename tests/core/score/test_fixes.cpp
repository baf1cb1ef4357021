// Where each finding is fixed (score/advice/fixes.hpp, scoring.md "Where each finding is fixed"): a click
// on a finding opens the item and field a person types the fix into, and what the plan lacks
// (a person to own an item, a product to push, an insight from customers) is made through
// commands, as one undo step.
#include <catch2/catch.hpp>

#include "builder.hpp"
#include "document/document.hpp"
#include "score/advice/fixes.hpp"

using namespace ab;
using namespace ab::test;

namespace {

Finding first(const Scores& s, const std::string& code) {
    const std::vector<Finding> f = findings_with(s, code);
    REQUIRE_FALSE(f.empty());
    return f.front();
}

// A goal with a strategy and a funded tactic, all owned, its primary KPI counting cafés.
Plan cafe_plan() {
    Plan plan = empty_2025_plan();
    Goal g = goal("G1");
    g.name = "Open more cafés";
    g.primary_kpi = KpiId{"k1"};
    plan.goals.push_back(g);
    plan.strategies.push_back(strategy("S1", {"G1"}));
    plan.tactics.push_back(tactic("t1", {"S1"}, 500, 1));
    Kpi k = kpi("k1", Kind::Goal, "G1", 0, 3);
    k.metric = "Cafés open";
    k.unit = "cafés";
    plan.kpis.push_back(k);
    return plan;
}

}  // namespace

TEST_CASE("a finding about a missing owner opens the item's owners", "[score]") {
    Plan plan = cafe_plan();
    plan.tactics[0].owners.clear();
    const FindingFix fix = finding_fix(plan, first(score_plan(plan), "item.owner_count"));
    CHECK(fix.id == "t1");
    CHECK(fix.field == "owners");
    CHECK(fix.make == FixMake::None);
}

TEST_CASE("a tactic that expects no return opens its expected return; a KPI its first missing field",
          "[score]") {
    Plan plan = cafe_plan();
    plan.tactics[0].expected_return.reset();
    plan.kpis[0].unit.clear();
    const Scores s = score_plan(plan);
    const FindingFix ret = finding_fix(plan, first(s, "tactic.no_return"));
    CHECK(ret.id == "t1");
    CHECK(ret.field == "expected_return");
    const FindingFix k = finding_fix(plan, first(s, "kpi.incomplete"));
    CHECK(k.id == "k1");
    CHECK(k.field == "unit");
    plan.kpis[0].unit = "cafés";
    plan.kpis[0].due = "2030-01-01";
    CHECK(finding_fix(plan, first(score_plan(plan), "kpi.incomplete")).field == "due");
}

TEST_CASE("an untraced tactic with one strategy opens that strategy's goals", "[score]") {
    Plan plan = cafe_plan();
    plan.strategies.push_back(strategy("S2", {}));
    plan.tactics.push_back(tactic("t2", {"S2"}, 10, 10));
    plan.tactics.push_back(tactic("t3", {}, 10, 10));
    const Scores s = score_plan(plan);
    for (const Finding& f : findings_with(s, "tactic.untraced")) {
        const FindingFix fix = finding_fix(plan, f);
        if (f.ids[0] == "t2") {
            CHECK(fix.id == "S2");
            CHECK(fix.field == "goals");
        } else {
            CHECK(fix.id == "t3");
            CHECK(fix.field == "strategies");
        }
    }
}

TEST_CASE("a goal short of its target opens a tactic's expected return", "[score]") {
    const Plan plan = cafe_plan();
    const FindingFix fix = finding_fix(plan, first(score_plan(plan), "goal.short_return"));
    CHECK(fix.id == "t1");
    CHECK(fix.field == "expected_return");
}

TEST_CASE("no big push and no product: the fix offers to add a product, made a big push in one step",
          "[score]") {
    Plan plan = cafe_plan();
    const Finding f = first(score_plan(plan), "plan.no_big_push");
    const FindingFix fix = finding_fix(plan, f);
    CHECK(fix.make == FixMake::Product);
    CHECK(finding_make(plan, f) == FixMake::Product);
    CHECK(fix.make_label == "Add a product");
    Document doc(plan);
    const MadeForFix made = make_for_fix(doc.plan(), f, fix);
    CHECK(made.field == "name");
    doc.begin_group(fix.make_label);
    for (const Command& c : made.commands) REQUIRE(doc.apply(c).ok);
    doc.end_group();
    REQUIRE(doc.plan().products.size() == 1);
    CHECK(doc.plan().products[0].id.value == made.id);
    CHECK(doc.plan().products[0].big_push);
    CHECK(doc.undo());
    CHECK(doc.plan().products.empty());

    // With products, it opens the best seller's big push box instead.
    plan.products.push_back(product("P1", 100));
    plan.products.push_back(product("P2", 300));
    const FindingFix best = finding_fix(plan, first(score_plan(plan), "plan.no_big_push"));
    CHECK(best.make == FixMake::None);
    CHECK(best.id == "P2");
    CHECK(best.field == "big_push");
}

TEST_CASE("no customer voice: the fix makes an insight feeding the goal", "[score]") {
    const Plan plan = cafe_plan();
    const Finding f = first(score_plan(plan), "goal.no_customer_voice");
    const FindingFix fix = finding_fix(plan, f);
    REQUIRE(fix.make == FixMake::Insight);
    Document doc(plan);
    const MadeForFix made = make_for_fix(doc.plan(), f, fix);
    for (const Command& c : made.commands) REQUIRE(doc.apply(c).ok);
    REQUIRE(doc.plan().insights.size() == 1);
    REQUIRE(doc.plan().insights[0].goal);
    CHECK(doc.plan().insights[0].goal->value == "G1");
    CHECK(made.field == "text");
    CHECK(count_findings(score_plan(doc.plan()), "goal.no_customer_voice") == 0);
}

TEST_CASE("a new owner typed by name becomes a person of the plan and the owner, undone in one step",
          "[score]") {
    Plan plan = cafe_plan();
    plan.people.clear();  // a baker's first plan: nobody in it yet
    for (Tactic& t : plan.tactics) t.owners.clear();
    Document doc(plan);
    std::string person;
    const std::vector<Command> commands = new_owner_commands(doc.plan(), "t1", "  Sam Baker ", &person);
    REQUIRE(commands.size() == 2);
    doc.begin_group("Add owner");
    for (const Command& c : commands) REQUIRE(doc.apply(c).ok);
    doc.end_group();
    REQUIRE(doc.plan().people.size() == 1);
    CHECK(doc.plan().people[0].name == "Sam Baker");
    CHECK(doc.plan().people[0].id.value == person);
    REQUIRE(doc.plan().tactics[0].owners.size() == 1);
    CHECK(doc.plan().tactics[0].owners.begin()->value == person);
    CHECK(doc.undo());
    CHECK(doc.plan().people.empty());
    CHECK(doc.plan().tactics[0].owners.empty());
    CHECK(new_owner_commands(doc.plan(), "t1", "   ").empty());
}

TEST_CASE("a tactic's expected return counts in its goal's primary KPI unit", "[score]") {
    Plan plan = cafe_plan();
    CHECK(expected_return_unit(plan, "t1") == "caf\u00e9s");
    plan.tactics[0].strategies.clear();
    CHECK(expected_return_unit(plan, "t1").empty());  // reaches no goal: no unit to say
    CHECK(expected_return_unit(plan, "nope").empty());
}

TEST_CASE("in a workshop room, what a fix makes carries the participant's id tag", "[score]") {
    const Plan plan = cafe_plan();
    const Finding f = first(score_plan(plan), "goal.no_customer_voice");
    const FindingFix fix = finding_fix(plan, f);
    Document doc(plan);
    REQUIRE(doc.set_id_tag("k7q2"));
    const MadeForFix made = make_for_fix(doc.plan(), f, fix, doc.id_tag());
    CHECK(made.id == "I1-k7q2");
    Plan nobody = plan;
    nobody.people.clear();
    for (Tactic& t : nobody.tactics) t.owners.clear();
    doc.reset(nobody);
    std::string person;
    const std::vector<Command> commands = new_owner_commands(doc.plan(), "t1", "Sam", &person, doc.id_tag());
    CHECK(person == "p1-k7q2");
    for (const Command& c : commands) REQUIRE(doc.apply(c).ok);
    REQUIRE(doc.plan().tactics[0].owners.size() == 1);
    CHECK(doc.plan().tactics[0].owners.begin()->value == "p1-k7q2");
}
