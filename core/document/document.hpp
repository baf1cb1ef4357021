// The live plan: the current Plan, its undo/redo history, a revision number and current scores.
// This is the one command path: everything that edits a plan calls Document::apply.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands/command.hpp"
#include "commands/edit.hpp"
#include "model/plan.hpp"
#include "score/score.hpp"

namespace ab {

// The live score behind scores() and what_if (score/session.hpp). Only named here, so that what
// includes this header (the whole web app) does not compile the scoring engine's internals.
class ScoreSession;

struct ApplyResult {
    bool ok = false;
    std::string error;  // why the command was refused; the plan is unchanged then
};

class Document {
public:
    Document();
    explicit Document(Plan plan);
    // Defined where ScoreSession is complete (document.cpp). Moves only: a session's finding
    // sink refers to its own graph, so a copy would point into the original.
    ~Document();
    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;

    const Plan& plan() const { return plan_; }
    // Rises on every change: apply, undo, redo, group cancel. Never goes back.
    uint64_t revision() const { return revision_; }

    ApplyResult apply(const Command& cmd);
    // A change made elsewhere (another participant of a workshop room), applied as apply does
    // but recorded in no undo step, and also to a read-only document (a view-only room still
    // follows the room). The local history is dropped: its steps were compiled against a plan
    // this change altered, so they could no longer revert cleanly (a room undoes by origin,
    // outside the core). Refused while a group is open (a drag): the caller tries again later.
    ApplyResult apply_remote(const Command& cmd);
    // A group (a drag) is open: see begin_group.
    bool grouping() const { return group_depth_ > 0; }

    bool can_undo() const;
    bool can_redo() const;
    bool undo();
    bool redo();
    // Labels of the step undo/redo would take ("" when none).
    std::string undo_label() const;
    std::string redo_label() const;

    // Groups every command applied until end_group into one undo step (a drag). Groups nest;
    // only the outermost one makes a history entry. cancel_group puts the plan back as it was
    // when the outermost group began and records nothing.
    void begin_group(std::string label);
    void end_group();
    void cancel_group();

    // Starts over with `plan` and an empty history (opening a file, not an edit).
    void reset(Plan plan);

    // A read-only document refuses every command, undo and redo with `reason` (a plan open in
    // another tab, an embed shown read-only). Empty reason: editable again. Scores and what-ifs
    // still work, so a read-only board still explains itself.
    void set_read_only(std::string reason) { read_only_ = std::move(reason); }
    bool read_only() const { return !read_only_.empty(); }
    const std::string& read_only_reason() const { return read_only_; }

    // Who this document's user is in a workshop (a participant id; workshop/workshop.hpp): the
    // actor of workshop actions that name none, and whose edits locks are checked against.
    void set_actor(std::string id) { actor_ = std::move(id); }
    const std::string& actor() const { return actor_; }

    // The tag this page's new ids carry in a workshop room (m12-k7q2; model/ids.hpp), so two
    // participants never make one id; "" outside a room (ids as always). Set on joining and
    // cleared on leaving by the room layer; kept by reset (the room's plan opening here). Pass
    // it to fresh_id, FreshIds, paste_cards and the finding fixes. A tag that is not 1 to 8 of
    // a-z0-9 (valid_id_tag) is refused: false, and the tag stays as it was.
    bool set_id_tag(const std::string& tag);
    const std::string& id_tag() const { return id_tag_; }

    // Scores of the current plan, brought up to date on the next read after any change (only
    // what the changes reach is scored again: ScoreSession): always current when read.
    const Scores& scores() const;
    // The scores the plan would have after `cmd`, leaving plan, history and revision untouched.
    // Empty when the command would be refused (see `error`).
    // (Applies and exactly reverts the edits, scoring incrementally in between.)
    std::optional<Scores> what_if(const Command& cmd, std::string* error = nullptr);
    // The words of the scores changed (the app switched language): everything is scored and
    // worded afresh on the next read.
    void reword();

private:
    struct Step {
        std::string label;
        EditList edits;
    };
    // Every change to plan_ goes through here with the edits it made or undid.
    void changed(const EditList& edits);

    Plan plan_;
    uint64_t revision_ = 0;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    int group_depth_ = 0;
    std::string read_only_;
    std::string actor_ = "local";
    std::string id_tag_;
    Step group_;
    std::unique_ptr<ScoreSession> session_;  // never null (mutable through the pointer)
    mutable bool scores_current_ = false;
};

}  // namespace ab
