// User text in any direction on the canvas. ImGui draws characters one after another from left
// to right, so a title in Arabic or Hebrew is handed to it in visual order with its letters joined
// (core/format/bidi.hpp, GNU FriBidi). Lines are broken first, where ImGui would wrap the logical
// text (a wrapped right-to-left sentence starts on the first line), then each is ordered and a
// right-to-left line is aligned to the right. A field being edited draws its text the same way
// through visual_field.hpp.
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"

namespace ab::web::ui {

// `text` as drawn on one line: itself when it holds no right-to-left character, else its visual
// form (cached: the board draws the same titles every frame).
const std::string& shown(const std::string& text);

// ImDrawList::AddText for user text: wraps at `wrap_width` (0: no wrapping) exactly where ImGui
// would, then draws each line as shown(), right-aligned in `wrap_width` when it reads right to
// left. Text without right-to-left characters goes straight to AddText.
void add_text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, std::string_view text,
              float wrap_width = 0.0f);
// The size add_text() gives `text`: its lines as they are broken and drawn.
ImVec2 text_size(ImFont* font, float size, std::string_view text, float wrap_width = 0.0f);

}  // namespace ab::web::ui
