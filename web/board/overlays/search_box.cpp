// The search box (see search_box.hpp): an ImGui overlay window with one input field, a match
// counter and the first matches as a list. Jumping to a match is view state only: it selects the
// card and moves the camera, never the plan.
#include "board/overlays/search_box.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "board/view.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "ui/floating_window.hpp"
#include "ui/text/fonts.hpp"
#include "ui/text/visual_field.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

// Decodes UTF-8 into code points; a broken sequence becomes U+FFFD so nothing is skipped.
std::vector<uint32_t> code_points(const std::string& text) {
    std::vector<uint32_t> out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        const int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (extra < 0 || i + size_t(extra) >= n + (extra == 0 ? 1 : 0)) {
            out.push_back(extra == 0 ? c : 0xFFFDu);
            ++i;
            continue;
        }
        uint32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1Fu) : extra == 2 ? (c & 0x0Fu) : (c & 0x07u);
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + size_t(k)] & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            cp = (cp << 6) | (p[i + size_t(k)] & 0x3Fu);
        }
        out.push_back(ok ? cp : 0xFFFDu);
        i += ok ? size_t(extra) + 1 : 1;
    }
    return out;
}

// Simple case folding for the scripts plan names are written in; other code points are kept.
uint32_t fold(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;                   // Latin-1
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1;  // Latin Ext-A
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;                // Greek
    if (c >= 0x410 && c <= 0x42F) return c + 32;                              // Cyrillic
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    return c;
}

std::vector<uint32_t> folded(const std::string& text) {
    std::vector<uint32_t> cps = code_points(text);
    for (uint32_t& c : cps) c = fold(c);
    return cps;
}

// Selects the card and moves the camera so its centre is in the middle of the board area.
void jump_to(App& app, const std::string& id) {
    sync_board(app);
    const Card* c = app.view.board.find(id);
    if (!c) return;
    app.select_only(id);
    const float zoom = app.view.camera.zoom > 0 ? app.view.camera.zoom : 1.0f;
    const float view_w_css = platform::canvas_css_width();
    const float view_h_css = platform::canvas_css_height() - board_top_css();
    app.view.camera.offset_x_world = c->x + c->w * 0.5f - view_w_css * 0.5f / zoom;
    app.view.camera.offset_y_world = c->y + c->h * 0.5f - view_h_css * 0.5f / zoom;
    platform::request_frames(3);
}

void step(App& app, const std::vector<std::string>& matches, int delta) {
    SearchState& s = app.view.search;
    if (matches.empty()) return;
    const int n = int(matches.size());
    s.current = s.current < 0 ? (delta > 0 ? 0 : n - 1) : ((s.current + delta) % n + n) % n;
    jump_to(app, matches[size_t(s.current)]);
}

void close_box(App& app) {
    SearchState& s = app.view.search;
    s.open = false;
    s.text[0] = '\0';
    s.current = -1;
    s.last_query.clear();
    platform::request_frames(3);
}

const std::string& card_name(const App& app, const std::string& id) {
    static const std::string none;
    const Card* c = app.view.board.find(id);
    return c ? c->title : none;
}

}  // namespace

bool search_open(const App& app) { return app.view.search.open; }

std::string search_text(const App& app) {
    const SearchState& s = app.view.search;
    return s.open ? std::string(s.text) : std::string();
}

std::vector<std::string> find_cards(const App& app, const std::string& query) {
    std::vector<std::string> out;
    const std::vector<uint32_t> q = folded(query);
    if (q.empty()) return out;
    for (const Card& card : app.view.board.cards) {
        const std::vector<uint32_t> name = folded(card.title);
        if (std::search(name.begin(), name.end(), q.begin(), q.end()) != name.end()) {
            out.push_back(card.id);
        }
    }
    return out;
}

void draw_search_box(App& app) {
    SearchState& s = app.view.search;
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_F)) {
        s.open = true;
        s.focus_field = true;  // Ctrl+F again while open: back into the field, text kept
        platform::request_frames(3);
    }
    if (!s.open) return;

    const float r = platform::pixel_ratio();
    const float width = 320 * r;
    // Centred over the top of the canvas: clear of the panels docked at its sides.
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, FLT_MAX));  // height fits
    if (s.focus_field) ImGui::SetNextWindowFocus();
    FloatingWindow window("##search", kFixedWindow | ImGuiWindowFlags_AlwaysAutoResize);
    window.at(ImVec2(std::round((io.DisplaySize.x - width) * 0.5f), (board_top_css() + 10) * r))
        .style(ImGuiStyleVar_WindowPadding, ImVec2(10 * r, 8 * r))
        .style(ImGuiStyleVar_WindowRounding, 10 * r)
        .colour(ImGuiCol_WindowBg, theme::kBarBg)
        .colour(ImGuiCol_Border, theme::kBarBorder);
    window.begin();
    if (fonts::get().text) ImGui::PushFont(fonts::get().text, fonts::get().text->LegacySize);

    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        if (fonts::get().text) ImGui::PopFont();
        window.end();
        close_box(app);
        return;
    }
    if (s.focus_field) {
        ImGui::SetKeyboardFocusHere();
        s.focus_field = false;
    }
    ImGui::SetNextItemWidth(width - 90 * r);
    // Enter moves to the next match and leaves the field active, like a browser's find bar.
    const bool keep_active = io.ConfigInputTextEnterKeepActive;
    io.ConfigInputTextEnterKeepActive = true;
    ui::VisualField visual(ImGui::GetID("##query"));
    const bool entered = ImGui::InputTextWithHint("##query", i18n::tr("search.hint").c_str(), s.text, sizeof s.text,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    visual.end();
    io.ConfigInputTextEnterKeepActive = keep_active;
    const bool active = ImGui::IsItemActive();
    if (s.last_query != s.text) {
        s.last_query = s.text;
        s.current = -1;
    }
    const std::vector<std::string> now = find_cards(app, s.text);
    if (entered) step(app, now, io.KeyShift ? -1 : 1);
    if (active && ImGui::IsKeyPressed(ImGuiKey_DownArrow)) step(app, now, 1);
    if (active && ImGui::IsKeyPressed(ImGuiKey_UpArrow)) step(app, now, -1);

    ImGui::SameLine();
    std::string count = " ";
    if (s.text[0] == '\0') count = " ";
    else if (s.current >= 0)
        count = i18n::tr("search.nth", {{"n", local_number(s.current + 1)}, {"count", local_number(double(now.size()))}});
    else count = i18n::tr_count("search.found", double(now.size()));
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme::kTextMuted), "%s", count.c_str());

    // The first matches, so typing shows what it finds; a click jumps there.
    const size_t shown = std::min<size_t>(now.size(), 6);
    for (size_t i = 0; i < shown; ++i) {
        ImGui::PushID(int(i));
        const std::string label = now[i] + "  " + card_name(app, now[i]);
        if (ImGui::Selectable(label.c_str(), int(i) == s.current)) {
            s.current = int(i);
            jump_to(app, now[i]);
        }
        ImGui::PopID();
    }
    if (now.size() > shown) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme::kTextFaint), "%s",
                           i18n::tr_count("search.more", double(now.size() - shown)).c_str());
    }

    if (fonts::get().text) ImGui::PopFont();
}

}  // namespace ab::web
