// The WebGL 2 renderer of ImGui's draw data (renderer.cpp), called by the platform layer's frame loop.
#pragma once

struct ImDrawData;

namespace ab::web::platform {

// Makes the program, vertex array and buffers in the current context and tells ImGui what the
// renderer supports (vertex offsets, textures created and updated on request). False when the
// shaders do not link.
bool renderer_init();
// Honours the textures' requests, then clears the framebuffer of fb_w x fb_h pixels to `clear`
// (RGB) and draws `data` into it, unless that would paint exactly the picture painted last (same
// draw data, size and colour, no texture changed): then nothing is drawn and the canvas keeps
// showing it. True when the frame was painted.
bool renderer_draw(ImDrawData* data, int fb_w, int fb_h, const float clear[3]);
// The canvas no longer shows the last picture (its backing store was reset): paint the next frame.
void renderer_repaint();
// The context was lost: forgets every GL object and marks ImGui's textures for re-creation.
void renderer_lost();
// The context is back: makes the GL objects again (textures follow on the next frame).
bool renderer_restored();

}  // namespace ab::web::platform
