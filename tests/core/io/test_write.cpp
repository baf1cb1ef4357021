// The canonical writer: saving is byte-stable, a saved plan reads back into the same plan, and
// unknown fields come back where they were. The text layout itself is pinned too, because other
// tools read these files and people diff them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixtures.hpp"
#include "model/generator.hpp"
#include "io/plan_json.hpp"

using namespace ab;
using ab::test::data_path;
using ab::test::load_fixture;
using ab::test::read_text;

namespace {

// save(load(text)), failing the test if the text does not load.
std::string resave(const std::string& text) {
    LoadResult r = load_plan(text);
    INFO("errors:" << ab::test::listed(r.errors));
    REQUIRE(r.ok());
    return save_plan(*r.plan);
}

std::vector<std::string> keys_of(const nlohmann::ordered_json& obj) {
    std::vector<std::string> keys;
    for (const auto& kv : obj.items()) keys.push_back(kv.key());
    return keys;
}

}  // namespace

TEST_CASE("saving the Selma example is byte-stable across round trips", "[io][plan][write]") {
    const std::string once = resave(read_text(data_path("selma.json")));
    const std::string twice = resave(once);
    CHECK(twice == once);
    CHECK(resave(twice) == once);
    CHECK(save_plan(load_fixture("selma.json")) == once);
}

TEST_CASE("a saved plan reads back into the same plan", "[io][plan][write]") {
    const Plan original = load_fixture("selma.json");
    LoadResult back = load_plan(save_plan(original));
    REQUIRE(back.ok());
    CHECK(back.warnings.empty());
    CHECK(save_plan(*back.plan) == save_plan(original));
    CHECK(back.plan->tactics[0].budget == original.tactics[0].budget);
    CHECK(back.plan->kpis[3].on == original.kpis[3].on);
    CHECK(back.plan->goals[0].owners == original.goals[0].owners);
}

TEST_CASE("unknown fields at every level survive a save, in their order", "[io][plan][write]") {
    const std::string once = resave(read_text(data_path("extras.json")));
    CHECK(resave(once) == once);
    const auto saved = nlohmann::ordered_json::parse(once);

    auto top = keys_of(saved);
    REQUIRE(top.size() >= 2);
    CHECK(top[top.size() - 2] == "zz_generator");
    CHECK(top.back() == "a_tail_field");
    CHECK(saved["a_tail_field"].dump() == R"([null,true,{"nested":{"deep":[1]}}])");
    CHECK(keys_of(saved["people"][0]) == std::vector<std::string>{"id", "name", "team", "zeta", "alpha"});
    CHECK(keys_of(saved["goals"][0]) ==
          std::vector<std::string>{"id", "name", "owners", "primary_kpi", "weight", "color", "archived"});
    CHECK(saved["strategies"][0]["risk"].dump() == R"({"level":"high","notes":null})");
    CHECK(saved["products"][0]["sku"] == "B-1");
    CHECK(keys_of(saved["tactics"][0]).back() == "approved_by");
    CHECK(saved["kpis"][0]["source"] == "ERP");
    CHECK(saved["insights"][0]["heard_at"] == "2025-02-03");
    CHECK(keys_of(saved["swot"]) == std::vector<std::string>{"strengths", "weaknesses", "opportunities", "threats", "mood"});
    CHECK(keys_of(saved["competitors"][0]) == std::vector<std::string>{"name", "position", "notes", "share"});
    CHECK(saved["layout"]["m1"].dump() == R"({"x":10.5,"y":-20,"pinned":true})");
}

TEST_CASE("the writer uses the format's key order and always writes the settings", "[io][plan][write]") {
    const auto saved = nlohmann::ordered_json::parse(save_plan(load_fixture("selma.json")));
    CHECK(keys_of(saved) == std::vector<std::string>{"format", "version", "name", "start", "end",
                                                     "required_channels", "required_stages", "brand_reserve",
                                                     "people", "goals", "strategies", "products", "tactics",
                                                     "kpis", "insights"});
    CHECK(saved["required_channels"].size() == 8);
    CHECK(saved["brand_reserve"].dump() == "0.1");
    CHECK(keys_of(saved["tactics"][0]) ==
          std::vector<std::string>{"id", "name", "strategies", "products", "channel", "phase", "stage", "message",
                                   "budget", "expected_return", "owners", "start", "end"});
    CHECK(keys_of(saved["kpis"][0]) ==
          std::vector<std::string>{"id", "on", "metric", "unit", "dir", "baseline", "target", "due", "owners"});
}

TEST_CASE("optional fields are written only when set; links and owners always", "[io][plan][write]") {
    const auto saved = nlohmann::ordered_json::parse(save_plan(load_fixture("selma.json")));
    const auto& jetset = saved["products"][1];
    CHECK(keys_of(jetset) == std::vector<std::string>{"id", "name", "forecast", "owners"});
    CHECK(jetset["owners"].dump() == "[]");
    CHECK(saved["products"][0]["big_push"] == true);
    CHECK_FALSE(saved["goals"][0].contains("weight"));
    CHECK_FALSE(saved["kpis"][0].contains("current"));
    CHECK(saved["kpis"][0]["dir"] == "up");
    CHECK(saved["tactics"][10]["strategies"].dump() == "[]");
    CHECK(keys_of(saved["people"][0]) == std::vector<std::string>{"id", "name", "team"});
}

TEST_CASE("whole numbers are written without a decimal point", "[io][plan][write]") {
    const std::string text = save_plan(load_fixture("selma.json"));
    CHECK(text.find("\"budget\": 150000,") != std::string::npos);
    CHECK(text.find("\"baseline\": 2700000,") != std::string::npos);
    CHECK(text.find(".0,") == std::string::npos);

    Plan p;
    Tactic t;
    t.id.value = "m1";
    t.budget = 1234.5;
    t.expected_return = 6e6;
    p.tactics.push_back(t);
    const std::string saved = save_plan(p);
    CHECK(saved.find("\"budget\": 1234.5,") != std::string::npos);
    CHECK(saved.find("\"expected_return\": 6000000,") != std::string::npos);
    CHECK(resave(saved) == saved);
}

TEST_CASE("the text is indented by two spaces and ends with a newline", "[io][plan][write]") {
    const std::string text = save_plan(Plan{});
    CHECK(text.rfind("{\n  \"format\": \"alignboard.plan\",\n  \"version\": 1,\n", 0) == 0);
    REQUIRE_FALSE(text.empty());
    CHECK(text.back() == '\n');
    CHECK(text[text.size() - 2] == '}');
}

TEST_CASE("layout is written keyed by id in sorted order", "[io][plan][write]") {
    Plan p = load_fixture("selma.json");
    p.layout["m2"] = LayoutPos{10, 20, Extra::object()};
    p.layout["G1"] = LayoutPos{-5.5, 0, Extra::object()};
    p.layout["S1"] = LayoutPos{1, 2, Extra::object()};
    const std::string saved = save_plan(p);
    const auto json = nlohmann::ordered_json::parse(saved);
    CHECK(keys_of(json).back() == "layout");
    CHECK(keys_of(json["layout"]) == std::vector<std::string>{"G1", "S1", "m2"});
    CHECK(json["layout"]["G1"].dump() == R"({"x":-5.5,"y":0})");
    CHECK(resave(saved) == saved);
}

TEST_CASE("an unknown field can never shadow a known one on save", "[io][plan][write]") {
    Plan p;
    Tactic t;
    t.id.value = "m1";
    t.extra["budget"] = "lots";
    t.extra["vendor"] = "Studio 9";
    p.tactics.push_back(t);
    p.extra["format"] = "something.else";
    const std::string saved = save_plan(p);
    LoadResult back = load_plan(saved);
    REQUIRE(back.ok());
    CHECK_FALSE(back.plan->tactics[0].budget.has_value());
    CHECK(back.plan->tactics[0].extra.dump() == R"({"vendor":"Studio 9"})");
}

TEST_CASE("an item written as JSON reads back as the same item", "[io][plan][write]") {
    const Plan p = load_fixture("extras.json");
    const std::vector<Item> items = {p.people[0], p.goals[0], p.strategies[0], p.products[0],
                                     p.tactics[0], p.kpis[0], p.insights[0]};
    for (const Item& item : items) {
        std::vector<Problem> errors;
        const auto json = item_to_json(item);
        auto back = item_from_json(kind_of(item), nlohmann::json::parse(json.dump()), "", errors);
        INFO(json.dump());
        REQUIRE(back.has_value());
        CHECK(kind_of(*back) == kind_of(item));
        CHECK(id_of(*back) == id_of(item));
        // Through nlohmann::json the unknown fields come back sorted, so compare as unordered JSON.
        CHECK(nlohmann::json::parse(item_to_json(*back).dump()) == nlohmann::json::parse(json.dump()));
    }
    CHECK(item_to_json(p.tactics[0]).dump() ==
          R"({"id":"m1","name":"Shoot","strategies":["S1"],"products":["p1"],"budget":150000,"owners":[],)"
          R"("vendor":"Studio 9","approved_by":["ann"]})");
}

TEST_CASE("generated plans load cleanly and round-trip byte for byte", "[io][plan][write][generated]") {
    for (uint64_t seed = 1; seed <= 25; ++seed) {
        GenSpec spec;
        spec.goals = 1 + seed % 4;
        spec.tactics = 5 + seed * 3;
        spec.kpis = seed % 7;
        const Plan generated = generate_plan(spec, seed);
        const std::string once = save_plan(generated);
        LoadResult r = load_plan(once);
        INFO("seed " << seed);
        REQUIRE(r.ok());
        CHECK(r.warnings.empty());
        CHECK(save_plan(*r.plan) == once);
        CHECK(item_count(*r.plan) == item_count(generated));
    }
}

TEST_CASE("the 10,000-item benchmark plan round-trips byte for byte", "[io][plan][write][generated]") {
    const Plan generated = generate_plan(bench_spec_10k(), 7);
    const std::string once = save_plan(generated);
    LoadResult r = load_plan(once);
    REQUIRE(r.ok());
    CHECK(item_count(*r.plan) >= 10000);
    CHECK(save_plan(*r.plan) == once);
}
