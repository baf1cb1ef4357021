// Numbers and money as text. Two readers want different things: a file another program reads
// (the CSV, the report's figures) needs the exact value, while the app's fields and totals show
// a person a number that looks as it was typed, so a sum like 0.1 + 0.2 reads "0.3" there.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

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

// A number as people read it, before the reader's style (local_number builds on it): whole
// numbers with thousands separators ("1,234,567"), other values to ten significant digits without
// them ("1234.5", "0.3").
std::string display_number(double value);
// The same; "" for a number that is not set.
std::string display_number(const std::optional<double>& value);
// display_number, then the currency after a space when there is one: "12,000 EUR".
std::string display_money(double value, const std::string& currency);

// How the reader's locale writes numbers, money and dates (the web fills it from the browser's
// Intl, web/i18n/i18n.js). What people read and type uses it: the canvas's totals and cards, the
// inspector's number fields (shown with local_number, read with parse_local_number), the score
// messages and the Markdown report. Plan files and the CSV keep exact_number, so a file reads
// back the same anywhere. The default is the app's English.
struct NumberStyle {
    std::string decimal = ".";
    std::string group = ",";
    // The fewest digits of a whole part that get group separators: 4 in most locales ("1,234"),
    // 5 in Spanish ("1234" but "12.345").
    int min_group_digits = 4;
    // Money: {n} the amount, {c} the currency's symbol ("{n} {c}" -> "1.234 €", "{c}{n}" -> "$1,234").
    std::string money = "{n} {c}";
    // A currency code's symbol in this locale ("EUR" -> "€"); a code not in the map shows as itself.
    std::map<std::string, std::string, std::less<>> symbols;
    // A date: {y} {m} {d} as digits ("{d}.{m}.{y}" -> "31.01.2025").
    std::string date = "{y}-{m}-{d}";
};
const NumberStyle& number_style();
void set_number_style(NumberStyle style);

// display_number in the reader's style: "1.234.567" or "1234,5" in German.
std::string local_number(double value);
// local_number as money in the plan's currency: "1.234 €", "$1,234", "12 EUR" (no symbol known).
std::string local_money(double value, std::string_view currency);
// An amount already in the reader's style with its currency where the locale puts it (as local_money).
std::string with_currency(const std::string& amount, std::string_view currency);
// Plain "1,234.5" (grouped with ',' and a '.' decimal, as grouped_number writes it) rewritten in
// the reader's style; anything else (an exponent, "?") is returned as it is.
std::string localize_digits(std::string_view plain);
// An ISO date "2025-01-31" in the reader's style; text that is not such a date stays as it is.
std::string local_date(std::string_view iso);

// What a person typed into a number field (format/number_input.cpp): the reader's style
// ("1.234,5" in German), or plain ("1234.5", "1,234.5") in any locale; spaces, no-break spaces and
// currency signs are ignored. One kind of mark alone groups only whole thousands, and the locale
// decides a lone "1.234" (1234 in German, 1.234 in English). nullopt for "", "lots", "1.2.3".
std::optional<double> parse_local_number(std::string_view typed);

}  // namespace ab
