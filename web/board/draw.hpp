// Internal to the board: painting one frame of it (grid, lanes, links, cards) from the model and
// a world-to-screen mapping. Input handling lives in board/view.cpp; nothing here changes state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "board/model.hpp"
#include "imgui.h"

namespace ab::web {

// The world-to-screen mapping of one frame: screen_px = origin_px + (world - offset) * scale.
struct BoardFrame {
    ImDrawList* draw = nullptr;
    ImVec2 origin_px;       // board area top-left on the canvas, device pixels
    ImVec2 size_px;         // board area size
    float offset_x = 0, offset_y = 0;  // world point at origin_px
    float scale = 1;        // device pixels per world unit (zoom * pixel ratio)
    float ratio = 1;        // device pixels per CSS pixel

    ImVec2 to_screen(float wx, float wy) const {
        return ImVec2(origin_px.x + (wx - offset_x) * scale, origin_px.y + (wy - offset_y) * scale);
    }
    ImVec2 to_world(ImVec2 px) const {
        return ImVec2(offset_x + (px.x - origin_px.x) / scale, offset_y + (px.y - origin_px.y) / scale);
    }
};

// How each card looks this frame.
struct CardState {
    float dx_world = 0, dy_world = 0;  // drag preview offset
    bool selected = false;
    bool hovered = false;
    bool glow = false;  // a hovered finding concerns this card
    int drop = 0;       // the dragged card is over this one: 1 the link is accepted, 2 refused
};

// The states of all cards, where only a handful differ from the default (selected, hovered,
// dragged): a frame resets and sets those, so it costs the selection rather than the plan.
struct CardStates {
    std::vector<CardState> of;   // by card index
    std::vector<size_t> marked;  // cards whose state may differ from the default (repeats allowed)

    // Back to all-default for a board of `cards` cards.
    void reset(size_t cards);
    CardState& mark(size_t i) {
        marked.push_back(i);
        return of[i];
    }
};

// The world rectangle on screen.
Box visible_world(const BoardFrame& f);

void draw_grid(const BoardFrame& f);
void draw_lanes(const BoardFrame& f, const BoardModel& board);
// Only links and cards that reach the screen are drawn.
void draw_links(const BoardFrame& f, const BoardModel& board, const CardStates& states);
void draw_cards(const BoardFrame& f, const BoardModel& board, const CardStates& states);

// The box of a box selection, between two world points.
void draw_marquee(const BoardFrame& f, ImVec2 from_world, ImVec2 to_world);
// The label by the pointer while a card is dragged over another: the score change or the reason.
void draw_drop_chip(const BoardFrame& f, ImVec2 mouse_px, bool ok, const std::string& text);

// `text` cut to fit `max_w_px` with an ellipsis.
std::string ellipsize(ImFont* font, float size_px, const std::string& text, float max_w_px);

// The shape of a score's band (export/outline.hpp score_band), so colour is never its only signal:
// good a disc, fair a triangle, weak a square, `size` pixels wide round `centre` (nothing when
// unscored). The cards' badges and the top bar's score draw it beside the number.
void draw_band_mark(ImDrawList* dl, ImVec2 centre, float size, std::optional<double> score, ImU32 colour);

}  // namespace ab::web
