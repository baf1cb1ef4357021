// A card's money and figures read as the reader writes them: the German "150 Tsd. $" and
// "2,7 Mio. €", the English "$150K", the currency's symbol where the locale puts it.
#include <catch2/catch.hpp>

#include "export/card_text.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "locale_styles.hpp"

using namespace ab;


TEST_CASE("a card's budget is compact money in the reader's style", "[i18n]") {
    test::EnglishAfter restore;
    Plan plan;
    Tactic t;
    t.budget = 150000;
    CHECK(money(plan, 150000) == "$150K");
    CHECK(money(plan, 1234.5) == "$1,234.5");
    CHECK(card_meta(plan, t).find("$150K") != std::string::npos);

    REQUIRE(i18n::set_language("de"));
    set_number_style(test::german_style());
    CHECK(money(plan, 150000) == "150 Tsd.\u00a0$");
    CHECK(money(plan, 12500) == "12,5 Tsd.\u00a0$");
    CHECK(money(plan, 1234.5) == "1.234,5\u00a0$");  // written out below ten thousand, grouped
    plan.settings.currency = "EUR";
    CHECK(money(plan, 2700000) == "2,7 Mio.\u00a0\u20ac");
    CHECK(card_meta(plan, t).find("150 Tsd.\u00a0\u20ac") != std::string::npos);
    plan.settings.currency = "SEK";  // no symbol known: the code after the amount
    CHECK(money(plan, 90000) == "90 Tsd. SEK");
}
