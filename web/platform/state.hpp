// Internal to the platform layer: the one state struct its files share, and the functions
// web/platform/platform.js provides. Nothing outside web/platform/*.cpp includes this header.
#pragma once

#include <cstdint>
#include <string>

#include "platform/platform.hpp"

struct GLFWwindow;

namespace ab::web::platform {

struct State {
    GLFWwindow* window = nullptr;
    void (*frame)() = nullptr;
    void (*pixel_ratio_hook)(float) = nullptr;
    void (*context_restored_hook)() = nullptr;

    // Render on demand: frames still owed, and whether the browser loop is paused.
    int frames_to_render = 0;
    bool loop_paused = false;
    bool in_frame = false;
    uint32_t frames_drawn = 0;    // frames run (input heard, laid out)
    uint32_t frames_painted = 0;  // of those, the ones painted: not identical to the canvas' picture
    double last_time_s = 0;
    bool context_lost = false;
    float clear_rgb[3] = {1, 1, 1};

    // Display: CSS size of the canvas, its backing store in device pixels, the page's DPR.
    float css_w = 1, css_h = 1;
    int fb_w = 1, fb_h = 1;
    float dpr = 1;
    float applied_ratio = 0;  // the ratio fonts and style were last built for

    // Input as ImGui last heard it.
    int buttons = 0;     // bit i = ImGui mouse button i
    int mods = 0;        // kMod* bits
    bool is_mac = false;
    bool touch_ui = false;  // see platform::touch_ui
    Gestures gestures;

    // Clipboard text: what the app copied, or what the page last pasted.
    std::string clipboard;
    // An input method's composition in the page's textarea, not yet committed.
    std::string composition;

    // What the page was last told, so it is told again only on change.
    int cursor = -2;
    bool text_input = false;
    float caret_x = 0, caret_y = 0, caret_h = 0;  // from ImGui's IME data, CSS pixels
    float sent_caret_x = -1, sent_caret_y = -1, sent_caret_h = -1;
};

State& state();

// Modifier bits as web/platform/platform.js sends them.
constexpr int kModCtrl = 1, kModShift = 2, kModAlt = 4, kModMeta = 8;

// Makes sure frames come: at least `frames` more, and the browser loop running.
void wake(int frames = 3);
// Feeds changed modifier keys to ImGui.
void update_mods(int mods);
// Registers the key-code table with the page (platform/keys.cpp).
void register_keys();
// Tells the page the cursor shape and the text caret when they changed (end of a frame).
void publish_cursor_and_caret();

}  // namespace ab::web::platform

// Implemented in web/platform/platform.js (linked with --js-library).
extern "C" {
void ab_js_platform_install(int auto_focus);
void ab_js_detach_glfw();
int ab_js_is_mac();
void ab_js_check_pixel_ratio();
void ab_js_register_key(const char* code, int imgui_key);
void ab_js_set_cursor(const char* css_cursor);
void ab_js_set_text_input(int active, float x_css, float y_css, float line_h_css);
void ab_js_clipboard_write(const char* text);
void ab_js_redraw_in(double ms);
void ab_js_notice(const char* text_or_null);
int ab_js_boot_asset_size(const char* name);
void ab_js_boot_asset_take(const char* name, void* dst);
// Returns malloc'd UTF-8 (the caller frees it): "plan-source" or "<asset>-error".
char* ab_js_boot_text(const char* what);
}
