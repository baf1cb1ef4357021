// Draws the top bar (see top_bar.hpp). Sizes are CSS pixels times the pixel ratio.
#include "panels/top_bar.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "app/actions.hpp"
#include "board/draw.hpp"
#include "board/view.hpp"
#include "board/card_text.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "library/storage.hpp"
#include "library/windows.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;

float text_w(ImFont* font, float size, const char* text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text).x;
}

// An icon button that is greyed out (and inert) when `enabled` is false. Its rectangle is kept
// under `name` for the test bridge.
bool icon_button(App& app, const char* name, const char* icon, bool enabled, const char* tip, float r) {
    ImGui::PushID(name);
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(icon, ImVec2(34 * r, 32 * r));
    ImGui::EndDisabled();
    ImGui::PopID();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    app.toolbar_rects_css[name] = {a.x / r, a.y / r, (b.x - a.x) / r, (b.y - a.y) / r};
    return pressed;
}

// Saved / Saving / Not saved / Read-only after the plan's name; a click on a problem says
// more (and a failed save offers the file). Returns the x after it.
float draw_save_state(App& app, float x, float h) {
    const float r = platform::pixel_ratio();
    const fonts::Set& fs = fonts::get();
    const storage::Library& lib = storage::library();
    const char* label = nullptr;
    ImU32 colour = kTextFaint;
    switch (lib.state) {
        case storage::SaveState::Saved: label = "Saved"; break;
        case storage::SaveState::Saving: label = "Saving\xe2\x80\xa6"; break;
        case storage::SaveState::Failed: label = "Not saved"; colour = kBad; break;
        case storage::SaveState::ReadOnly: label = "Read-only"; colour = kWarn; break;
        case storage::SaveState::Off: label = nullptr; break;
    }
    if (app.doc.read_only() && lib.state != storage::SaveState::Failed) {
        label = "Read-only";
        colour = kWarn;
    }
    if (!label) return x;
    const char* glyph = app.doc.read_only() ? icon::kLock : lib.state == storage::SaveState::Failed ? icon::kWarning : icon::kSaved;
    char text[64];
    std::snprintf(text, sizeof text, "%s %s", glyph, label);
    const float size = kSmallSize_css * r;
    const float w = text_w(fs.small, size, text) + 12 * r;
    ImGui::SetCursorScreenPos(ImVec2(x, (h - 26 * r) * 0.5f));
    ImGui::PushID("savestate");
    const bool clicked = ImGui::InvisibleButton("##save", ImVec2(w, 26 * r));
    ImGui::PopID();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    app.toolbar_rects_css["save"] = {a.x / r, a.y / r, (b.x - a.x) / r, (b.y - a.y) / r};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered()) dl->AddRectFilled(a, b, kHoverBg, 6 * r);
    dl->AddText(fs.small, size, ImVec2(x + 6 * r, (h - size) * 0.5f), colour, text);
    if (ImGui::IsItemHovered()) {
        const std::string tip = app.doc.read_only() ? app.doc.read_only_reason()
                              : !lib.message.empty() ? lib.message
                              : "Every change is kept in this browser within a second.";
        ImGui::SetTooltip("%s", tip.c_str());
    }
    if (clicked) {
        if (!lib.damaged_name.empty()) {
            storage::library().show_damaged = true;  // why, and its text as a file
        } else if (app.doc.read_only() && storage::library().other_tab == storage::OtherTab::None) {
            storage::library().other_tab = storage::OtherTab::OpenElsewhere;  // the choices again
        } else if (lib.state == storage::SaveState::Failed) {
            app.say(lib.message + " Downloading a copy now.", true, 8);
            storage::download(app, "json");
        }
    }
    return b.x;
}

// What fits in a bar `width` wide, dropped in this order when it does not: the word
// "ALIGNMENT" by the score, then the selection and file tools (into a "more" menu), then the
// product name beside the mark, then the gauge (the number stays); the plan's name is cut
// last. Widths in pixels.
struct BarLayout {
    bool score_label = true;
    bool all_tools = true;
    bool wordmark = true;
    bool gauge = true;
    float title_max = FLT_MAX;
};

BarLayout fit_bar(float width, float title_w, float fixed, float label_w, float tools_saved,
                  float wordmark_w, float gauge_w, float r) {
    BarLayout l;
    float over = fixed + title_w - width;
    if (over > 0) { l.score_label = false; over -= label_w; }
    if (over > 0) { l.all_tools = false; over -= tools_saved; }
    if (over > 0) { l.wordmark = false; over -= wordmark_w; }
    if (over > 0 && gauge_w > 0) { l.gauge = false; over -= gauge_w; }
    if (over > 0) l.title_max = std::max(60 * r, title_w - over);
    return l;
}

// Which groups of tools the bar shows.
struct BarTools {
    bool edit = false;   // undo, redo, copy, paste, delete, history
    bool files = false;  // share, download
};

// The tools that move into the "more" menu on a narrow bar, as labelled menu items.
void more_menu(App& app, bool edit) {
    if (edit) {
        const bool any = !app.selection.empty();
        if (ImGui::MenuItem("Copy cards", "Ctrl+C", false, any)) copy_selection(app);
        if (ImGui::MenuItem("Paste cards", "Ctrl+V")) {
            const char* text = ImGui::GetClipboardText();
            paste_cards_text(app, text ? text : "");
        }
        if (ImGui::MenuItem("Delete cards", "Delete", false, any)) delete_selection(app);
        ImGui::Separator();
        if (ImGui::MenuItem("History")) open_history_window(app);
    }
    if (ImGui::MenuItem("Share a link")) storage::share(app);
    if (ImGui::MenuItem("Download the plan", "Ctrl+S")) storage::download(app, "json");
}

}  // namespace

void draw_top_bar(App& app) {
    const float r = platform::pixel_ratio();
    const fonts::Set& fs = fonts::get();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float h = kTopBarHeight_css * r;

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(display.x, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##topbar", nullptr, flags);
    ImGui::PopStyleVar(2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, h), kBarBg);
    dl->AddLine(ImVec2(0, h - 0.5f * r), ImVec2(display.x, h - 0.5f * r), kBarBorder, 1 * r);

    // What fits: measured before anything is drawn.
    const Plan& plan = app.doc.plan();
    const std::string name = storage::plan_title(plan);
    const std::string period = period_label(plan.settings.start, plan.settings.end);
    const float name_size = kTextSize_css * r;
    const float small = kSmallSize_css * r;
    const float head = 15.0f * r;
    const float title_w = std::max(text_w(fs.title, name_size, name.c_str()), text_w(fs.small, small, period.c_str()));
    const bool score_shown = board_right_inset_css() <= 0;
    const float label_w = score_shown ? text_w(fs.small_bold, small, "ALIGNMENT") + 10 * r : 0;
    const float wordmark_w = text_w(fs.heading, head, "Alignboard") + 16 * r;
    const float button = 34 * r, gap = 4 * r, group_gap = 14 * r;
    BarTools tools;
    tools.files = !app.presenting;
    tools.edit = tools.files && !app.doc.read_only();
    const float toggles = 2 * button + gap;
    const float undo_w = tools.edit ? 2 * button + gap + group_gap : 0;
    const float selection_w = tools.edit ? 3 * button + 2 * gap + group_gap : 0;
    const int file_buttons = tools.files ? (tools.edit ? 3 : 2) : 0;
    const float files_w = file_buttons ? file_buttons * button + (file_buttons - 1) * gap + group_gap : 0;
    const float tools_full = undo_w + selection_w + files_w + toggles;
    // Collapsing puts one "more" button where the selection and file tools were.
    const float tools_saved = std::max(0.0f, selection_w + files_w - (button + group_gap));
    const float save_w = storage::library().state != storage::SaveState::Off || app.doc.read_only() ? 100 * r : 0;
    const float score_w = score_shown ? 20 * r + 120 * r + 14 * r + text_w(fs.score, kScoreSize_css * r, "88.8") + label_w + 16 * r : 0;
    const float fixed = 16 * r + 30 * r + 10 * r + wordmark_w + 12 * r + button + 10 * r + 12 * r + save_w + 12 * r +
                        tools_full + score_w;
    const BarLayout fit = fit_bar(display.x, title_w, fixed, label_w, tools_saved, wordmark_w,
                                  score_shown ? 134 * r : 0, r);

    // Product mark and name.
    float x = 16 * r;
    const float mark = 30 * r;
    const ImVec2 ma(x, (h - mark) * 0.5f);
    dl->AddRectFilled(ma, ImVec2(ma.x + mark, ma.y + mark), kAccent, 8 * r);
    const float icon_size = kTextSize_css * r;
    const float iw = text_w(fs.text, icon_size, icon::kSitemap);
    dl->AddText(fs.text, icon_size, ImVec2(ma.x + (mark - iw) * 0.5f, ma.y + (mark - icon_size) * 0.5f),
                kOnAccent, icon::kSitemap);
    x += mark + 10 * r;
    if (fit.wordmark) {
        dl->AddText(fs.heading, head, ImVec2(x, (h - head) * 0.5f), kText, "Alignboard");
        x += wordmark_w;
    }
    dl->AddLine(ImVec2(x, h * 0.3f), ImVec2(x, h * 0.7f), kBarBorder, 1 * r);
    x += 12 * r;

    // The plan library, then the plan's name over its period and whether it is saved.
    ImGui::SetCursorScreenPos(ImVec2(x, (h - 32 * r) * 0.5f));
    app.toolbar_rects_css.clear();
    if (icon_button(app, "plans", icon::kFolder, true, "Your plans: open, new, rename, files", r)) open_plans_window(app);
    x += 34 * r + 10 * r;
    const float block_h = period.empty() ? name_size : name_size + 2 * r + small;
    const float ny = (h - block_h) * 0.5f;
    const std::string shown_name = ellipsize(fs.title, name_size, name, fit.title_max);
    const std::string shown_period = ellipsize(fs.small, small, period, fit.title_max);
    dl->AddText(fs.title, name_size, ImVec2(x, ny), kText, shown_name.c_str());
    if (!period.empty()) dl->AddText(fs.small, small, ImVec2(x, ny + name_size + 2 * r), kTextMuted, shown_period.c_str());
    const float shown_w = std::max(text_w(fs.title, name_size, shown_name.c_str()), text_w(fs.small, small, shown_period.c_str()));
    if (shown_name != name) {  // the whole name on hover
        ImGui::SetCursorScreenPos(ImVec2(x, ny));
        ImGui::InvisibleButton("##plan-name", ImVec2(std::max(1.0f, shown_w), block_h));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
    }
    x += shown_w + 12 * r;
    x = draw_save_state(app, x, h) + 12 * r;

    // Editing: undo, redo, then what acts on the selection; then history and files. Editing
    // hides while presenting and on a plan that cannot be changed; all of it while presenting.
    ImGui::SetCursorScreenPos(ImVec2(x, (h - 32 * r) * 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4 * r, 0));
    if (tools.edit) {
        const std::string undo_tip = app.doc.can_undo() ? "Undo " + app.doc.undo_label() + " (Ctrl+Z)" : "Nothing to undo";
        const std::string redo_tip = app.doc.can_redo() ? "Redo " + app.doc.redo_label() + " (Ctrl+Shift+Z)" : "Nothing to redo";
        if (icon_button(app, "undo", icon::kUndo, app.doc.can_undo(), undo_tip.c_str(), r)) app.doc.undo();
        ImGui::SameLine();
        if (icon_button(app, "redo", icon::kRedo, app.doc.can_redo(), redo_tip.c_str(), r)) app.doc.redo();
        ImGui::SameLine(0, 14 * r);
    }
    if (tools.files && !fit.all_tools) {
        if (icon_button(app, "more", icon::kMore, true, "More: copy, paste, delete, history, share, download", r)) {
            ImGui::OpenPopup("##more");
        }
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * r, 10 * r));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12 * r, 12 * r));
        ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 10 * r);
        if (ImGui::BeginPopup("##more")) {
            more_menu(app, tools.edit);
            ImGui::EndPopup();
        }
        ImGui::PopStyleVar(3);
        ImGui::SameLine(0, 14 * r);
    } else if (tools.files) {
        if (tools.edit) {
            const bool any = !app.selection.empty();
            if (icon_button(app, "copy", icon::kCopy, any, any ? "Copy the selected cards (Ctrl+C)" : "Select cards to copy", r)) {
                copy_selection(app);
            }
            ImGui::SameLine();
            if (icon_button(app, "paste", icon::kPaste, true, "Paste cards (Ctrl+V)", r)) {
                const char* text = ImGui::GetClipboardText();
                paste_cards_text(app, text ? text : "");
            }
            ImGui::SameLine();
            if (icon_button(app, "delete", icon::kTrash, any, any ? "Delete the selected cards (Delete)" : "Select cards to delete", r)) {
                delete_selection(app);
            }
            ImGui::SameLine(0, 14 * r);
            if (icon_button(app, "history", icon::kHistory, true, "History: checkpoints to name and restore", r)) {
                open_history_window(app);
            }
            ImGui::SameLine();
        }
        if (icon_button(app, "share", icon::kShare, true, "Share a link to this plan", r)) storage::share(app);
        ImGui::SameLine();
        if (icon_button(app, "download", icon::kDownload, true, "Download the plan (.json)", r)) {
            storage::download(app, "json");
        }
        ImGui::SameLine(0, 14 * r);
    }
    // View toggles, shown pressed while on.
    const auto toggle = [&](const char* name, const char* glyph, bool on, const char* tip) {
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(kPressedBg));
        const bool pressed = icon_button(app, name, glyph, true, tip, r);
        if (on) ImGui::PopStyleColor();
        return pressed;
    };
    if (toggle("present", icon::kPresent, app.presenting,
               app.presenting ? "Back to editing (P or Esc)" : "Present: larger board, no editing tools (P)")) {
        toggle_presentation(app);
    }
    ImGui::SameLine();
    if (toggle("contrast", icon::kContrast, theme::look() == Look::HighContrast, "High contrast (H)")) {
        toggle_high_contrast(app);
    }
    ImGui::PopStyleVar();

    // The score on the right: label, number, gauge (the score panel shows it when there is room).
    if (!score_shown) {
        ImGui::End();
        return;
    }
    const Scores& scores = app.doc.scores();
    char value[16];
    if (scores.overall) std::snprintf(value, sizeof value, "%.1f", round1(*scores.overall));
    else std::snprintf(value, sizeof value, "\xe2\x80\x94");
    const float score_size = kScoreSize_css * r;
    const float gauge_w = 120 * r, gauge_h = 6 * r;
    const float right = display.x - 20 * r;
    const float value_w = text_w(fs.score, score_size, value);
    const float gx = right - gauge_w;
    const float vx = fit.gauge ? gx - 14 * r - value_w : right - value_w;
    const ImU32 health = health_color(scores.overall);
    dl->AddText(fs.score, score_size, ImVec2(vx, (h - score_size) * 0.5f - 1 * r), health, value);
    if (fit.score_label) {
        const char* label = "ALIGNMENT";
        const float lw = text_w(fs.small_bold, small, label);
        dl->AddText(fs.small_bold, small, ImVec2(vx - 10 * r - lw, (h - small) * 0.5f), kTextMuted, label);
    }

    if (!fit.gauge) {
        ImGui::End();
        return;
    }
    char complete[48];
    std::snprintf(complete, sizeof complete, "Completeness %.0f%%", scores.completeness);
    const float gy = h * 0.5f - gauge_h - 2 * r;
    dl->AddRectFilled(ImVec2(gx, gy), ImVec2(right, gy + gauge_h), kTrack, gauge_h * 0.5f);
    if (scores.overall) {
        const float fill = gauge_w * std::clamp(float(*scores.overall) / 100.0f, 0.0f, 1.0f);
        dl->AddRectFilled(ImVec2(gx, gy), ImVec2(gx + fill, gy + gauge_h), health, gauge_h * 0.5f);
    }
    const float cw = text_w(fs.small, 11 * r, complete);
    dl->AddText(fs.small, 11 * r, ImVec2(right - cw, gy + gauge_h + 5 * r), kTextFaint, complete);

    ImGui::End();
}

}  // namespace ab::web
