// The frame loop: GLFW makes the WebGL2 context and nothing else, the app's renderer draws,
// and frames are rendered on demand. A counter of owed frames is topped up by every input and
// request; at zero the browser loop is paused, so an idle board costs no CPU and no draw calls.
#include <algorithm>
#include <cfloat>

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "i18n/i18n.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "render/renderer.hpp"
#include "platform/state.hpp"

namespace ab::web::platform {

State& state() {
    static State s;
    return s;
}

namespace {

bool pending_input() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    return g && g->InputEventsQueue.Size > 0;
}

void run_frame() {
    State& s = state();
    if (s.in_frame || s.context_lost || !s.frame) return;
    s.in_frame = true;
    s.frame();
    s.in_frame = false;
}

void loop_body() {
    State& s = state();
    if (s.frames_to_render <= 0 || s.context_lost) {
        emscripten_pause_main_loop();
        s.loop_paused = true;
        return;
    }
    --s.frames_to_render;
    run_frame();
}

}  // namespace

void wake(int frames) {
    State& s = state();
    s.frames_to_render = std::max(s.frames_to_render, frames);
    if (s.loop_paused && s.frame) {
        s.loop_paused = false;
        emscripten_resume_main_loop();
    }
}

void drain_input() {
    // ImGui hears one change per key and frame, so a burst of typing takes a few frames.
    for (int i = 0; i < 8 && pending_input(); ++i) run_frame();
}

bool init() {
    State& s = state();
    if (!glfwInit()) {
        ab_js_notice(i18n::tr("app.no_graphics").c_str());
        return false;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // An opaque colour buffer only, as web/page/pre.js made it early: ImGui draws with scissors and
    // no depth or stencil, and an opaque canvas spares the page compositor a blend.
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    // Any size but the screen's (3.1.6 goes fullscreen for that); the page sets the real one.
    s.window = glfwCreateWindow(320, 200, "Alignboard", nullptr, nullptr);
    if (!s.window) {
        ab_js_notice(i18n::tr("app.no_webgl2").c_str());
        return false;
    }
    glfwMakeContextCurrent(s.window);
    ab_js_detach_glfw();  // GLFW's key, mouse and touch listeners would fight ours

    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "alignboard-web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    s.is_mac = ab_js_is_mac() != 0;
    io.ConfigMacOSXBehaviors = s.is_mac;
    // A blinking caret would need frames while nothing else changes.
    io.ConfigInputTextCursorBlink = false;
    ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
    pio.Platform_SetClipboardTextFn = [](ImGuiContext*, const char* text) {
        state().clipboard = text ? text : "";
        ab_js_clipboard_write(state().clipboard.c_str());
    };
    pio.Platform_GetClipboardTextFn = [](ImGuiContext*) -> const char* { return state().clipboard.c_str(); };
    pio.Platform_SetImeDataFn = [](ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
        State& st = state();
        const float to_css = st.css_w / float(std::max(1, st.fb_w));
        st.caret_x = data->InputPos.x * to_css;
        st.caret_y = data->InputPos.y * to_css;
        st.caret_h = data->InputLineHeight * to_css;
    };

    if (!renderer_init()) {
        ab_js_notice(i18n::tr("app.no_webgl2_drawing").c_str());
        return false;
    }
    register_keys();
    ab_js_platform_install(1);  // measures the canvas and reports it before returning
    return true;
}

void run(void (*frame)()) {
    State& s = state();
    s.frame = frame;
    s.frames_to_render = std::max(s.frames_to_render, 3);
    s.last_time_s = emscripten_get_now() / 1000.0;
    emscripten_set_main_loop(loop_body, 0, false);
}

void begin_frame() {
    State& s = state();
    ImGuiIO& io = ImGui::GetIO();
    ab_js_check_pixel_ratio();  // may report a new size and ratio before they are used below
    const float ratio = s.dpr;
    if (ratio != s.applied_ratio) {
        s.applied_ratio = ratio;
        if (s.pixel_ratio_hook) s.pixel_ratio_hook(ratio);
    }
    const double now_s = emscripten_get_now() / 1000.0;
    // After an idle pause the gap can be minutes; ImGui only needs it positive and sane.
    io.DeltaTime = float(std::clamp(now_s - s.last_time_s, 1e-4, 1.0));
    s.last_time_s = now_s;
    io.DisplaySize = ImVec2(float(s.fb_w), float(s.fb_h));
    io.DisplayFramebufferScale = ImVec2(1, 1);
}

void end_frame() {
    State& s = state();
    if (renderer_draw(ImGui::GetDrawData(), s.fb_w, s.fb_h, s.clear_rgb)) ++s.frames_painted;
    ++s.frames_drawn;
    publish_cursor_and_caret();
    // A held button is a drag in progress: keep frames coming so the board can follow it.
    if (ImGui::IsAnyMouseDown()) s.frames_to_render = std::max(s.frames_to_render, 1);
    // ImGui hears one key or button change per frame: fast typing leaves events queued that
    // must still be heard (and drawn) before the loop may pause.
    if (pending_input()) s.frames_to_render = std::max(s.frames_to_render, 2);
}

void request_frames(int frames) { wake(frames); }

void request_redraw_in(double seconds) { ab_js_redraw_in(seconds * 1000.0); }

uint32_t frame_count() { return state().frames_drawn; }

uint32_t paint_count() { return state().frames_painted; }

bool idle() {
    const State& s = state();
    return s.loop_paused && s.frames_to_render <= 0 && !pending_input();
}

bool context_lost() { return state().context_lost; }

void set_pixel_ratio_hook(void (*hook)(float)) { state().pixel_ratio_hook = hook; }

void set_context_restored_hook(void (*hook)()) { state().context_restored_hook = hook; }

void set_clear_color(float r, float g, float b) {
    State& s = state();
    s.clear_rgb[0] = r;
    s.clear_rgb[1] = g;
    s.clear_rgb[2] = b;
}

}  // namespace ab::web::platform

using namespace ab::web::platform;

extern "C" {

// Any page listener that changed something calls this (directly or through an input function).
EMSCRIPTEN_KEEPALIVE void ab_platform_wake() { wake(); }

// Draws a frame now, inside the calling event handler: a resize must not show a cleared canvas,
// and a copy shortcut must reach ImGui before the browser's copy event asks for the text.
EMSCRIPTEN_KEEPALIVE void ab_platform_frame_now() {
    run_frame();
    wake(2);
}

// Runs frames until ImGui has heard every queued input event (it takes one key change per key
// and frame): a Ctrl+C typed right after Ctrl+A must copy before the browser's copy event.
EMSCRIPTEN_KEEPALIVE void ab_platform_drain_input() {
    drain_input();
    wake(2);
}

// Runs frames until the queued input is heard and whatever it opened has settled (a field
// that SetKeyboardFocusHere asked for turns active one frame later). Returns whether a text
// field is active then, so the calling key or pointer handler can move the browser's focus to
// the textarea before the next key arrives: typing right after N, F2, Ctrl+F or a double-click
// must not lose a letter to a focus that moves a frame late.
EMSCRIPTEN_KEEPALIVE int ab_platform_settle() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return 0;
    for (int i = 0; i < 8 && g->InputEventsQueue.Size > 0; ++i) run_frame();
    for (int i = 0; i < 2 && g->WantTextInputNextFrame != 1; ++i) run_frame();
    wake(2);
    return g->WantTextInputNextFrame == 1 ? 1 : 0;
}

// A text field is active: after the last frame drawn, not as of the start of that frame (the
// io flag lags one frame), so the tap that activated a field can focus the textarea at once.
EMSCRIPTEN_KEEPALIVE int ab_platform_wants_text() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    return g && g->WantTextInputNextFrame == 1 ? 1 : 0;
}

}  // extern "C"
