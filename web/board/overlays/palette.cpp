// The palette and the create step (see palette.hpp). Only AddItem edits the plan; the id and
// the default name are the app's choice, everything else is left for the inspector.
#include "board/overlays/palette.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cfloat>
#include <cstdio>

#include "board/draw.hpp"
#include "board/model.hpp"
#include "board/view.hpp"
#include "i18n/i18n.hpp"
#include "ui/floating_window.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "imgui.h"
#include "layout/place.hpp"
#include "model/ids.hpp"
#include "model/kinds.hpp"
#include "panels/side_panel_layout.hpp"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;

constexpr Kind kPaletteKinds[] = {Kind::Goal, Kind::Strategy, Kind::Tactic, Kind::Kpi};

// What a new KPI made without a drop (a palette click, N) measures: the selected goal, strategy
// or tactic (the button's tooltip says so), else nothing yet; never a card the user did not pick.
std::optional<ItemRef> selected_subject(const App& app) {
    for (const std::string& id : app.view.selection) {
        const std::optional<Location> loc = find_item(app.doc.plan(), id);
        if (loc && (loc->kind == Kind::Goal || loc->kind == Kind::Strategy || loc->kind == Kind::Tactic)) {
            return ItemRef{loc->kind, id};
        }
    }
    return std::nullopt;
}

// What a KPI dropped with the pointer at `mouse_px` measures: the goal, strategy or tactic under
// the pointer, else nothing (a drop on empty board, even in the KPIs' column, attaches nothing).
std::optional<ItemRef> subject_under(App& app, ImVec2 mouse_px) {
    const int over = hit_card(app.view.board, board_frame(app), mouse_px);
    if (over < 0) return std::nullopt;
    const Card& card = app.view.board.cards[size_t(over)];
    if (card.kind != Kind::Goal && card.kind != Kind::Strategy && card.kind != Kind::Tactic) return std::nullopt;
    return ItemRef{card.kind, card.id};
}

// Where the new card goes, by the board as drawn (measured heights): `wanted` when no card is
// there, else the first free slot of its column (core/layout/place.hpp). The core checks the
// place again when it adds the card, by its own estimate of every card's height.
LayoutPos new_card_place(App& app, Kind kind, const std::string& title, const std::optional<LayoutPos>& wanted) {
    sync_board(app);
    const layout::Heights heights = measured_heights(app.view.board);
    const layout::Board board = layout::board_of(app.doc.plan(), &heights);
    const double h = layout::estimated_height(title);
    if (wanted && !board.taken(layout::Rect{wanted->x, wanted->y, wanted->x + layout::kCardWidth, wanted->y + h})) {
        return *wanted;
    }
    // A slot found for it keeps room for the longer name it is about to be given.
    const layout::Point p = layout::free_slot(board, kind, std::nullopt, std::max(h, layout::kSlotHeight));
    LayoutPos pos;
    pos.x = p.x;
    pos.y = std::ceil(p.y);  // whole units, never nearer the card above than the slot
    return pos;
}

}  // namespace

std::string create_card(App& app, Kind kind, std::optional<LayoutPos> pos, std::optional<ItemRef> measures) {
    const std::string id = fresh_id(app.doc.plan(), kind, {}, app.doc.id_tag());
    const std::string title = new_item_name(kind);
    AddItem add;
    switch (kind) {
    case Kind::Goal: {
        Goal g;
        g.id.value = id;
        g.name = title;
        add.item = g;
        break;
    }
    case Kind::Strategy: {
        Strategy s;
        s.id.value = id;
        s.name = title;
        add.item = s;
        break;
    }
    case Kind::Tactic: {
        Tactic t;
        t.id.value = id;
        t.name = title;
        add.item = t;
        break;
    }
    case Kind::Kpi: {
        Kpi k;
        k.id.value = id;
        k.metric = title;
        if (measures) k.on = *measures;
        add.item = k;
        break;
    }
    default: return "";
    }
    add.pos = new_card_place(app, kind, title, pos);
    const ApplyResult r = app.doc.apply(add);
    if (!r.ok) {
        app.say(i18n::tr("palette.not_added", {{"reason", r.error}}), true, 5);
        return "";
    }
    app.select_only(id);
    app.gesture.renaming = id;
    app.gesture.rename_started = false;
    // The camera moves only when the new card is not already in full view.
    reveal_items(app, {id});
    platform::request_frames(3);
    return id;
}

std::string create_card(App& app, Kind kind) { return create_card(app, kind, std::nullopt, selected_subject(app)); }

void draw_palette(App& app) {
    const float r = platform::pixel_ratio();
    const fonts::Set& fs = fonts::get();
    const float top = board_top_css() * r;
    // Bottom-left keeps it clear of the column headings.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    FloatingWindow window("##palette", kOverlayWindow);
    // Above the side panel's sheet on a narrow screen; there each kind is its icon over its name,
    // so the row leaves room for the zoom control.
    const float sheet = side_panel_sheet_css(app) * r;
    const bool compact = display.x / r < 560;
    window.at(ImVec2(16 * r, display.y - sheet - 16 * r), ImVec2(0, 1))
        .style(ImGuiStyleVar_WindowPadding, ImVec2(6 * r, 6 * r))
        .style(ImGuiStyleVar_ItemSpacing, ImVec2(4 * r, 0))
        .style(ImGuiStyleVar_WindowBorderSize, 1.0f * r)
        .style(ImGuiStyleVar_WindowRounding, 12 * r);
    if (window.begin()) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (const Kind& kind : kPaletteKinds) {
            ImGui::PushID(int(kind));
            char label[64];
            std::snprintf(label, sizeof label, "%s  %s", kind_icon(kind), kind_info(kind).label);
            const float tw = fs.text->CalcTextSizeA(fs.text->LegacySize, FLT_MAX, 0, label).x;
            const ImVec2 size = compact ? ImVec2(54 * r, 44 * r) : ImVec2(tw + 28 * r, 36 * r);
            const ImVec2 a = ImGui::GetCursorScreenPos();
            const bool clicked = ImGui::InvisibleButton("##new", size);
            app.probe.rects[std::string("palette/") + kind_name(kind)] = {a.x / r, a.y / r, size.x / r, size.y / r};
            const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
            dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y),
                              active ? kPressedBg : hovered ? kHoverBg : kCardBg,
                              8 * r);
            dl->AddRectFilled(ImVec2(a.x + 10 * r, a.y + size.y - 6 * r),
                              ImVec2(a.x + size.x - 10 * r, a.y + size.y - 4 * r), kind_color(kind), 1 * r);
            if (compact) {
                const float is = fs.text->LegacySize, ls = fs.small->LegacySize;
                const char* name = kind_info(kind).label;
                const float iw = fs.text->CalcTextSizeA(is, FLT_MAX, 0, kind_icon(kind)).x;
                const float nw = fs.small->CalcTextSizeA(ls, FLT_MAX, 0, name).x;
                dl->AddText(fs.text, is, ImVec2(a.x + (size.x - iw) * 0.5f, a.y + 5 * r), kText, kind_icon(kind));
                dl->AddText(fs.small, ls, ImVec2(a.x + (size.x - nw) * 0.5f, a.y + 7 * r + is), kText, name);
            } else {
                dl->AddText(fs.text, fs.text->LegacySize, ImVec2(a.x + 14 * r, a.y + (size.y - fs.text->LegacySize) * 0.5f - 1 * r),
                            kText, label);
            }
            if (hovered && !active) {
                if (kind == Kind::Kpi) {
                    ImGui::SetTooltip("%s", i18n::tr("palette.new_kpi_tip").c_str());
                } else {
                    ImGui::SetTooltip("%s", i18n::tr("palette.new_tip", {{"kind", kind_info(kind).label}}).c_str());
                }
            }
            if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
                app.gesture.palette_drag = int(kind);
                ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
            }
            if (ImGui::IsItemDeactivated() && app.gesture.palette_drag == int(kind)) {
                app.gesture.palette_drag = -1;
                const ImVec2 m = ImGui::GetIO().MousePos;
                const bool on_board = ImGui::IsMousePosValid(&m) && m.y > top && m.y < display.y - sheet &&
                                      m.x < display.x - board_right_inset_css() * r &&
                                      !ImGui::IsWindowHovered(ImGuiHoveredFlags_RootAndChildWindows);
                if (on_board) {
                    const float zoom = app.view.camera.zoom;
                    LayoutPos pos;
                    pos.x = std::round(app.view.camera.offset_x_world + (m.x / r) / zoom - kCardWidth_world * 0.5f);
                    pos.y = std::round(app.view.camera.offset_y_world + (m.y / r - board_top_css()) / zoom - 20);
                    create_card(app, kind, pos, kind == Kind::Kpi ? subject_under(app, m) : std::nullopt);
                }
            } else if (clicked) {
                create_card(app, kind);
            }
            ImGui::PopID();
            ImGui::SameLine();
        }
        ImGui::NewLine();
    }
    window.end();

    // The card being dragged out of the palette follows the pointer.
    if (app.gesture.palette_drag >= 0) {
        const Kind kind = Kind(app.gesture.palette_drag);
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        const ImVec2 m = ImGui::GetIO().MousePos;
        const float s = app.view.camera.zoom * r;
        const ImVec2 a(m.x - kCardWidth_world * 0.5f * s, m.y - 20 * s);
        const ImVec2 b(a.x + kCardWidth_world * s, a.y + 64 * s);
        dl->AddRectFilled(ImVec2(a.x, a.y + 3 * s), ImVec2(b.x, b.y + 5 * s), kShadow, kCardRounding_world * s);
        dl->AddRectFilled(a, b, (kCardBg & 0x00FFFFFF) | 0xE6000000, kCardRounding_world * s);
        dl->AddRectFilled(a, ImVec2(a.x + 4 * s, b.y), kind_color(kind), kCardRounding_world * s,
                          ImDrawFlags_RoundCornersLeft);
        dl->AddRect(a, b, kSelection, kCardRounding_world * s, 0, 2 * r);
        dl->AddText(fs.title, kCardTitleSize_css * s, ImVec2(a.x + 16 * s, a.y + 22 * s), kText,
                    new_item_name(kind).c_str());
    }
}

}  // namespace ab::web
