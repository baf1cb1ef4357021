// Draws the score panel (see panels/score.hpp). It reads Document::scores(), which is recomputed
// right after any edit, so the numbers change in the frame of the edit; it only changes view
// state (selection, glow, the camera), never the plan.
#include "panels/score.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "board/view.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "ui/text/bidi_text.hpp"
#include "ui/text/browser_glyphs.hpp"
#include "ui/floating_window.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "model/queries.hpp"
#include "panels/inspector/inspector_forms.hpp"
#include "panels/side_panel_layout.hpp"
#include "panels/side_panel.hpp"
#include "platform/platform.hpp"
#include "score/advice/explain.hpp"
#include "score/advice/fixes.hpp"
#include "ui/theme.hpp"
#include "workshop/workshop_ui.hpp"

namespace ab::web {

namespace {

using namespace theme;

float text_w(ImFont* font, float size, const char* text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text).x;
}

// A half-ring gauge with the overall in the middle.
void draw_gauge(ImDrawList* dl, ImVec2 centre, float radius, float thick, std::optional<double> v, float r) {
    const fonts::Set& fs = fonts::get();
    const float a0 = 3.14159265f, a1 = 2 * 3.14159265f;
    dl->PathArcTo(centre, radius, a0, a1, 48);
    dl->PathStroke(kTrack, 0, thick);
    if (v) {
        const float t = std::clamp(float(*v) / 100.0f, 0.0f, 1.0f);
        if (t > 0) {
            dl->PathArcTo(centre, radius, a0, a0 + (a1 - a0) * t, 48);
            dl->PathStroke(health_color(v), 0, thick);
        }
    }
    const std::string value = localize_digits(overall_text(v));  // "40,5" in German
    const float size = 40 * r;
    const float w = text_w(fs.score, size, value.c_str());
    dl->AddText(fs.score, size, ImVec2(centre.x - w * 0.5f, centre.y - size * 0.95f), health_color(v), value.c_str());
    const char* label = i18n::tr("top.alignment").c_str();
    const float ls = 11.5f * r;
    const float lw = text_w(fs.small_bold, ls, label);
    dl->AddText(fs.small_bold, ls, ImVec2(centre.x - lw * 0.5f, centre.y + 6 * r), kTextMuted, label);
}

const char* finding_icon(const Finding& f) { return f.worth >= 1.0 ? icon::kWarning : icon::kInfo; }

// Where the panel is this frame, in ImGui pixels.
struct PanelLayout {
    float r = 1;              // pixel ratio
    ImVec2 display;           // the canvas
    float x0 = 0, w = 0;      // the panel's left edge and width
    float top = 0;            // under the tabs
    float left = 0, right = 0;  // the content's edges
    bool sheet = false;       // a phone's bottom sheet: the whole panel scrolls, the list in it too
};

// Which explanations a tap opened under the score: one per component, and completeness.
bool g_open[kComponentCount + 1] = {};

// An explanation opened by a tap, wrapped to the panel under what it explains; returns the y
// below it. The same words show on hover, but a touch screen has no hover.
float draw_explanation(ImDrawList* dl, const fonts::Set& fs, float r, float left, float right, float y,
                       const char* plain, const char* more) {
    const float size = 12 * r;
    const float wrap = right - left;
    dl->AddText(fs.text, size, ImVec2(left, y), kText, plain, nullptr, wrap);
    y += fs.text->CalcTextSizeA(size, FLT_MAX, wrap, plain).y + 4 * r;
    if (more && *more) {
        dl->AddText(fs.small, 11.5f * r, ImVec2(left, y), kTextMuted, more, nullptr, wrap);
        y += fs.small->CalcTextSizeA(11.5f * r, FLT_MAX, wrap, more).y + 4 * r;
    }
    return y + 8 * r;
}

// The gauge and the completeness line under it; returns the y below them.
float draw_headline(const Scores& scores, ImDrawList* dl, const fonts::Set& fs, float r, float left, float right,
                    float y) {
    const float radius = 74 * r;
    draw_gauge(dl, ImVec2((left + right) * 0.5f, y + radius + 8 * r), radius, 12 * r, scores.overall, r);
    y += radius + 44 * r;
    const std::string complete = completeness_text(scores) + "  " + icon::kInfo;
    const float cs = 12.5f * r;
    const float cw = text_w(fs.small, cs, complete.c_str());
    dl->AddText(fs.small, cs, ImVec2((left + right - cw) * 0.5f, y), kTextMuted, complete.c_str());
    // "Completeness" is the score's own word: a tap (or hover) says what it means.
    ImGui::SetCursorScreenPos(ImVec2((left + right - cw) * 0.5f - 6 * r, y - 4 * r));
    bool& open = g_open[kComponentCount];
    if (ImGui::InvisibleButton("##completeness", ImVec2(cw + 12 * r, cs + 8 * r))) {
        open = !open;
        platform::request_frames(2);
    }
    if (ImGui::IsItemHovered() && !open) ImGui::SetTooltip("%s", completeness_words());
    y += cs + 22 * r;
    if (open) y = draw_explanation(dl, fs, r, left, right, y - 14 * r, completeness_words(), nullptr);
    return y;
}

// The seven components: name, weight, value and bar; the question each asks and its formula in
// words on hover, and under it on a tap (tap again to close); returns the y below them.
float draw_components(const Scores& scores, ImDrawList* dl, const fonts::Set& fs, float r, float left, float right,
                      float y) {
    const float label_size = 13 * r;
    for (size_t i = 0; i < kComponentCount; ++i) {
        const Component c = Component(i);
        const ComponentWords t = component_words(c);
        const std::optional<double>& v = scores.components[i];
        const std::string value = component_score_text(v);
        const std::string weight = component_weight_text(c);
        dl->AddText(fs.text, label_size, ImVec2(left, y), kText, t.title);
        const float tw = text_w(fs.text, label_size, t.title);
        dl->AddText(fs.small, 11 * r, ImVec2(left + tw + 6 * r, y + 2 * r), kTextFaint, weight.c_str());
        const float vw = text_w(fs.title, label_size, value.c_str());
        dl->AddText(fs.title, label_size, ImVec2(right - vw, y), v ? health_color(v) : kTextFaint, value.c_str());
        const float by = y + label_size + 6 * r;
        const float bh = 6 * r;
        dl->AddRectFilled(ImVec2(left, by), ImVec2(right, by + bh), kTrack, bh * 0.5f);
        if (v && *v > 0) {
            const float fill = (right - left) * std::clamp(float(*v) / 100.0f, 0.0f, 1.0f);
            dl->AddRectFilled(ImVec2(left, by), ImVec2(left + fill, by + bh), health_color(v), bh * 0.5f);
        }
        ImGui::SetCursorScreenPos(ImVec2(left, y - 3 * r));
        ImGui::PushID(int(i));
        if (ImGui::InvisibleButton("##component", ImVec2(right - left, by + bh + 6 * r - y))) {
            g_open[i] = !g_open[i];
            platform::request_frames(2);
        }
        ImGui::PopID();
        const size_t count = findings_about(scores, c);
        if (ImGui::IsItemHovered() && !g_open[i]) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
            ImGui::TextUnformatted(t.title);
            ImGui::TextDisabled("%s", component_status_text(c, v).c_str());
            ImGui::Separator();
            ImGui::TextUnformatted(t.plain);
            ImGui::TextDisabled("%s", t.formula);
            if (count > 0) ImGui::TextDisabled("%s", findings_below_text(count).c_str());
            ImGui::TextDisabled("%s", i18n::tr("score.keep_open").c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        y = by + bh + 14 * r;
        if (g_open[i]) {
            const std::string more = std::string(t.formula) + (count > 0 ? " " + findings_below_text(count) : "");
            y = draw_explanation(dl, fs, r, left, right, y - 6 * r, t.plain, more.c_str());
        }
    }
    return y;
}

// "What to fix" and the count of findings beside it; returns the y below them.
float draw_findings_heading(const Scores& scores, ImDrawList* dl, const fonts::Set& fs, float r, float left,
                            float right, float y) {
    y += 8 * r;
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), kBarBorder, 1 * r);
    y += 14 * r;
    const float hs = 15 * r;
    dl->AddText(fs.heading, hs, ImVec2(left, y), kText, i18n::tr("score.what_to_fix").c_str());
    char count[16];
    std::snprintf(count, sizeof count, "%zu", scores.findings.size());
    const float hw = text_w(fs.heading, hs, i18n::tr("score.what_to_fix").c_str());
    const float ccs = 11 * r;
    const ImVec2 ct = fs.small_bold->CalcTextSizeA(ccs, FLT_MAX, 0, count);
    const ImVec2 ca(left + hw + 8 * r, y + (hs - ct.y) * 0.5f - 2 * r);
    const ImVec2 cb(ca.x + ct.x + 12 * r, ca.y + ct.y + 4 * r);
    dl->AddRectFilled(ca, cb, kChipBg, (cb.y - ca.y) * 0.5f);
    dl->AddText(fs.small_bold, ccs, ImVec2(ca.x + 6 * r, ca.y + 2 * r), kTextMuted, count);
    y += hs + 12 * r;
    return y;
}

// A click on a finding: selects the item whose field fixes it (usually the one it is about) and
// opens the inspector with that field taking the keyboard. A finding with no such field selects
// and centres on what it is about, as before.
void open_fix(App& app, const Finding& f) {
    const FindingFix fix = finding_fix(app.doc.plan(), f);
    if (!fix.id.empty() && find_item(app.doc.plan(), fix.id)) {
        app.select_only(fix.id);
        app.view.centre_on.assign(1, fix.id);
        if (!fix.field.empty()) form::request_focus(fix.id, fix.field);
        open_side_tab(app, SideTab::Inspect, true);
        return;
    }
    if (!f.ids.empty()) {
        app.view.selection = f.ids;
        app.view.centre_on = f.ids;
    }
}

// The button under a finding that makes what its fix needs: one undo step, then the new item
// in the inspector with its first field taking the typing.
void make_for(App& app, const Finding& f, const FindingFix& fix) {
    const MadeForFix made = make_for_fix(app.doc.plan(), f, fix, app.doc.id_tag());
    if (made.commands.empty()) return;
    app.doc.begin_group(fix.make_label);
    for (const Command& c : made.commands) {
        const ApplyResult r = app.doc.apply(c);
        if (!r.ok) {
            app.doc.cancel_group();
            app.say(i18n::tr("score.not_added", {{"reason", r.error}}), true);
            return;
        }
    }
    app.doc.end_group();
    app.select_only(made.id);
    app.view.centre_on.assign(1, made.id);
    form::request_focus(made.id, made.field);
    open_side_tab(app, SideTab::Inspect, true);
    platform::request_frames(3);
}

// The findings, in a child window that scrolls under the rest: a click selects and centres on
// their items, a hover makes them glow (returned). Rows are kept in the probe for the bridge.
std::vector<std::string> draw_findings(App& app, const Scores& scores, const PanelLayout& p, float y) {
    const float r = p.r, x0 = p.x0, w = p.w, left = p.left, right = p.right;
    const ImVec2 display = p.display;
    const fonts::Set& fs = fonts::get();
    std::vector<std::string> glow;
    // The list scrolls in a child window of its own; the gauge and bars stay put.
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##findings", ImVec2(w, p.sheet ? std::max(display.y - y, display.y - p.top) : display.y - y), false,
                      ImGuiWindowFlags_NoNav);
    ImDrawList* fl = ImGui::GetWindowDrawList();
    const float msg_size = 13 * r;
    const float text_left = left + 22 * r;
    const float wrap = right - text_left - 40 * r;
    // Row heights are measured once per plan change, and rows out of sight are only spaced:
    // a large plan has hundreds of findings and the panel is drawn every frame.
    FindingRows& rows = app.view.finding_rows;
    std::vector<float>& heights = rows.heights;
    // What each row offers to make (a product, an insight...), measured with the heights.
    static std::vector<FixMake> makes;
    const float make_h = ImGui::GetFrameHeight() + 6 * r;
    if (rows.revision != app.doc.revision() || rows.wrap != wrap || heights.size() != scores.findings.size() ||
        rows.glyphs != browser_glyphs::glyphs_given()) {
        heights.clear();
        makes.clear();
        for (const Finding& f : scores.findings) {
            makes.push_back(finding_make(app.doc.plan(), f));
            heights.push_back(ui::text_size(fs.text, msg_size, f.message, wrap).y + 16 * r +
                              (makes.back() != FixMake::None ? make_h : 0));
        }
        rows.revision = app.doc.revision();
        rows.wrap = wrap;
        rows.glyphs = browser_glyphs::glyphs_given();
    }
    const float view_top = ImGui::GetWindowPos().y, view_bottom = view_top + ImGui::GetWindowSize().y;
    for (size_t i = 0; i < scores.findings.size(); ++i) {
        const Finding& f = scores.findings[i];
        const float row_h = heights[i];
        const ImVec2 a = ImGui::GetCursorScreenPos();
        if (a.y + row_h < view_top || a.y > view_bottom) {
            ImGui::Dummy(ImVec2(w, row_h));
            app.probe.rects["finding/" + std::to_string(i)] = {0, 0, 0, 0};
            continue;
        }
        const bool has_make = makes[i] != FixMake::None;
        ImGui::PushID(int(i));
        const bool clicked = ImGui::InvisibleButton("##finding", ImVec2(w, row_h - (has_make ? make_h : 0)));
        const bool hovered = ImGui::IsItemHovered();
        bool made = false;
        if (has_make) {
            // The way to what the fix needs and the plan lacks: the palette makes no product or
            // insight, and a plan with nothing in it has no card to click.
            ImGui::SetCursorScreenPos(ImVec2(text_left, a.y + row_h - make_h));
            const FindingFix fix = finding_fix(app.doc.plan(), f);
            const std::string label = std::string(icon::kPlus) + "  " + fix.make_label;
            ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
            made = ImGui::Button(label.c_str());  // a full frame high: a finger's target
            ImGui::PopStyleColor();
            const ImVec2 bmin = ImGui::GetItemRectMin(), bmax = ImGui::GetItemRectMax();
            app.probe.rects["finding/" + std::to_string(i) + "/make"] = {bmin.x / r, bmin.y / r, (bmax.x - bmin.x) / r,
                                                                         (bmax.y - bmin.y) / r};
            if (made) make_for(app, f, fix);
            ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + row_h));
        }
        ImGui::PopID();
        if (hovered) {
            fl->AddRectFilled(ImVec2(x0 + 10 * r, a.y), ImVec2(display.x - 10 * r, a.y + row_h),
                              kRowBg, 8 * r);
            glow = f.ids;
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        const ImU32 icol = f.worth >= 1.0 ? kind_color(Kind::Kpi) : kTextFaint;
        fl->AddText(fs.small, msg_size, ImVec2(left, a.y + 8 * r), icol, finding_icon(f));
        ui::add_text(fl, fs.text, msg_size, ImVec2(text_left, a.y + 8 * r), kText, f.message, wrap);
        if (f.worth > 0) {
            const std::string worth = worth_text(f.worth);
            const float ww = text_w(fs.small_bold, 12 * r, worth.c_str());
            fl->AddText(fs.small_bold, 12 * r, ImVec2(right - ww, a.y + 9 * r), kGood, worth.c_str());
        }
        if (clicked && !made) open_fix(app, f);
        // Rectangles in CSS pixels, for the test bridge.
        const float top_clip = y, bottom_clip = display.y;
        if (a.y + row_h > top_clip && a.y < bottom_clip) {
            app.probe.rects["finding/" + std::to_string(i)] = {a.x / r, a.y / r, w / r, row_h / r};
        } else {
            app.probe.rects["finding/" + std::to_string(i)] = {0, 0, 0, 0};
        }
    }
    ImGui::Dummy(ImVec2(1, 12 * r));
    ImGui::EndChild();
    ImGui::PopStyleVar();
    return glow;
}

}  // namespace

void draw_score_panel(App& app) {
    app.probe.rects.clear("finding/");
    const PanelPlace place = side_panel_place(app);  // a column, or a bottom sheet on a narrow screen
    if (place.body_h <= 0 || !side_panel_shows_score(app)) {
        app.view.glow.clear();
        return;
    }
    PanelLayout p;
    p.r = platform::pixel_ratio();
    const float r = p.r;
    p.display = ImGui::GetIO().DisplaySize;
    p.top = place.body_y * r;
    p.w = place.w * r;
    p.x0 = place.x * r;
    p.left = p.x0 + 20 * r;
    p.right = p.x0 + p.w - 20 * r;
    p.sheet = place.form == PanelForm::Sheet;

    FloatingWindow window("##scorepanel", kFixedWindow | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse |
                                              ImGuiWindowFlags_NoFocusOnAppearing);  // a sheet's handle keeps its drag
    window.at(ImVec2(p.x0, p.top))
        .size(ImVec2(p.w, p.display.y - p.top))
        .frame(ImGuiStyleVar_WindowPadding, ImVec2(20 * r, 18 * r))
        .frame(ImGuiStyleVar_WindowRounding, 0)
        .frame(ImGuiStyleVar_WindowBorderSize, 0);
    window.begin();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddLine(ImVec2(p.x0 + 0.5f * r, p.top), ImVec2(p.x0 + 0.5f * r, p.display.y), kBarBorder, 1 * r);

    const Scores& scores = app.doc.scores();
    const fonts::Set& fs = fonts::get();
    if (workshop_ui::hides_score(app)) {  // a workshop's facilitator reveals it later
        dl->AddText(fs.text, 13 * r, ImVec2(p.left, p.top + 18 * r), kTextMuted, i18n::tr("score.hidden").c_str());
        window.end();
        app.view.glow.clear();
        return;
    }
    float y = p.top + 18 * r - ImGui::GetScrollY();  // a sheet scrolls the gauge away (ui/touch_scroll)
    y = draw_headline(scores, dl, fs, r, p.left, p.right, y);
    y = draw_components(scores, dl, fs, r, p.left, p.right, y);
    y = draw_findings_heading(scores, dl, fs, r, p.left, p.right, y);
    if (scores.findings.empty()) {
        dl->AddText(fs.text, 13 * r, ImVec2(p.left, y), kTextMuted, i18n::tr("score.nothing_to_fix").c_str());
    }
    const std::vector<std::string> glow = draw_findings(app, scores, p, y);
    window.end();

    if (glow != app.view.glow) {
        app.view.glow = glow;
        platform::request_frames(2);
    }
}

}  // namespace ab::web
