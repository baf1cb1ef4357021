// The number styles the web hands the core for German and Spanish readers (web/i18n/i18n.js reads
// them from Intl), and a guard that puts the app's English back when a test ends.
#pragma once

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"

namespace ab::test {

inline NumberStyle german_style() {
    NumberStyle s;
    s.decimal = ",";
    s.group = ".";
    s.money = "{n}\u00a0{c}";
    s.symbols = {{"EUR", "\u20ac"}, {"USD", "$"}};
    s.date = "{d}.{m}.{y}";
    return s;
}

// Spanish writes like German but groups from five digits ("1234", "12.345") and orders dates d/m/y.
inline NumberStyle spanish_style() {
    NumberStyle s = german_style();
    s.min_group_digits = 5;
    s.date = "{d}/{m}/{y}";
    return s;
}

// Restores English and the default number style when it goes out of scope.
struct EnglishAfter {
    EnglishAfter() = default;
    EnglishAfter(const EnglishAfter&) = delete;
    EnglishAfter& operator=(const EnglishAfter&) = delete;
    ~EnglishAfter() {
        i18n::set_language("en");
        set_number_style(NumberStyle{});
    }
};

}  // namespace ab::test
