// The side panels' shared widgets (see field_widgets.hpp). Sizes are CSS pixels times the ratio.
#include "ui/field_widgets.hpp"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "ui/text/fonts.hpp"
#include "ui/text/visual_field.hpp"
#include "imgui_stdlib.h"
#include "ui/icons.hpp"
#include "imgui_internal.h"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web::ui {
namespace {

using namespace theme;

// The one field being edited: ImGui keeps the typed text in this buffer until it commits.
struct Pending {
    ImGuiID id = 0;
    std::string text;
    std::string original;
    Commit commit;
};
Pending g_pending;
ImGuiID g_multiline_editing = 0;  // the wrapped text field shown as an editor

// A refused edit: the field keeps the text the user typed, with the reason under it.
struct Refusal {
    std::string text;
    std::string message;
};
std::unordered_map<ImGuiID, Refusal> g_refused;

ImU32 error_color() { return rgba(185, 28, 28); }

float ratio() { return platform::pixel_ratio(); }

void flush() {
    if (g_pending.id == 0) return;
    Pending p = std::move(g_pending);
    g_pending = Pending{};
    if (p.id == g_multiline_editing) g_multiline_editing = 0;
    if (p.text == p.original) return;
    const std::string why = p.commit(p.text);
    if (why.empty()) g_refused.erase(p.id);
    else g_refused[p.id] = Refusal{p.text, why};
    platform::request_frames(3);
}

}  // namespace

bool typing_pending() { return g_pending.id != 0 && g_pending.text != g_pending.original; }

void commit_typing() {
    if (!typing_pending()) return;
    const std::string why = g_pending.commit(g_pending.text);
    if (why.empty()) g_refused.erase(g_pending.id);
    else g_refused[g_pending.id] = Refusal{g_pending.text, why};
    g_pending.original = g_pending.text;  // committed (or refused, and said so): nothing more to do
    platform::request_frames(3);
}

namespace {

// The wrapped, read-only face of a multi-line field: a click (or Enter from the keyboard) opens it.
bool wrapped_face(const std::string& shown, const char* hint_text, float w, float h) {
    const float r = ratio();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##face", ImVec2(w, h));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiStyle& st = ImGui::GetStyle();
    dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h),
                      ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), st.FrameRounding);
    if (st.FrameBorderSize > 0) {
        dl->AddRect(a, ImVec2(a.x + w, a.y + h), ImGui::GetColorU32(ImGuiCol_Border), st.FrameRounding, 0,
                    st.FrameBorderSize);
    }
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const bool empty = shown.empty();
    const char* text = empty ? (hint_text ? hint_text : "") : shown.c_str();
    dl->AddText(font, size, ImVec2(a.x + st.FramePadding.x, a.y + st.FramePadding.y),
                empty ? kTextFaint : kText, text, nullptr, w - 2 * st.FramePadding.x);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    (void)r;
    return clicked;
}

}  // namespace

void begin_fields(App& app) {
    (void)app;
    if (g_pending.id != 0 && ImGui::GetActiveID() != g_pending.id) flush();
}

void clear_errors() { g_refused.clear(); }

nlohmann::json number_value(const std::string& text) {
    if (text.find_first_not_of(" \t") == std::string::npos) return nullptr;
    // The reader's style or plain (format/numbers.hpp); anything else goes to the core as text,
    // which refuses it with the reason shown under the field ("expected a number, got ...").
    if (const std::optional<double> v = parse_local_number(text)) return *v;
    return text;
}

std::string readable_error(const std::string& field, const std::string& error) {
    std::string msg = error;
    const std::string prefix = field + ": ";
    if (msg.compare(0, prefix.size(), prefix) == 0) msg.erase(0, prefix.size());
    if (!msg.empty() && msg[0] >= 'a' && msg[0] <= 'z') msg[0] = char(msg[0] - 'a' + 'A');
    return i18n::tr("field.not_saved", {{"why", msg}});
}

void label(const char* text) {
    ImGui::PushFont(fonts::get().small, fonts::get().small->LegacySize);
    ImGui::PushStyleColor(ImGuiCol_Text, kTextMuted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void heading(const char* text, int count) {
    const float r = ratio();
    const fonts::Set& fs = fonts::get();
    ImGui::PushFont(fs.heading, fs.heading->LegacySize);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    if (count < 0) return;
    ImGui::SameLine(0, 8 * r);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d", count);
    const float size = 11 * r;
    const ImVec2 t = fs.small_bold->CalcTextSizeA(size, FLT_MAX, 0, buf);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float line_h = fs.heading->LegacySize;
    const ImVec2 ca(a.x, a.y + (line_h - t.y - 4 * r) * 0.5f);
    const ImVec2 cb(ca.x + t.x + 12 * r, ca.y + t.y + 4 * r);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ca, cb, rgba(223, 227, 234), (cb.y - ca.y) * 0.5f);
    dl->AddText(fs.small_bold, size, ImVec2(ca.x + 6 * r, ca.y + 2 * r), kTextMuted, buf);
    ImGui::Dummy(ImVec2(cb.x - ca.x, line_h));
}

void hint(const char* text) {
    ImGui::PushFont(fonts::get().small, fonts::get().small->LegacySize);
    ImGui::PushStyleColor(ImGuiCol_Text, kTextFaint);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void record(App& app, const std::string& name) {
    if (!ImGui::IsItemVisible()) return;
    app.probe.rects.keep_item("panel/" + name);
}

void error_line(App& app, const char* name, const std::string& text, float wrap_w) {
    const float r = ratio();
    app.chrome.panel_errors[name] = text;
    const float start = ImGui::GetCursorPosX();
    ImGui::PushFont(fonts::get().small, fonts::get().small->LegacySize);
    ImGui::PushStyleColor(ImGuiCol_Text, error_color());
    ImGui::TextUnformatted(icon::kWarning);
    ImGui::SameLine(0, 6 * r);
    ImGui::PushTextWrapPos(wrap_w > 0 ? start + wrap_w : 0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool text_field(App& app, const char* name, const std::string& value, const Commit& commit, const TextOptions& opt) {
    const float r = ratio();
    ImGui::PushID(name);
    const ImGuiID id = ImGui::GetID("##field");
    const bool mine = g_pending.id == id;
    auto refused = g_refused.find(id);
    std::string local = refused != g_refused.end() ? refused->second.text : value;
    std::string& buf = mine ? g_pending.text : local;
    const float w = opt.width > 0 ? opt.width : ImGui::GetContentRegionAvail().x;
    bool committed = false;

    if (opt.multiline && g_multiline_editing != id && !mine) {
        // Shown wrapped; opens as an editor on click, or when it is to take the keyboard.
        const float pad = ImGui::GetStyle().FramePadding.x;
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, w - 2 * pad,
                                                          buf.empty() && opt.hint ? opt.hint : buf.c_str());
        const float h = std::max(ts.y, ImGui::GetFontSize() * 2) + 2 * ImGui::GetStyle().FramePadding.y;
        if (wrapped_face(buf, opt.hint, w, h) || opt.focus) {
            g_multiline_editing = id;
            platform::request_frames(3);
        }
        record(app, name);
    } else {
        const bool focus = opt.focus || (opt.multiline && !mine && ImGui::GetActiveID() != id);
        if (focus) ImGui::SetKeyboardFocusHere();
        ImGuiInputTextFlags flags = ImGuiInputTextFlags_None;
        bool edited;
        if (opt.multiline) {
            flags |= ImGuiInputTextFlags_CtrlEnterForNewLine;
            const float pad = ImGui::GetStyle().FramePadding.x;
            const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, w - 2 * pad, buf.c_str());
            const float h = std::max(ts.y, ImGui::GetFontSize() * 2) + 2 * ImGui::GetStyle().FramePadding.y;
            VisualField visual(id, true);
            edited = ImGui::InputTextMultiline("##field", &buf, ImVec2(w, h), flags);
            visual.end();
        } else {
            // A click selects the whole value (one keystroke replaces it); a finger's tap puts the
            // caret where it touched, as phones do, since there is no easy shift-click to fix it.
            if (focus || ImGui::GetIO().MouseSource != ImGuiMouseSource_TouchScreen) flags |= ImGuiInputTextFlags_AutoSelectAll;
            ImGui::SetNextItemWidth(w);
            VisualField visual(id);
            edited = ImGui::InputTextWithHint("##field", opt.hint ? opt.hint : "", &buf, flags);
            visual.end();
        }
        (void)edited;
        record(app, name);
        if (opt.suffix && ImGui::GetActiveID() != id) {
            const ImVec2 b = ImGui::GetItemRectMax();
            const ImVec2 a = ImGui::GetItemRectMin();
            ImFont* small = fonts::get().small;
            const float size = small->LegacySize;
            const float sw = small->CalcTextSizeA(size, FLT_MAX, 0, opt.suffix).x;
            ImGui::GetWindowDrawList()->AddText(small, size, ImVec2(b.x - sw - 10 * r, (a.y + b.y - size) * 0.5f),
                                                kTextFaint, opt.suffix);
        }
        if (ImGui::IsItemActivated()) {
            if (g_pending.id != 0 && g_pending.id != id) flush();
            if (g_pending.id != id) g_pending = Pending{id, buf, buf, commit};
        } else if (mine && ImGui::GetActiveID() != id) {
            committed = g_pending.text != g_pending.original;
            flush();
        }
    }
    if (refused != g_refused.end() && g_refused.count(id)) {
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRect(a, b, error_color(), ImGui::GetStyle().FrameRounding, 0, 1.5f * r);
        error_line(app, name, g_refused[id].message, w);
    }
    ImGui::PopID();
    return committed;
}

std::optional<std::string> combo_field(App& app, const char* name, const std::string& current,
                                       const std::vector<Option>& options, float width) {
    std::optional<std::string> out;
    const char* preview = "\xe2\x80\x94";
    for (const Option& o : options) {
        if (o.value == current) preview = o.label.c_str();
    }
    const float w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float r = ratio();
    if (ImGui::IsRectVisible(ImVec2(w, ImGui::GetFrameHeight()))) {
        app.probe.rects["panel/" + std::string(name)] = {a.x / r, a.y / r, w / r, ImGui::GetFrameHeight() / r};
    }
    ImGui::PushID(name);
    ImGui::SetNextItemWidth(w);
    // A light chevron instead of ImGui's heavy arrow box.
    const float h = ImGui::GetFrameHeight();
    const ImVec2 c(a.x + w - 14 * r, a.y + h * 0.5f);
    ImDrawList* dl = ImGui::GetWindowDrawList();  // the panel's, even once the list is open
    const bool open = ImGui::BeginCombo("##combo", preview, ImGuiComboFlags_HeightLarge | ImGuiComboFlags_NoArrowButton);
    const float k = 3.5f * r;
    dl->AddLine(ImVec2(c.x - k, c.y - k * 0.5f), ImVec2(c.x, c.y + k * 0.5f), kTextMuted, 1.5f * r);
    dl->AddLine(ImVec2(c.x, c.y + k * 0.5f), ImVec2(c.x + k, c.y - k * 0.5f), kTextMuted, 1.5f * r);
    if (open) {
        for (const Option& o : options) {
            const bool selected = o.value == current;
            if (ImGui::Selectable(o.label.c_str(), selected)) out = o.value;
            record(app, std::string(name) + ":" + o.value);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return out;
}

std::optional<int> segmented(App& app, const char* name, int current, const std::vector<const char*>& labels,
                             float width) {
    const float r = ratio();
    const float w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    const float each = (w - 2 * r * float(labels.size() - 1)) / float(labels.size());
    std::optional<int> out;
    ImGui::PushID(name);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2 * r, 0));
    for (size_t i = 0; i < labels.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        const bool on = int(i) == current;
        ImGui::PushStyleColor(ImGuiCol_Button, on ? kAccent : rgba(241, 243, 246));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? kAccent : rgba(232, 235, 240));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, on ? kAccent : rgba(224, 228, 235));
        ImGui::PushStyleColor(ImGuiCol_Text, on ? rgba(255, 255, 255) : kText);
        if (ImGui::Button(labels[i], ImVec2(each, ImGui::GetFrameHeight())) && !on) out = int(i);
        ImGui::PopStyleColor(4);
        record(app, std::string(name) + ":" + std::to_string(i));
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
    return out;
}

float gap() { return 12 * ratio(); }

float half_width() { return (ImGui::GetContentRegionAvail().x - gap()) * 0.5f; }

}  // namespace ab::web::ui
