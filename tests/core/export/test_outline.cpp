// The plan as a tree outline with accessible names (export/outline.hpp): what the web's mirror of
// the board and its outline view show, on the Selma example and on small plans made for a case.
#include <algorithm>

#include <catch2/catch.hpp>

#include "export/outline.hpp"
#include "fixtures.hpp"

using namespace ab;
using namespace ab::test;

namespace {

const OutlineRow* row_of(const Outline& o, const std::string& id, size_t place = 1) {
    for (const OutlineRow& r : o.rows) {
        if (r.id == id && r.place == place) return &r;
    }
    return nullptr;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the Selma outline nests goals, strategies, tactics and KPIs and names each with kind and score", "[export]") {
    const Plan plan = load_fixture("selma.json");
    const Outline o = plan_outline(plan, score_plan(plan));
    // Every goal, strategy, tactic, KPI, product and insight has a row.
    for (const char* id : {"G1", "G2", "S1", "S2", "m1", "m10", "m11", "k1", "k2", "k3", "k4", "selma", "i1"}) {
        CAPTURE(id);
        CHECK(row_of(o, id) != nullptr);
    }
    const OutlineRow* g1 = row_of(o, "G1");
    REQUIRE(g1);
    CHECK(g1->level == 1);
    CHECK(g1->label.rfind("Goal: Selma Spring revenue $6.0M. Score 96.1, good.", 0) == 0);
    const OutlineRow* s1 = row_of(o, "S1");
    REQUIRE(s1);
    CHECK(s1->level == 2);
    CHECK(s1->parent == "G1");
    CHECK(contains(s1->label, "serves goal \xe2\x80\x9cSelma Spring revenue $6.0M\xe2\x80\x9d"));
    const OutlineRow* m3 = row_of(o, "m3");
    REQUIRE(m3);
    CHECK(m3->level == 3);
    CHECK(m3->parent == "S1");
    CHECK(contains(m3->label, "Tactic: #jetsetselma influencer seeding. Score "));
    CHECK(contains(m3->label, "promotes product \xe2\x80\x9cSelma satchel\xe2\x80\x9d"));
    const OutlineRow* k4 = row_of(o, "k4");
    REQUIRE(k4);
    CHECK(k4->level == 4);
    CHECK(k4->parent == "m3");
    CHECK(contains(k4->label, "KPI: #jetsetselma posts. No score of its own."));
    CHECK(contains(k4->label, "measures tactic \xe2\x80\x9c#jetsetselma influencer seeding\xe2\x80\x9d"));
    // The tactic that carries no strategy starts a branch of its own, after the goals.
    const OutlineRow* m11 = row_of(o, "m11");
    REQUIRE(m11);
    CHECK(m11->level == 1);
    CHECK(m11->title == "Spring email series");
    const OutlineRow* i1 = row_of(o, "i1");
    REQUIRE(i1);
    CHECK(i1->title == "Associates: customers want a structured work bag under $400");  // the field, unquoted
    CHECK(i1->label.rfind("Insight: \xe2\x80\x9c" + i1->title + "\xe2\x80\x9d.", 0) == 0);
    CHECK(contains(m11->label, "carries no strategy"));
    CHECK(std::find_if(o.rows.begin(), o.rows.end(), [](const OutlineRow& r) { return r.id == "m11"; }) >
          std::find_if(o.rows.begin(), o.rows.end(), [](const OutlineRow& r) { return r.id == "G2"; }));
}

TEST_CASE("an item under several parents appears under each, marked", "[export]") {
    Plan plan = load_fixture("selma.json");
    plan.tactics[0].strategies.push_back(StrategyId{"S2"});  // m1 now carries S1 and S2
    const Outline o = plan_outline(plan, score_plan(plan));
    const OutlineRow* first = row_of(o, "m1", 1);
    const OutlineRow* second = row_of(o, "m1", 2);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->places == 2);
    CHECK(first->parent == "S1");
    CHECK(second->parent == "S2");
    CHECK(contains(second->label, "Under 2 parents, here under \xe2\x80\x9cSustain Jet Set through CRM\xe2\x80\x9d."));
    CHECK(contains(first->label, "carries strategies \xe2\x80\x9cIntegrated Selma launch"));
    CHECK(row_of(o, "m1", 3) == nullptr);
}

TEST_CASE("the outline's JSON carries score, band and label per row", "[export]") {
    const Plan plan = load_fixture("selma.json");
    const nlohmann::json j = outline_to_json(plan_outline(plan, score_plan(plan)));
    REQUIRE(j["rows"].is_array());
    const nlohmann::json& g1 = j["rows"][0];
    CHECK(g1["id"] == "G1");
    CHECK(g1["kind"] == "goal");
    CHECK(g1["score"] == 96.1);
    CHECK(g1["band"] == "good");
    bool kpi_unscored = false;
    for (const auto& r : j["rows"]) {
        if (r["id"] == "k1") kpi_unscored = r["score"].is_null() && r["band"] == "";
    }
    CHECK(kpi_unscored);
}

TEST_CASE("an outline with the score hidden names no score and has the same rows", "[export]") {
    const Plan plan = load_fixture("selma.json");
    const Outline shown = plan_outline(plan, score_plan(plan));
    const Outline hidden = plan_outline(plan, score_plan(plan), false);
    REQUIRE(hidden.rows.size() == shown.rows.size());
    for (size_t i = 0; i < hidden.rows.size(); ++i) {
        CAPTURE(hidden.rows[i].label);
        CHECK(hidden.rows[i].id == shown.rows[i].id);
        CHECK_FALSE(hidden.rows[i].score);
        CHECK_FALSE(contains(hidden.rows[i].label, "Score"));
        CHECK_FALSE(contains(hidden.rows[i].label, "scored"));
        CHECK_FALSE(contains(hidden.rows[i].label, "score of its own"));
    }
    const OutlineRow* g1 = row_of(hidden, "G1");
    REQUIRE(g1);
    CHECK(g1->label.rfind("Goal: Selma Spring revenue $6.0M.", 0) == 0);
}

TEST_CASE("an empty plan has an empty outline", "[export]") {
    const Plan plan;
    CHECK(plan_outline(plan, score_plan(plan)).rows.empty());
}

TEST_CASE("score bands and score change announcements", "[export]") {
    CHECK(std::string(score_band(85.0)) == "good");
    CHECK(std::string(score_band(80.0)) == "good");
    CHECK(std::string(score_band(79.9)) == "fair");
    CHECK(std::string(score_band(12.0)) == "weak");
    CHECK(std::string(score_band(std::nullopt)) == "");
    CHECK(score_change_text(85.6, 88.5) == "Alignment 88.5, up 2.9");
    CHECK(score_change_text(88.5, 61.0) == "Alignment 61.0, down 27.5");
    CHECK(score_change_text(std::nullopt, 88.5) == "Alignment 88.5");
    CHECK(score_change_text(88.5, std::nullopt) == "Alignment not scored");
    CHECK(score_change_text(88.51, 88.54) == "");
    CHECK(score_change_text(std::nullopt, std::nullopt) == "");
}
