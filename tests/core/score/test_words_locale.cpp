// The findings in the reader's language and number style: a German reader gets the message in
// German with "1.234 €" and a German date order, a Spanish one "1234 €"; English stays as it was.
// The style and language are the app's (the web sets them from Intl); the engine only words.
#include <catch2/catch.hpp>

#include "builder.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"

using namespace ab;
using namespace ab::test;

namespace {

struct Restore {
    ~Restore() {
        i18n::set_language("en");
        set_number_style(NumberStyle{});
    }
};

NumberStyle german() {
    NumberStyle s;
    s.decimal = ",";
    s.group = ".";
    s.money = "{n}\u00a0{c}";
    s.symbols = {{"EUR", "\u20ac"}};
    s.date = "{d}.{m}.{y}";
    return s;
}

// A funded tactic with no expected return, in euros.
Plan euro_plan() {
    Plan plan = goals_plan(1, 1);
    plan.settings.currency = "EUR";
    plan.tactics.push_back(tactic("t1", {"S1"}, 1234));
    plan.tactics[0].name = "Mittagsflyer";
    return plan;
}

std::string no_return_message(const Plan& plan) { return findings_with(score_plan(plan), "tactic.no_return")[0].message; }

}  // namespace

TEST_CASE("a finding reads in German with German money", "[score][i18n]") {
    Restore restore;
    const Plan plan = euro_plan();
    CHECK(no_return_message(plan) == "\u201cMittagsflyer\u201d spends 1,234 EUR with no expected return: estimate what it brings in");
    REQUIRE(i18n::set_language("de"));
    set_number_style(german());
    CHECK(no_return_message(plan) ==
          "\u201eMittagsflyer\u201c gibt 1.234\u00a0\u20ac ohne erwarteten Ertrag aus: Schätze, was die Maßnahme einbringt");
    // Cents under a thousand, with the German decimal comma.
    Plan small = plan;
    small.tactics[0].budget = 12.5;
    CHECK(no_return_message(small) ==
          "\u201eMittagsflyer\u201c gibt 12,50\u00a0\u20ac ohne erwarteten Ertrag aus: Schätze, was die Maßnahme einbringt");
}

TEST_CASE("a finding reads in Spanish, four digits ungrouped", "[score][i18n]") {
    Restore restore;
    Plan plan = euro_plan();
    REQUIRE(i18n::set_language("es"));
    NumberStyle es = german();
    es.min_group_digits = 5;
    set_number_style(es);
    CHECK(no_return_message(plan) == "\u201cMittagsflyer\u201d gasta 1234\u00a0\u20ac sin retorno esperado: estima lo que aporta");
}
