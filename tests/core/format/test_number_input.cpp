// What people type into a number field, read in their locale's style or plain: the German
// "1.234,5" and the English "1,234.5" are both 1234.5, "1234.5" is 1234.5 everywhere, a lone
// "2.500" follows the locale, and words ("lots") or marks that group nothing are refused.
#include <catch2/catch.hpp>

#include "format/numbers.hpp"
#include "locale_styles.hpp"

using namespace ab;

using test::german_style;
using test::spanish_style;

TEST_CASE("English reads its own style and plain numbers", "[format]") {
    CHECK(parse_local_number("1,234.5") == 1234.5);
    CHECK(parse_local_number("1234.5") == 1234.5);
    CHECK(parse_local_number("150,000") == 150000.0);
    CHECK(parse_local_number("$150,000") == 150000.0);
    CHECK(parse_local_number("1,234,567") == 1234567.0);
    CHECK(parse_local_number("-0.25") == -0.25);
    CHECK(parse_local_number("1.234") == 1.234);  // a lone point is English's decimal
    CHECK(parse_local_number("1e6") == 1e6);
    CHECK(parse_local_number(" 42 ") == 42.0);
}

TEST_CASE("German reads 1.234,5 and plain 1234.5 alike", "[format]") {
    test::EnglishAfter restore;
    set_number_style(german_style());
    CHECK(parse_local_number("1.234,5") == 1234.5);
    CHECK(parse_local_number("1234,5") == 1234.5);
    CHECK(parse_local_number("1234.5") == 1234.5);    // plain, as the file writes it
    CHECK(parse_local_number("1,234.5") == 1234.5);   // both marks leave no doubt
    CHECK(parse_local_number("2.500") == 2500.0);     // a German thousands point
    CHECK(parse_local_number("1.234.567") == 1234567.0);
    CHECK(parse_local_number("2.5") == 2.5);          // not whole thousands: a decimal point
    CHECK(parse_local_number("1.234,5\u00a0\u20ac") == 1234.5);  // as local_money writes it
    CHECK(parse_local_number(local_number(1234.5)).value() == 1234.5);
    CHECK(parse_local_number(local_number(2500)).value() == 2500.0);
    CHECK(parse_local_number("\u2212" "3,5") == -3.5);  // Intl's minus sign
}

TEST_CASE("Spanish reads its five-digit groups and four-digit numbers", "[format]") {
    test::EnglishAfter restore;
    set_number_style(spanish_style());
    CHECK(parse_local_number("1234,5") == 1234.5);
    CHECK(parse_local_number("12.345,5") == 12345.5);
    CHECK(parse_local_number(local_number(1234.5)).value() == 1234.5);
    CHECK(parse_local_number(local_number(98765.25)).value() == 98765.25);
}

TEST_CASE("words and marks that mean nothing are refused in every locale", "[format]") {
    test::EnglishAfter restore;
    for (const NumberStyle& style : {NumberStyle{}, german_style(), spanish_style()}) {
        set_number_style(style);
        CHECK_FALSE(parse_local_number("lots"));
        CHECK_FALSE(parse_local_number(""));
        CHECK_FALSE(parse_local_number("1.2.3"));
        CHECK_FALSE(parse_local_number("1,2,3"));
        CHECK_FALSE(parse_local_number("1.234,5.6"));
        CHECK_FALSE(parse_local_number("12abc"));
        CHECK_FALSE(parse_local_number("inf"));
        CHECK_FALSE(parse_local_number("0x10"));
    }
}
