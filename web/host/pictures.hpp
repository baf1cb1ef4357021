// Pictures of the plan made in the page (web/host/pictures.js, docs/pictures.md): the actions
// that download the board as PNG or the plan as a PDF handout and copy it to the clipboard as an image. The SVG is the core's
// (export/svg/svg.hpp), downloaded like the other exports (storage::download(app, "svg")).
#pragma once

namespace ab::web::pictures {

// The whole board at 2x, as <plan name>.png.
void download_png();
// The whole board at 2x onto the clipboard (ClipboardItem); says so, or why not.
void copy_image();
// The handout (board, score, findings, tactic table) on A4, as <plan name>.pdf.
void download_pdf();
// The browser's print of the generated handout (pictures_print.js), not of the canvas.
void print();

}  // namespace ab::web::pictures
