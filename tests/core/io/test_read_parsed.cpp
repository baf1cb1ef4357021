// The reader's entry points for JSON the caller already parsed (the embed and commands hand it
// nlohmann values): the same rules as reading text, and unknown fields kept in their order.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "fixtures.hpp"
#include "io/plan_json.hpp"

using namespace ab;
using ab::test::data_path;
using ab::test::has;
using ab::test::has_at;
using ab::test::read_text;

TEST_CASE("load_plan_json reads an already parsed document by the same rules", "[io][plan][read]") {
    auto doc = nlohmann::json::parse(read_text(data_path("selma.json")));
    LoadResult r = load_plan_json(doc);
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(r.plan->tactics.size() == 11);
    doc["version"] = 3;
    CHECK(has_at(load_plan_json(doc).errors, "version"));
}

TEST_CASE("item_from_json checks one item by the reader's rules", "[io][plan][read]") {
    std::vector<Problem> errors;
    auto ok = item_from_json(Kind::Tactic,
                             nlohmann::json::parse(R"({"id": "m1", "budget": 10, "owners": ["a", "a"], "note": 1})"),
                             "item", errors);
    REQUIRE(ok.has_value());
    CHECK(errors.empty());
    const Tactic& t = std::get<Tactic>(*ok);
    CHECK(t.budget == 10.0);
    CHECK(t.owners == LinkSet<PersonId>{{"a"}});
    CHECK(t.extra.dump() == R"({"note":1})");

    auto bad = item_from_json(Kind::Goal, nlohmann::json::parse(R"({"id": "G1", "weight": -1})"), "item", errors);
    CHECK_FALSE(bad.has_value());
    CHECK(has(errors, "item.weight", "expected a positive number, got -1"));

    errors.clear();
    CHECK_FALSE(item_from_json(Kind::Kpi, nlohmann::json::parse("[1]"), "", errors).has_value());
    CHECK(errors.size() == 1);
    errors.clear();
    auto bare = item_from_json(Kind::Kpi, nlohmann::json::parse(R"({"id": "k1", "due": "2013-02-30"})"), "", errors);
    CHECK_FALSE(bare.has_value());
    CHECK(has(errors, "due", "\"2013-02-30\" is not a real calendar day"));
}

TEST_CASE("reading from ordered_json keeps unknown fields in their order", "[io][plan][read]") {
    const auto doc = nlohmann::ordered_json::parse(read_text(data_path("extras.json")));
    LoadResult r = load_plan_json(doc);
    REQUIRE(r.ok());
    CHECK(r.plan->people[0].extra.dump() == R"({"zeta":1,"alpha":[1,2.5,"x"]})");
    CHECK(save_plan(*r.plan) == save_plan(*load_plan(read_text(data_path("extras.json"))).plan));

    std::vector<Problem> errors;
    auto item = item_from_json(Kind::Person, doc["people"][0], "people[0]", errors);
    REQUIRE(item.has_value());
    CHECK(std::get<Person>(*item).extra.dump() == R"({"zeta":1,"alpha":[1,2.5,"x"]})");
}
