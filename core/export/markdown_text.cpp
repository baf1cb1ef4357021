// Escaping plan text for the Markdown report (see markdown_text.hpp for what each rule defuses).
// Character references rather than backslashes for the HTML-significant characters: a renderer
// that is not CommonMark ignores "\<" but still shows "&lt;" as "<".
#include "export/markdown_text.hpp"

#include <cstring>

namespace ab {

namespace {

bool is_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }
// c is one of `set` (strchr alone would also match the NUL that ends the set).
bool one_of(const char* set, char c) { return c != '\0' && std::strchr(set, c) != nullptr; }

// text[at] is ':' ending a URI scheme ("https", "javascript", "mailto") and something follows.
bool ends_scheme(std::string_view text, size_t at) {
    if (at + 1 >= text.size() || text[at + 1] == ' ') return false;
    size_t begin = at;
    while (begin > 0 && (is_alnum(text[begin - 1]) || one_of("+.-", text[begin - 1]))) --begin;
    while (begin < at && !is_alnum(text[begin])) ++begin;  // a scheme starts with a letter
    return begin < at && !(text[begin] >= '0' && text[begin] <= '9');
}

// text[at] is the '.' of a "www." that starts a word.
bool ends_www(std::string_view text, size_t at) {
    if (at < 3) return false;
    for (size_t i = at - 3; i < at; ++i)
        if ((text[i] | 0x20) != 'w') return false;
    return at == 3 || !is_alnum(text[at - 4]);
}

// The last character that is not a space or a control character (which become spaces), or npos.
size_t last_solid(std::string_view text) {
    for (size_t i = text.size(); i-- > 0;)
        if (text[i] != ' ' && !is_control(text[i])) return i;
    return std::string_view::npos;
}

bool space_or_end(std::string_view text, size_t at) { return at >= text.size() || text[at] == ' ' || text[at] == '\t'; }

// The character to escape so that the text, were it ever to begin a line, starts no block: "# "
// (heading), "- ", "+ " or "---" (list, rule), "12. " or "12) " (ordered list); npos when none.
// Only these shapes: "#jetsetselma" or "-5%" read as text anyway and stay as typed.
size_t block_mark(std::string_view text) {
    if (text.empty()) return std::string_view::npos;
    size_t hashes = 0;
    while (hashes < text.size() && text[hashes] == '#') ++hashes;
    if (hashes > 0 && space_or_end(text, hashes)) return 0;
    if ((text[0] == '-' || text[0] == '+') && (space_or_end(text, 1) || text[1] == text[0])) return 0;
    size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')') &&
        space_or_end(text, digits + 1))
        return digits;
    return std::string_view::npos;
}

}  // namespace

std::string markdown_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    const size_t mark = block_mark(text);
    const size_t last = last_solid(text);
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_control(c)) {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += ' ';
            continue;
        }
        switch (c) {
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '&': out += "&amp;"; continue;
            case '|': out += "&#124;"; continue;
            case '@': out += "&#64;"; continue;
            case ':':
                if (ends_scheme(text, i)) {
                    out += "&#58;";
                    continue;
                }
                break;
            case '.':
                if (ends_www(text, i)) {
                    out += "&#46;";
                    continue;
                }
                break;
            default: break;
        }
        const bool escape = one_of("\\`*_[]~", c) || i == mark || (c == '#' && i == last);
        if (escape) out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_code(std::string_view text) {
    if (text.empty()) return std::string();
    bool plain = text.front() != ' ' && text.back() != ' ';
    for (char c : text) plain = plain && !is_control(c) && !one_of("`|<>&", c);
    if (!plain) return markdown_text(text);
    return "`" + std::string(text) + "`";
}

}  // namespace ab
