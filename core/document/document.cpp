// The live plan and its history: the single path every edit takes (apply), and undo, redo and
// grouped steps on top of the primitive edits. Scores are brought up to date on the next read,
// from the edits noted since the last one.
#include "document/document.hpp"

#include "commands/workshop_rules.hpp"
#include "i18n/i18n.hpp"
#include "model/ids.hpp"
#include "score/session.hpp"

namespace ab {

Document::Document() : session_(std::make_unique<ScoreSession>()) {}
Document::Document(Plan plan) : plan_(std::move(plan)), session_(std::make_unique<ScoreSession>()) {}
Document::~Document() = default;
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

void Document::changed(const EditList& edits) {
    ++revision_;
    session_->note(edits);
    scores_current_ = false;
}

ApplyResult Document::apply(const Command& cmd) {
    if (read_only()) return {false, read_only_};
    Compiled c;
    if (const auto* act = std::get_if<WorkshopAct>(&cmd); act != nullptr && act->actor.empty()) {
        WorkshopAct mine = *act;
        mine.actor = actor_;
        c = compile(plan_, Command(std::move(mine)));
    } else {
        c = compile(plan_, cmd);
    }
    if (!c.ok()) return {false, c.error};
    if (std::string why = review_workshop(plan_, c.edits, actor_); !why.empty()) return {false, why};
    if (c.edits.empty()) return {true, {}};  // already so: no step, no new revision
    std::string label = group_depth_ > 0 ? std::string() : describe(cmd, plan_);  // names before a delete
    apply_edits(plan_, c.edits);
    changed(c.edits);
    if (group_depth_ > 0) {
        for (auto& e : c.edits) group_.edits.push_back(std::move(e));
    } else {
        undo_.push_back(Step{std::move(label), std::move(c.edits)});
        redo_.clear();
    }
    return {true, {}};
}

ApplyResult Document::apply_remote(const Command& cmd) {
    if (group_depth_ > 0) return {false, i18n::tr("refuse.change_in_progress")};
    Compiled c = compile(plan_, cmd);
    if (!c.ok()) return {false, c.error};
    if (c.edits.empty()) return {true, {}};
    apply_edits(plan_, c.edits);
    changed(c.edits);
    undo_.clear();
    redo_.clear();
    return {true, {}};
}

bool Document::can_undo() const { return !read_only() && group_depth_ == 0 && !undo_.empty(); }
bool Document::can_redo() const { return !read_only() && group_depth_ == 0 && !redo_.empty(); }

bool Document::undo() {
    if (!can_undo()) return false;
    Step step = std::move(undo_.back());
    undo_.pop_back();
    revert_edits(plan_, step.edits);
    changed(step.edits);
    redo_.push_back(std::move(step));
    return true;
}

bool Document::redo() {
    if (!can_redo()) return false;
    Step step = std::move(redo_.back());
    redo_.pop_back();
    apply_edits(plan_, step.edits);
    changed(step.edits);
    undo_.push_back(std::move(step));
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
        changed(group_.edits);
    }
    group_ = Step{};
}

bool Document::set_id_tag(const std::string& tag) {
    if (!valid_id_tag(tag)) return false;
    id_tag_ = tag;
    return true;
}

void Document::reset(Plan plan) {
    plan_ = std::move(plan);
    undo_.clear();
    redo_.clear();
    group_depth_ = 0;
    group_ = Step{};
    session_->note_all();
    changed({});
}

const Scores& Document::scores() const {
    const Scores& s = session_->score_if(plan_, scores_current_);
    scores_current_ = true;
    return s;
}

void Document::reword() {
    session_->note_all();
    scores_current_ = false;
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
    (void)scores();  // so the session scores just these edits
    apply_edits(plan_, c.edits);
    session_->note(c.edits);
    Scores s = session_->score(plan_);
    revert_edits(plan_, c.edits);
    session_->note(c.edits);
    scores_current_ = false;
    return s;
}

}  // namespace ab
