// Refusals reach the user in their language: a link the model refuses, a field the reader
// refuses, a file that is not a plan, a workshop action on a locked card. The plan's own words
// (ids, names, the JSON field path) stay as they are; English stays word for word what it was.
#include <catch2/catch.hpp>

#include <string>

#include "commands/command.hpp"
#include "document/document.hpp"
#include "fixtures.hpp"
#include "i18n/i18n.hpp"
#include "io/plan_json.hpp"
#include "locale_styles.hpp"

using namespace ab;

namespace {

const char* const kLotsPlan = R"({"format": "alignboard.plan", "version": 1,
    "tactics": [{"id": "m1", "name": "Flyers", "budget": "lots"}]})";

}  // namespace

TEST_CASE("a link the model refuses says why in the reader's language", "[i18n]") {
    test::EnglishAfter restore;
    Document doc(test::load_fixture("selma.json"));
    const std::string english = doc.apply(Link{"m11", "G1"}).error;
    CHECK_THAT(english, Catch::StartsWith("A tactic reaches a goal through a strategy: link \xe2\x80\x9c"));

    REQUIRE(i18n::set_language("de"));
    const ApplyResult r = doc.apply(Link{"m11", "G1"});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::StartsWith("Eine Ma\xc3\x9fnahme erreicht ein Ziel \xc3\xbc" "ber eine Strategie"));
    CHECK(r.error != english);
    // The cards' names are the plan's words, quoted the German way.
    CHECK_THAT(r.error, Catch::Contains("\xe2\x80\x9e"));
    CHECK_THAT(doc.apply(Link{"G1", "S1"}).error,
               Catch::Contains("Verkn\xc3\xbcpfungen zeigen eine Ebene nach oben: ein Ziel wird nicht mit eine Strategie"));
    CHECK(doc.apply(Link{"G1", "G1"}).error == "Ein Element kann nicht mit sich selbst verkn\xc3\xbcpft werden.");
    CHECK(doc.revision() == 0);

    REQUIRE(i18n::set_language("es"));
    CHECK_THAT(doc.apply(Link{"m11", "G1"}).error, Catch::StartsWith("Una t\xc3\xa1" "ctica llega a un objetivo"));
}

TEST_CASE("a budget of \"lots\" is refused in German, its field path and value as written", "[i18n]") {
    test::EnglishAfter restore;
    const LoadResult en = load_plan(kLotsPlan);
    REQUIRE_FALSE(en.errors.empty());
    CHECK(en.errors[0].path == "tactics[0].budget");
    CHECK(en.errors[0].message == "expected a number, got \"lots\"");

    REQUIRE(i18n::set_language("de"));
    const LoadResult de = load_plan(kLotsPlan);
    REQUIRE_FALSE(de.errors.empty());
    CHECK(de.errors[0].path == "tactics[0].budget");
    CHECK(de.errors[0].message == "erwartet wurde eine Zahl, gefunden: \"lots\"");

    // The same refusal on the command path: the inspector shows it under the field.
    Document doc(test::load_fixture("selma.json"));
    const ApplyResult r = doc.apply(SetField{"m11", "budget", "lots"});
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains("erwartet wurde eine Zahl"));
    CHECK_THAT(r.error, Catch::Contains("\"lots\""));
}

TEST_CASE("a file that is not a plan is refused in the reader's language", "[i18n]") {
    test::EnglishAfter restore;
    REQUIRE(i18n::set_language("de"));
    const LoadResult wrong = load_plan(R"({"format": "other.thing", "version": 1})");
    REQUIRE(wrong.errors.size() == 1);
    CHECK(wrong.errors[0].path == "format");
    CHECK(wrong.errors[0].message == "erwartet wurde \"alignboard.plan\", gefunden: \"other.thing\"; das ist kein Alignboard-Plan");
    const LoadResult newer = load_plan(R"({"format": "alignboard.plan", "version": 99})");
    REQUIRE(newer.errors.size() == 1);
    CHECK_THAT(newer.errors[0].message, Catch::StartsWith("Version 99 ist neuer, als dieses Alignboard versteht"));
    const LoadResult broken = load_plan("{\"format\": ");
    REQUIRE(broken.errors.size() == 1);
    CHECK_THAT(broken.errors[0].message, Catch::StartsWith("kein g\xc3\xbcltiges JSON: "));
    const LoadResult picture = load_plan("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
    REQUIRE_FALSE(picture.errors.empty());
    CHECK_THAT(picture.errors[0].message, Catch::Contains("Bild"));
}

TEST_CASE("a refused workshop action says why in the reader's language", "[i18n]") {
    test::EnglishAfter restore;
    Document doc(test::load_fixture("selma.json"));
    REQUIRE(i18n::set_language("de"));
    const ApplyResult r = doc.apply(WorkshopAct{"vote", nlohmann::json{{"id", "G1"}}, "p1", 0});
    CHECK_FALSE(r.ok);
    CHECK(r.error == "Es l\xc3\xa4uft keine Abstimmung.");
}
