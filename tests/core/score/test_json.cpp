// The JSON of `alignboard score` (scoring.md "Output"): its exact shape, nulls for what is not
// scored, and rounding half away from zero to one decimal in the output only.
#include <chrono>
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;

TEST_CASE("round1 rounds half away from zero to one decimal", "[score]") {
    CHECK(round1(88.46) == 88.5);
    CHECK(round1(88.44) == 88.4);
    CHECK(round1(0.05) == 0.1);
    CHECK(round1(2.25) == 2.3);
    CHECK(round1(-0.05) == -0.1);
    CHECK(round1(-2.25) == -2.3);
    CHECK(round1(99.94999) == 99.9);
    CHECK(round1(100) == 100);
}

TEST_CASE("the score JSON has exactly the documented keys, in order", "[score]") {
    Plan plan = goals_plan(1, 1);
    plan.tactics.push_back(tactic("t1", {"S1"}, 100, 10));
    const nlohmann::ordered_json j = scores_to_json(score_plan(plan));
    std::vector<std::string> keys;
    for (const auto& item : j.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"overall", "raw", "cap", "completeness", "components", "goals", "strategies",
                                           "tactics", "findings"});
    std::vector<std::string> components;
    for (const auto& item : j["components"].items()) components.push_back(item.key());
    CHECK(components == std::vector<std::string>{"linkage", "measurement", "budget_focus", "integration", "journey",
                                                 "ownership", "return"});
    CHECK(j["goals"]["G1"].size() == 2);
    CHECK(j["goals"]["G1"]["components"].size() == 7);
    CHECK(j["goals"]["G1"]["overall"].is_number());
    CHECK(j["strategies"]["S1"].is_number());
    CHECK(j["tactics"]["t1"].is_number());
    REQUIRE(j["findings"].is_array());
    REQUIRE_FALSE(j["findings"].empty());
    std::vector<std::string> finding_keys;
    for (const auto& item : j["findings"][0].items()) finding_keys.push_back(item.key());
    CHECK(finding_keys == std::vector<std::string>{"code", "component", "ids", "message"});
}

TEST_CASE("not scored components are null and completeness is an integer", "[score]") {
    Plan plan = empty_2025_plan();
    plan.goals.push_back(goal("G1"));
    const nlohmann::ordered_json j = scores_to_json(score_plan(plan));
    CHECK(j["components"]["budget_focus"].is_null());
    CHECK(j["components"]["integration"].is_null());
    CHECK(j["components"]["return"].is_null());
    CHECK(j["completeness"].is_number_integer());
    CHECK(j["completeness"] == 60);
    CHECK(j["goals"]["G1"]["components"]["budget_focus"].is_null());
}

TEST_CASE("the empty plan's JSON: nulls, completeness 0 and plan.empty without a component", "[score]") {
    const nlohmann::ordered_json j = scores_to_json(score_plan(Plan{}));
    CHECK(j["overall"].is_null());
    CHECK(j["raw"].is_null());
    CHECK(j["cap"].is_null());
    CHECK(j["completeness"] == 0);
    CHECK(j["goals"].is_object());
    CHECK(j["goals"].empty());
    REQUIRE(j["findings"].size() == 1);
    CHECK(j["findings"][0]["code"] == "plan.empty");
    CHECK(j["findings"][0]["component"].is_null());
    CHECK(j["findings"][0]["ids"].is_array());
    CHECK(j["findings"][0]["ids"].empty());
}

TEST_CASE("plan-level findings name their component in the JSON", "[score]") {
    Plan plan = empty_2025_plan();
    plan.tactics.push_back(tactic("t1", {}, 100));
    plan.products.push_back(product("A", std::nullopt));
    const nlohmann::ordered_json j = scores_to_json(score_plan(plan));
    std::map<std::string, std::string> component_of_code;
    for (const auto& f : j["findings"])
        component_of_code[f["code"].get<std::string>()] = f["component"].is_null() ? "null" : f["component"].get<std::string>();
    CHECK(component_of_code["plan.no_goal"] == "linkage");
    CHECK(component_of_code["plan.no_forecast"] == "budget_focus");
    CHECK(component_of_code["plan.no_big_push"] == "integration");
}

TEST_CASE("scores stay unrounded inside and are rounded only in the JSON", "[score]") {
    Plan plan = goals_plan(3, 1);
    const Scores s = score_plan(plan);
    // linkage = mean of d: 1/2, 0, 0 -> 16.666...
    REQUIRE(component_of(s, Component::Linkage));
    CHECK(*component_of(s, Component::Linkage) != round1(*component_of(s, Component::Linkage)));
    CHECK(scores_to_json(s)["components"]["linkage"] == 16.7);
}

TEST_CASE("an id listed twice keeps its first place in the score JSON and takes the last value") {
    Scores s;
    s.tactics = {{"b", 1.0}, {"a", 2.0}, {"b", 3.0}};
    s.strategies = {{"s", 4.0}, {"s", 5.0}};
    const nlohmann::ordered_json j = scores_to_json(s);
    CHECK(j["tactics"].dump() == R"({"b":3.0,"a":2.0})");
    CHECK(j["strategies"].dump() == R"({"s":5.0})");
}

// The ids objects were built by a linear search per key: 10 s for 80,000 tactics. The timings
// are in tests/bench; this only guards against that blow-up coming back.
TEST_CASE("the score JSON of 80,000 tactics is written within 2 s") {
    Scores s;
    for (size_t i = 0; i < 80000; ++i) s.tactics.emplace_back("tactic_" + std::to_string(i), 50.0);
    const auto t0 = std::chrono::steady_clock::now();
    const std::string text = scores_to_json(s).dump();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(text.find("\"tactic_79999\":50.0}") != std::string::npos);
    CHECK(seconds < 2.0);
}
