// Glyphs from the browser's fonts: an ImGui 1.92 font loader that rasterizes any character the
// app's own fonts lack through Canvas 2D (web/ui/glyphs.js), into the atlas, when first drawn.
// Merged last into every font, so Inter and the icons keep what they cover.
#pragma once

#include "imgui.h"

namespace ab::web::browser_glyphs {

// Merges the browser's fonts into the font added last, at `size_px` and CSS `weight` (400, 600).
void merge_into_last_font(float size_px, int weight);

// The atlas's size cap (width x height, RGBA) and its eviction: when a glyph finds no room
// under the cap, every baked size is dropped before the next frame, which then rasterizes only
// what it draws. Installs a hook that runs before each ImGui::NewFrame.
void install_eviction();

// Bytes of the atlas's pixels now (the CPU copy; the GPU holds the same again).
int atlas_bytes();

// How many characters the browser's fonts have answered since start: when it grows, text
// measured before may have been measured with a glyph that was not there yet.
int glyphs_given();

}  // namespace ab::web::browser_glyphs
