// A window laid over the canvas at a place the code chooses (the zoom control, the notice, the
// minimap, the palette, the panels, the search box...): the set-up every one of them repeats —
// place, size, style pushed around Begin, End and the pops — once, as a scope. Begin and End
// always pair (ImGui requires End even when Begin returns false); the pops follow End.
//
//   FloatingWindow w("##zoom", flags);
//   w.at(pos, ImVec2(1, 1)).style(ImGuiStyleVar_WindowPadding, ImVec2(4 * r, 4 * r));
//   if (w.begin()) { ... }   // End and the pops when `w` leaves scope
#pragma once

#include "imgui.h"

namespace ab::web {

// The flags every window fixed over the canvas shares: no title bar or scrollbars, not moved,
// not saved between visits.
constexpr ImGuiWindowFlags kFixedWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
// A small control over the board (zoom, notice, palette): sized to fit, never takes the focus
// or the keyboard navigation from the board.
constexpr ImGuiWindowFlags kOverlayWindow = kFixedWindow | ImGuiWindowFlags_AlwaysAutoResize |
                                            ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;

class FloatingWindow {
public:
    FloatingWindow(const char* id, ImGuiWindowFlags flags) : id_(id), flags_(flags) {}
    FloatingWindow(const FloatingWindow&) = delete;
    FloatingWindow& operator=(const FloatingWindow&) = delete;
    ~FloatingWindow() { end(); }

    // Where the window goes: `pos` in ImGui pixels, `pivot` the point of the window placed there.
    FloatingWindow& at(ImVec2 pos, ImVec2 pivot = ImVec2(0, 0));
    // Its size; without it the window keeps the size its flags give it (auto-resize).
    FloatingWindow& size(ImVec2 size);
    // Style for the window and everything drawn in it (tooltips and popups included): pushed
    // now, popped after End.
    template <typename Value>  // float or ImVec2, as the variable takes
    FloatingWindow& style(ImGuiStyleVar var, Value value) {
        ImGui::PushStyleVar(var, value);
        ++vars_;
        return *this;
    }
    FloatingWindow& colour(ImGuiCol col, ImU32 value);
    // Style for the window's own frame only (padding, rounding, border): pushed just before
    // Begin and popped just after it, so the windows it opens keep their own.
    FloatingWindow& frame(ImGuiStyleVar var, float value);
    FloatingWindow& frame(ImGuiStyleVar var, ImVec2 value);

    // ImGui::Begin; true when the window's contents should be drawn.
    bool begin();
    // ImGui::End and the pops, at once (the destructor does it otherwise); safe to call twice.
    void end();

private:
    struct FrameVar {
        ImGuiStyleVar var;
        ImVec2 value;
        bool is_vec2;
    };
    const char* id_;
    ImGuiWindowFlags flags_;
    ImVec2 pos_, pivot_, size_;
    bool has_pos_ = false, has_size_ = false;
    FrameVar frame_[6] = {};
    int frame_count_ = 0;
    int vars_ = 0, colours_ = 0;
    bool begun_ = false, ended_ = false;
};

}  // namespace ab::web
