// The WebGL 2 renderer of ImGui's draw data (renderer.cpp), called by the platform layer's frame loop.
#pragma once

struct ImDrawData;

namespace ab::web::platform {

// Makes the program, vertex array and buffers in the current context and tells ImGui what the
// renderer supports (vertex offsets, textures created and updated on request). False when the
// shaders do not link.
bool renderer_init();
// Honours the textures' requests, then draws `data` into the framebuffer of fb_w x fb_h pixels.
void renderer_draw(ImDrawData* data, int fb_w, int fb_h);
// The context was lost: forgets every GL object and marks ImGui's textures for re-creation.
void renderer_lost();
// The context is back: makes the GL objects again (textures follow on the next frame).
bool renderer_restored();

}  // namespace ab::web::platform
