// The questions the inspector asks of a plan: an item's display name, the items that link to it
// (shown as its chips), what a person owns, and the totals of a multi-selection.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "io/plan_json.hpp"
#include "model/queries.hpp"

using namespace ab;

namespace {

using Ids = std::vector<std::string>;

// Two goals, three strategies, three tactics (two with budgets), KPIs on a goal, a strategy and a
// tactic, a product, an insight and two people. Listed out of id order on purpose: answers come
// in plan order.
Plan sample_plan() {
    const char* text = R"({
      "format": "alignboard.plan", "version": 1, "currency": "EUR",
      "people": [{"id": "sam", "name": "Sam", "team": "sales"}, {"id": "mia", "name": "", "team": "marketing"}],
      "goals": [{"id": "G2", "name": "Grow B", "owners": ["sam"], "primary_kpi": "k9"},
                {"id": "G1", "name": "", "owners": ["sam", "mia"]}],
      "strategies": [{"id": "S3", "name": "Third", "goals": ["G1"]},
                     {"id": "S1", "name": "First", "goals": ["G2", "G1"], "owners": ["mia"]},
                     {"id": "S2", "name": "Second", "goals": ["G2"]}],
      "products": [{"id": "P1", "name": "Tote", "owners": ["mia"]}],
      "tactics": [{"id": "m2", "name": "Ads", "strategies": ["S1"], "products": ["P1"], "budget": 1200.5,
                   "expected_return": 3000},
                  {"id": "m1", "name": "Mail", "strategies": ["S1", "S2"], "budget": 0.25, "owners": ["mia"]},
                  {"id": "m3", "name": "Event", "strategies": ["S3"], "products": ["P1"], "expected_return": 10}],
      "kpis": [{"id": "k2", "on": "G1", "metric": "Revenue"},
               {"id": "k1", "on": "G1", "metric": "", "owners": ["mia"]},
               {"id": "k9", "on": "S1", "metric": "Reach"},
               {"id": "k5", "on": "m2", "metric": "Clicks"}],
      "insights": [{"id": "I1", "text": "Wants a bag under 400", "goal": "G1", "product": "P1"}]
    })";
    LoadResult r = load_plan(text);
    REQUIRE(r.ok());
    return std::move(*r.plan);
}

}  // namespace

TEST_CASE("an item is shown by its name, metric or text, and by its id when that is blank", "[model]") {
    const Plan plan = sample_plan();
    CHECK(display_name(plan, "G2") == "Grow B");
    CHECK(display_name(plan, "G1") == "G1");
    CHECK(display_name(plan, "k2") == "Revenue");
    CHECK(display_name(plan, "k1") == "k1");
    CHECK(display_name(plan, "I1") == "Wants a bag under 400");
    CHECK(display_name(plan, "mia") == "mia");
    CHECK(display_name(plan, "gone") == "gone");
    CHECK(quoted_name(item_at(plan, *find_item(plan, "S2"))) == "\u201CSecond\u201D");
}

TEST_CASE("the items linking to an item are found in plan order, each once", "[model]") {
    const Plan plan = sample_plan();
    CHECK(linked_from(plan, "G1", Kind::Strategy) == Ids{"S3", "S1"});
    CHECK(linked_from(plan, "G2", Kind::Strategy) == Ids{"S1", "S2"});
    CHECK(linked_from(plan, "G1", Kind::Kpi) == Ids{"k2", "k1"});
    CHECK(linked_from(plan, "S1", Kind::Tactic) == Ids{"m2", "m1"});
    CHECK(linked_from(plan, "S1", Kind::Kpi) == Ids{"k9"});
    CHECK(linked_from(plan, "m2", Kind::Kpi) == Ids{"k5"});
    CHECK(linked_from(plan, "P1", Kind::Tactic) == Ids{"m2", "m3"});
    CHECK(linked_from(plan, "P1", Kind::Insight) == Ids{"I1"});
    CHECK(linked_from(plan, "G1", Kind::Insight) == Ids{"I1"});
    CHECK(linked_from(plan, "S2", Kind::Tactic) == Ids{"m1"});
    CHECK(linked_from(plan, "m3", Kind::Kpi).empty());
    CHECK(linked_from(plan, "", Kind::Kpi).empty());
}

TEST_CASE("a person owns what lists them as an owner, goals first and KPIs last", "[model]") {
    const Plan plan = sample_plan();
    CHECK(owned_by(plan, "mia") == Ids{"G1", "S1", "P1", "m1", "k1"});
    CHECK(owned_by(plan, "sam") == Ids{"G2", "G1"});
    CHECK(owned_by(plan, "nobody").empty());
    CHECK(linked_from(plan, "mia", Kind::Tactic) == Ids{"m1"});
}

TEST_CASE("a goal's primary KPI is chosen among the KPIs measuring it and the one it names", "[model]") {
    const Plan plan = sample_plan();
    CHECK(primary_kpi_choices(plan, plan.goals[1]) == Ids{"k2", "k1"});  // G1: its two KPIs
    CHECK(primary_kpi_choices(plan, plan.goals[0]) == Ids{"k9"});        // G2 names k9 (on S1)
}

TEST_CASE("a selection adds up its tactics' money and counts its items per kind", "[model]") {
    const Plan plan = sample_plan();
    const SelectionTotals t = selection_totals(plan, {"m2", "m1", "m3", "G1", "k2", "k1", "mia", "gone"});
    CHECK(t.counts[size_t(Kind::Tactic)] == 3);
    CHECK(t.counts[size_t(Kind::Kpi)] == 2);
    CHECK(t.budget == 1200.75);
    CHECK(t.expected_return == 3010);
    CHECK(t.budgeted == 2);
    CHECK(kind_counts_text(t) == "1 person \u00B7 1 goal \u00B7 3 tactics \u00B7 2 KPIs");
    CHECK(budgeted_text(t) == "2 of 3 selected tactics have a budget.");

    const SelectionTotals goals = selection_totals(plan, {"G1", "G2"});
    CHECK(goals.budget == 0);
    CHECK(kind_counts_text(goals) == "2 goals");
    CHECK(budgeted_text(goals).empty());
}

TEST_CASE("select-all on a large plan totals every tactic once", "[model]") {
    Plan plan;
    std::vector<std::string> ids;
    for (int i = 0; i < 500; ++i) {
        Tactic t;
        t.id.value = "m" + std::to_string(i);
        t.budget = 2;
        if (i % 2 == 0) t.expected_return = 1;
        plan.tactics.push_back(t);
        ids.push_back(t.id.value);
    }
    const SelectionTotals t = selection_totals(plan, ids);
    CHECK(t.tactics() == 500);
    CHECK(t.budget == 1000);
    CHECK(t.expected_return == 250);
    CHECK(kind_counts_text(t) == "500 tactics");
}
