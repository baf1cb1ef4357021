// Input from the page's listeners (web/platform/platform.js) into ImGui's event queue: pointers of every
// kind (source first, then position, then buttons, as ImGui asks), wheel, keys, text, paste and
// focus. Two-finger and Ctrl+wheel gestures are gathered for the board instead of ImGui.
#include <cfloat>

#include <emscripten.h>

#include "imgui.h"
#include "platform/state.hpp"

namespace ab::web::platform {

void update_mods(int mods) {
    State& s = state();
    if (mods == s.mods) return;
    ImGuiIO& io = ImGui::GetIO();
    const int changed = mods ^ s.mods;
    if (changed & kModCtrl) io.AddKeyEvent(ImGuiMod_Ctrl, (mods & kModCtrl) != 0);
    if (changed & kModShift) io.AddKeyEvent(ImGuiMod_Shift, (mods & kModShift) != 0);
    if (changed & kModAlt) io.AddKeyEvent(ImGuiMod_Alt, (mods & kModAlt) != 0);
    if (changed & kModMeta) io.AddKeyEvent(ImGuiMod_Super, (mods & kModMeta) != 0);
    s.mods = mods;
}

bool touch_ui() { return state().touch_ui; }

const std::string& composition() { return state().composition; }

Gestures take_gestures() {
    State& s = state();
    Gestures g = s.gestures;
    s.gestures = Gestures{};
    return g;
}

namespace {

float to_px_x(float x_css) { return x_css * pixel_ratio(); }
float to_px_y(float y_css) {
    const State& s = state();
    return y_css * float(s.fb_h) / (s.css_h > 0 ? s.css_h : 1.0f);
}

ImGuiMouseSource mouse_source(int source) {
    switch (source) {
    case 1: return ImGuiMouseSource_TouchScreen;
    case 2: return ImGuiMouseSource_Pen;
    default: return ImGuiMouseSource_Mouse;
    }
}

}  // namespace
}  // namespace ab::web::platform

using namespace ab::web::platform;

extern "C" {

// A pointer moved or its buttons changed. `source`: 0 mouse, 1 touch, 2 pen; `buttons` is the
// DOM bit mask (1 left, 2 right, 4 middle, ...), whose bit order is ImGui's button order.
EMSCRIPTEN_KEEPALIVE void ab_platform_pointer(int source, float x_css, float y_css, int buttons,
                                              int mods) {
    State& s = state();
    ImGuiIO& io = ImGui::GetIO();
    update_mods(mods);
    // A finger makes the app a touch app until a mouse moves again (a tablet with a keyboard cover).
    const bool touch = source == 1;
    s.touch_ui = touch;
    io.AddMouseSourceEvent(mouse_source(source));
    io.AddMousePosEvent(to_px_x(x_css), to_px_y(y_css));
    const int changed = buttons ^ s.buttons;
    for (int b = 0; b < 5; ++b) {
        if (changed & (1 << b)) io.AddMouseButtonEvent(b, (buttons & (1 << b)) != 0);
    }
    s.buttons = buttons;
    wake();
}

// The pointer left the canvas (or a touch ended): nothing is hovered any more. Buttons still
// held are released after the position is gone, so a pinch never clicks what lay under a finger.
EMSCRIPTEN_KEEPALIVE void ab_platform_pointer_leave(int release_buttons) {
    State& s = state();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    if (release_buttons) {
        for (int b = 0; b < 5; ++b) {
            if (s.buttons & (1 << b)) io.AddMouseButtonEvent(b, false);
        }
        s.buttons = 0;
    }
    wake();
}

// The device has no hover at start ((hover: none)): controls show their words from the first frame.
EMSCRIPTEN_KEEPALIVE void ab_platform_touch_ui(int on) {
    state().touch_ui = on != 0;
    wake();
}

// Wheel in ImGui units (1 = one notch; positive y scrolls up, positive x scrolls left).
EMSCRIPTEN_KEEPALIVE void ab_platform_wheel(float wheel_x, float wheel_y, int mods) {
    update_mods(mods);
    ImGui::GetIO().AddMouseWheelEvent(wheel_x, wheel_y);
    wake();
}

// A pan/zoom gesture step in CSS pixels: two fingers, or a trackpad pinch (wheel + ctrlKey).
EMSCRIPTEN_KEEPALIVE void ab_platform_gesture(float pan_x_css, float pan_y_css, float zoom,
                                              float center_x_css, float center_y_css) {
    Gestures& g = state().gestures;
    g.pan_x_px += to_px_x(pan_x_css);
    g.pan_y_px += to_px_y(pan_y_css);
    g.zoom_factor *= zoom > 0 ? zoom : 1.0f;
    g.zoom_center_x_px = to_px_x(center_x_css);
    g.zoom_center_y_px = to_px_y(center_y_css);
    wake();
}

// A key went down or up (`imgui_key` from the table platform/keys.cpp registered).
EMSCRIPTEN_KEEPALIVE void ab_platform_key(int imgui_key, int down, int mods) {
    update_mods(mods);
    if (imgui_key > 0) ImGui::GetIO().AddKeyEvent(ImGuiKey(imgui_key), down != 0);
    wake();
}

// Committed text from the hidden textarea (typing, IME, dead keys, phone keyboards).
EMSCRIPTEN_KEEPALIVE void ab_platform_text(const char* utf8) {
    if (utf8 && *utf8) ImGui::GetIO().AddInputCharactersUTF8(utf8);
    wake();
}

// The textarea's input method composition as it stands ('' once committed or cancelled): drawn
// at the caret until then (ui/text/composition.cpp); the committed text comes as text above.
EMSCRIPTEN_KEEPALIVE void ab_platform_composition(const char* utf8) {
    state().composition = utf8 ? utf8 : "";
    wake();
}

// The page's paste event delivered system clipboard text (null: none came, keep the app's own
// clipboard). ImGui then hears Ctrl/Cmd+V, so the focused field pastes exactly this text, once:
// the page holds back the V of a real Ctrl+V until this call.
EMSCRIPTEN_KEEPALIVE void ab_platform_paste(const char* utf8, int play_shortcut) {
    State& s = state();
    if (utf8) s.clipboard = utf8;
    if (play_shortcut) {
        ImGuiIO& io = ImGui::GetIO();
        const ImGuiKey mod = s.is_mac ? ImGuiMod_Super : ImGuiMod_Ctrl;
        const bool held = (s.mods & (s.is_mac ? kModMeta : kModCtrl)) != 0;
        if (!held) io.AddKeyEvent(mod, true);
        io.AddKeyEvent(ImGuiKey_V, true);
        io.AddKeyEvent(ImGuiKey_V, false);
        if (!held) io.AddKeyEvent(mod, false);
    }
    wake();
}

// Keyboard focus entered or left the app (its canvas or its textarea).
EMSCRIPTEN_KEEPALIVE void ab_platform_focus(int focused) {
    State& s = state();
    ImGui::GetIO().AddFocusEvent(focused != 0);
    if (!focused) s.mods = 0;  // ImGui clears its keys on focus loss; stay in step
    wake();
}

}  // extern "C"
