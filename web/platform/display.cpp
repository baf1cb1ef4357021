// The display side of the platform layer: canvas size and pixel ratio as the page measures them,
// the mouse cursor and text caret told back to the page, WebGL context loss and restore, and the
// files the page fetched before start.
#include <algorithm>
#include <cstdlib>

#include <emscripten.h>

#include "i18n/i18n.hpp"
#include "imgui.h"
#include "render/renderer.hpp"
#include "platform/state.hpp"

namespace ab::web::platform {

float pixel_ratio() {
    const State& s = state();
    return float(s.fb_w) / std::max(1.0f, s.css_w);
}

float canvas_css_width() { return state().css_w; }
float canvas_css_height() { return state().css_h; }

namespace {

const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
    }
}

}  // namespace

void publish_cursor_and_caret() {
    State& s = state();
    ImGuiIO& io = ImGui::GetIO();
    const int cursor = io.MouseDrawCursor ? int(ImGuiMouseCursor_None) : int(ImGui::GetMouseCursor());
    if (cursor != s.cursor) {
        s.cursor = cursor;
        ab_js_set_cursor(css_cursor(cursor));
    }
    const bool text = io.WantTextInput;
    const bool moved = s.caret_x != s.sent_caret_x || s.caret_y != s.sent_caret_y ||
                       s.caret_h != s.sent_caret_h;
    if (text != s.text_input || (text && moved)) {
        ab_js_set_text_input(text ? 1 : 0, s.caret_x, s.caret_y, s.caret_h);
        s.text_input = text;
        s.sent_caret_x = s.caret_x;
        s.sent_caret_y = s.caret_y;
        s.sent_caret_h = s.caret_h;
    }
}

std::vector<unsigned char> take_boot_asset(const char* name) {
    std::vector<unsigned char> bytes;
    const int size = ab_js_boot_asset_size(name);
    if (size > 0) {
        bytes.resize(size_t(size));
        ab_js_boot_asset_take(name, bytes.data());
    }
    return bytes;
}

namespace {
std::string boot_text(const std::string& what) {
    char* text = ab_js_boot_text(what.c_str());
    std::string out = text ? text : "";
    std::free(text);
    return out;
}
}  // namespace

std::string boot_asset_error(const char* name) { return boot_text(std::string(name) + "-error"); }
std::string boot_plan_source() { return boot_text("plan-source"); }
std::string boot_view() { return boot_text("view"); }
std::string boot_options() { return boot_text("options"); }

void show_page_notice(const char* text_or_null) { ab_js_notice(text_or_null); }

}  // namespace ab::web::platform

using namespace ab::web::platform;

extern "C" {

// The canvas changed size or the page's pixel ratio changed; the page has already set the
// backing store to round(css * dpr) and reports both.
EMSCRIPTEN_KEEPALIVE void ab_platform_resize(float css_w, float css_h, int fb_w, int fb_h, float dpr) {
    State& s = state();
    s.css_w = std::max(1.0f, css_w);
    s.css_h = std::max(1.0f, css_h);
    s.fb_w = std::max(1, fb_w);
    s.fb_h = std::max(1, fb_h);
    s.dpr = dpr > 0 ? dpr : 1.0f;
    renderer_repaint();  // setting the canvas' size, even to the same, clears its backing store
    wake();
}

// The page is visible again: the next frame is painted even if it shows what the canvas showed.
EMSCRIPTEN_KEEPALIVE void ab_platform_repaint() {
    renderer_repaint();
    wake(1);
}

// WebGL context lost (restored = 0) or back (restored = 1). While lost nothing is drawn; the
// plan lives in wasm memory and is untouched.
EMSCRIPTEN_KEEPALIVE void ab_platform_context(int restored) {
    State& s = state();
    if (!restored) {
        s.context_lost = true;
        renderer_lost();
        ab_js_notice(ab::i18n::tr("app.graphics_lost").c_str());
        return;
    }
    s.context_lost = false;
    renderer_restored();
    if (s.context_restored_hook) s.context_restored_hook();
    ab_js_notice(nullptr);
    wake();
}

}  // extern "C"
