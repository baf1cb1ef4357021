// Draws the top bar (see top_bar.hpp). Sizes are CSS pixels times the pixel ratio.
#include "panels/top_bar.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "app/action_table.hpp"
#include "app/actions.hpp"
#include "board/draw.hpp"
#include "board/view.hpp"
#include "board/card_text.hpp"
#include "export/outline.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "score/advice/explain.hpp"
#include "panels/side_panel_layout.hpp"
#include "ui/text/bidi_text.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "panels/inspector/inspector_forms.hpp"
#include "platform/platform.hpp"
#include "library/storage.hpp"
#include "library/windows/windows.hpp"
#include "ui/field_widgets.hpp"
#include "ui/theme.hpp"
#include "workshop/workshop_ui.hpp"

namespace ab::web {
namespace {

using namespace theme;

float text_w(ImFont* font, float size, const char* text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text).x;
}

// The bar's button size and the spaces between buttons of one group and between groups (CSS px).
// The score's band beside its number (to move into the string catalogue), and its shape's size.
constexpr float kScoreMark_css = 12;
constexpr float kButtonW_css = 34, kButtonH_css = 32, kGap_css = 4, kGroupGap_css = 14;
// Where there is no hover for a tooltip (a finger), buttons carry their word under the icon.
constexpr float kLabelledH_css = 46, kLabelledMinW_css = 44;

// The word a labelled button shows: its action's label, shortened to its first word.
std::string short_label(const char* id, const char* label) {
    // The catalogue's "action.<id>.short" (German puts the verb last: "Karten kopieren" -> "Kopieren").
    (void)label;
    return i18n::tr(std::string("action.") + id + ".short");
}

// How wide a bar button is: an icon, or on a touch screen an icon over its word.
float button_w(const char* id, const char* label, float r) {
    if (!platform::touch_ui()) return kButtonW_css * r;
    const fonts::Set& fs = fonts::get();
    const std::string word = short_label(id, label);
    return std::max(kLabelledMinW_css * r, fs.small->CalcTextSizeA(11 * r, FLT_MAX, 0, word.c_str()).x + 14 * r);
}

// Keeps the last item's rectangle under `name` for the test bridge (toolbarRect).
void keep_rect(App& app, const std::string& name) { app.probe.rects.keep_item("toolbar/" + name); }

// Notes what the control under the pointer shows, for the bridge (toolbarHover).
void note_hover(App& app, const char* id, const std::string& label, const std::string& chord, const std::string& tip) {
    ActionProbe& p = app.probe.actions;
    p.hover_id = id;
    p.hover_label = label;
    p.hover_chord = chord;
    p.hover_tip = tip;
}

// An icon button that is greyed out (and inert) when `enabled` is false, shown pressed when
// `on`. Its rectangle is kept under `name` for the test bridge.
bool icon_button(App& app, const char* name, const char* icon, bool enabled, const std::string& tip, float r,
                 bool on = false, const char* label = nullptr) {
    ImGui::PushID(name);
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(kPressedBg));
    ImGui::BeginDisabled(!enabled);
    bool pressed;
    if (platform::touch_ui()) {
        // The icon over its word: a finger has no hover to show a tooltip.
        const std::string word = short_label(name, label ? label : name);
        const ImVec2 size(button_w(name, label ? label : name, r), kLabelledH_css * r);
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, (kTopBarHeight_css - kLabelledH_css) * 0.5f * r));
        pressed = ImGui::Button("##labelled", size);
        const ImVec2 a = ImGui::GetItemRectMin();
        const fonts::Set& fs = fonts::get();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImU32 ink = enabled ? kText : kTextFaint;
        const float is = kTextSize_css * r, ls = 11 * r;
        dl->AddText(fs.text, is, ImVec2(a.x + (size.x - text_w(fs.text, is, icon)) * 0.5f, a.y + 7 * r), ink, icon);
        dl->AddText(fs.small, ls, ImVec2(a.x + (size.x - text_w(fs.small, ls, word.c_str())) * 0.5f, a.y + 11 * r + is),
                    ink, word.c_str());
    } else {
        pressed = ImGui::Button(icon, ImVec2(kButtonW_css * r, kButtonH_css * r));
    }
    ImGui::EndDisabled();
    if (on) ImGui::PopStyleColor();
    ImGui::PopID();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", tip.c_str());
        note_hover(app, name, "", "", tip);
    }
    keep_rect(app, name);
    return pressed;
}

// An action's button: its icon, its tooltip with the platform's chord, pressed while it is on.
void action_button(App& app, const Action& a, float r) {
    const bool on = a.checked && a.checked(app);
    const bool pressed = icon_button(app, a.id, a.icon, action_enabled(app, a), action_tooltip(app, a), r, on, a.label);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        app.probe.actions.hover_label = a.label;
        app.probe.actions.hover_chord = shown_chord(a);
    }
    if (pressed) run_action(app, a);
}

// Saved / Saving / Not saved / Read-only after the plan's name; a click on a problem says
// more (and a failed save offers the file). Returns the x after it.
// On a narrow bar (a small embed) "Not kept" is its icon alone; its tooltip says the rest.
// On a phone's bar every state is its icon alone.
bool compact_save_state(const App& app) {
    const float w = ImGui::GetIO().DisplaySize.x / platform::pixel_ratio();
    return w < 480 || (storage::library().state == storage::SaveState::Off && !app.doc.read_only() && w < 560);
}

float draw_save_state(App& app, float x, float h) {
    const float r = platform::pixel_ratio();
    const fonts::Set& fs = fonts::get();
    const storage::Library& lib = storage::library();
    const char* label = nullptr;
    ImU32 colour = kTextFaint;
    switch (lib.state) {
        // Typed text not confirmed yet is not stored yet either: it is saved when it is confirmed
        // or when the page is hidden, so until then the bar does not promise Saved.
        case storage::SaveState::Saved:
            label = i18n::tr(storage::typing_unsaved(app) ? "save.saving" : "save.saved").c_str();
            break;
        case storage::SaveState::Saving: label = i18n::tr("save.saving").c_str(); break;
        case storage::SaveState::Failed: label = i18n::tr("save.failed").c_str(); colour = kBad; break;
        case storage::SaveState::ReadOnly: label = i18n::tr("save.read_only").c_str(); colour = kWarn; break;
        // A page that keeps nothing (an embed, storage=none) says so where "Saved" would be.
        case storage::SaveState::Off: label = i18n::tr("save.off").c_str(); break;
    }
    if (app.doc.read_only() && lib.state != storage::SaveState::Failed) {
        label = i18n::tr("save.read_only").c_str();
        colour = kWarn;
    }
    if (!label) return x;
    const char* glyph = app.doc.read_only()                     ? icon::kLock
                        : lib.state == storage::SaveState::Failed ? icon::kWarning
                        : lib.state == storage::SaveState::Off    ? icon::kInfo
                                                                  : icon::kSaved;
    char text[160];
    if (compact_save_state(app)) std::snprintf(text, sizeof text, "%s", glyph);
    else std::snprintf(text, sizeof text, "%s %s", glyph, label);
    const float size = kSmallSize_css * r;
    const float w = text_w(fs.small, size, text) + 12 * r;
    ImGui::SetCursorScreenPos(ImVec2(x, (h - 26 * r) * 0.5f));
    ImGui::PushID("savestate");
    const bool clicked = ImGui::InvisibleButton("##save", ImVec2(w, 26 * r));
    ImGui::PopID();
    keep_rect(app, "save");
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered()) dl->AddRectFilled(a, b, kHoverBg, 6 * r);
    dl->AddText(fs.small, size, ImVec2(x + 6 * r, (h - size) * 0.5f), colour, text);
    if (ImGui::IsItemHovered()) {
        const std::string tip = app.doc.read_only() ? app.doc.read_only_reason()
                              : !lib.message.empty() ? lib.message
                              : lib.state == storage::SaveState::Off ? i18n::tr("save.off_tip")
                              : i18n::tr("save.saved_tip");
        ImGui::SetTooltip("%s", tip.c_str());
    }
    if (clicked) {
        if (!lib.damaged_name.empty()) {
            storage::library().show_damaged = true;  // why, and its text as a file
        } else if (app.doc.read_only() && storage::library().other_tab == storage::OtherTab::None) {
            storage::library().other_tab = storage::OtherTab::OpenElsewhere;  // the choices again
        } else if (lib.state == storage::SaveState::Failed) {
            app.say(i18n::tr("save.failed_download", {{"why", lib.message}}), true, 8);
            storage::download(app, "json");
        } else if (lib.state == storage::SaveState::Off) {
            app.say(i18n::tr("save.off_download"), false, 6);
            storage::download(app, "json");
        }
    }
    return b.x;
}

// What fits in a bar `width` wide, dropped in this order when it does not: the word
// "ALIGNMENT" by the score, then the selection and file tools (into a "more" menu), then the
// product name beside the mark, then the gauge (the number stays), then the view tools (into
// the menu too), then the mark itself; the plan's name is cut last. Widths in pixels.
struct BarLayout {
    bool score_label = true;
    int fold = 0;  // 0: every tool on the bar; 1: selection and file tools in More; 2: view tools too
    bool wordmark = true;
    bool gauge = true;
    bool mark = true;
    float title_max = FLT_MAX;
};

struct BarSavings {
    float label, tools, view_tools, wordmark, gauge, mark;
};

BarLayout fit_bar(float width, float title_w, float fixed, const BarSavings& save, float r) {
    BarLayout l;
    float over = fixed + title_w - width;
    if (over > 0) { l.score_label = false; over -= save.label; }
    if (over > 0) { l.fold = 1; over -= save.tools; }
    if (over > 0) { l.wordmark = false; over -= save.wordmark; }
    if (over > 0 && save.gauge > 0) { l.gauge = false; over -= save.gauge; }
    if (over > 0) { l.fold = 2; over -= save.view_tools; }
    if (over > 0) { l.mark = false; over -= save.mark; }
    if (over > 0) l.title_max = std::max(60 * r, title_w - over);
    return l;
}

// One button among the bar's tools: an action of the table, or (nullptr) the More button that
// holds the foldable groups when the bar is narrow.
struct BarItem {
    const Action* action;
    BarGroup group;
};

// The groups that go into the More menu on a narrow bar (fold 1), and on a phone's (fold 2).
bool folds(BarGroup g, int fold) {
    return (fold >= 1 && (g == BarGroup::Selection || g == BarGroup::Files)) || (fold >= 2 && g == BarGroup::View);
}

// The tools the bar shows, in the table's order: editing tools hide while presenting and on a
// plan that cannot be changed, everything but the view toggles while presenting. `fold` puts
// the foldable groups behind one More button where the first of them was.
std::vector<BarItem> bar_items(const App& app, int fold) {
    std::vector<BarItem> items;
    bool more = false;
    for (const Action& a : actions()) {
        if (a.group == BarGroup::None || a.group == BarGroup::Library) continue;
        if (app.view.presenting && a.group != BarGroup::View) continue;
        if (a.edits && app.doc.read_only()) continue;
        if (folds(a.group, fold)) {
            if (!more) items.push_back({nullptr, a.group});
            more = true;
            continue;
        }
        items.push_back({&a, a.group});
    }
    return items;
}

// The space before `cur` when it follows `prev`: narrow inside a group, wide between groups.
float space_between(const BarItem& prev, const BarItem& cur, float r) {
    return (prev.group == cur.group ? kGap_css : kGroupGap_css) * r;
}

// How wide draw_tools draws `items`.
float tools_width(const std::vector<BarItem>& items, float r) {
    float w = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) w += space_between(items[i - 1], items[i], r);
        w += items[i].action ? button_w(items[i].action->id, items[i].action->label, r) : button_w("more", i18n::tr("action.more").c_str(), r);
    }
    return w;
}

// The More button and its menu: the folded actions with their labels and chords, a line
// between groups.
void draw_more(App& app, int fold, float r) {
    std::vector<const Action*> folded;
    std::string tip = i18n::tr("action.more.tip");
    for (const BarItem& item : bar_items(app, 0)) {
        if (!folds(item.group, fold)) continue;
        folded.push_back(item.action);
        tip += std::string(folded.size() == 1 ? " " : ", ") + item.action->id;
    }
    if (icon_button(app, "more", icon::kMore, true, tip, r, false, i18n::tr("action.more").c_str())) ImGui::OpenPopup("##more");
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * r, 10 * r));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12 * r, 12 * r));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 10 * r);
    if (ImGui::BeginPopup("##more")) {
        for (size_t i = 0; i < folded.size(); ++i) {
            const Action& a = *folded[i];
            if (i > 0 && folded[i - 1]->group != a.group) ImGui::Separator();
            const std::string chord = shown_chord(a);
            const bool chosen = ImGui::MenuItem(a.label, chord.empty() ? nullptr : chord.c_str(), false,
                                                action_enabled(app, a));
            keep_rect(app, std::string("more:") + a.id);
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) note_hover(app, a.id, a.label, chord, "");
            if (chosen) run_action(app, a);
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar(3);
}

// The tools from the bar's left edge `x`, as tools_width measures them.
void draw_tools(App& app, const std::vector<BarItem>& items, int fold, float x, float h, float r) {
    ImGui::SetCursorScreenPos(ImVec2(x, (h - kButtonH_css * r) * 0.5f));
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) ImGui::SameLine(0, space_between(items[i - 1], items[i], r));
        if (items[i].action) action_button(app, *items[i].action, r);
        else draw_more(app, fold, r);
    }
}

// The bar's window across the top, its background and bottom line.
void begin_bar(ImVec2 display, float h, float r) {
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
}

// The product mark from `x`, and its name when it fits; returns the x after the line that
// follows them.
float draw_mark(bool mark_shown, bool wordmark, float wordmark_w, float x, float h, float r) {
    if (!mark_shown) return x;
    const fonts::Set& fs = fonts::get();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float mark = 30 * r, head = 15.0f * r;
    const ImVec2 ma(x, (h - mark) * 0.5f);
    dl->AddRectFilled(ma, ImVec2(ma.x + mark, ma.y + mark), kAccent, 8 * r);
    const float icon_size = kTextSize_css * r;
    const float iw = text_w(fs.text, icon_size, icon::kSitemap);
    dl->AddText(fs.text, icon_size, ImVec2(ma.x + (mark - iw) * 0.5f, ma.y + (mark - icon_size) * 0.5f),
                kOnAccent, icon::kSitemap);
    x += mark + 10 * r;
    if (wordmark) {
        dl->AddText(fs.heading, head, ImVec2(x, (h - head) * 0.5f), kText, i18n::tr("app.name").c_str());
        x += wordmark_w;
    }
    dl->AddLine(ImVec2(x, h * 0.3f), ImVec2(x, h * 0.7f), kBarBorder, 1 * r);
    return x + 12 * r;
}

// The plan's name over its period from `x`, each cut to `max_w`; returns the x after them. A
// click on the name edits it in place (Enter or a click elsewhere keeps it, Esc leaves it).
float draw_title(App& app, const std::string& name, const std::string& period, float max_w, float x, float h, float r) {
    const fonts::Set& fs = fonts::get();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float name_size = kTextSize_css * r, small = kSmallSize_css * r;
    const float block_h = period.empty() ? name_size : name_size + 2 * r + small;
    const float ny = (h - block_h) * 0.5f;
    const std::string shown_name = ellipsize(fs.title, name_size, name, max_w);
    const std::string shown_period = ellipsize(fs.small, small, period, max_w);
    const float shown_w = std::max(text_w(fs.title, name_size, shown_name.c_str()), text_w(fs.small, small, shown_period.c_str()));
    TitleEdit& edit = app.gesture.title;
    if (edit.editing) {
        const float w = std::max(max_w, 200 * r);
        ImGui::SetCursorScreenPos(ImVec2(x - 6 * r, ny - 5 * r));
        ImGui::PushFont(fs.title, fs.title->LegacySize);
        ui::TextOptions o;
        o.width = w;
        o.focus = !edit.focused;
        o.hint = i18n::tr("top.name_hint").c_str();
        edit.focused = true;
        ui::text_field(app, "title.field", app.doc.plan().settings.name, form::set_text(app, "", "name"), o);
        const bool left = ImGui::IsItemDeactivated();
        ImGui::PopFont();
        keep_rect(app, "title.field");
        if (left) edit = TitleEdit{};
        return x + w - 6 * r;
    }
    dl->AddText(fs.title, name_size, ImVec2(x, ny), kText, ui::shown(shown_name).c_str());
    if (!period.empty()) dl->AddText(fs.small, small, ImVec2(x, ny + name_size + 2 * r), kTextMuted, shown_period.c_str());
    ImGui::SetCursorScreenPos(ImVec2(x, ny));
    ImGui::InvisibleButton("##plan-name", ImVec2(std::max(1.0f, shown_w), block_h));
    keep_rect(app, "title");
    if (ImGui::IsItemHovered() && !app.doc.read_only()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        ImGui::SetTooltip("%s", shown_name != name ? i18n::tr("top.rename_named", {{"name", name}}).c_str()
                                                   : i18n::tr("top.rename").c_str());
    } else if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", name.c_str());
    }
    if (ImGui::IsItemClicked() && !app.doc.read_only()) {
        edit.editing = true;
        platform::request_frames(3);
    }
    return x + shown_w;
}

// The score on the right: label, number, gauge (the score panel shows it when there is room).
void draw_score(const App& app, const BarLayout& fit, float width, float h, float r) {
    const fonts::Set& fs = fonts::get();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float small = kSmallSize_css * r;
    const Scores& scores = app.doc.scores();
    char value[16];
    if (scores.overall) std::snprintf(value, sizeof value, "%s", localize_digits(overall_text(scores.overall)).c_str());
    else std::snprintf(value, sizeof value, "\xe2\x80\x94");
    const float score_size = kScoreSize_css * r;
    const float gauge_w = 120 * r, gauge_h = 6 * r;
    const float right = width - 20 * r;
    const float value_w = text_w(fs.score, score_size, value);
    const float gx = right - gauge_w;
    const float vx = fit.gauge ? gx - 14 * r - value_w : right - value_w;
    const ImU32 health = health_color(scores.overall);
    dl->AddText(fs.score, score_size, ImVec2(vx, (h - score_size) * 0.5f - 1 * r), health, value);
    // The band's shape before the number (colour is never its only signal).
    const float mark = kScoreMark_css * r;
    draw_band_mark(dl, ImVec2(vx - 6 * r - mark * 0.5f, h * 0.5f), mark, scores.overall, health);
    if (fit.score_label) {
        const char* label = i18n::tr("top.alignment").c_str();
        const float lw = text_w(fs.small_bold, small, label);
        dl->AddText(fs.small_bold, small, ImVec2(vx - 12 * r - mark - lw, (h - small) * 0.5f), kTextMuted, label);
    }

    if (!fit.gauge) return;
    char complete[160];
    // The band's word where there is room: "Good · Completeness 85%".
    const std::string band = score_band(scores.overall);
    const std::string word = band == "good" ? i18n::tr("top.band_good") : band == "fair" ? i18n::tr("top.band_fair")
                           : band == "weak" ? i18n::tr("top.band_weak") : std::string();
    const std::string percent = i18n::tr("top.completeness", {{"percent", local_number(std::round(scores.completeness))}});
    std::snprintf(complete, sizeof complete, "%s%s%s", word.c_str(), word.empty() ? "" : " \xc2\xb7 ", percent.c_str());
    const float gy = h * 0.5f - gauge_h - 2 * r;
    dl->AddRectFilled(ImVec2(gx, gy), ImVec2(right, gy + gauge_h), kTrack, gauge_h * 0.5f);
    if (scores.overall) {
        const float fill = gauge_w * std::clamp(float(*scores.overall) / 100.0f, 0.0f, 1.0f);
        dl->AddRectFilled(ImVec2(gx, gy), ImVec2(gx + fill, gy + gauge_h), health, gauge_h * 0.5f);
    }
    const float cw = text_w(fs.small, 11 * r, complete);
    dl->AddText(fs.small, 11 * r, ImVec2(right - cw, gy + gauge_h + 5 * r), kTextFaint, complete);
}

}  // namespace

void draw_top_bar(App& app) {
    const float r = platform::pixel_ratio();
    const fonts::Set& fs = fonts::get();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float h = kTopBarHeight_css * r;
    begin_bar(display, h, r);
    app.probe.rects.clear("toolbar/");
    app.probe.actions.hover_id.clear();

    // What fits: measured before anything is drawn, the tools by the code that draws them.
    const Plan& plan = app.doc.plan();
    const std::string name = storage::plan_title(plan);
    const std::string period = period_label(plan.settings.start, plan.settings.end);
    const float small = kSmallSize_css * r;
    const float title_w = std::max(text_w(fs.title, kTextSize_css * r, name.c_str()), text_w(fs.small, small, period.c_str()));
    // The panel's column or sheet shows the score in its Score tab; without one, the bar does
    // (unless a workshop's facilitator hides it from participants: workshop/workshop_ui.hpp).
    workshop_ui::frame(app);
    const bool score_shown = side_panel_place(app).form == PanelForm::None && !workshop_ui::hides_score(app);
    const float label_w = score_shown ? text_w(fs.small_bold, small, i18n::tr("top.alignment").c_str()) + 10 * r : 0;
    const float wordmark_w = text_w(fs.heading, 15.0f * r, i18n::tr("app.name").c_str()) + 16 * r;
    const std::vector<BarItem> tools_by_fold[3] = {bar_items(app, 0), bar_items(app, 1), bar_items(app, 2)};
    const float tools_full = tools_width(tools_by_fold[0], r);
    BarSavings save;
    save.label = label_w;
    save.tools = std::max(0.0f, tools_full - tools_width(tools_by_fold[1], r));
    save.view_tools = std::max(0.0f, tools_width(tools_by_fold[1], r) - tools_width(tools_by_fold[2], r));
    save.wordmark = wordmark_w;
    save.gauge = score_shown ? 134 * r : 0;
    save.mark = 30 * r + 10 * r + 12 * r;
    const float plans_w = button_w("plans", i18n::tr("action.plans").c_str(), r);
    // Room for the widest save state, so the bar does not refold while a save is under way.
    const float save_w = compact_save_state(app) ? 30 * r : 100 * r;
    const float score_w = score_shown ? 20 * r + 120 * r + 14 * r + text_w(fs.score, kScoreSize_css * r, "88.8") + label_w + 16 * r +
                                            (kScoreMark_css + 8) * r
                                      : 0;
    const float fixed = 16 * r + 30 * r + 10 * r + wordmark_w + 12 * r + plans_w + 10 * r + 12 * r + save_w +
                        12 * r + tools_full + (score_shown ? score_w : 16 * r);
    const BarLayout fit = fit_bar(display.x, title_w, fixed, save, r);

    // The mark, the plan library, the plan's name and whether it is saved, the tools, the score.
    float x = draw_mark(fit.mark, fit.wordmark, wordmark_w, 16 * r, h, r);
    // A read-only page that keeps nothing (a read-only embed) has no plans to show.
    const bool plans_shown = !(app.doc.read_only() && storage::library().state == storage::SaveState::Off);
    ImGui::SetCursorScreenPos(ImVec2(x, (h - kButtonH_css * r) * 0.5f));
    for (const Action& a : actions()) {
        if (a.group == BarGroup::Library && plans_shown) action_button(app, a, r);
    }
    if (plans_shown) x += plans_w + 10 * r;
    x = draw_title(app, name, period, fit.title_max, x, h, r) + 12 * r;
    x = draw_save_state(app, x, h) + 12 * r;
    draw_tools(app, tools_by_fold[fit.fold], fit.fold, x, h, r);
    if (score_shown) draw_score(app, fit, display.x, h, r);
    ImGui::End();
}

}  // namespace ab::web
