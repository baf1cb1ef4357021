// The app's fonts: Inter Regular and SemiBold with Fork Awesome icons merged in, rasterised at
// the device pixel ratio so text is crisp on every screen. The subset font files are fetched by
// the page next to the wasm (web/page/pre.js) and handed over once; the atlas is rebuilt from those
// bytes whenever the pixel ratio changes.
#pragma once

#include "imgui.h"

namespace ab::web::fonts {

struct Set {
    ImFont* text = nullptr;        // UI text, 14 px, with icons
    ImFont* small = nullptr;       // meta lines and labels, 12 px, with icons
    ImFont* small_bold = nullptr;  // kind labels, badges, 12 px
    ImFont* title = nullptr;       // card titles, SemiBold 14.5 px
    ImFont* heading = nullptr;     // app name, column headings, SemiBold 15 px, with icons
    ImFont* score = nullptr;       // the overall score, SemiBold 22 px
};

// Takes the font bytes the page fetched. Returns false when they are missing (the app then runs
// with ImGui's built-in font, which is readable but not the product's look).
bool load_sources();

// Rebuilds the atlas and the ImGui style for `pixel_ratio`. Call between frames only.
void rebuild(float pixel_ratio);

// The fonts of the current atlas. Sizes of fonts are in device pixels (css size * ratio).
const Set& get();

}  // namespace ab::web::fonts
