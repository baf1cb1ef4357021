// The mirror's C++ side (see mirror.hpp); web/library/mirror.js carries the plan between windows.
#include "library/mirror.hpp"

#include <string>

#include <emscripten.h>

#include "board/view.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "io/plan_json.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "platform/js_reply.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web::mirror {
namespace {

State g_state = State::Off;

}  // namespace

State state() { return g_state; }

const char* reason() {
    return i18n::tr(g_state == State::EditorGone ? "mirror.gone_reason" : "mirror.reason").c_str();
}

void set_state(State s) { g_state = s; }
void stop() { g_state = State::Off; }

void draw_bar(App& app) {
    if (g_state == State::Off || !app.doc.read_only()) return;
    const bool gone = g_state == State::EditorGone;
    // While presenting, the bar only says what the window is, in the bottom-left corner (the
    // fitted plan keeps the middle; the room needs no buttons), unless the editing window
    // left: then taking over is the one way on, and it shows at the top as when editing.
    const bool quiet = app.view.presenting && !gone;
    const float r = platform::pixel_ratio();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float board_w = display.x - board_right_inset_css() * r;
    if (quiet) {
        ImGui::SetNextWindowPos(ImVec2(12 * r, display.y - 12 * r), ImGuiCond_Always, ImVec2(0, 1));
    } else {
        ImGui::SetNextWindowPos(ImVec2(board_w * 0.5f, (board_top_css() + 10) * r), ImGuiCond_Always, ImVec2(0.5f, 0));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, quiet ? ImVec2(10 * r, 5 * r) : ImVec2(14 * r, 8 * r));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10 * r);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * r, 6 * r));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::kNoticeBg);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kNoticeText);
    // The secondary button on the dark bar: a light outline of the bar's own colour.
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(255, 255, 255, 28));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 56));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 80));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("##mirror", nullptr, flags)) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(i18n::tr(gone ? "mirror.gone" : "mirror.live").c_str());
        if (gone) {
            ImGui::SameLine();
            if (store_ui::button(app, "mirror.take", i18n::tr("mirror.edit_here").c_str(), true)) storage::request({{"op", "mirror_take"}});
        } else if (!quiet) {
            ImGui::SameLine();
            if (store_ui::button(app, "mirror.edit", i18n::tr("mirror.edit_instead").c_str(), true)) storage::request({{"op", "mirror_swap"}});
            ImGui::SameLine();
            if (store_ui::button(app, "mirror.copy", i18n::tr("mirror.save_copy").c_str())) storage::request({{"op", "save_copy"}});
        }
    }
    ImGui::End();
    ImGui::PopStyleColor(5);
    ImGui::PopStyleVar(3);
}

}  // namespace ab::web::mirror

using namespace ab;
using namespace ab::web;

extern "C" {

// mirror.js: 0 = not a mirror (this window edits), 1 = following the editing window, 2 = the
// editing window closed. A mirror's plan is read-only, with the reason saying why.
EMSCRIPTEN_KEEPALIVE void ab_mirror_state(int state) {
    App& a = app();
    const mirror::State s = state == 1 ? mirror::State::Following : state == 2 ? mirror::State::EditorGone : mirror::State::Off;
    if (s == mirror::State::Off) {
        mirror::stop();
        a.doc.set_read_only("");
        storage::library().other_tab = storage::OtherTab::None;
    } else {
        mirror::set_state(s);
        a.doc.set_read_only(mirror::reason());
    }
    platform::request_frames(3);
}

// The revision of the plan on screen: the editing window publishes only when it rose.
EMSCRIPTEN_KEEPALIVE double ab_mirror_revision() { return double(app().doc.revision()); }

// The plan text the editing window publishes.
EMSCRIPTEN_KEEPALIVE const char* ab_mirror_text() { return js_reply(save_plan(app().doc.plan())); }

// Shows `text` (the editing window's plan, `length` bytes) in place of the plan on screen, the
// way the library opens a plan (storage::start_over): not an edit, no undo step, nothing saved.
// The camera stays where this window's user left it, except while presenting, where the new
// plan is fitted to the screen. {ok} or {ok: false, error}; a plan that does not read leaves
// the one on screen.
EMSCRIPTEN_KEEPALIVE const char* ab_mirror_show(const char* text, size_t length) {
    App& a = app();
    LoadResult loaded = load_plan(text ? std::string_view(text, length) : std::string_view());
    if (!loaded.ok()) {
        return js_reply_json(
            {{"ok", false}, {"error", i18n::tr("mirror.not_shown", {{"problems", storage::problems_text(loaded.errors)}})}});
    }
    const Camera camera = a.view.camera;
    const std::vector<std::string> selection = a.view.selection;
    const mirror::State was = mirror::state();
    storage::start_over(a, std::move(*loaded.plan));
    a.view.camera = camera;
    for (const std::string& id : selection) {
        if (find_item(a.doc.plan(), id)) a.view.selection.push_back(id);
    }
    if (a.view.presenting) a.view.camera.needs_fit = true;
    if (was != mirror::State::Off) {
        mirror::set_state(was);
        a.doc.set_read_only(mirror::reason());
    }
    platform::request_frames(3);
    return js_reply_json({{"ok", true}});
}

}  // extern "C"
