// The accessible mirror of the board (web/a11y/board_mirror.js keeps it in the page's DOM): a
// role="tree" of the plan's items named with kind, title, score and links, the board's
// selection as its active item, and a polite live region that says where the overall score
// settled. The words and the tree come from the core (export/outline.hpp); this side only
// notices when they change and hands them to the page.
#pragma once

#include "app/app.hpp"

namespace ab::web::a11y {

// Call once a frame, after it is drawn: tells the page when the plan's revision changed (it asks
// for the outline a moment later, ab_a11y_outline, so a burst of edits builds it once) and sends
// the selection when it changed. Nothing is built or sent on a frame where neither changed.
void after_frame(App& app);

}  // namespace ab::web::a11y
