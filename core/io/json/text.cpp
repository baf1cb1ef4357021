// JsonText (io/json/text.hpp). Plain ASCII strings and integers, nearly everything in a plan, are
// written here; anything that needs escaping, UTF-8 checking or float formatting goes through
// nlohmann's serializer so the bytes cannot drift from what dump() writes.
#include "io/json/text.hpp"

#include <charconv>
#include <cmath>

namespace ab::plan_io {

using OJ = nlohmann::ordered_json;

namespace {

constexpr unsigned kIndent = 2;

// Bytes nlohmann writes unchanged inside a string (with ensure_ascii off).
bool plain(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
    }
    return true;
}

}  // namespace

struct JsonText::Serializer {
    explicit Serializer(std::string& out)
        : impl(nlohmann::detail::output_adapter<char, std::string>(out), ' ', OJ::error_handler_t::replace) {}
    nlohmann::detail::serializer<OJ> impl;
};

JsonText::JsonText(std::string& out, bool compact) : out_(out), compact_(compact) {}
JsonText::~JsonText() = default;

void JsonText::item() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return;  // the top-level value
    if (compact_) {
        if (!empty_.back()) out_ += ',';
        empty_.back() = false;
        return;
    }
    out_ += empty_.back() ? "\n" : ",\n";
    empty_.back() = false;
    out_.append(empty_.size() * kIndent, ' ');
}

void JsonText::open(char c) {
    item();
    out_ += c;
    empty_.push_back(true);
}

void JsonText::close(char c) {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty && !compact_) {
        out_ += '\n';
        out_.append(empty_.size() * kIndent, ' ');
    }
    out_ += c;
}

void JsonText::begin_object() { open('{'); }
void JsonText::end_object() { close('}'); }
void JsonText::begin_array() { open('['); }
void JsonText::end_array() { close(']'); }

JsonText& JsonText::key(std::string_view k) {
    item();
    quoted(k);
    out_ += compact_ ? ":" : ": ";
    after_key_ = true;
    return *this;
}

void JsonText::quoted(std::string_view s) {
    if (plain(s)) {
        out_ += '"';
        out_ += s;
        out_ += '"';
    } else {
        fallback(OJ(std::string(s)));
    }
}

void JsonText::string(std::string_view s) {
    item();
    quoted(s);
}

void JsonText::integer(std::int64_t v) {
    item();
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, res.ptr);
}

void JsonText::number(double v) {
    if (!std::isfinite(v)) return null();
    if (v == std::floor(v) && std::fabs(v) <= 9007199254740992.0) return integer(static_cast<std::int64_t>(v));
    item();
    fallback(OJ(v));
}

void JsonText::value(const OJ& v) {
    item();
    fallback(v);
}

void JsonText::fallback(const OJ& v) {
    if (!serializer_) serializer_ = std::make_unique<Serializer>(out_);
    serializer_->impl.dump(v, !compact_, false, kIndent, static_cast<unsigned>(empty_.size() * kIndent));
}

}  // namespace ab::plan_io
