// Numbers and money as text (see format/numbers.hpp).
#include "format/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ab {

namespace {

// Puts a comma between each group of three digits of the whole part of `plain` (a number as
// printf writes it, without exponent).
std::string group_thousands(std::string plain) {
    const size_t begin = (!plain.empty() && plain[0] == '-') ? 1 : 0;
    size_t end = plain.find('.');
    if (end == std::string::npos) end = plain.size();
    for (size_t i = end; i > begin + 3; i -= 3) plain.insert(i - 3, ",");
    return plain;
}

}  // namespace

std::string exact_number(double value) {
    if (!std::isfinite(value)) return "";
    if (value == 0) return "0";  // also -0
    char buf[400];
    if (std::fabs(value) < 1e15) {
        for (int decimals = 0; decimals <= 17; ++decimals) {
            std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
            if (std::strtod(buf, nullptr) == value) return buf;
        }
    }
    // Huge or tiny values: the shortest form that reads back, exponent allowed.
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, value);
        if (std::strtod(buf, nullptr) == value) break;
    }
    return buf;
}

std::string grouped_number(double value) {
    std::string plain = exact_number(value);
    if (plain.find_first_of("eE") != std::string::npos) return plain;
    return group_thousands(std::move(plain));
}

std::string money_to_cent(double value) {
    const double cents = std::fabs(value) < 1e15 ? std::round(value * 100.0) / 100.0 : value;
    return grouped_number(cents);
}

std::string display_number(double value) {
    char buf[64];
    if (std::fabs(value) < 1e15 && value == std::floor(value)) {
        // The sign is put back by hand so -0 shows as "0".
        std::snprintf(buf, sizeof buf, "%.0f", std::fabs(value));
        const std::string digits = group_thousands(buf);
        return value < 0 ? "-" + digits : digits;
    }
    std::snprintf(buf, sizeof buf, "%.10g", value);
    return buf;
}

std::string display_number(const std::optional<double>& value) { return value ? display_number(*value) : ""; }

std::string display_money(double value, const std::string& currency) {
    return display_number(value) + (currency.empty() ? "" : " " + currency);
}

namespace {

NumberStyle& style_storage() {
    static NumberStyle style;
    return style;
}

// `pattern` with each {name} of `values` replaced (the patterns are short and trusted).
std::string fill_pattern(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        bool done = false;
        if (pattern[i] == '{') {
            for (const auto& [name, value] : values) {
                if (pattern.compare(i + 1, name.size(), name) == 0 && i + 1 + name.size() < pattern.size() &&
                    pattern[i + 1 + name.size()] == '}') {
                    out += value;
                    i += name.size() + 1;
                    done = true;
                    break;
                }
            }
        }
        if (!done) out += pattern[i];
    }
    return out;
}

}  // namespace

const NumberStyle& number_style() { return style_storage(); }
void set_number_style(NumberStyle style) { style_storage() = std::move(style); }

std::string localize_digits(std::string_view plain) {
    if (plain.find_first_not_of("-0123456789,.") != std::string_view::npos) return std::string(plain);
    const NumberStyle& style = number_style();
    const size_t point = std::min(plain.find('.'), plain.size());
    size_t whole = 0;
    for (size_t i = 0; i < point; ++i) whole += plain[i] >= '0' && plain[i] <= '9';
    const bool grouped = static_cast<int>(whole) >= style.min_group_digits;
    std::string out;
    for (size_t i = 0; i < plain.size(); ++i) {
        if (plain[i] == ',') {
            if (grouped) out += style.group;
        } else if (plain[i] == '.') {
            out += style.decimal;
        } else {
            out += plain[i];
        }
    }
    return out;
}

std::string local_number(double value) {
    const std::string plain = display_number(value);
    // display_number groups whole numbers only; a fraction is grouped here, as people read it.
    if (plain.find_first_of("eE") == std::string::npos && plain.find('.') != std::string::npos)
        return localize_digits(group_thousands(plain));
    return localize_digits(plain);
}

std::string local_money(double value, std::string_view currency) { return with_currency(local_number(value), currency); }

std::string with_currency(const std::string& amount, std::string_view currency) {
    if (currency.empty()) return amount;
    const NumberStyle& style = number_style();
    const auto symbol = style.symbols.find(currency);
    const std::string_view c = symbol != style.symbols.end() ? std::string_view(symbol->second) : currency;
    // A code (no symbol known) always reads after the amount, as "12 EUR" does in every locale.
    if (symbol == style.symbols.end()) return amount + " " + std::string(currency);
    return fill_pattern(style.money, {{"n", amount}, {"c", c}});
}

std::string local_date(std::string_view iso) {
    const bool date = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' &&
                      std::all_of(iso.begin(), iso.end(), [](char ch) { return ch == '-' || (ch >= '0' && ch <= '9'); });
    if (!date) return std::string(iso);
    return fill_pattern(number_style().date, {{"y", iso.substr(0, 4)}, {"m", iso.substr(5, 2)}, {"d", iso.substr(8, 2)}});
}

}  // namespace ab
