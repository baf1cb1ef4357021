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

}  // namespace

VisualField::VisualField(ImGuiID id) : id_(id) {
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

    ImStb::STB_TexteditState& stb = *st->Stb;
    Scroll& sc = scroll();
    if (sc.id != id_) sc = Scroll{id_, lay.map.rtl ? std::max(0.0f, lay.total - avail) : 0.0f, false};
    float origin = lay.total <= avail ? (lay.map.rtl ? inner_r - lay.total : inner_l) : inner_l - sc.x;

    // The pointer: ImGui placed the caret by the typing order; put it where the pointer is in
    // the text as drawn (not on the click that starts editing: that one selects everything).
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsItemActivated() &&
        ImRect(frame_min, frame_max).Contains(mouse)) {
        const int at = lay.byte_at(mouse.x - origin);
        if (ImGui::GetIO().KeyShift) {
            stb.select_end = stb.cursor = at;
            if (stb.select_start == stb.select_end) stb.select_start = stb.select_end = at;
        } else {
            stb.cursor = stb.select_start = stb.select_end = at;
        }
        sc.dragging = true;
    } else if (sc.dragging && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        stb.select_end = stb.cursor = lay.byte_at(mouse.x - origin);
    } else if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        sc.dragging = false;
    }

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
    const ImU32 selected = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    for (int i = a; i < b; ++i) {
        const int k = lay.drawn_at[size_t(i)];
        if (k < 0) continue;
        const float x0 = origin + lay.left[size_t(k)];
        draw->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + lay.width[size_t(k)], y + size), selected);
    }
    draw->AddText(font, size, ImVec2(origin, y), ImGui::GetColorU32(ImGuiCol_Text), lay.map.text.c_str(),
                  lay.map.text.c_str() + lay.map.text.size());
    if (a == b) {
        const float x = IM_TRUNC(origin + caret) + 0.5f;
        draw->AddLine(ImVec2(x, y), ImVec2(x, y + size), ImGui::GetColorU32(ImGuiCol_InputTextCursor), 1.0f);
    }
    draw->PopClipRect();
    // An input method's window and composition (composition.cpp) go where the caret is drawn.
    if (g.PlatformImeData.WantVisible) g.PlatformImeData.InputPos.x = origin + caret - 1.0f;
}

}  // namespace ab::web::ui
