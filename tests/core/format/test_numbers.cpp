// Numbers as the two readers see them: files and the report need the exact value back, the app's
// fields and totals show a person what they typed, grouped by thousands.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "format/numbers.hpp"

using namespace ab;

TEST_CASE("exact numbers print without exponent or trailing zeros and read back the same", "[format]") {
    CHECK(exact_number(150000) == "150000");
    CHECK(exact_number(6000000) == "6000000");
    CHECK(exact_number(2500000000.0) == "2500000000");
    CHECK(exact_number(1234.5) == "1234.5");
    CHECK(exact_number(0.1) == "0.1");
    CHECK(exact_number(19.99) == "19.99");
    CHECK(exact_number(-0.25) == "-0.25");
    CHECK(exact_number(-0.0) == "0");
    CHECK(exact_number(1e300).find('e') != std::string::npos);  // not a money value: stays short
    CHECK(exact_number(std::numeric_limits<double>::infinity()).empty());
    for (double v : {0.1 + 0.2, 1.0 / 3.0, 123456789.123, -9.87654321e-7, 1e300}) {
        CAPTURE(v);
        CHECK(std::strtod(exact_number(v).c_str(), nullptr) == v);
    }
}

TEST_CASE("grouped numbers put a comma between thousands and keep every decimal", "[format]") {
    CHECK(grouped_number(999) == "999");
    CHECK(grouped_number(1000) == "1,000");
    CHECK(grouped_number(1234567.5) == "1,234,567.5");
    CHECK(grouped_number(-1234) == "-1,234");
    CHECK(grouped_number(100000) == "100,000");
    CHECK(grouped_number(-123) == "-123");
    CHECK(grouped_number(1e300) == exact_number(1e300));  // an exponent is never split up
}

TEST_CASE("money to the cent shows a third of a budget as cents, not seventeen digits", "[format]") {
    CHECK(money_to_cent(1000.0 / 3.0) == "333.33");
    CHECK(money_to_cent(2500000) == "2,500,000");
    CHECK(money_to_cent(1234.567) == "1,234.57");
    CHECK(money_to_cent(-0.004) == "0");
    CHECK(money_to_cent(1e300) == grouped_number(1e300));
}

TEST_CASE("the app shows whole numbers grouped and sums without floating-point noise", "[format]") {
    CHECK(display_number(1234567) == "1,234,567");
    CHECK(display_number(-1234) == "-1,234");
    CHECK(display_number(-0.0) == "0");
    CHECK(display_number(999) == "999");
    CHECK(display_number(0.1 + 0.2) == "0.3");  // a sum of typed budgets reads as typed
    CHECK(display_number(1234.5) == "1234.5");
    CHECK(display_number(12.25) == "12.25");
    CHECK(display_number(1e15) == "1e+15");
    CHECK(display_number(std::optional<double>()).empty());
    CHECK(display_number(std::optional<double>(2500)) == "2,500");
    CHECK(display_money(12000, "EUR") == "12,000 EUR");
    CHECK(display_money(12000, "") == "12,000");
}

TEST_CASE("the app's number text goes back into a field as the same value for typed amounts", "[format]") {
    // What a person types (up to ten significant digits) survives being shown and read again,
    // once the thousands separators are taken out as the field does.
    for (double v : {0.0, 5.0, 1234567.0, 1234.5, 19.99, -0.25, 987654321.0}) {
        std::string text = display_number(v);
        std::string digits;
        for (char c : text)
            if (c != ',') digits += c;
        CAPTURE(v, text);
        CHECK(std::strtod(digits.c_str(), nullptr) == v);
    }
}
