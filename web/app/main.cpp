// The browser app's entry point: wires the platform layer, fonts, the app state and the test
// bridge, and fixes the order of one frame:
//   platform::begin_frame -> NewFrame -> shortcuts -> board -> top bar -> Render -> end_frame.
#include "a11y/board_mirror.hpp"
#include "app/app.hpp"
#include "board/view.hpp"
#include "host/bridge.hpp"
#include "host/embed.hpp"
#include "i18n/i18n.hpp"
#include "i18n/language.hpp"
#include "ui/text/composition.hpp"
#include "ui/text/fonts.hpp"
#include "app/frame_times.hpp"
#include "imgui.h"
#include "panels/score.hpp"
#include "platform/platform.hpp"
#include "board/overlays/search_box.hpp"
#include "app/shortcuts.hpp"
#include "panels/side_panel.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "ui/theme.hpp"
#include "panels/top_bar.hpp"
#include "collab/collab.hpp"

namespace {

using namespace ab::web;

void frame() {
    App& a = app();
    frame_times::begin();
    platform::begin_frame();
    if (a.chrome.style_dirty) {  // a new look: its colours reach ImGui's own widgets too
        ImGuiStyle& style = ImGui::GetStyle();
        style = theme::base_style();
        style.ScaleAllSizes(platform::pixel_ratio());
        a.chrome.style_dirty = false;
    }
    ImGui::NewFrame();
    handle_shortcuts(a);
    draw_board(a);
    collab::draw_presence(a);
    draw_score_panel(a);
    draw_side_panel(a);
    if (a.chrome.mode != Chrome::None) draw_top_bar(a);
    draw_search_box(a);
    draw_store_windows(a);
    ui::draw_composition();  // over everything: it belongs to the active field, wherever it is
    ImGui::Render();
    frame_times::gl_begin();
    platform::end_frame();
    frame_times::end();
    storage::after_frame(a);
    a11y::after_frame(a);
    // The page learns the app is ready once a whole frame is on screen.
    if (!bridge::installed()) bridge::install();
}

}  // namespace

int main() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no files in the browser; layout state is rebuilt every start
    io.LogFilename = nullptr;
    // Windows' and most desktops' setting: ImGui's 0.3 s misses slower double-clicks, and a busy
    // frame between the two clicks of a quick one.
    io.MouseDoubleClickTime = 0.5f;

    // Before anything is worded: the notice of a browser without WebGL 2 (platform::init), the
    // boot plan's messages, a new plan's first card names. The catalogue is part of the core, so
    // choosing among its languages needs no graphics.
    language::start();
    if (!platform::init()) return 0;
    float bg[3];
    theme::clear_color(bg);
    platform::set_clear_color(bg[0], bg[1], bg[2]);

    if (!fonts::load_sources()) {
        platform::show_page_notice(nullptr);
        app().say(ab::i18n::tr("app.fonts_failed"), true, 8);
    }
    platform::set_pixel_ratio_hook([](float ratio) { fonts::rebuild(ratio); });
    const std::string boot_failed = open_boot_plan(app());
    storage::restore_view(app(), platform::boot_view());
    embed::apply_options(app(), platform::boot_options());
    storage::started(boot_failed);
    platform::show_page_notice(nullptr);
    platform::run(frame);
    return 0;
}
