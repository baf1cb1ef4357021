// How long the C++ side of each frame took (begin_frame to end_frame, including ImGui::Render and
// the GL calls), kept for the frame-time benchmark and read through the test bridge.
#pragma once

#include <vector>

namespace ab::web::frame_times {

// Bracket one frame; nested frames (a frame run inside an event handler) count once.
// `gl_begin` marks where the app's own work ends and handing the draw data to GL begins.
void begin();
void gl_begin();
void end();

// Durations in milliseconds of the frames since the last reset, oldest first (at most the
// last 1,000: older ones are dropped so a long session holds a fixed amount of memory).
std::vector<double> recent();
// The GL part of the same frames (gl_begin to end): submitting the draw data, plus any wait the
// browser imposes there while its GPU process is busy (SwiftShader on a loaded machine).
std::vector<double> recent_gl();
void reset();

}  // namespace ab::web::frame_times
