// The floating window scope (see floating_window.hpp).
#include "ui/floating_window.hpp"

#include <cassert>

namespace ab::web {

FloatingWindow& FloatingWindow::at(ImVec2 pos, ImVec2 pivot) {
    pos_ = pos;
    pivot_ = pivot;
    has_pos_ = true;
    return *this;
}

FloatingWindow& FloatingWindow::size(ImVec2 size) {
    size_ = size;
    has_size_ = true;
    return *this;
}

FloatingWindow& FloatingWindow::colour(ImGuiCol col, ImU32 value) {
    ImGui::PushStyleColor(col, value);
    ++colours_;
    return *this;
}

FloatingWindow& FloatingWindow::frame(ImGuiStyleVar var, float value) {
    assert(frame_count_ < 6);
    frame_[frame_count_++] = FrameVar{var, ImVec2(value, 0), false};
    return *this;
}

FloatingWindow& FloatingWindow::frame(ImGuiStyleVar var, ImVec2 value) {
    assert(frame_count_ < 6);
    frame_[frame_count_++] = FrameVar{var, value, true};
    return *this;
}

bool FloatingWindow::begin() {
    if (has_pos_) ImGui::SetNextWindowPos(pos_, ImGuiCond_Always, pivot_);
    if (has_size_) ImGui::SetNextWindowSize(size_);
    for (int i = 0; i < frame_count_; ++i) {
        if (frame_[i].is_vec2) ImGui::PushStyleVar(frame_[i].var, frame_[i].value);
        else ImGui::PushStyleVar(frame_[i].var, frame_[i].value.x);
    }
    const bool shown = ImGui::Begin(id_, nullptr, flags_);
    if (frame_count_ > 0) ImGui::PopStyleVar(frame_count_);
    begun_ = true;
    return shown;
}

void FloatingWindow::end() {
    if (ended_) return;
    ended_ = true;
    if (begun_) ImGui::End();
    if (colours_ > 0) ImGui::PopStyleColor(colours_);
    if (vars_ > 0) ImGui::PopStyleVar(vars_);
}

}  // namespace ab::web
