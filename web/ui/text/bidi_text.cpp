#include "ui/text/bidi_text.hpp"

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <unordered_map>

#include "format/bidi.hpp"

namespace ab::web::ui {
namespace {

// Visual forms of the right-to-left strings drawn lately. Emptied when it grows past this many
// (a plan has a few thousand titles at most; a rename makes a new key per keystroke).
constexpr size_t kCacheLimit = 4096;

std::unordered_map<std::string, ab::VisualLine>& cache() {
    static std::unordered_map<std::string, ab::VisualLine> c;
    return c;
}

const ab::VisualLine& visual(const std::string& text) {
    auto& c = cache();
    auto it = c.find(text);
    if (it != c.end()) return it->second;
    if (c.size() >= kCacheLimit) c.clear();
    return c.emplace(text, ab::visual_line(text)).first->second;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

const std::string& shown(const std::string& text) {
    return ab::has_rtl(text) ? visual(text).text : text;
}

namespace {

// Breaks `text` (holding right-to-left characters) into lines where ImGui would wrap it, and
// calls `line_fn(visual line, its width)` for each, top to bottom.
template <typename LineFn>
void each_line(ImFont* font, float size, std::string_view text, float wrap_width, LineFn line_fn) {
    const char* s = text.data();
    const char* const end = s + text.size();
    std::string line;
    while (s < end) {
        const char* eol = wrap_width > 0 ? font->CalcWordWrapPosition(size, s, end, wrap_width) : end;
        if (const void* nl = std::memchr(s, '\n', size_t(end - s)); nl && static_cast<const char*>(nl) < eol)
            eol = static_cast<const char*>(nl);
        if (eol == s) {  // a character wider than the line: it gets a line of its own
            ++eol;
            while (eol < end && (static_cast<unsigned char>(*eol) & 0xC0) == 0x80) ++eol;
        }
        line.assign(s, size_t(eol - s));
        while (!line.empty() && is_blank(line.back())) line.pop_back();
        // The break was found on the logical text; joined Arabic letters and mirrored marks can
        // make the line as drawn wider: then it breaks a word earlier, while it has one to spare.
        float width = font->CalcTextSizeA(size, FLT_MAX, 0, visual(line).text.c_str()).x;
        while (wrap_width > 0 && width > wrap_width) {
            size_t blank = line.find_last_of(" \t");
            if (blank == std::string::npos || blank == 0) break;
            while (blank > 0 && is_blank(line[blank - 1])) --blank;
            if (blank == 0) break;
            eol = s + blank;
            line.resize(blank);
            width = font->CalcTextSizeA(size, FLT_MAX, 0, visual(line).text.c_str()).x;
        }
        line_fn(visual(line), width);
        // As ImGui does after a wrap: the blanks (and one line break) that ended the line go.
        s = eol;
        while (s < end && is_blank(*s)) ++s;
        if (s < end && *s == '\n') ++s;
    }
}

}  // namespace

void add_text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, std::string_view text,
              float wrap_width) {
    if (!ab::has_rtl(text)) {
        dl->AddText(font, size, pos, col, text.data(), text.data() + text.size(), wrap_width);
        return;
    }
    float y = pos.y;
    each_line(font, size, text, wrap_width, [&](const ab::VisualLine& v, float width) {
        float x = pos.x;
        if (v.rtl && wrap_width > 0) x += wrap_width - width;
        dl->AddText(font, size, ImVec2(x, y), col, v.text.c_str());
        y += size;
    });
}

ImVec2 text_size(ImFont* font, float size, std::string_view text, float wrap_width) {
    if (!ab::has_rtl(text)) return font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.data(), text.data() + text.size());
    ImVec2 out(0, 0);
    each_line(font, size, text, wrap_width, [&](const ab::VisualLine&, float width) {
        out.x = std::max(out.x, width);
        out.y += size;
    });
    return out;
}

}  // namespace ab::web::ui
