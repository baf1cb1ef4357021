// Draws the overview (see minimap.hpp). The cards are binned into a coarse raster of the map once
// per plan revision and map size, and the raster is kept as merged runs of cells, so a frame
// draws a few hundred rectangles whatever the size of the plan.
#include "board/overlays/minimap.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "ui/floating_window.hpp"
#include "imgui.h"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

using namespace theme;

constexpr float kWidth_css = 168.0f;       // at most; a smaller board gets a smaller map
constexpr float kMaxHeight_css = 220.0f;
constexpr float kShare = 0.2f;             // of the board's width (and 0.3 of its height), at most
constexpr float kMinHeight_css = 56.0f;
constexpr float kPad_css = 6.0f;          // inside the frame, around the cards
constexpr float kCell_css = 2.0f;         // raster resolution
constexpr float kMargin_css = 16.0f;      // from the board's right edge
constexpr float kAboveBottom_css = 64.0f; // clear of the zoom control in the bottom-right corner
// A plan that fits the board whole at this zoom is small enough to find one's way in by
// scrolling; larger ones get the map.
constexpr float kReadableZoom = 0.45f;

using Map = MinimapCache;
using Run = MinimapCache::Run;

// Wide plans keep their proportions; tall ones are squeezed vertically so the whole height fits
// (a 6,000-tactic column would otherwise be a hairline).
void choose_scale(Map& m, const BoardModel& b) {
    const float cw = std::max(1.0f, b.max_x - b.min_x);
    const float ch = std::max(1.0f, b.max_y - b.min_y);
    m.w = m.width - 2 * kPad_css;
    m.sx = m.w / cw;
    m.h = ch * m.sx;
    m.sy = m.sx;
    if (m.h > m.max_height - 2 * kPad_css) {
        m.h = m.max_height - 2 * kPad_css;
        m.sy = m.h / ch;
    }
    m.h = std::max(m.h, kMinHeight_css - 2 * kPad_css);
}

void rasterize(Map& m, const BoardModel& b) {
    const int cols = std::max(1, int(std::ceil(m.w / kCell_css)));
    const int rows = std::max(1, int(std::ceil(m.h / kCell_css)));
    std::vector<uint8_t> cell(size_t(cols) * size_t(rows), 0);  // 0 empty, else Kind + 1
    for (size_t i = 0; i < b.cards.size(); ++i) {
        const Box& c = b.boxes[i];
        const auto at = [](float v, int n) { return std::clamp(int(std::floor(v / kCell_css)), 0, n - 1); };
        const int x0 = at((c.x0 - b.min_x) * m.sx, cols), x1 = at((c.x1 - b.min_x) * m.sx - 0.01f, cols);
        const int y0 = at((c.y0 - b.min_y) * m.sy, rows), y1 = at((c.y1 - b.min_y) * m.sy - 0.01f, rows);
        const uint8_t v = uint8_t(int(b.cards[i].kind) + 1);
        for (int y = y0; y <= y1; ++y) std::fill_n(&cell[size_t(y) * size_t(cols) + size_t(x0)], x1 - x0 + 1, v);
    }
    // Runs along each row, merged with an identical run in the row above.
    m.runs.clear();
    std::vector<size_t> open, next;  // runs of the previous row, of this row (indices into m.runs)
    for (int y = 0; y < rows; ++y) {
        next.clear();
        size_t k = 0;  // runs are sorted by x: walk the previous row's alongside
        for (int x = 0; x < cols;) {
            const uint8_t v = cell[size_t(y) * size_t(cols) + size_t(x)];
            int end = x + 1;
            while (end < cols && cell[size_t(y) * size_t(cols) + size_t(end)] == v) ++end;
            if (v) {
                const float x0 = float(x) * kCell_css, x1 = float(end) * kCell_css;
                while (k < open.size() && m.runs[open[k]].x0 < x0) ++k;
                if (k < open.size() && m.runs[open[k]].x0 == x0 && m.runs[open[k]].x1 == x1 &&
                    m.runs[open[k]].kind == Kind(v - 1)) {
                    m.runs[open[k]].y1 = float(y + 1) * kCell_css;
                    next.push_back(open[k]);
                } else {
                    m.runs.push_back({x0, float(y) * kCell_css, x1, float(y + 1) * kCell_css, Kind(v - 1)});
                    next.push_back(m.runs.size() - 1);
                }
            }
            x = end;
        }
        std::swap(open, next);
    }
}

bool wanted(const BoardModel& b, const BoardFrame& f) {
    const float board_w = f.size_px.x / f.ratio, board_h = f.size_px.y / f.ratio;
    if (board_w < 520 || board_h < 480 || b.cards.empty()) return false;  // no room to spare
    const float cw = std::max(1.0f, b.max_x - b.min_x);
    const float ch = std::max(1.0f, b.max_y - b.min_y);
    return std::min(board_w / cw, board_h / ch) < kReadableZoom;
}

}  // namespace

void draw_minimap(App& app, const BoardFrame& f) {
    Map& m = app.view.minimap;
    const BoardModel& b = app.view.board;
    // Nor while the whole plan is on screen (an embed framed to fit): a map of what is all in
    // view is one selection-coloured block that reads as a glitch.
    const Box seen = visible_world(f);
    const bool all_seen = seen.x0 <= b.min_x && seen.x1 >= b.max_x && seen.y0 <= b.min_y && seen.y1 >= b.max_y;
    if (!wanted(b, f) || all_seen) {
        m.rect.reset();
        return;
    }
    // In proportion to the board: a small embed's map stays a small corner of it.
    const float width = std::min(kWidth_css, std::round(f.size_px.x / f.ratio * kShare));
    const float max_height = std::min(kMaxHeight_css, std::round(f.size_px.y / f.ratio * kShare * 1.5f));
    if (m.revision != app.view.board_revision || m.cards != b.cards.size() || m.width != width ||
        m.max_height != max_height) {
        m.width = width;
        m.max_height = max_height;
        choose_scale(m, b);
        rasterize(m, b);
        m.revision = app.view.board_revision;
        m.cards = b.cards.size();
    }
    const float r = f.ratio;
    const ImVec2 size((m.w + 2 * kPad_css) * r, (m.h + 2 * kPad_css) * r);
    const ImVec2 pos(f.origin_px.x + f.size_px.x - kMargin_css * r - size.x,
                     f.origin_px.y + f.size_px.y - kAboveBottom_css * r - size.y);
    FloatingWindow window("##minimap", kFixedWindow | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                           ImGuiWindowFlags_NoScrollWithMouse);
    window.at(pos)
        .size(size)
        .style(ImGuiStyleVar_WindowPadding, ImVec2(0, 0))
        .style(ImGuiStyleVar_WindowBorderSize, 1.0f * r)
        .style(ImGuiStyleVar_WindowRounding, 8 * r);
    if (window.begin()) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 inner(pos.x + kPad_css * r, pos.y + kPad_css * r);
        for (const Run& run : m.runs) {
            dl->AddRectFilled(ImVec2(inner.x + run.x0 * r, inner.y + run.y0 * r),
                              ImVec2(inner.x + run.x1 * r, inner.y + run.y1 * r), kind_color(run.kind));
        }
        // The part of the board on screen, kept inside the map even when the camera is outside.
        const Box view = visible_world(f);
        const auto to_map = [&](float wx, float wy) {
            return ImVec2(inner.x + std::clamp((wx - b.min_x) * m.sx, 0.0f, m.w) * r,
                          inner.y + std::clamp((wy - b.min_y) * m.sy, 0.0f, m.h) * r);
        };
        ImVec2 va = to_map(view.x0, view.y0), vb = to_map(view.x1, view.y1);
        // A few pixels at least: on a long plan the screen is a sliver of the map.
        vb = ImVec2(std::max(vb.x, va.x + 6 * r), std::max(vb.y, va.y + 6 * r));
        dl->AddRectFilled(va, vb, kSelectionGlow, 2 * r);
        dl->AddRect(va, vb, kSelection, 2 * r, 0, 1.5f * r);

        // Press or drag: the camera centres on the point under the pointer.
        ImGui::SetCursorScreenPos(pos);
        ImGui::InvisibleButton("##minimap_area", size);
        if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsItemActive()) {
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            const float wx = b.min_x + std::clamp((mouse.x - inner.x) / r, 0.0f, m.w) / m.sx;
            const float wy = b.min_y + std::clamp((mouse.y - inner.y) / r, 0.0f, m.h) / m.sy;
            // Centred there, but never past the plan's edges: a press at the map's top shows
            // the top of the plan, not empty board above it.
            const float view_w = f.size_px.x / f.scale, view_h = f.size_px.y / f.scale;
            const float margin = kMargin_css * 2 / app.view.camera.zoom;
            const auto place = [&](float centre, float lo, float hi, float view) {
                const float first = lo - margin, last = std::max(first, hi + margin - view);
                return std::clamp(centre - view * 0.5f, first, last);
            };
            app.view.camera.offset_x_world = place(wx, b.min_x, b.max_x, view_w);
            app.view.camera.offset_y_world = place(wy, b.min_y, b.max_y, view_h);
        }
    }
    window.end();
    m.rect = RectCss{pos.x / r, pos.y / r, size.x / r, size.y / r};
}

std::optional<RectCss> minimap_rect_css(const App& app) { return app.view.minimap.rect; }

}  // namespace ab::web
