// The in-place rename field (see board/rename.hpp). The field is its own small window laid over
// the card, so the board's own input never competes with it; the edit itself is one SetField.
#include "board/rename.hpp"

#include "board/view.hpp"
#include "i18n/i18n.hpp"
#include "ui/floating_window.hpp"
#include "ui/text/fonts.hpp"
#include "ui/text/visual_field.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

void commit(App& app, const std::string& id, const std::string& text) {
    const Card* card = app.view.board.find(id);
    if (!card || text == card->title) return;
    const std::optional<Location> loc = find_item(app.doc.plan(), id);
    if (!loc) return;
    const char* field = loc->kind == Kind::Kpi ? "metric" : "name";
    const ApplyResult r = app.doc.apply(SetField{id, field, text});
    if (!r.ok) app.say(i18n::tr("board.not_renamed", {{"reason", r.error}}), true, 5);
}

}  // namespace

bool rename_pending(const App& app) {
    if (app.gesture.renaming.empty() || !app.gesture.rename_started) return false;
    const Card* card = app.view.board.find(app.gesture.renaming);
    return card && card->title != app.gesture.rename_text;
}

void commit_rename_typing(App& app) {
    if (!rename_pending(app)) return;
    commit(app, app.gesture.renaming, app.gesture.rename_text);
    sync_board(app);  // the card's title is the new one: nothing pending any more
}

void start_rename(App& app, const std::string& id) {
    if (!app.view.board.find(id)) return;
    if (app.doc.read_only()) {  // no field that could only be refused: say why instead
        app.say(app.doc.read_only_reason(), false, 4);
        return;
    }
    app.gesture.renaming = id;
    app.gesture.rename_started = false;
    platform::request_frames(3);
}

void draw_rename(App& app, const BoardFrame& f) {
    if (app.gesture.renaming.empty()) return;
    // Open the field once the press that asked for it is over (a double-click's second press
    // would otherwise take the keyboard focus straight back to the board).
    if (!app.gesture.rename_started && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        platform::request_frames(2);
        return;
    }
    sync_board(app);  // a card created this frame is not on the board yet
    const Card* card = app.view.board.find(app.gesture.renaming);
    if (!card) {
        app.gesture.renaming.clear();
        return;
    }
    if (!app.gesture.rename_started) app.gesture.rename_text = card->title;
    const float s = f.scale, r = f.ratio;
    const ImVec2 a = f.to_screen(card->x + theme::kCardPadding_world - 4, card->y + card_title_top_world() - 6);
    const float w = (card->w - 2 * theme::kCardPadding_world + 8) * s;
    FloatingWindow window("##rename", kFixedWindow | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoNav |
                                          ImGuiWindowFlags_NoBackground);
    window.at(a)
        .style(ImGuiStyleVar_WindowPadding, ImVec2(0, 0))
        .style(ImGuiStyleVar_FramePadding, ImVec2(4 * s, 4 * s))
        .style(ImGuiStyleVar_FrameBorderSize, 2 * r)
        .style(ImGuiStyleVar_FrameRounding, 6 * s)
        .colour(ImGuiCol_Border, theme::kSelection)
        .colour(ImGuiCol_FrameBg, theme::kCardBg);
    window.begin();
    // The title's size at this zoom (ImGui 1.92 rasterizes it at that size).
    ImGui::PushFont(fonts::get().title, fonts::get().title->LegacySize * s / r);
    if (!app.gesture.rename_started) {
        ImGui::SetKeyboardFocusHere();
        app.gesture.rename_started = true;
    }
    ImGui::SetNextItemWidth(w);
    const bool escaped = ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    ui::VisualField visual(ImGui::GetID("##name"));
    const bool entered = ImGui::InputText("##name", &app.gesture.rename_text,
                                          ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    visual.end();
    const bool left_field = ImGui::IsItemDeactivated();
    ImGui::PopFont();
    window.end();

    const std::string id = app.gesture.renaming;
    if (escaped) {
        app.gesture.renaming.clear();
    } else if (entered || left_field) {
        app.gesture.renaming.clear();
        commit(app, id, app.gesture.rename_text);
    }
    if (app.gesture.renaming.empty()) platform::request_frames(3);
}

}  // namespace ab::web
