// What an input method is composing (Japanese kana before the kanji is chosen, Chinese pinyin,
// Korean jamo, Vietnamese telex): ImGui's fields take committed text only, so until it is
// committed the composition is drawn here, at the active field's caret, underlined as input
// methods show it. The page's textarea holds it meanwhile (web/platform/keyboard.js).
#pragma once

namespace ab::web::ui {

// Draws the composition over the active text field, if there is one; call after every window
// of the frame and before ImGui::Render().
void draw_composition();

}  // namespace ab::web::ui
