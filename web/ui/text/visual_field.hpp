// A text field being edited shows right-to-left text as it is read. ImGui's text input
// draws its buffer in typing (logical) order, so an Arabic or Hebrew name would read backwards
// with its letters unjoined while it is typed, though the card shows it right. Around the
// InputText call, a VisualField makes ImGui's own drawing of that field's text, selection and
// caret invisible, then draws the text in visual order with its letters joined (the core's
// format/bidi visual_map, GNU FriBidi), the selection over the characters it holds, and the caret
// at the edge it has in the text as read. A right-to-left line that fits is aligned to the
// right; a longer one scrolls to keep the caret in view. A click or a drag in the field puts the
// caret (or the selection's end) where the pointer is in the text as drawn.
//
// In a multi-line field each line (between newlines) is ordered and aligned on its own, as the
// card's description shows it; Up and Down take the caret to the point drawn above or below it.
//
// The arrow keys step through the buffer (by grapheme: graphemes.hpp); in a line that reads right
// to left they are traded, so the arrow pointing left moves towards the text's end, drawn on
// the left.
#pragma once

#include "imgui.h"

namespace ab::web::ui {

class VisualField {
public:
    // Before ImGui::InputText... of the field `id` (ImGui::GetID of its label, in the same ID
    // scope): hides ImGui's drawing of it when it is being edited and holds right-to-left text.
    // `multiline`: the field is an InputTextMultiline (its text is drawn in its child window).
    explicit VisualField(ImGuiID id, bool multiline = false);
    // After the call (the field is the last item), with the font it was drawn with still
    // pushed: draws the field's text in visual order when it was hidden.
    void end();
    ~VisualField();
    VisualField(const VisualField&) = delete;
    VisualField& operator=(const VisualField&) = delete;

private:
    ImGuiID id_;
    bool multiline_ = false;
    bool hidden_ = false;
    bool ended_ = false;
};

}  // namespace ab::web::ui
