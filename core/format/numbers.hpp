// Numbers and money as text. Two readers want different things: a file another program reads
// (the CSV, the report's figures) needs the exact value, while the app's fields and totals show
// a person a number that looks as it was typed, so a sum like 0.1 + 0.2 reads "0.3" there.
#pragma once

#include <optional>
#include <string>

namespace ab {

// The fewest decimals that read back as the same double, no exponent below 1e15 (money never
// shows as 1.5e+06), no separators: "150000", "1234.5", "-0.25", 0.1 + 0.2 -> "0.30000000000000004".
// Larger values take the shortest form that reads back ("1e+300"); not finite -> "".
std::string exact_number(double value);
// exact_number with thousands separators: "1,234,567.5".
std::string grouped_number(double value);
// An amount to the cent with thousands separators (a third of a budget reads "33.33", not
// seventeen digits); from 1e15 on, where cents no longer exist in a double, as grouped_number.
std::string money_to_cent(double value);

// What the app shows in its number fields and totals: whole numbers with thousands separators
// ("1,234,567"), other values to ten significant digits without them ("1234.5", "0.3").
std::string display_number(double value);
// The same; "" for a number that is not set.
std::string display_number(const std::optional<double>& value);
// display_number, then the currency after a space when there is one: "12,000 EUR".
std::string display_money(double value, const std::string& currency);

}  // namespace ab
