// The plan reader against plan-format.md's reading rules: one test per rule, each with a small
// bad file (tests/data/bad/) or inline JSON, plus the worked example loading cleanly.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixtures.hpp"
#include "io/plan_json.hpp"

using namespace ab;
using ab::test::data_path;
using ab::test::has;
using ab::test::has_at;
using ab::test::listed;
using ab::test::load_fixture;
using ab::test::read_text;

namespace {

// A valid header plus `fields` (JSON members, without braces).
std::string plan_text(const std::string& fields) {
    std::string text = R"({"format": "alignboard.plan", "version": 1)";
    if (!fields.empty()) text += ", " + fields;
    return text + "}";
}

LoadResult load_bad(const std::string& name) { return load_plan(read_text(data_path("bad/" + name))); }

}  // namespace

TEST_CASE("the Selma example loads with no errors and no warnings", "[io][plan][read]") {
    LoadResult r = load_plan(read_text(data_path("selma.json")));
    INFO("errors:" << listed(r.errors) << "\nwarnings:" << listed(r.warnings));
    REQUIRE(r.ok());
    CHECK(r.errors.empty());
    CHECK(r.warnings.empty());
    const Plan& p = *r.plan;
    CHECK(p.people.size() == 11);
    CHECK(p.goals.size() == 2);
    CHECK(p.strategies.size() == 2);
    CHECK(p.products.size() == 3);
    CHECK(p.tactics.size() == 11);
    CHECK(p.kpis.size() == 4);
    CHECK(p.insights.size() == 1);
    CHECK(item_count(p) == 23);

    CHECK(p.settings.name == "Selma spring launch");
    CHECK(p.settings.start == "2013-01-01");
    CHECK(p.tactics[0].id.value == "m1");
    CHECK(p.tactics[0].budget == 150000.0);
    CHECK(p.tactics[0].phase == Phase::Pre);
    CHECK(p.tactics[0].strategies == LinkSet<StrategyId>{{"S1"}});
    CHECK(p.tactics[10].strategies.empty());
    CHECK(p.kpis[2].baseline == 2700000.0);
    CHECK_FALSE(p.kpis[2].current.has_value());
    CHECK(p.products[0].big_push);
    CHECK(p.products[0].key_message == "jetsetselma");
    CHECK_FALSE(p.products[1].big_push);
    CHECK(p.goals[1].primary_kpi == KpiId{"k3"});
    CHECK(p.insights[0].product == ProductId{"selma"});
}

TEST_CASE("a KPI's `on` takes the kind of the item it points at", "[io][plan][read]") {
    Plan p = load_fixture("selma.json");
    CHECK(p.kpis[0].on == ItemRef{Kind::Goal, "G1"});
    CHECK(p.kpis[1].on == ItemRef{Kind::Strategy, "S1"});
    CHECK(p.kpis[3].on == ItemRef{Kind::Tactic, "m3"});
}

TEST_CASE("a file of another format is refused", "[io][plan][read]") {
    LoadResult r = load_bad("wrong_format.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "format");
    CHECK(r.errors[0].message == "expected \"alignboard.plan\", got \"trello.board\"; this is not an Alignboard plan");

    LoadResult missing = load_plan(R"({"version": 1, "goals": []})");
    CHECK_FALSE(missing.ok());
    CHECK(has_at(missing.errors, "format"));
}

TEST_CASE("a newer version is refused whole, with a message saying to update", "[io][plan][read]") {
    LoadResult r = load_bad("newer_version.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "version");
    CHECK(r.errors[0].message == "version 2 is newer than this Alignboard understands (1); update Alignboard to open it");
    CHECK(r.warnings.empty());

    // Whatever else is wrong in a newer file, the version is the one thing reported.
    LoadResult messy = load_plan(R"({"tactics": [{"id": "m1", "budget": "lots", "strategies": ["S9"]}],
                                     "format": "alignboard.plan", "version": 7})");
    REQUIRE(messy.errors.size() == 1);
    CHECK(messy.errors[0].path == "version");
    CHECK(messy.warnings.empty());
}

TEST_CASE("a file without a version, or with a version that is not a whole number, is refused", "[io][plan][read]") {
    LoadResult r = load_bad("missing_version.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "version");

    LoadResult text = load_plan(R"({"format": "alignboard.plan", "version": "1"})");
    CHECK_FALSE(text.ok());
    CHECK(has(text.errors, "version", "expected a whole number, got \"1\""));
    CHECK_FALSE(load_plan(R"({"format": "alignboard.plan", "version": 1.5})").ok());
    CHECK(load_plan(R"({"format": "alignboard.plan", "version": 1.0})").ok());
}

TEST_CASE("a budget that is not a number is an error at its exact path", "[io][plan][read]") {
    LoadResult r = load_bad("budget_not_number.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "tactics[0].budget");
    CHECK(r.errors[0].message == "expected a number, got \"lots\"");
}

TEST_CASE("type errors show briefly what was found", "[io][plan][read]") {
    std::string long_name(500, 'x');
    LoadResult r = load_plan(plan_text(R"("goals": [{"id": "G1", "name": ")" + long_name +
                                       R"(", "owners": "ann"}], "tactics": [{"id": "m1", "budget": {"a": 1}}])"));
    CHECK_FALSE(r.ok());
    CHECK(has(r.errors, "goals[0].owners", "expected an array of strings, got \"ann\""));
    CHECK(has(r.errors, "tactics[0].budget", "expected a number, got {\"a\":1}"));

    LoadResult long_value = load_plan(plan_text(R"("tactics": [{"id": "m1", "budget": ")" + long_name + R"("}])"));
    REQUIRE(long_value.errors.size() == 1);
    CHECK(long_value.errors[0].message.size() < 80);
    CHECK(long_value.errors[0].message.find("...") != std::string::npos);
}

TEST_CASE("dates must be real calendar days written YYYY-MM-DD", "[io][plan][read]") {
    LoadResult r = load_bad("bad_date.json");
    INFO(listed(r.errors));
    CHECK_FALSE(r.ok());
    CHECK(r.errors.size() == 3);
    CHECK(has(r.errors, "end", "\"2013-06-31\" is not a real calendar day"));
    CHECK(has(r.errors, "tactics[0].start", "expected a date as \"YYYY-MM-DD\", got \"07/01/2013\""));
    CHECK(has(r.errors, "kpis[0].due", "\"2013-02-29\" is not a real calendar day"));
}

TEST_CASE("is_iso_date knows month lengths and leap years", "[io][plan][read]") {
    CHECK(is_iso_date("2013-01-31"));
    CHECK(is_iso_date("2012-02-29"));
    CHECK(is_iso_date("2000-02-29"));
    CHECK_FALSE(is_iso_date("1900-02-29"));
    CHECK_FALSE(is_iso_date("2013-02-29"));
    CHECK_FALSE(is_iso_date("2013-04-31"));
    CHECK_FALSE(is_iso_date("2013-13-01"));
    CHECK_FALSE(is_iso_date("2013-00-10"));
    CHECK_FALSE(is_iso_date("2013-01-00"));
    CHECK_FALSE(is_iso_date("2013-1-01"));
    CHECK_FALSE(is_iso_date("2013-01-01T00:00"));
    CHECK_FALSE(is_iso_date("２013-01-01"));
    CHECK_FALSE(is_iso_date(""));
}

TEST_CASE("a tactic phase other than pre, launch or post is an error", "[io][plan][read]") {
    LoadResult r = load_bad("bad_phase.json");
    CHECK_FALSE(r.ok());
    CHECK(has(r.errors, "tactics[0].phase", "expected \"pre\", \"launch\" or \"post\", got \"during\""));
}

TEST_CASE("a KPI direction other than up or down is an error", "[io][plan][read]") {
    LoadResult r = load_bad("bad_dir.json");
    CHECK_FALSE(r.ok());
    CHECK(has(r.errors, "kpis[0].dir", "expected \"up\" or \"down\", got \"sideways\""));

    LoadResult down = load_plan(plan_text(R"("kpis": [{"id": "k1", "metric": "Returns", "dir": "down"}])"));
    REQUIRE(down.ok());
    CHECK(down.plan->kpis[0].dir == Direction::Down);
}

TEST_CASE("a goal weight must be a positive number", "[io][plan][read]") {
    LoadResult r = load_bad("nonpositive_weight.json");
    INFO(listed(r.errors));
    CHECK_FALSE(r.ok());
    CHECK(r.errors.size() == 3);
    CHECK(has(r.errors, "goals[0].weight", "expected a positive number, got 0"));
    CHECK(has(r.errors, "goals[1].weight", "expected a positive number, got -2"));
    CHECK(has(r.errors, "goals[2].weight", "expected a positive number, got \"heavy\""));

    LoadResult half = load_plan(plan_text(R"("goals": [{"id": "G1", "name": "Half", "weight": 0.5}])"));
    REQUIRE(half.ok());
    CHECK(half.plan->goals[0].weight == 0.5);
}

TEST_CASE("brand_reserve must be a fraction from 0 to 1", "[io][plan][read]") {
    CHECK_FALSE(load_plan(plan_text(R"("brand_reserve": 1.5)")).ok());
    CHECK_FALSE(load_plan(plan_text(R"("brand_reserve": -0.1)")).ok());
    CHECK(has(load_plan(plan_text(R"("brand_reserve": "10%")")).errors, "brand_reserve",
              "expected a fraction from 0 to 1 (0.1 = 10%), got \"10%\""));
    LoadResult r = load_plan(plan_text(R"("brand_reserve": 0.25)"));
    REQUIRE(r.ok());
    CHECK(r.plan->settings.brand_reserve == 0.25);
}

TEST_CASE("an id used twice, even by items of different kinds, is an error naming both places", "[io][plan][read]") {
    LoadResult r = load_bad("duplicate_id.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "tactics[1].id");
    CHECK(r.errors[0].message == "duplicate id \"X1\"; also used at goals[0].id");
}

TEST_CASE("an empty or missing id is an error", "[io][plan][read]") {
    LoadResult r = load_bad("empty_id.json");
    INFO(listed(r.errors));
    CHECK_FALSE(r.ok());
    CHECK(has(r.errors, "strategies[0].id", "must not be empty; every item needs an id"));
    CHECK(has(r.errors, "strategies[1].id", "missing; every item needs an id"));
    CHECK(has(load_plan(plan_text(R"("goals": [{"id": 7}])")).errors, "goals[0].id", "expected a string, got 7"));
}

TEST_CASE("a link to an id that does not exist is a warning, and the link is dropped", "[io][plan][read]") {
    LoadResult r = load_bad("dangling_link.json");
    REQUIRE(r.ok());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].path == "tactics[0].strategies[0]");
    CHECK(r.warnings[0].message == "no strategy with id \"S9\"; link ignored");
    CHECK(r.plan->tactics[0].strategies == LinkSet<StrategyId>{{"S1"}});
}

TEST_CASE("a link to an item of the wrong kind is a warning, and the link is dropped", "[io][plan][read]") {
    LoadResult r = load_bad("wrong_kind_link.json");
    INFO(listed(r.warnings));
    REQUIRE(r.ok());
    CHECK(r.warnings.size() == 4);
    CHECK(has(r.warnings, "goals[0].owners[1]", "\"S1\" is a strategy, not a person; link ignored"));
    CHECK(has(r.warnings, "strategies[0].goals[0]", "\"m1\" is a tactic, not a goal; link ignored"));
    CHECK(has(r.warnings, "tactics[0].strategies[0]", "\"G1\" is a goal, not a strategy; link ignored"));
    CHECK(has(r.warnings, "kpis[0].on",
              "\"selma\" is a product; a KPI measures a goal, strategy or tactic; link ignored"));
    const Plan& p = *r.plan;
    CHECK(p.goals[0].owners == LinkSet<PersonId>{{"ann"}});
    CHECK(p.strategies[0].goals == LinkSet<GoalId>{{"G1"}});
    CHECK(p.tactics[0].strategies == LinkSet<StrategyId>{{"S1"}});
    CHECK(p.tactics[0].products == LinkSet<ProductId>{{"selma"}});
    CHECK(p.kpis[0].on.empty());
}

TEST_CASE("single links to missing or wrong items are dropped with a warning", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("goals": [{"id": "G1", "name": "Rev", "primary_kpi": "G1"}],
        "insights": [{"id": "i1", "text": "t", "goal": "nope", "product": "G1"}])"));
    INFO(listed(r.warnings));
    REQUIRE(r.ok());
    CHECK(has(r.warnings, "goals[0].primary_kpi", "\"G1\" is a goal, not a KPI; link ignored"));
    CHECK(has(r.warnings, "insights[0].goal", "no goal with id \"nope\"; link ignored"));
    CHECK(has(r.warnings, "insights[0].product", "\"G1\" is a goal, not a product; link ignored"));
    CHECK_FALSE(r.plan->goals[0].primary_kpi.has_value());
    CHECK_FALSE(r.plan->insights[0].goal.has_value());
    CHECK_FALSE(r.plan->insights[0].product.has_value());
}

TEST_CASE("a repeated link is kept once, without a warning", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("people": [{"id": "ann", "name": "Ann"}, {"id": "bob", "name": "Bob"}],
        "strategies": [{"id": "S1", "name": "Launch"}],
        "tactics": [{"id": "m1", "name": "Shoot", "strategies": ["S1", "S1"],
                     "owners": ["bob", "ann", "bob", "ann", "bob"]}])"));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(r.plan->tactics[0].strategies == LinkSet<StrategyId>{{"S1"}});
    CHECK(r.plan->tactics[0].owners == LinkSet<PersonId>{{"bob"}, {"ann"}});
}

TEST_CASE("a long link list keeps each id once, in its first order", "[io][plan][read]") {
    std::string people, owners;
    for (int i = 0; i < 40; ++i) {
        people += std::string(i ? "," : "") + R"({"id": "p)" + std::to_string(i) + R"("})";
        owners += std::string(i ? "," : "") + "\"p" + std::to_string(39 - i) + "\",\"p" + std::to_string(39 - i) + "\"";
    }
    LoadResult r = load_plan(plan_text(R"("people": [)" + people + R"(], "goals": [{"id": "G1", "owners": [)" + owners + "]}]"));
    REQUIRE(r.ok());
    const auto& got = r.plan->goals[0].owners;
    REQUIRE(got.size() == 40);
    CHECK(got.front().value == "p39");
    CHECK(got.back().value == "p0");
}

TEST_CASE("a tactic stage outside the plan's stages is a warning and is kept", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("tactics": [{"id": "m1", "name": "Shoot", "stage": "delight"}])"));
    REQUIRE(r.ok());
    CHECK(has(r.warnings, "tactics[0].stage",
              "\"delight\" is not one of the plan's required stages (awareness, consideration, purchase); kept as written"));
    CHECK(r.plan->tactics[0].stage == "delight");

    LoadResult own = load_plan(plan_text(R"("required_stages": ["delight"], "tactics": [{"id": "m1", "stage": "delight"}])"));
    REQUIRE(own.ok());
    CHECK(own.warnings.empty());
}

TEST_CASE("fields the reader does not know are kept, in their order, at every level", "[io][plan][read]") {
    LoadResult r = load_plan(read_text(data_path("extras.json")));
    INFO(listed(r.errors) << listed(r.warnings));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    const Plan& p = *r.plan;
    CHECK(p.extra.dump() ==
          R"({"zz_generator":{"tool":"newer-alignboard","build":42},"a_tail_field":[null,true,{"nested":{"deep":[1]}}]})");
    CHECK(p.people[0].extra.dump() == R"({"zeta":1,"alpha":[1,2.5,"x"]})");
    CHECK(p.goals[0].extra.dump() == R"({"color":"#ff0000","archived":false})");
    CHECK(p.strategies[0].extra.dump() == R"({"risk":{"level":"high","notes":null}})");
    CHECK(p.products[0].extra.dump() == R"({"sku":"B-1"})");
    CHECK(p.tactics[0].extra.dump() == R"({"vendor":"Studio 9","approved_by":["ann"]})");
    CHECK(p.kpis[0].extra.dump() == R"({"source":"ERP"})");
    CHECK(p.insights[0].extra.dump() == R"({"heard_at":"2025-02-03"})");
    CHECK(p.settings.swot.extra.dump() == R"({"mood":"upbeat"})");
    REQUIRE(p.settings.competitors.size() == 1);
    CHECK(p.settings.competitors[0].extra.dump() == R"({"share":0.31})");
    REQUIRE(p.layout.count("m1") == 1);
    CHECK(p.layout.at("m1").x == 10.5);
    CHECK(p.layout.at("m1").y == -20.0);
    CHECK(p.layout.at("m1").extra.dump() == R"({"pinned":true})");
    CHECK(p.layout.at("G1").extra.dump() == R"({"collapsed":true})");
}

TEST_CASE("missing optional fields take their defaults", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("goals": [{"id": "G1"}], "kpis": [{"id": "k1"}],
        "tactics": [{"id": "m1"}], "products": [{"id": "p1"}])"));
    REQUIRE(r.ok());
    const Plan& p = *r.plan;
    CHECK(p.settings.required_channels.size() == 8);
    CHECK(p.settings.required_channels == default_required_channels());
    CHECK(p.settings.required_stages == std::vector<std::string>{"awareness", "consideration", "purchase"});
    CHECK(p.settings.brand_reserve == 0.10);
    CHECK(p.settings.name.empty());
    CHECK(p.goals[0].weight == 1.0);
    CHECK_FALSE(p.goals[0].primary_kpi.has_value());
    CHECK(p.kpis[0].dir == Direction::Up);
    CHECK(p.kpis[0].on.empty());
    CHECK_FALSE(p.kpis[0].target.has_value());
    CHECK(p.tactics[0].phase == Phase::None);
    CHECK_FALSE(p.tactics[0].budget.has_value());
    CHECK(p.tactics[0].owners.empty());
    CHECK_FALSE(p.products[0].big_push);
    CHECK(p.people.empty());
    CHECK(p.layout.empty());
}

TEST_CASE("null means not set, for numbers and optional fields alike", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("brand_reserve": null, "required_channels": null,
        "goals": [{"id": "G1", "weight": null, "primary_kpi": null}],
        "tactics": [{"id": "m1", "budget": null, "phase": null, "start": null, "owners": null}])"));
    REQUIRE(r.ok());
    CHECK(r.plan->settings.brand_reserve == 0.10);
    CHECK(r.plan->settings.required_channels.size() == 8);
    CHECK(r.plan->goals[0].weight == 1.0);
    CHECK_FALSE(r.plan->tactics[0].budget.has_value());
    CHECK(r.plan->tactics[0].start.empty());
}

TEST_CASE("every error in a file is reported, not just the first", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("name": 5, "goals": [{"id": "G1", "weight": 0}, 3],
        "tactics": [{"id": "m1", "budget": "lots", "phase": "soon"}])"));
    INFO(listed(r.errors));
    CHECK_FALSE(r.ok());
    CHECK(r.errors.size() == 5);
    CHECK(has_at(r.errors, "name"));
    CHECK(has(r.errors, "goals[1]", "expected an object, got 3"));
    CHECK(has_at(r.errors, "tactics[0].phase"));
}

TEST_CASE("a flood of errors is cut to the first hundred plus a count", "[io][plan][read]") {
    std::string tactics;
    for (int i = 0; i < 150; ++i) {
        tactics += std::string(i ? "," : "") + R"({"id": "m)" + std::to_string(i) + R"(", "budget": "lots"})";
    }
    LoadResult r = load_plan(plan_text(R"("tactics": [)" + tactics + "]"));
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 101);
    CHECK(r.errors[99].path == "tactics[99].budget");
    CHECK(r.errors[100].message == "... and 50 more errors");
}

TEST_CASE("text that is not JSON gives one error saying where", "[io][plan][read]") {
    LoadResult r = load_bad("invalid_json.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path.empty());
    INFO(r.errors[0].message);
    CHECK(r.errors[0].message.rfind("not valid JSON", 0) == 0);
    CHECK(r.errors[0].message.find("at line 5, column 9") != std::string::npos);

    CHECK_FALSE(load_plan("").ok());
    CHECK_FALSE(load_plan(plan_text("") + " trailing").ok());
    CHECK_FALSE(load_plan(std::string("{\"format\": \"alignboard.plan\", \"version\": 1, \"name\": \"\xff\"}")).ok());
    CHECK(has_at(load_plan(plan_text(R"("tactics": [{"id": "m1", "budget": 1e999}])")).errors, ""));
}

TEST_CASE("a top level that is not an object is refused", "[io][plan][read]") {
    LoadResult r = load_bad("top_level_array.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path.empty());
    CHECK(r.errors[0].message.rfind("expected a plan object", 0) == 0);
    CHECK_FALSE(load_plan("42").ok());
    CHECK_FALSE(load_plan("null").ok());
}

TEST_CASE("deep nesting is refused without crashing", "[io][plan][read]") {
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    LoadResult r = load_plan(deep);
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("nested deeper than 64 levels") != std::string::npos);

    // Unclosed, and hidden inside an unknown field of an otherwise fine plan.
    CHECK_FALSE(load_plan(plan_text(R"("x": )" + std::string(200000, '{') + "")).ok());
    CHECK_FALSE(load_plan(plan_text(R"("x": )" + std::string(100, '[') + std::string(100, ']'))).ok());
    // Moderate nesting in unknown fields is fine and kept.
    LoadResult ok = load_plan(plan_text(R"("x": )" + std::string(50, '[') + std::string(50, ']')));
    CHECK(ok.ok());

    nlohmann::json doc = nlohmann::json::parse(plan_text(""));
    nlohmann::json* at = &doc["x"];
    for (int i = 0; i < 200; ++i) at = &((*at)["y"] = nlohmann::json::object());
    CHECK_FALSE(load_plan_json(doc).ok());
}

TEST_CASE("a key repeated in one object keeps its first place and its last value", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("tactics": [{"id": "m1", "budget": "lots", "name": "Shoot", "budget": 5}])"));
    REQUIRE(r.ok());
    CHECK(r.plan->tactics[0].budget == 5.0);
}

TEST_CASE("a list of items given twice in one file is an error", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("tactics": [{"id": "a"}], "goals": [], "tactics": [{"id": "b"}])"));
    CHECK_FALSE(r.ok());
    CHECK(has(r.errors, "tactics", "appears more than once; a plan has one list of each kind"));
}

TEST_CASE("layout positions of items that do not exist are dropped with a warning", "[io][plan][read]") {
    LoadResult r = load_plan(plan_text(R"("goals": [{"id": "G1"}], "layout": {"G1": {"x": 1, "y": 2}, "G9": {"x": 3}})"));
    REQUIRE(r.ok());
    CHECK(has(r.warnings, "layout.G9", "no item with id \"G9\"; position ignored"));
    CHECK(r.plan->layout.size() == 1);
    CHECK(r.plan->layout.at("G1").y == 2.0);
    CHECK(has(load_plan(plan_text(R"("goals": [{"id": "G1"}], "layout": {"G1": {"x": "left"}})")).errors, "layout.G1.x",
              "expected a number, got \"left\""));
}
