// The live plan and its history: the single path every edit takes (apply), and undo, redo and
// grouped steps on top of the primitive edits. Scores are recomputed lazily on the next read.
#include "document.hpp"

namespace ab {

Document::Document(Plan plan) : plan_(std::move(plan)) {}

void Document::changed() {
    ++revision_;
    scores_.reset();
}

ApplyResult Document::apply(const Command& cmd) {
    Compiled c = compile(plan_, cmd);
    if (!c.ok()) return {false, c.error};
    if (c.edits.empty()) return {true, {}};  // already so: no step, no new revision
    apply_edits(plan_, c.edits);
    if (group_depth_ > 0) {
        for (auto& e : c.edits) group_.edits.push_back(std::move(e));
    } else {
        undo_.push_back(Step{describe(cmd), std::move(c.edits)});
        redo_.clear();
    }
    changed();
    return {true, {}};
}

bool Document::can_undo() const { return group_depth_ == 0 && !undo_.empty(); }
bool Document::can_redo() const { return group_depth_ == 0 && !redo_.empty(); }

bool Document::undo() {
    if (!can_undo()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    revert_edits(plan_, step.edits);
    redo_.push_back(std::move(step));
    changed();
    return true;
}

bool Document::redo() {
    if (!can_redo()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    apply_edits(plan_, step.edits);
    undo_.push_back(std::move(step));
    changed();
    return true;
}

std::string Document::undo_label() const { return can_undo() ? undo_.back().label : std::string(); }
std::string Document::redo_label() const { return can_redo() ? redo_.back().label : std::string(); }

void Document::begin_group(std::string label) {
    if (group_depth_++ == 0) group_ = Step{std::move(label), {}};
}

void Document::end_group() {
    if (group_depth_ == 0) return;
    if (--group_depth_ > 0) return;
    if (!group_.edits.empty()) {
        undo_.push_back(std::move(group_));
        redo_.clear();
    }
    group_ = Step{};
}

void Document::cancel_group() {
    if (group_depth_ == 0) return;
    group_depth_ = 0;
    if (!group_.edits.empty()) {
        revert_edits(plan_, group_.edits);
        changed();
    }
    group_ = Step{};
}

void Document::reset(Plan plan) {
    plan_ = std::move(plan);
    undo_.clear();
    redo_.clear();
    group_depth_ = 0;
    group_ = Step{};
    changed();
}

const Scores& Document::scores() const {
    if (!scores_) scores_ = score_plan(plan_);
    return *scores_;
}

std::optional<Scores> Document::what_if(const Command& cmd, std::string* error) {
    Compiled c = compile(plan_, cmd);
    if (!c.ok()) {
        if (error) *error = c.error;
        return std::nullopt;
    }
    if (c.edits.empty()) return scores();
    // Apply, score, and revert exactly: cheaper than copying a large plan, and invisible to
    // history, revision and the cached scores.
    apply_edits(plan_, c.edits);
    Scores s = score_plan(plan_);
    revert_edits(plan_, c.edits);
    return s;
}

}  // namespace ab
