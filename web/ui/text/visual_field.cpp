#include "ui/text/visual_field.hpp"

#include <algorithm>
#include <cfloat>
#include <string_view>
#include <vector>

#include "format/bidi.hpp"
#include "imgui_internal.h"
#include "platform/platform.hpp"

namespace ImStb {
#include "imstb_textedit.h"
}

namespace ab::web::ui {
namespace {

ImGuiInputTextState* editing(ImGuiID id) {
    ImGuiContext& g = *GImGui;
    ImGuiInputTextState& st = g.InputTextState;
    if (id == 0 || st.ID != id || g.ActiveId != id || !st.Stb) return nullptr;
    return &st;
}

// The field's horizontal scroll while its text is wider than the field (one field is edited at
// a time), in pixels from the drawn text's left end.
struct Scroll {
    ImGuiID id = 0;
    float x = 0;
    bool dragging = false;  // a press in the field is being dragged: it selects
    // A multi-line field: the line the caret was on (the scroll is that line's), and where the
    // caret was drawn (screen x) before Up or Down took it to another line, kept while they
    // repeat so the caret goes up and down a column of the drawn text.
    int line = -1;
    float want_x = -1;
};
Scroll& scroll() {
    static Scroll s;
    return s;
}

// The text as drawn: each visual character's left edge and width, and where each character of
// the buffer (logical order, by code point) is drawn (-1: nowhere, a ligature's second letter).
struct Layout {
    ab::VisualMap map;
    std::vector<int> starts;  // byte offset of each logical code point, and the length last
    std::vector<float> left, width;
    std::vector<int> drawn_at;
    float total = 0;

    Layout(std::string_view text, ImFont* font, float size) : map(ab::visual_map(text)) {
        for (size_t i = 0; i < text.size(); ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(int(i));
        starts.push_back(int(text.size()));
        drawn_at.assign(starts.size() - 1, -1);
        const char* p = map.text.c_str();
        const char* end = p + map.text.size();
        for (size_t k = 0; k < map.logical.size() && p < end; ++k) {
            const char* next = p + 1;
            while (next < end && (static_cast<unsigned char>(*next) & 0xC0) == 0x80) ++next;
            const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, p, next).x;
            left.push_back(total);
            width.push_back(w);
            total += w;
            const int logical = map.logical[k];
            if (logical >= 0 && size_t(logical) < drawn_at.size()) drawn_at[size_t(logical)] = int(k);
            p = next;
        }
    }
    bool usable() const { return !map.logical.empty() && map.right_to_left.size() == drawn_at.size(); }
    int code_point_at(int byte) const {
        return int(std::upper_bound(starts.begin(), starts.end(), byte) - starts.begin()) - 1;
    }
    // The caret before logical code point `c`, from the drawn text's left end: just after the
    // character typed before it (the side that character is read from), else just before the
    // next one drawn, else the line's start.
    float caret_x(int c) const {
        for (int i = c - 1; i >= 0; --i) {
            const int k = drawn_at[size_t(i)];
            if (k >= 0) return map.right_to_left[size_t(i)] ? left[size_t(k)] : left[size_t(k)] + width[size_t(k)];
        }
        for (size_t i = size_t(std::max(c, 0)); i < drawn_at.size(); ++i) {
            const int k = drawn_at[i];
            if (k >= 0) return map.right_to_left[i] ? left[size_t(k)] + width[size_t(k)] : left[size_t(k)];
        }
        return map.rtl ? total : 0.0f;
    }
    // The caret position (a byte offset) nearest to `x` from the drawn text's left end.
    int byte_at(float x) const {
        if (left.empty()) return 0;
        size_t k = 0;
        while (k + 1 < left.size() && x >= left[k] + width[k]) ++k;
        const int i = map.logical[k];
        const bool on_left_half = x < left[k] + width[k] * 0.5f;
        const bool after = map.right_to_left[size_t(i)] ? on_left_half : !on_left_half;
        return starts[size_t(std::min<int>(i + (after ? 1 : 0), int(starts.size()) - 1))];
    }
};


// Where the pointer puts the caret: ImGui placed it by the typing order; put it where the pointer
// is in the text as drawn (`at` maps a pointer to a byte offset). Not on the click that starts
// editing (in a one-line field that one selects everything) nor on a double-click (a word).
template <class At>  // int at(ImVec2 pointer): the byte offset the pointer puts the caret at
void follow_pointer(ImStb::STB_TexteditState& stb, Scroll& sc, const ImRect& frame, const At& at) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsItemActivated() &&
        !ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && frame.Contains(mouse)) {
        const int pos = at(mouse);
        if (ImGui::GetIO().KeyShift) {
            stb.select_end = stb.cursor = pos;
            if (stb.select_start == stb.select_end) stb.select_start = stb.select_end = pos;
        } else {
            stb.cursor = stb.select_start = stb.select_end = pos;
        }
        sc.dragging = true;
        sc.want_x = -1;
    } else if (sc.dragging && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        stb.select_end = stb.cursor = at(mouse);
    } else if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        sc.dragging = false;
    }
}

// One line as drawn from `origin` (screen x of its left end) at `y`: the selection behind the
// characters [a, b) (code points of the line) and the text.
void draw_line(ImDrawList* draw, const Layout& lay, ImFont* font, float size, float origin, float y, int a, int b) {
    const ImU32 selected = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    for (int i = a; i < b; ++i) {
        const int k = lay.drawn_at[size_t(i)];
        if (k < 0) continue;
        const float x0 = origin + lay.left[size_t(k)];
        draw->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + lay.width[size_t(k)], y + size), selected);
    }
    draw->AddText(font, size, ImVec2(origin, y), ImGui::GetColorU32(ImGuiCol_Text), lay.map.text.c_str(),
                  lay.map.text.c_str() + lay.map.text.size());
}

void draw_caret(ImDrawList* draw, float x, float y, float size) {
    x = IM_TRUNC(x) + 0.5f;
    draw->AddLine(ImVec2(x, y), ImVec2(x, y + size), ImGui::GetColorU32(ImGuiCol_InputTextCursor), 1.0f);
}

// A one-line field (InputText): the item is the frame, drawn in the current window.
void draw_single(ImGuiID id, ImGuiInputTextState& st, std::string_view text) {
    ImGuiContext& g = *GImGui;
    ImFont* font = g.Font;
    const float size = g.FontSize;
    const Layout lay(text, font, size);
    const ImVec2 frame_min = ImGui::GetItemRectMin(), frame_max = ImGui::GetItemRectMax();
    const ImVec2 pad = g.Style.FramePadding;
    const float inner_l = frame_min.x + pad.x, inner_r = frame_max.x - pad.x;
    const float avail = std::max(1.0f, inner_r - inner_l);
    const float y = frame_min.y + pad.y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (!lay.usable()) {  // not text FriBidi could read: shown as ImGui would have shown it
        draw->AddText(font, size, ImVec2(inner_l, y), ImGui::GetColorU32(ImGuiCol_Text), text.data(),
                      text.data() + text.size());
        return;
    }

    ImStb::STB_TexteditState& stb = *st.Stb;
    Scroll& sc = scroll();
    if (sc.id != id) sc = Scroll{id, lay.map.rtl ? std::max(0.0f, lay.total - avail) : 0.0f};
    float origin = lay.total <= avail ? (lay.map.rtl ? inner_r - lay.total : inner_l) : inner_l - sc.x;

    follow_pointer(stb, sc, ImRect(frame_min, frame_max), [&](ImVec2 m) { return lay.byte_at(m.x - origin); });

    const float caret = lay.caret_x(lay.code_point_at(stb.cursor));
    if (lay.total > avail) {  // keep the caret in view
        if (origin + caret < inner_l) sc.x = caret;
        if (origin + caret > inner_r) sc.x = caret - avail;
        sc.x = std::clamp(sc.x, 0.0f, lay.total - avail);
        origin = inner_l - sc.x;
    }

    draw->PushClipRect(ImVec2(inner_l - 1, frame_min.y), ImVec2(inner_r + 1, frame_max.y), true);
    const int a = lay.code_point_at(std::min(stb.select_start, stb.select_end));
    const int b = lay.code_point_at(std::max(stb.select_start, stb.select_end));
    draw_line(draw, lay, font, size, origin, y, a, b);
    if (a == b) draw_caret(draw, origin + caret, y, size);
    draw->PopClipRect();
    // An input method's window and composition (composition.cpp) go where the caret is drawn.
    if (g.PlatformImeData.WantVisible) g.PlatformImeData.InputPos.x = origin + caret - 1.0f;
}

// A multi-line field (InputTextMultiline): the item holds a child window that draws the text;
// each line (between newlines) is its own paragraph, ordered and aligned on its own. A line wider
// than the field shows the end it starts from, except the caret's line, which scrolls to keep the
// caret in view.
struct Lines {
    struct Line {
        int begin = 0, end = 0;  // byte offsets in the field's text
        Layout lay;
        bool rtl = false;        // its direction (an empty line takes the one before it)
    };
    std::vector<Line> lines;

    Lines(std::string_view text, ImFont* font, float size) {
        size_t b = 0;
        for (;;) {
            const size_t e = std::min(text.find('\n', b), text.size());
            Line ln{int(b), int(e), Layout(text.substr(b, e - b), font, size)};
            ln.rtl = e > b ? ln.lay.map.rtl : (lines.empty() ? false : lines.back().rtl);
            lines.push_back(std::move(ln));
            if (e >= text.size()) break;
            b = e + 1;
        }
        // Empty lines before the first line with text take its direction.
        size_t first = 0;
        while (first < lines.size() && lines[first].end == lines[first].begin) ++first;
        for (size_t i = 0; i < first && first < lines.size(); ++i) lines[i].rtl = lines[first].rtl;
    }
    int line_of(int byte) const {
        int i = 0;
        while (i + 1 < int(lines.size()) && lines[size_t(i + 1)].begin <= byte) ++i;
        return i;
    }
};

void draw_multi(ImGuiID id, ImGuiInputTextState& st, std::string_view text) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* parent = g.CurrentWindow;
    ImGuiWindow* child = parent->DC.ChildWindows.empty() ? nullptr : parent->DC.ChildWindows.back();
    if (!child || child->ChildId != id) return;
    ImFont* font = g.Font;
    const float size = g.FontSize;
    const Lines all(text, font, size);
    const ImVec2 pad = g.Style.FramePadding;
    const float inner_l = child->InnerRect.Min.x + pad.x, inner_r = child->InnerRect.Max.x - pad.x;
    const float avail = std::max(1.0f, inner_r - inner_l);
    const float top = child->DC.CursorStartPos.y;  // where ImGui draws the first line (scroll included)
    ImDrawList* draw = child->DrawList;

    ImStb::STB_TexteditState& stb = *st.Stb;
    Scroll& sc = scroll();
    if (sc.id != id) sc = Scroll{id};
    const auto wide = [&](int i) {
        const Lines::Line& ln = all.lines[size_t(i)];
        return ln.lay.usable() && ln.lay.total > avail;
    };
    // The screen x of line i's drawn left end, when the scroll is line `scrolled`'s.
    const auto origin = [&](int i, int scrolled) {
        const Lines::Line& ln = all.lines[size_t(i)];
        if (i == scrolled && wide(i)) return inner_l - sc.x;
        if (!ln.lay.usable()) return ln.rtl ? inner_r : inner_l;
        return ln.rtl ? inner_r - ln.lay.total : inner_l;
    };
    // The caret came to another line: the scroll shows that line's start.
    const auto scroll_to = [&](int i) {
        if (sc.line == i) return;
        sc.line = i;
        sc.x = wide(i) && all.lines[size_t(i)].rtl ? all.lines[size_t(i)].lay.total - avail : 0.0f;
    };
    const int before = sc.line;
    const int moved_to = all.line_of(stb.cursor);
    scroll_to(moved_to);

    // Up and Down: ImGui moved the caret to the line above or below by the typing order's column;
    // put it under the point it was drawn at.
    const ImGuiIO& io = g.IO;
    const bool vertical = (ImGui::IsKeyPressed(ImGuiKey_UpArrow) || ImGui::IsKeyPressed(ImGuiKey_DownArrow)) &&
                          !io.KeyCtrl && !io.KeySuper;
    if (vertical && sc.want_x >= 0 && before >= 0 && moved_to != before) {
        const Lines::Line& ln = all.lines[size_t(moved_to)];
        const int pos = ln.begin + (ln.lay.usable() ? ln.lay.byte_at(sc.want_x - origin(moved_to, moved_to)) : 0);
        stb.cursor = pos;
        if (io.KeyShift) stb.select_end = pos;
        else stb.select_start = stb.select_end = pos;
    }

    follow_pointer(stb, sc, child->InnerRect, [&](ImVec2 m) {
        const int i = std::clamp(int((m.y - top) / size), 0, int(all.lines.size()) - 1);
        const Lines::Line& ln = all.lines[size_t(i)];
        return ln.begin + (ln.lay.usable() ? ln.lay.byte_at(m.x - origin(i, moved_to)) : 0);
    });

    // The caret's line (a click may have moved it) keeps the caret in view.
    const int line = all.line_of(stb.cursor);
    scroll_to(line);
    const Lines::Line& cl = all.lines[size_t(line)];
    const float caret = cl.lay.usable() ? cl.lay.caret_x(cl.lay.code_point_at(stb.cursor - cl.begin)) : 0.0f;
    if (wide(line)) {
        const float o = inner_l - sc.x;
        if (o + caret < inner_l) sc.x = caret;
        if (o + caret > inner_r) sc.x = caret - avail;
        sc.x = std::clamp(sc.x, 0.0f, cl.lay.total - avail);
    }

    const int sa = std::min(stb.select_start, stb.select_end), sb = std::max(stb.select_start, stb.select_end);
    draw->PushClipRect(child->InnerClipRect.Min, child->InnerClipRect.Max, false);
    for (int i = 0; i < int(all.lines.size()); ++i) {
        const Lines::Line& ln = all.lines[size_t(i)];
        const float y = top + float(i) * size;
        if (y > child->InnerClipRect.Max.y || y + size < child->InnerClipRect.Min.y || ln.end == ln.begin) continue;
        const std::string_view part = text.substr(size_t(ln.begin), size_t(ln.end - ln.begin));
        if (!ln.lay.usable()) {
            draw->AddText(font, size, ImVec2(inner_l, y), ImGui::GetColorU32(ImGuiCol_Text), part.data(),
                          part.data() + part.size());
            continue;
        }
        const int a = std::clamp(sa, ln.begin, ln.end) - ln.begin, b = std::clamp(sb, ln.begin, ln.end) - ln.begin;
        draw_line(draw, ln.lay, font, size, origin(i, line), y, ln.lay.code_point_at(a), ln.lay.code_point_at(b));
    }
    const float x = origin(line, line) + caret, y = top + float(line) * size;
    if (sa == sb) draw_caret(draw, x, y, size);
    draw->PopClipRect();
    if (!vertical) sc.want_x = x;
    if (g.PlatformImeData.WantVisible) g.PlatformImeData.InputPos = ImVec2(x - 1.0f, y);
}

}  // namespace

VisualField::VisualField(ImGuiID id, bool multiline) : id_(id), multiline_(multiline) {
    const ImGuiInputTextState* st = editing(id);
    if (!st || !ab::has_rtl(std::string_view(st->TextA.Data, size_t(st->TextLen)))) return;
    hidden_ = true;
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_InputTextCursor, IM_COL32(0, 0, 0, 0));
}

VisualField::~VisualField() { end(); }

void VisualField::end() {
    if (ended_) return;
    ended_ = true;
    if (hidden_) ImGui::PopStyleColor(3);
    ImGuiInputTextState* st = editing(id_);
    if (!st) return;
    const std::string_view text(st->TextA.Data, size_t(st->TextLen));
    if (!hidden_) {
        // Right-to-left text arrived this frame (typed or pasted): ImGui drew it in typing order;
        // the next frame draws it as read.
        if (ab::has_rtl(text)) platform::request_frames(2);
        return;
    }
    if (multiline_) draw_multi(id_, *st, text);
    else draw_single(id_, *st, text);
}

}  // namespace ab::web::ui
