// The in-place rename field (see board/rename.hpp). The field is its own small window laid over
// the card, so the board's own input never competes with it; the edit itself is one SetField.
#include "board/rename.hpp"

#include "board/view.hpp"
#include "ui/fonts.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

int grow_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(size_t(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

void commit(App& app, const std::string& id, const std::string& text) {
    const Card* card = app.board.find(id);
    if (!card || text == card->title) return;
    const std::optional<Location> loc = find_item(app.doc.plan(), id);
    if (!loc) return;
    const char* field = loc->kind == Kind::Kpi ? "metric" : "name";
    const ApplyResult r = app.doc.apply(SetField{id, field, text});
    if (!r.ok) app.say("Not renamed: " + r.error, true, 5);
}

}  // namespace

void start_rename(App& app, const std::string& id) {
    if (!app.board.find(id)) return;
    if (app.doc.read_only()) {  // no field that could only be refused: say why instead
        app.say(app.doc.read_only_reason(), false, 4);
        return;
    }
    app.renaming = id;
    app.rename_started = false;
    platform::request_frames(3);
}

void draw_rename(App& app, const BoardFrame& f) {
    if (app.renaming.empty()) return;
    // Open the field once the press that asked for it is over (a double-click's second press
    // would otherwise take the keyboard focus straight back to the board).
    if (!app.rename_started && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        platform::request_frames(2);
        return;
    }
    sync_board(app);  // a card created this frame is not on the board yet
    const Card* card = app.board.find(app.renaming);
    if (!card) {
        app.renaming.clear();
        return;
    }
    if (!app.rename_started) app.rename_text = card->title;
    const float s = f.scale, r = f.ratio;
    const ImVec2 a = f.to_screen(card->x + theme::kCardPadding_world - 4, card->y + card_title_top_world() - 6);
    const float w = (card->w - 2 * theme::kCardPadding_world + 8) * s;
    ImGui::SetNextWindowPos(a);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4 * s, 4 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * r);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 6 * s);
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kSelection);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::kCardBg);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground;
    ImGui::Begin("##rename", nullptr, flags);
    ImGui::PushFont(fonts::get().title);
    ImGui::SetWindowFontScale(s / r);  // the title font is rasterised for zoom 1
    if (!app.rename_started) {
        ImGui::SetKeyboardFocusHere();
        app.rename_started = true;
    }
    ImGui::SetNextItemWidth(w);
    const bool escaped = ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    app.rename_text.reserve(64);
    const bool entered = ImGui::InputText("##name", app.rename_text.data(), app.rename_text.capacity() + 1,
                                          ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll |
                                              ImGuiInputTextFlags_CallbackResize,
                                          grow_string, &app.rename_text);
    const bool left_field = ImGui::IsItemDeactivated();
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(4);

    const std::string id = app.renaming;
    if (escaped) {
        app.renaming.clear();
    } else if (entered || left_field) {
        app.renaming.clear();
        commit(app, id, app.rename_text);
    }
    if (app.renaming.empty()) platform::request_frames(3);
}

}  // namespace ab::web
