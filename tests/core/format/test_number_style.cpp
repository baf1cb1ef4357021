// Numbers, money and dates in the reader's locale (the style the web takes from Intl): German and
// Spanish separators, Spanish leaving four-digit numbers ungrouped, the currency's symbol where
// the locale puts it, and dates in the locale's order. Plan files never see this style.
#include <catch2/catch.hpp>

#include "format/numbers.hpp"
#include "locale_styles.hpp"

using namespace ab;

using test::german_style;
using test::spanish_style;

TEST_CASE("the default style is the app's English", "[format]") {
    CHECK(local_number(1234.5) == "1,234.5");
    CHECK(local_number(1234567) == "1,234,567");
    CHECK(local_money(12000, "EUR") == "12,000 EUR");
    CHECK(local_money(12, "") == "12");
    CHECK(local_date("2025-01-31") == "2025-01-31");
}

TEST_CASE("German writes 1.234,5 and 1.234 \u20ac", "[format]") {
    test::EnglishAfter restore;
    set_number_style(german_style());
    CHECK(local_number(1234.5) == "1.234,5");
    CHECK(local_number(-0.25) == "-0,25");
    CHECK(local_number(1234567) == "1.234.567");
    CHECK(local_money(1234, "EUR") == "1.234\u00a0\u20ac");
    CHECK(local_money(1234.5, "EUR") == "1.234,5\u00a0\u20ac");
    CHECK(local_money(500, "CHF") == "500 CHF");  // no symbol known: the code after the amount
    CHECK(local_date("2025-01-31") == "31.01.2025");
    CHECK(local_date("soon") == "soon");
    CHECK(localize_digits("12,345.67") == "12.345,67");
    CHECK(localize_digits("1e+300") == "1e+300");
    // what files keep does not change
    CHECK(exact_number(1234.5) == "1234.5");
    CHECK(display_number(1234567) == "1,234,567");
}

TEST_CASE("Spanish leaves four digits ungrouped: 1234,5 but 12.345", "[format]") {
    test::EnglishAfter restore;
    set_number_style(spanish_style());
    CHECK(local_number(1234.5) == "1234,5");
    CHECK(local_number(12345) == "12.345");
    CHECK(local_money(1234, "EUR") == "1234\u00a0\u20ac");
    CHECK(local_date("2025-01-31") == "31/01/2025");
}

TEST_CASE("a symbol before the amount, as in English with dollars", "[format]") {
    test::EnglishAfter restore;
    NumberStyle s;
    s.money = "{c}{n}";
    s.symbols = {{"USD", "$"}};
    set_number_style(s);
    CHECK(local_money(1234.5, "USD") == "$1,234.5");
}
