// The Plans window: every plan kept in this browser, newest first, with open, rename,
// duplicate and delete (to Recently deleted, from where it comes back); new plans from the
// templates; and the plan's files (open, download, Markdown, CSV, the SVG and PNG pictures and
// the PDF handout).
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>

#include "commands/command.hpp"
#include "host/pictures.hpp"
#include "i18n/i18n.hpp"
#include "ui/text/bidi_text.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;
using namespace store_ui;

std::string g_renaming;      // the plan whose name is being edited, "" when none
char g_name[256] = {};
std::string g_purging;       // asking "delete for good?": a plan id, or "*" for the whole trash

void section(const char* title) {
    ImGui::Spacing();
    ImGui::PushFont(fonts::get().small_bold, fonts::get().small_bold->LegacySize);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kTextMuted));
    ImGui::TextUnformatted(title);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void commit_rename(App& app, const storage::PlanEntry& p) {
    const std::string name = g_name;
    g_renaming.clear();
    if (name.empty() || name == p.name) return;
    if (p.current) {
        // The open plan is renamed by a command like any edit: undoable, and autosaved.
        const ApplyResult r = app.doc.apply(SetField{"", "name", name});
        if (!r.ok) app.say(r.error, true, 6);
        storage::request({{"op", "list"}});
    } else {
        storage::request({{"op", "rename"}, {"id", p.id}, {"name", name}});
    }
}

void plan_row(App& app, const storage::PlanEntry& p) {
    const float r = platform::pixel_ratio();
    ImGui::PushID(p.id.c_str());
    ImGui::BeginGroup();
    if (g_renaming == p.id) {
        ImGui::SetNextItemWidth(260 * r);
        if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
        const bool enter = ImGui::InputText("##name", g_name, sizeof g_name, ImGuiInputTextFlags_EnterReturnsTrue);
        keep_rect(app, "rename.field:" + p.id);
        if (enter) commit_rename(app, p);
        else if (ImGui::IsItemDeactivated()) g_renaming.clear();
    } else {
        ImGui::PushFont(fonts::get().title, fonts::get().title->LegacySize);
        ImGui::TextUnformatted(ui::shown(p.name).c_str());
        ImGui::PopFont();
        keep_rect(app, "plan:" + p.id);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kTextFaint));
        char size[32] = "";
        if (p.size > 0) std::snprintf(size, sizeof size, " \xc2\xb7 %.0f KB", std::max(1.0, p.size / 1024.0));
        ImGui::Text("%s%s%s", p.current ? i18n::tr("plans.open_now").c_str() : "",
                    i18n::tr("plans.changed", {{"when", when(p.updated_ms)}}).c_str(), size);
        ImGui::PopStyleColor();
    }
    ImGui::EndGroup();
    ImGui::SameLine((ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x) - 330 * r);
    if (button(app, ("open:" + p.id).c_str(), i18n::tr("plans.open").c_str(), false, !p.current)) {
        storage::request({{"op", "open"}, {"id", p.id}});
        app.chrome.dialog.clear();
    }
    ImGui::SameLine();
    if (button(app, ("rename:" + p.id).c_str(), i18n::tr("plans.rename").c_str(), false, !(p.current && app.doc.read_only()))) {
        g_renaming = p.id;
        std::snprintf(g_name, sizeof g_name, "%s", p.name.c_str());
    }
    ImGui::SameLine();
    if (button(app, ("duplicate:" + p.id).c_str(), i18n::tr("plans.duplicate").c_str())) {
        storage::request({{"op", "duplicate"}, {"id", p.id}});
        app.chrome.dialog.clear();
    }
    ImGui::SameLine();
    if (button(app, ("delete:" + p.id).c_str(), i18n::tr("plans.delete").c_str(), false, !p.current)) {
        storage::request({{"op", "delete"}, {"id", p.id}});
    }
    if (p.current && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", i18n::tr("plans.delete_current").c_str());
    }
    ImGui::PopID();
    ImGui::Separator();
}

// Recently deleted: restore, or delete for good after a confirmation. What is left here goes
// by itself 30 days after it was deleted (library/records.js TRASH_KEPT_DAYS).
void trash_section(App& app) {
    const float r = platform::pixel_ratio();
    const storage::Library& lib = storage::library();
    section(i18n::tr("plans.trash").c_str());
    ImGui::SameLine((ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x) - 120 * r);
    if (button(app, "trash.empty", i18n::tr("plans.empty_trash").c_str())) g_purging = "*";
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kTextFaint));
    ImGui::TextUnformatted(i18n::tr("plans.trash_note").c_str());
    ImGui::PopStyleColor();
    if (g_purging == "*") {
        wrapped(i18n::tr("plans.empty_ask"), kErrorText);
        if (button(app, "trash.confirm", i18n::tr("plans.empty_confirm").c_str(), true)) {
            storage::request({{"op", "empty_trash"}});
            g_purging.clear();
        }
        ImGui::SameLine();
        if (button(app, "trash.cancel", i18n::tr("plans.keep_them").c_str())) g_purging.clear();
    }
    for (const auto& p : lib.plans) {
        if (p.trashed_ms <= 0) continue;
        ImGui::PushID(p.id.c_str());
        ImGui::Text("%s", p.name.c_str());
        if (g_purging == p.id) {
            ImGui::SameLine((ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x) - 330 * r);
            if (button(app, ("purge.confirm:" + p.id).c_str(), i18n::tr("plans.purge_confirm").c_str(), true)) {
                storage::request({{"op", "purge"}, {"id", p.id}});
                g_purging.clear();
            }
            ImGui::SameLine();
            if (button(app, "purge.cancel", i18n::tr("plans.keep").c_str())) g_purging.clear();
        } else {
            ImGui::SameLine((ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x) - 230 * r);
            if (button(app, ("purge:" + p.id).c_str(), i18n::tr("plans.purge").c_str())) g_purging = p.id;
            ImGui::SameLine();
            if (button(app, ("undelete:" + p.id).c_str(), "Restore")) storage::request({{"op", "undelete"}, {"id", p.id}});
        }
        ImGui::PopID();
    }
}

}  // namespace

void draw_plans_window(App& app) {
    const float r = platform::pixel_ratio();
    storage::Library& lib = storage::library();
    bool open = true;
    if (!begin_window(app, "##plans", i18n::tr("action.plans").c_str(), 720, &open)) return;

    if (!storage::enabled()) {
        wrapped(lib.message.empty() ? i18n::tr("plans.not_kept")
                                    : lib.message,
                kErrorText);
    }

    section(i18n::tr("plans.new").c_str());
    for (size_t i = 0; i < lib.templates.size(); ++i) {
        const storage::TemplateEntry& t = lib.templates[i];
        if (i) ImGui::SameLine();
        if (ImGui::GetCursorPosX() > 560 * r) ImGui::NewLine();
        if (button(app, ("new:" + t.id).c_str(), t.name.c_str(), false, storage::enabled())) {
            storage::request({{"op", "new"}, {"template", t.id}});
            app.chrome.dialog.clear();
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.summary.c_str());
    }

    section(i18n::tr("plans.files").c_str());
    if (button(app, "file.open", (std::string(icon::kUpload) + "  " + i18n::tr("plans.open_file")).c_str())) {
        storage::pick_file();
    }
    ImGui::SameLine();
    if (button(app, "download:json", (std::string(icon::kDownload) + "  " + i18n::tr("plans.file_json")).c_str())) storage::download(app, "json");
    ImGui::SameLine();
    if (button(app, "download:md", i18n::tr("plans.file_md").c_str())) storage::download(app, "md");
    ImGui::SameLine();
    if (button(app, "download:csv", i18n::tr("plans.file_csv").c_str())) storage::download(app, "csv");
    ImGui::SameLine();
    if (button(app, "download:svg", i18n::tr("plans.file_svg").c_str())) storage::download(app, "svg");
    // Drawn by the page (host/pictures.js): the board at 2x, and the handout on A4.
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() > 520 * platform::pixel_ratio()) ImGui::NewLine();
    if (button(app, "download:png", i18n::tr("plans.file_png").c_str())) pictures::download_png();
    ImGui::SameLine();
    if (button(app, "download:pdf", i18n::tr("plans.file_pdf").c_str())) pictures::download_pdf();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kTextFaint));
    ImGui::TextUnformatted(i18n::tr("plans.drop").c_str());
    ImGui::PopStyleColor();

    section(i18n::tr("plans.in_browser").c_str());
    size_t live = 0, trashed = 0;
    for (const auto& p : lib.plans) (p.trashed_ms > 0 ? trashed : live)++;
    const float list_h = std::min(float(live) * 58 * r + 8 * r, 330 * r);
    if (live > 0) {
        ImGui::BeginChild("##list", ImVec2(0, list_h), false);
        for (const auto& p : lib.plans) {
            if (p.trashed_ms <= 0) plan_row(app, p);
        }
        ImGui::EndChild();
    } else if (storage::enabled()) {
        ImGui::TextUnformatted(i18n::tr("plans.loading").c_str());
    }
    if (trashed > 0) trash_section(app);
    if (!open) app.chrome.dialog.clear();
    end_window(open);
}

}  // namespace ab::web
