// fast_sax_parse (io/json/scan.hpp). Accepts exactly the grammar nlohmann's strict parser accepts
// and converts values the way its lexer does (integers as int64 when negative, uint64 otherwise,
// anything with a fraction or exponent through strtod; strings checked as UTF-8 by the same byte
// ranges); whatever falls outside that is left to nlohmann, never guessed at.
#include "io/json/scan.hpp"

#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace ab::plan_io {

namespace {

using Sax = nlohmann::json_sax<nlohmann::ordered_json>;

// The handler refuses far shallower input; this only bounds the recursion here.
constexpr int kMaxDepth = 256;
// Up to 18 digits always fit in int64/uint64; longer integers go to nlohmann.
constexpr size_t kMaxFastDigits = 18;
constexpr size_t kMaxFloatChars = 64;

class Scanner {
public:
    Scanner(std::string_view text, Sax& sax) : p_(text.data()), end_(text.data() + text.size()), sax_(sax) {}

    bool run() {
        if (p_ != end_ && static_cast<unsigned char>(*p_) == 0xEF) return false;  // a BOM: nlohmann's call
        skip_ws();
        if (!value(0)) return false;
        skip_ws();
        return p_ == end_;
    }

private:
    void skip_ws() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool value(int depth) {
        if (p_ == end_) return false;
        switch (*p_) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string() && sax_.string(buf_);
            case 't': return literal("true", 4) && sax_.boolean(true);
            case 'f': return literal("false", 5) && sax_.boolean(false);
            case 'n': return literal("null", 4) && sax_.null();
            default: return number();
        }
    }

    bool literal(const char* word, size_t n) {
        if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
        p_ += n;
        return true;
    }

    bool object(int depth) {
        if (depth >= kMaxDepth) return false;
        ++p_;
        if (!sax_.start_object(static_cast<std::size_t>(-1))) return false;
        skip_ws();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            return sax_.end_object();
        }
        for (;;) {
            if (p_ == end_ || *p_ != '"' || !string() || !sax_.key(buf_)) return false;
            skip_ws();
            if (p_ == end_ || *p_ != ':') return false;
            ++p_;
            skip_ws();
            if (!value(depth + 1)) return false;
            skip_ws();
            if (p_ == end_) return false;
            if (*p_ == '}') {
                ++p_;
                return sax_.end_object();
            }
            if (*p_ != ',') return false;
            ++p_;
            skip_ws();
        }
    }

    bool array(int depth) {
        if (depth >= kMaxDepth) return false;
        ++p_;
        if (!sax_.start_array(static_cast<std::size_t>(-1))) return false;
        skip_ws();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            return sax_.end_array();
        }
        for (;;) {
            if (!value(depth + 1)) return false;
            skip_ws();
            if (p_ == end_) return false;
            if (*p_ == ']') {
                ++p_;
                return sax_.end_array();
            }
            if (*p_ != ',') return false;
            ++p_;
            skip_ws();
        }
    }

    // Reads a string at p_ (its opening quote) into buf_.
    bool string() {
        const char* start = ++p_;
        while (p_ != end_) {
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                buf_.assign(start, p_);
                ++p_;
                return true;
            }
            if (c < 0x20 || c == '\\' || c >= 0x80) break;
            ++p_;
        }
        buf_.assign(start, p_);
        return string_rest();
    }

    // The rest of a string that has escapes or non-ASCII bytes, one character at a time.
    bool string_rest() {
        while (p_ != end_) {
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                if (!escape()) return false;
            } else if (c >= 0x80) {
                if (!utf8()) return false;
            } else {
                buf_ += static_cast<char>(c);
                ++p_;
            }
        }
        return false;
    }

    bool escape() {
        if (end_ - p_ < 2) return false;
        const char e = p_[1];
        p_ += 2;
        switch (e) {
            case '"': buf_ += '"'; return true;
            case '\\': buf_ += '\\'; return true;
            case '/': buf_ += '/'; return true;
            case 'b': buf_ += '\b'; return true;
            case 'f': buf_ += '\f'; return true;
            case 'n': buf_ += '\n'; return true;
            case 'r': buf_ += '\r'; return true;
            case 't': buf_ += '\t'; return true;
            case 'u': break;
            default: return false;
        }
        if (end_ - p_ < 4) return false;
        unsigned cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = *p_++;
            cp <<= 4;
            if (h >= '0' && h <= '9') cp |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') cp |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') cp |= static_cast<unsigned>(h - 'A' + 10);
            else return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;  // surrogates: nlohmann pairs them up
        if (cp < 0x80) {
            buf_ += static_cast<char>(cp);
        } else if (cp < 0x800) {
            buf_ += static_cast<char>(0xC0 | (cp >> 6));
            buf_ += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            buf_ += static_cast<char>(0xE0 | (cp >> 12));
            buf_ += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            buf_ += static_cast<char>(0x80 | (cp & 0x3F));
        }
        return true;
    }

    // One UTF-8 sequence, accepted by the byte ranges of RFC 3629 (as nlohmann's lexer does).
    bool utf8() {
        const auto b0 = static_cast<unsigned char>(*p_);
        int more;
        unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
        if (b0 >= 0xC2 && b0 <= 0xDF) more = 1;
        else if (b0 == 0xE0) more = 2, lo = 0xA0;
        else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) more = 2;
        else if (b0 == 0xED) more = 2, hi = 0x9F;
        else if (b0 == 0xF0) more = 3, lo = 0x90;
        else if (b0 >= 0xF1 && b0 <= 0xF3) more = 3;
        else if (b0 == 0xF4) more = 3, hi = 0x8F;
        else return false;
        if (end_ - p_ <= more) return false;
        for (int i = 1; i <= more; ++i) {
            const auto b = static_cast<unsigned char>(p_[i]);
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) return false;
        }
        buf_.append(p_, static_cast<size_t>(more + 1));
        p_ += more + 1;
        return true;
    }

    bool digit() const { return p_ != end_ && *p_ >= '0' && *p_ <= '9'; }

    bool number() {
        const char* start = p_;
        const bool negative = *p_ == '-';
        if (negative) ++p_;
        if (!digit()) return false;
        if (*p_ == '0') {
            ++p_;
        } else {
            while (digit()) ++p_;
        }
        const char* int_end = p_;
        bool is_float = false;
        if (p_ != end_ && *p_ == '.') {
            ++p_;
            if (!digit()) return false;
            while (digit()) ++p_;
            is_float = true;
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (!digit()) return false;
            while (digit()) ++p_;
            is_float = true;
        }
        if (!is_float) {
            const char* digits = start + (negative ? 1 : 0);
            if (static_cast<size_t>(int_end - digits) > kMaxFastDigits) return false;
            std::uint64_t v = 0;
            for (const char* d = digits; d != int_end; ++d) v = v * 10 + static_cast<std::uint64_t>(*d - '0');
            if (negative) return sax_.number_integer(-static_cast<std::int64_t>(v));
            return sax_.number_unsigned(v);
        }
        // strtod wants a terminated string and the locale's decimal point, as nlohmann gives it.
        const size_t len = static_cast<size_t>(p_ - start);
        if (len >= kMaxFloatChars || !c_decimal_point()) return false;
        char text[kMaxFloatChars];
        std::memcpy(text, start, len);
        text[len] = '\0';
        const double v = std::strtod(text, nullptr);
        if (!std::isfinite(v)) return false;  // nlohmann reports the overflow
        token_.assign(start, len);
        return sax_.number_float(v, token_);
    }

    bool c_decimal_point() {
        if (decimal_point_ok_ < 0) {
            const std::lconv* lc = std::localeconv();
            decimal_point_ok_ = lc == nullptr || lc->decimal_point == nullptr || *lc->decimal_point == '.' ? 1 : 0;
        }
        return decimal_point_ok_ == 1;
    }

    const char* p_;
    const char* end_;
    Sax& sax_;
    std::string buf_;
    std::string token_;
    int decimal_point_ok_ = -1;
};

}  // namespace

bool fast_sax_parse(std::string_view text, Sax& sax) { return Scanner(text, sax).run(); }

}  // namespace ab::plan_io
