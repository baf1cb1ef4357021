// Numbers and money as text (see format/numbers.hpp).
#include "format/numbers.hpp"

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

}  // namespace ab
