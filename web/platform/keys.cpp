// The key table: DOM `KeyboardEvent.code` names to ImGui keys, sent to the page once at start so
// each key event crosses as one integer. Letters and digits are matched by the page from
// `event.key` first, so Ctrl+Z means the key labelled Z on any keyboard layout.
#include <cstdio>

#include "imgui.h"
#include "platform/state.hpp"

namespace ab::web::platform {

namespace {

struct KeyName {
    const char* code;
    ImGuiKey key;
};

const KeyName kNamedKeys[] = {
    {"Tab", ImGuiKey_Tab},
    {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},
    {"ArrowDown", ImGuiKey_DownArrow},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete},
    {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter},
    {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"Escape", ImGuiKey_Escape},
    {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift},
    {"ShiftRight", ImGuiKey_RightShift},
    {"AltLeft", ImGuiKey_LeftAlt},
    {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper},
    {"MetaRight", ImGuiKey_RightSuper},
    {"ContextMenu", ImGuiKey_Menu},
    {"Quote", ImGuiKey_Apostrophe},
    {"Comma", ImGuiKey_Comma},
    {"Minus", ImGuiKey_Minus},
    {"Period", ImGuiKey_Period},
    {"Slash", ImGuiKey_Slash},
    {"Semicolon", ImGuiKey_Semicolon},
    {"Equal", ImGuiKey_Equal},
    {"BracketLeft", ImGuiKey_LeftBracket},
    {"Backslash", ImGuiKey_Backslash},
    {"BracketRight", ImGuiKey_RightBracket},
    {"Backquote", ImGuiKey_GraveAccent},
    {"CapsLock", ImGuiKey_CapsLock},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal},
    {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply},
    {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd},
    {"NumpadEqual", ImGuiKey_KeypadEqual},
};

}  // namespace

void register_keys() {
    for (const KeyName& k : kNamedKeys) ab_js_register_key(k.code, int(k.key));
    char code[16];
    for (int i = 0; i < 26; ++i) {
        snprintf(code, sizeof code, "Key%c", 'A' + i);
        ab_js_register_key(code, int(ImGuiKey_A) + i);
    }
    for (int i = 0; i < 10; ++i) {
        snprintf(code, sizeof code, "Digit%d", i);
        ab_js_register_key(code, int(ImGuiKey_0) + i);
        snprintf(code, sizeof code, "Numpad%d", i);
        ab_js_register_key(code, int(ImGuiKey_Keypad0) + i);
    }
    for (int i = 0; i < 12; ++i) {
        snprintf(code, sizeof code, "F%d", i + 1);
        ab_js_register_key(code, int(ImGuiKey_F1) + i);
    }
}

}  // namespace ab::web::platform
