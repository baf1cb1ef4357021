// A number a person typed, in their locale's style or plain (see format/numbers.hpp,
// parse_local_number). Separators are read by what they can mean: both kinds present leave no
// doubt (the last one is the decimal mark); one kind alone is grouping only where its groups are
// whole thousands ("2.500"), so "1234.5" and "2.5" stay decimals in every locale.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "format/numbers.hpp"

namespace ab {

namespace {

// Characters that only decorate an amount: spaces and the no-break spaces Intl groups with
// (U+00A0, U+202F), the Swiss apostrophe groups (' and U+2019), and the currency signs people
// type ($ € £ ¥).
const char* const kDecorations[] = {" ", "_", "\xc2\xa0", "\xe2\x80\xaf", "'", "\xe2\x80\x99",
                                    "$", "\xe2\x82\xac", "\xc2\xa3", "\xc2\xa5"};

void erase_all(std::string& text, std::string_view what) {
    if (what.empty()) return;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at)) text.erase(at, what.size());
}

void replace_all(std::string& text, std::string_view what, std::string_view with) {
    if (what.empty() || what == with) return;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
}

// Whether `mark` separates whole thousands in the whole part of `text` (before `end`): one to
// three digits, then groups of exactly three ("1.234.567").
bool groups_thousands(const std::string& text, char mark, size_t end) {
    size_t begin = (!text.empty() && text[0] == '-') ? 1 : 0;
    size_t run = 0;
    bool first = true;
    for (size_t i = begin; i < end; ++i) {
        if (text[i] == mark) {
            if (first ? (run < 1 || run > 3) : run != 3) return false;
            first = false;
            run = 0;
        } else {
            ++run;
        }
    }
    return !first && run == 3;
}

// Removes `mark` as a thousands separator when it groups correctly; false when it does not.
bool drop_groups(std::string& text, char mark, size_t end) {
    if (!groups_thousands(text, mark, end)) return false;
    text.erase(std::remove(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), mark),
               text.begin() + static_cast<std::ptrdiff_t>(end));
    return true;
}

}  // namespace

std::optional<double> parse_local_number(std::string_view typed) {
    const NumberStyle& style = number_style();
    std::string text(typed);
    for (const char* d : kDecorations) erase_all(text, d);
    for (const auto& [code, symbol] : style.symbols) {
        if (symbol.find_first_of("0123456789.,-") == std::string::npos) erase_all(text, symbol);
    }
    replace_all(text, "\xe2\x88\x92", "-");  // the minus sign Intl writes in some locales
    // A locale whose marks are neither '.' nor ',' (none of the catalogues yet) reads as plain.
    if (style.group != "." && style.group != ",") erase_all(text, style.group);
    if (style.decimal != "." && style.decimal != ",") replace_all(text, style.decimal, ".");
    if (text.empty()) return std::nullopt;

    const size_t dot = text.rfind('.'), comma = text.rfind(',');
    const bool has_dot = dot != std::string::npos, has_comma = comma != std::string::npos;
    if (has_dot && has_comma) {
        // "1.234,5" or "1,234.5": the last mark is the decimal one, the other must group.
        const char decimal = dot > comma ? '.' : ',', group = dot > comma ? ',' : '.';
        const size_t point = std::max(dot, comma);
        if (text.find(decimal) != point || !drop_groups(text, group, point)) return std::nullopt;
        text[text.find(decimal)] = '.';
    } else if (has_dot || has_comma) {
        const char mark = has_dot ? '.' : ',';
        const bool once = text.find(mark) == text.rfind(mark);
        const bool locale_decimal = style.decimal == std::string(1, mark);
        if (once && locale_decimal) {
            text[text.find(mark)] = '.';  // "1234,5" in German, "1.5" in English
        } else if (!drop_groups(text, mark, text.size())) {
            // Not whole thousands: one mark is a decimal point after all ("1234.5", "2,5");
            // several that do not group ("1.2.3") mean nothing.
            if (!once) return std::nullopt;
            text[text.find(mark)] = '.';
        }
    }
    for (char ch : text) {
        const bool allowed = (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E';
        if (!allowed) return std::nullopt;
    }
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(value)) return std::nullopt;
    return value;
}

}  // namespace ab
