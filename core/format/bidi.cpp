#include "format/bidi.hpp"

#include <vector>

extern "C" {
#include <fribidi.h>
}

#include "format/utf8.hpp"

namespace ab {
namespace {

// Decodes UTF-8; false on any invalid sequence (such text is left as it is).
bool decode(std::string_view s, std::vector<FriBidiChar>& out) {
    out.clear();
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        char32_t c = b;
        if (b >= 0x80) {
            if ((b >> 5) == 6) n = 1, c = b & 0x1F;
            else if ((b >> 4) == 14) n = 2, c = b & 0x0F;
            else if ((b >> 3) == 30) n = 3, c = b & 0x07;
            else return false;
        }
        if (i + n >= s.size()) return false;
        for (size_t k = 1; k <= n; ++k) {
            const unsigned char t = static_cast<unsigned char>(s[i + k]);
            if ((t & 0xC0) != 0x80) return false;
            c = (c << 6) | (t & 0x3F);
        }
        out.push_back(c);
        i += n + 1;
    }
    return true;
}

bool rtl_code_point(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) ||   // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan...
           (c >= 0xFB1D && c <= 0xFDFF) ||   // Hebrew and Arabic presentation forms A
           (c >= 0xFE70 && c <= 0xFEFF) ||   // Arabic presentation forms B
           (c >= 0x10800 && c <= 0x10FFF) || // historic right-to-left scripts
           (c >= 0x1E800 && c <= 0x1EFFF);   // Adlam, Arabic mathematical letters...
}

}  // namespace

bool has_rtl(std::string_view text) {
    // Every right-to-left code point is encoded from lead byte 0xD6 (U+0590) up: text without
    // such a byte (ASCII, Latin, Greek, Cyrillic) is answered without decoding.
    size_t first = 0;
    while (first < text.size() && static_cast<unsigned char>(text[first]) < 0xD6) ++first;
    if (first == text.size()) return false;
    std::vector<FriBidiChar> chars;
    if (!decode(text.substr(first), chars)) return false;
    for (FriBidiChar c : chars)
        if (rtl_code_point(c)) return true;
    return false;
}

VisualMap visual_map(std::string_view line) {
    VisualMap out{std::string(line), false, {}, {}};
    std::vector<FriBidiChar> str;
    if (!decode(line, str)) return out;
    const auto n = static_cast<FriBidiStrIndex>(str.size());
    if (!has_rtl(line) || str.empty()) {
        for (FriBidiStrIndex i = 0; i < n; ++i) out.logical.push_back(int(i));
        out.right_to_left.assign(str.size(), false);
        return out;
    }

    std::vector<FriBidiCharType> types(str.size());
    std::vector<FriBidiBracketType> brackets(str.size());
    std::vector<FriBidiLevel> levels(str.size());
    std::vector<FriBidiArabicProp> joining(str.size());
    std::vector<FriBidiStrIndex> map(str.size());
    fribidi_get_bidi_types(str.data(), n, types.data());
    fribidi_get_bracket_types(str.data(), n, types.data(), brackets.data());
    FriBidiParType base = FRIBIDI_PAR_ON;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data()))
        return out;  // out of memory in FriBidi: draw the logical text rather than nothing
    out.right_to_left.resize(str.size());
    for (size_t i = 0; i < str.size(); ++i) out.right_to_left[i] = (levels[i] & 1) != 0;
    fribidi_get_joining_types(str.data(), n, joining.data());
    fribidi_join_arabic(types.data(), n, levels.data(), joining.data());
    const FriBidiFlags flags = FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAG_REORDER_NSM |
                               FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA;
    fribidi_shape(flags, levels.data(), n, joining.data(), str.data());
    for (FriBidiStrIndex i = 0; i < n; ++i) map[size_t(i)] = i;
    if (!fribidi_reorder_line(flags, types.data(), n, 0, base, levels.data(), str.data(), map.data())) {
        out.right_to_left.clear();
        return out;
    }

    out.text.clear();
    for (size_t v = 0; v < str.size(); ++v) {
        const FriBidiChar c = str[v];
        // A ligature (lam-alef) leaves FILL where its second letter was; bidi marks have no
        // shape. Neither is drawn: a font could show them as boxes.
        if (c == FRIBIDI_CHAR_FILL || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069))
            continue;
        append_utf8(out.text, c);
        out.logical.push_back(int(map[v]));
    }
    out.rtl = FRIBIDI_IS_RTL(base);
    return out;
}

VisualLine visual_line(std::string_view line) {
    if (!has_rtl(line)) return VisualLine{std::string(line), false};
    VisualMap m = visual_map(line);
    return VisualLine{std::move(m.text), m.rtl};
}

}  // namespace ab
