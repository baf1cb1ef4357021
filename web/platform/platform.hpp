// The thin layer between the browser and Dear ImGui (see docs/web-platform.md for why the
// stock GLFW backend is not enough). GLFW only creates the WebGL2 context; pointer, wheel, keys,
// text, clipboard, pixel density, cursor and the render-on-demand loop are ours. This header is
// the whole C++ face of it: app code never touches html5.h, GLFW or the JS side directly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ab::web::platform {

// Two-finger and trackpad gestures since the last frame, in ImGui pixels (device pixels).
// The board turns them into camera moves; ImGui never sees them as clicks.
struct Gestures {
    float pan_x_px = 0, pan_y_px = 0;     // centroid movement of a two-finger drag
    float zoom_factor = 1;                // product of pinch / Ctrl+wheel steps this frame
    float zoom_center_x_px = 0, zoom_center_y_px = 0;
    bool any() const { return pan_x_px != 0 || pan_y_px != 0 || zoom_factor != 1; }
};

// Creates the WebGL2 context on the page's canvas, detaches GLFW's own listeners and installs
// ours. Returns false (after saying why on the page) when WebGL2 is unavailable.
bool init();

// Runs `frame` on every animation frame while there is something to draw (input, a resize,
// a request) and pauses the browser loop when there is not.
void run(void (*frame)());

// Frame bracket: begin_frame feeds the display size and time to ImGui (rebuilding fonts first
// when the pixel ratio changed, through the hook below); end_frame draws ImGui's draw data,
// tells the page the cursor shape and text caret, and counts the frame.
void begin_frame();
void end_frame();

// The colour behind everything, drawn before ImGui.
void set_clear_color(float r, float g, float b);

// Asks for `frames` more frames (an animation, a drag in progress, a changed plan).
void request_frames(int frames);
// Runs frames now, while input the page received has not been handled by one (keys typed just
// before the page is hidden or closed, which may never draw another frame). A no-op in a frame.
void drain_input();
// Asks for one redraw after `seconds` without input (hover delays, toasts fading).
void request_redraw_in(double seconds);

// Device pixels per CSS pixel of the canvas backing store (round(css * dpr) / css).
float pixel_ratio();
// CSS size of the canvas.
float canvas_css_width();
float canvas_css_height();

// The text an input method is composing at the caret, not yet typed into the field; empty when
// none (ui/text/composition.hpp draws it).
const std::string& composition();

// Gestures gathered since the previous call.
Gestures take_gestures();

// True where there is no hover: the last pointer was a finger, or the device has no mouse
// ((hover: none) at start). Controls then show their words, not only an icon and a tooltip.
bool touch_ui();

// Frames actually drawn since start; the frame counter of the test bridge.
uint32_t frame_count();
// Frames painted into the canvas since start: a frame identical to the picture on screen is
// run but not painted (render/renderer.hpp).
uint32_t paint_count();
// True when nothing is scheduled: no frame pending, the loop paused.
bool idle();
// True while the WebGL context is lost (the frame loop then draws nothing).
bool context_lost();

// Called at the start of a frame when the pixel ratio changed, before ImGui::NewFrame: the app
// rebuilds its font atlas and scales its style for the new ratio.
void set_pixel_ratio_hook(void (*hook)(float pixel_ratio));
// Called after the WebGL context came back, to recreate GL objects the app owns.
void set_context_restored_hook(void (*hook)());

// Bytes of a file the page fetched before start (web/page/pre.js: "font-regular", "font-semibold",
// "font-icons", "plan"); empty when it is missing. The page keeps no copy afterwards.
std::vector<unsigned char> take_boot_asset(const char* name);
// Why a boot asset is missing ("the server answered HTTP 404"), empty when it arrived.
std::string boot_asset_error(const char* name);
// Where the opening plan came from (the `?plan=` URL or the bundled sample).
std::string boot_plan_source();
// The view saved with the plan the library opened at start (JSON), empty when there is none.
std::string boot_view();
// The page's embed options (JSON: {readonly, ui, zoom, theme}, from its URL).
std::string boot_options();

// Shows or hides the page-level notice element (loading, errors that stop the app).
void show_page_notice(const char* text_or_null);

}  // namespace ab::web::platform
