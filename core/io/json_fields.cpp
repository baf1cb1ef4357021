// Field readers and problem collection for the plan reader (see json_fields.hpp). Messages say
// what was expected and show what was found, so a person can fix the file by hand.
#include "io/json_fields.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "i18n/i18n.hpp"

namespace ab::plan_io {

namespace {

// How much of a value a message shows.
constexpr size_t kShownChars = 40;

void brief(const OJ& v, std::string& out);

// Cuts `s` to about kShownChars, never inside a UTF-8 sequence.
std::string shorten(std::string s) {
    if (s.size() <= kShownChars) return s;
    size_t cut = kShownChars - 3;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
    return s + "...";
}

std::string dump_string(std::string_view s) {
    // Enough of the string to fill a message; a 20 MB string is never copied whole.
    return OJ(std::string(s.substr(0, kShownChars * 2))).dump(-1, ' ', false, OJ::error_handler_t::replace);
}

// Writes the start of v's JSON text, stopping soon after kShownChars.
void brief(const OJ& v, std::string& out) {
    if (out.size() > kShownChars) return;
    if (v.is_object()) {
        out += '{';
        bool first = true;
        for (const auto& kv : v.get_ref<const OJ::object_t&>()) {
            if (out.size() > kShownChars) return;
            if (!first) out += ',';
            first = false;
            out += dump_string(kv.first);
            out += ':';
            brief(kv.second, out);
        }
        out += '}';
    } else if (v.is_array()) {
        out += '[';
        bool first = true;
        for (const auto& e : v.get_ref<const OJ::array_t&>()) {
            if (out.size() > kShownChars) return;
            if (!first) out += ',';
            first = false;
            brief(e, out);
        }
        out += ']';
    } else if (v.is_string()) {
        out += dump_string(v.get_ref<const std::string&>());
    } else {
        out += v.dump(-1, ' ', false, OJ::error_handler_t::replace);
    }
}

bool is_number(const OJ& v) { return v.is_number() && std::isfinite(v.get<double>()); }

// The shape YYYY-MM-DD, whether or not the day exists.
bool looks_like_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
}

}  // namespace

void Sink::error(std::string path, std::string message) {
    if (++error_count_ <= kMaxProblems) errors_.push_back({std::move(path), std::move(message)});
}

void Sink::warning(std::string path, std::string message) {
    if (++warning_count_ <= kMaxProblems) warnings_.push_back({std::move(path), std::move(message)});
}

void Sink::finish() {
    if (error_count_ > kMaxProblems) {
        errors_.push_back({"", i18n::tr("read.more_errors", {{"count", std::to_string(error_count_ - kMaxProblems)}})});
    }
    if (warning_count_ > kMaxProblems) {
        warnings_.push_back({"", i18n::tr("read.more_warnings", {{"count", std::to_string(warning_count_ - kMaxProblems)}})});
    }
    error_count_ = warning_count_ = 0;
}

std::string describe(const OJ& v) {
    std::string out;
    brief(v, out);
    return shorten(std::move(out));
}

std::string literal(std::string_view s) { return shorten(dump_string(s)); }

std::string field_path(const std::string& base, std::string_view field) {
    if (base.empty()) return std::string(field);
    std::string p;
    p.reserve(base.size() + 1 + field.size());
    p += base;
    p += '.';
    p += field;
    return p;
}

std::string index_path(std::string_view base, size_t index) {
    // Every item read makes one of these, so no temporaries: "tactics[1234]" fits in SSO.
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, index).ptr;
    std::string p;
    p.reserve(base.size() + static_cast<size_t>(end - digits) + 2);
    p += base;
    p += '[';
    p.append(digits, end);
    p += ']';
    return p;
}

void read_string(const OJ& v, const std::string& base, const char* field, std::string& out, Sink& sink) {
    if (v.is_null()) return;
    if (!v.is_string()) {
        sink.error(field_path(base, field), i18n::tr("read.expected_string", {{"got", describe(v)}}));
        return;
    }
    out = v.get_ref<const std::string&>();
}

void read_number(const OJ& v, const std::string& base, const char* field, Number& out, Sink& sink) {
    if (v.is_null()) return;
    if (!is_number(v)) {
        sink.error(field_path(base, field), i18n::tr("read.expected_number", {{"got", describe(v)}}));
        return;
    }
    out = v.get<double>();
}

void read_bool(const OJ& v, const std::string& base, const char* field, bool& out, Sink& sink) {
    if (v.is_null()) return;
    if (!v.is_boolean()) {
        sink.error(field_path(base, field), i18n::tr("read.expected_bool", {{"got", describe(v)}}));
        return;
    }
    out = v.get<bool>();
}

void read_date(const OJ& v, const std::string& base, const char* field, std::string& out, Sink& sink) {
    if (v.is_null()) return;
    if (!v.is_string()) {
        sink.error(field_path(base, field), i18n::tr("read.expected_date", {{"got", describe(v)}}));
        return;
    }
    const std::string& s = v.get_ref<const std::string&>();
    if (s.empty() || is_iso_date(s)) {
        out = s;
        return;
    }
    if (looks_like_date(s)) {
        sink.error(field_path(base, field), i18n::tr("read.not_a_day", {{"got", literal(s)}}));
    } else {
        sink.error(field_path(base, field), i18n::tr("read.expected_date", {{"got", literal(s)}}));
    }
}

void read_strings(const OJ& v, const std::string& base, const char* field, std::vector<std::string>& out,
                  Sink& sink) {
    if (v.is_null()) return;
    if (!v.is_array()) {
        sink.error(field_path(base, field), i18n::tr("read.expected_strings", {{"got", describe(v)}}));
        return;
    }
    if (v.size() > kMaxItemsPerCollection) {
        sink.error(field_path(base, field), i18n::tr("read.list_too_long", {{"count", std::to_string(v.size())},
                                                                  {"max", std::to_string(kMaxItemsPerCollection)}}));
        return;
    }
    std::vector<std::string> got;
    got.reserve(v.size());
    size_t i = 0;
    bool ok = true;
    for (const auto& e : v.get_ref<const OJ::array_t&>()) {
        if (e.is_string()) {
            got.push_back(e.get_ref<const std::string&>());
        } else {
            sink.error(index_path(field_path(base, field), i), i18n::tr("read.expected_string", {{"got", describe(e)}}));
            ok = false;
        }
        ++i;
    }
    if (ok) out = std::move(got);
}

void keep_extra(Extra& extra, const std::string& key, const OJ& v) {
    if (!extra.is_object()) extra = Extra::object();
    extra.get_ref<Extra::object_t&>().emplace_back(key, v);
}

OJ number_json(double v) {
    if (!std::isfinite(v)) return nullptr;
    if (v == std::floor(v) && std::fabs(v) <= 9007199254740992.0) return OJ(static_cast<std::int64_t>(v));
    return OJ(v);
}

}  // namespace ab::plan_io
