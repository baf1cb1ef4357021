// See graphemes.hpp. ImGui's text input (stb_textedit) steps one UTF-8 code point per key; the
// hook below runs after NewFrame has taken this frame's keys and before any widget, and widens
// that step to the grapheme around the caret:
//   Backspace, Delete   the grapheme before / after the caret is selected, so the key deletes it
//   Left, Right         the caret is put one code point inside the grapheme it is about to cross
//   with Shift          the same for the selection's moving end (the anchor stays)
// Word moves (Ctrl or Alt), keys with a selection (they collapse or delete it) and text without
// any multi-code-point grapheme are left to ImGui.
//
// When the line holding the caret reads right to left (its first strong character is Arabic or
// Hebrew), Left and Right trade places for the frame: the arrow pointing left moves the caret
// towards the line's end, which is on the left as the field draws it (visual_field.hpp), as a
// browser's right-to-left field does.
#include "ui/text/graphemes.hpp"

#include <emscripten.h>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "format/bidi.hpp"

#include "imgui.h"
#include "imgui_internal.h"

namespace ImStb {
#include "imstb_textedit.h"
}

// The grapheme boundaries of UTF-8 text as byte offsets (0 and the length included), by the
// browser's Intl.Segmenter; writes at most `most` and returns how many there are (0: no
// segmenter, the caller then keeps code points).
EM_JS(int, ab_js_grapheme_bounds, (const char* text, int length, int* out, int most), {
  if (typeof Intl === 'undefined' || !Intl.Segmenter) return 0;
  const s = UTF8ToString(text, length);
  const seg = Module.abGraphemes || (Module.abGraphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
  let at = 0, n = 0;
  if (n < most) HEAP32[(out >> 2) + n] = 0;
  ++n;
  for (const part of seg.segment(s)) {
    at += lengthBytesUTF8(part.segment);
    if (n < most) HEAP32[(out >> 2) + n] = at;
    ++n;
  }
  return n;
});

namespace ab::web::graphemes {
namespace {

// The boundary at or before `pos`, and the one after it.
int bound_before(const std::vector<int>& b, int pos) {
    int best = 0;
    for (int x : b) {
        if (x <= pos) best = x;
    }
    return best;
}
int bound_after(const std::vector<int>& b, int pos) {
    for (int x : b) {
        if (x > pos) return x;
    }
    return b.empty() ? pos : b.back();
}

int next_code_point(const char* s, int pos, int len) {
    if (pos >= len) return len;
    ++pos;
    while (pos < len && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    return pos;
}
int prev_code_point(const char* s, int pos) {
    if (pos <= 0) return 0;
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    return pos;
}

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(key, true); }

// The line (between newlines) holding the caret at byte `cursor`: in a multi-line field each
// line has its own direction.
std::string_view caret_line(std::string_view text, int cursor) {
    const size_t at = std::min(size_t(std::max(cursor, 0)), text.size());
    const size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    const size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    return text.substr(begin, std::min(text.find('\n', at), text.size()) - begin);
}

// Whether the arrows are traded this frame (undone before the next frame's keys are read).
bool g_arrows_traded = false;

void trade_arrows() { std::swap(*ImGui::GetKeyData(ImGuiKey_LeftArrow), *ImGui::GetKeyData(ImGuiKey_RightArrow)); }

void after_widgets(ImGuiContext*, ImGuiContextHook*) {
    if (!g_arrows_traded) return;
    trade_arrows();
    g_arrows_traded = false;
}

void before_widgets(ImGuiContext*, ImGuiContextHook*) {
    ImGuiContext& g = *GImGui;
    ImGuiInputTextState& st = g.InputTextState;
    if (st.ID == 0 || st.ID != g.ActiveId || !st.Stb || st.TextLen <= 0) return;
    const std::string_view field(st.TextA.Data, size_t(st.TextLen));
    if (ab::has_rtl(field) && ab::visual_line(caret_line(field, st.Stb->cursor)).rtl) {
        trade_arrows();
        g_arrows_traded = true;
    }
    const ImGuiIO& io = g.IO;
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
    const bool back = pressed(ImGuiKey_Backspace), del = pressed(ImGuiKey_Delete);
    const bool left = pressed(ImGuiKey_LeftArrow), right = pressed(ImGuiKey_RightArrow);
    if (int(back) + int(del) + int(left) + int(right) != 1) return;
    ImStb::STB_TexteditState& s = *st.Stb;
    const bool selected = s.select_start != s.select_end;
    if (selected && !(io.KeyShift && (left || right))) return;

    const char* text = st.TextA.Data;
    const int len = st.TextLen;
    std::vector<int> bounds(64);
    int n = ab_js_grapheme_bounds(text, len, bounds.data(), int(bounds.size()));
    if (n > int(bounds.size())) {
        bounds.resize(size_t(n));
        n = ab_js_grapheme_bounds(text, len, bounds.data(), n);
    }
    if (n <= 0) return;
    bounds.resize(size_t(n));

    const int caret = selected ? s.select_end : s.cursor;
    if (back || left) {
        const int from = bound_before(bounds, caret == 0 ? 0 : prev_code_point(text, caret));
        if (next_code_point(text, from, len) >= caret) return;  // one code point: ImGui's step is right
        if (back) {
            s.select_start = from;
            s.select_end = s.cursor = caret;
        } else if (io.KeyShift) {
            if (!selected) s.select_start = caret;
            s.select_end = s.cursor = next_code_point(text, from, len);
        } else {
            s.cursor = next_code_point(text, from, len);
        }
    } else {
        const int to = bound_after(bounds, caret);
        if (prev_code_point(text, to) <= caret) return;
        if (del) {
            s.select_start = caret;
            s.select_end = to;
            s.cursor = caret;
        } else if (io.KeyShift) {
            if (!selected) s.select_start = caret;
            s.select_end = s.cursor = prev_code_point(text, to);
        } else {
            s.cursor = prev_code_point(text, to);
        }
    }
}

}  // namespace

void install() {
    static ImGuiContext* installed = nullptr;
    if (installed == ImGui::GetCurrentContext()) return;
    installed = ImGui::GetCurrentContext();
    ImGuiContextHook hook;
    hook.Type = ImGuiContextHookType_NewFramePost;
    hook.Callback = before_widgets;
    ImGui::AddContextHook(installed, &hook);
    ImGuiContextHook undo;
    undo.Type = ImGuiContextHookType_EndFramePost;
    undo.Callback = after_widgets;
    ImGui::AddContextHook(installed, &undo);
}

}  // namespace ab::web::graphemes
