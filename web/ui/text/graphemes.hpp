// The caret of every text field moves and deletes by grapheme (what a reader sees as one
// character: an emoji of several code points joined by ZWJ, a flag, a letter with a combining
// mark), not by code point as ImGui's text input does. Boundaries come from the browser's
// Intl.Segmenter. Before each frame's widgets run, when the field being edited is about to get
// Left, Right, Shift+Left, Shift+Right, Backspace or Delete, the caret (or the selection) is set
// so that ImGui's own one-code-point step covers the whole grapheme. In a field whose text reads
// right to left, the arrow keys move the caret the way they point on the drawn text.
#pragma once

namespace ab::web::graphemes {

// Installs the hook (once per ImGui context).
void install();

}  // namespace ab::web::graphemes
