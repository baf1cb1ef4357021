// XML escaping and font-free text measuring for the pictures (see svg_text.hpp).
#include "export/svg/svg_text.hpp"

#include "format/utf8.hpp"

namespace ab::svg {
namespace {

// Advances of Inter Regular for printable ASCII (0x20 '.. 0x7E), in ems, rounded up to the
// hundredth from the font's metrics (units per em 2048): a table of 95 numbers instead of a font.
constexpr double kAscii[95] = {
    0.28, 0.30, 0.40, 0.62, 0.62, 0.80, 0.68, 0.22, 0.35, 0.35, 0.46, 0.62, 0.27, 0.43, 0.27, 0.38,  // ' '../
    0.62, 0.62, 0.62, 0.62, 0.62, 0.62, 0.62, 0.62, 0.62, 0.62,                                      // 0..9
    0.27, 0.27, 0.62, 0.62, 0.62, 0.50, 0.95,                                                        // :..@
    0.69, 0.66, 0.71, 0.72, 0.60, 0.58, 0.73, 0.74, 0.28, 0.55, 0.67, 0.56, 0.88,                    // A..M
    0.75, 0.76, 0.64, 0.76, 0.65, 0.63, 0.63, 0.73, 0.68, 0.97, 0.67, 0.66, 0.63,                    // N..Z
    0.35, 0.38, 0.35, 0.45, 0.45, 0.30,                                                              // [..`
    0.56, 0.60, 0.54, 0.60, 0.57, 0.35, 0.60, 0.58, 0.24, 0.24, 0.53, 0.24, 0.87,                    // a..m
    0.58, 0.58, 0.60, 0.60, 0.37, 0.51, 0.35, 0.58, 0.53, 0.79, 0.52, 0.53, 0.52,                    // n..z
    0.38, 0.28, 0.38, 0.62,                                                                          // {..~
};
constexpr double kBold = 1.03;      // semibold and bold run about this much wider
constexpr double kOther = 0.62;     // Latin, Greek, Cyrillic, Arabic, Hebrew... beyond ASCII
constexpr double kWide = 1.0;       // CJK ideographs, kana, Hangul, full-width forms: one em

bool wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

double advance(char32_t c) {
    if (c >= 0x20 && c < 0x7F) return kAscii[c - 0x20];
    if (c < 0x20 || c == 0x7F || (c >= 0x300 && c < 0x370) || c == 0x200B || c == 0x200C || c == 0x200D ||
        c == 0x200E || c == 0x200F || c == 0xFE0F) {
        return 0;  // controls, combining marks, joiners and direction marks take no room
    }
    return wide(c) ? kWide : kOther;
}


}  // namespace

char32_t next_code_point(std::string_view s, size_t& i) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) {
        ++i;
        return c;
    }
    const int n = c >= 0xF5 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
    if (n < 0 || i + size_t(n) >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
        const unsigned char cc = b(i + size_t(k));
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return 0xFFFD;
    }
    i += size_t(n) + 1;
    return cp;
}

void append_xml(std::string& out, std::string_view text, bool flatten) {
    for (size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const char32_t cp = next_code_point(text, i);
            if (cp != 0xFFFE && cp != 0xFFFF) append_utf8(out, cp);
            continue;
        }
        ++i;
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t':
            case '\n':
            case '\r':
                if (flatten) out += ' ';
                else out += c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;";
                break;
            default:
                if (c >= 0x20) out += char(c);  // other C0 controls cannot be in XML 1.0
        }
    }
}

std::string xml(std::string_view text, bool flatten) {
    std::string out;
    out.reserve(text.size() + 8);
    append_xml(out, text, flatten);
    return out;
}

double text_width(std::string_view text, double size, bool bold) {
    double em = 0;
    for (size_t i = 0; i < text.size();) em += advance(next_code_point(text, i));
    return em * size * kEmPerSize * (bold ? kBold : 1.0);
}

std::vector<std::string> wrap(std::string_view text, double board_size, double width, bool bold) {
    const double size = board_size * kEmPerSize * (bold ? kBold : 1.0);  // px per em
    std::vector<std::string> lines;
    std::string line, word;
    double line_w = 0, word_w = 0;
    const double space = advance(' ') * size;
    auto end_line = [&] {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines.push_back(line);
        line.clear();
        line_w = 0;
    };
    auto put_word = [&] {
        if (word.empty()) return;
        if (!line.empty() && line_w + space + word_w > width) end_line();
        if (!line.empty()) {
            line += ' ';
            line_w += space;
        }
        line += word;
        line_w += word_w;
        word.clear();
        word_w = 0;
    };
    for (size_t i = 0; i < text.size();) {
        const size_t start = i;
        const char32_t c = next_code_point(text, i);
        if (c == '\n') {
            put_word();
            end_line();
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            put_word();
            continue;
        }
        const double w = advance(c) * size;
        // A word wider than a line is cut where it overflows (CJK text has no spaces at all).
        if (word_w + w > width && !word.empty() && line.empty()) {
            lines.push_back(word);
            word.clear();
            word_w = 0;
        } else if (word_w + w > width && !word.empty()) {
            end_line();
            lines.push_back(word);
            word.clear();
            word_w = 0;
        }
        word.append(text.substr(start, i - start));
        word_w += w;
    }
    put_word();
    if (!line.empty() || lines.empty()) end_line();
    return lines;
}

std::string ellipsize(std::string_view text, double size, double width, bool bold) {
    if (text_width(text, size, bold) <= width) return std::string(text);
    const char* kEllipsis = "\xe2\x80\xa6";
    const double room = width - text_width(kEllipsis, size, bold);
    const double em = size * kEmPerSize * (bold ? kBold : 1.0);
    std::string out;
    double w = 0;
    for (size_t i = 0; i < text.size();) {
        const size_t start = i;
        const double cw = advance(next_code_point(text, i)) * em;
        if (w + cw > room) break;
        w += cw;
        out.append(text.substr(start, i - start));
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + kEllipsis;
}

}  // namespace ab::svg
