// The History window: the open plan's checkpoints, named ("end of day 1") and automatic (on
// open, every 10 minutes of editing), newest first. Preview tells what a checkpoint holds
// against the plan now; Restore replaces the plan as one undoable step.
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include "ui/text/fonts.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "score/score.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;
using namespace store_ui;

char g_name[128] = {};

std::string score_text(std::optional<double> s) {
    if (!s) return i18n::tr("history.not_scored");
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", round1(*s));
    return localize_digits(buf);
}

void draw_preview(App& app) {
    const storage::Preview& p = storage::library().preview;
    if (p.id < 0) return;
    ImGui::PushTextWrapPos(0);
    if (!p.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kErrorText));
        ImGui::TextUnformatted(p.error.c_str());
        ImGui::PopStyleColor();
    } else if (!p.name.empty()) {
        const Plan& now = app.doc.plan();
        const auto n = [](size_t v) { return local_number(double(v)); };
        const std::string line = i18n::tr("history.counts", {{"goals", n(p.goals)}, {"strategies", n(p.strategies)},
                                                              {"tactics", n(p.tactics)}, {"kpis", n(p.kpis)},
                                                              {"goals_now", n(now.goals.size())},
                                                              {"strategies_now", n(now.strategies.size())},
                                                              {"tactics_now", n(now.tactics.size())},
                                                              {"kpis_now", n(now.kpis.size())}});
        ImGui::TextUnformatted(i18n::tr("history.as_it_was", {{"name", p.name}}).c_str());
        ImGui::TextUnformatted(line.c_str());
        ImGui::TextUnformatted(i18n::tr("history.alignment", {{"then", score_text(p.overall)},
                                                              {"now", score_text(app.doc.scores().overall)}}).c_str());
        keep_rect(app, "preview");
    }
    ImGui::PopTextWrapPos();
}

}  // namespace

void draw_history_window(App& app) {
    const float r = platform::pixel_ratio();
    storage::Library& lib = storage::library();
    bool open = true;
    if (!begin_window(app, "##history", i18n::tr("action.history").c_str(), 600, &open)) return;

    if (!storage::enabled()) {
        wrapped(i18n::tr("history.no_storage"), kErrorText);
    }
    ImGui::SetNextItemWidth(340 * r);
    const bool enter = ImGui::InputTextWithHint("##cpname", i18n::tr("history.name_hint").c_str(), g_name, sizeof g_name,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    keep_rect(app, "checkpoint.name");
    ImGui::SameLine();
    if (button(app, "checkpoint.save", (std::string(icon::kBookmark) + "  " + i18n::tr("history.save")).c_str(), true,
               storage::enabled()) || (enter && storage::enabled())) {
        storage::request({{"op", "checkpoint"}, {"name", std::string(g_name)}});
        g_name[0] = '\0';
    }

    ImGui::Spacing();
    if (lib.checkpoints.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kTextFaint));
        ImGui::TextUnformatted(i18n::tr("history.none").c_str());
        ImGui::PopStyleColor();
    } else {
        const float h = std::min(float(lib.checkpoints.size()) * 40 * r + 8 * r, 320 * r);
        ImGui::BeginChild("##checkpoints", ImVec2(0, h), false);
        for (const auto& c : lib.checkpoints) {
            ImGui::PushID(c.id);
            const std::string key = std::to_string(c.id);
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%s  %s", c.automatic ? icon::kHistory : icon::kBookmark, c.name.c_str());
            keep_rect(app, "checkpoint:" + key);
            ImGui::SameLine(300 * r);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kTextFaint));
            ImGui::TextUnformatted(when(c.time_ms).c_str());
            ImGui::PopStyleColor();
            ImGui::SameLine((ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x) - 170 * r);
            if (button(app, ("preview:" + key).c_str(), i18n::tr("history.preview").c_str())) {
                lib.preview = storage::Preview{};
                lib.preview.id = c.id;
                storage::request({{"op", "preview"}, {"id", c.id}});
            }
            ImGui::SameLine();
            if (button(app, ("restore:" + key).c_str(), i18n::tr("history.restore").c_str(), false, !app.doc.read_only())) {
                storage::request({{"op", "restore"}, {"id", c.id}});
                open = false;
            }
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    draw_preview(app);
    if (!open) app.chrome.dialog.clear();
    end_window(open);
}

}  // namespace ab::web
