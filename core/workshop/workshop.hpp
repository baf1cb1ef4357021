// The workshop a facilitator runs on a plan (docs/workshop.md): its steps and timer, the ideas
// inbox, dot votes, the hidden score, follow-me and locks, and the log the report is made from.
// It is part of the plan file, as the optional top-level object `workshop` (docs/plan-format.md),
// so a room shares it and undo, autosave and history treat it like any edit. The plan keeps it in
// `Plan::extra` (where readers that do not know it keep it untouched); this module reads it into
// a Workshop, applies the facilitator's and participants' actions and writes it back.
// Plain data and pure functions: times are server-epoch milliseconds handed in by the caller.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"

namespace ab::workshop {

constexpr const char* kKey = "workshop";  // the plan file's top-level field

struct Step {
    std::string name;
    int64_t seconds = 0;  // planned length
};

// Running: `ends_at` is set (server-epoch ms). Paused: `paused_remaining` (ms) is set. Neither: stopped.
struct Timer {
    std::optional<int64_t> ends_at;
    std::optional<int64_t> paused_remaining;
};

struct Vote {
    std::vector<std::string> ids;  // the cards voted on
    int dots = 3;                  // dots per person
    bool revealed = false;
    std::map<std::string, std::vector<std::string>> dots_by;  // voter -> card ids (a card may repeat)
};

struct Follow {
    bool on = false;
    Extra view = Extra::object();  // {x, y, zoom, present}: what the facilitator's screen shows
    int64_t seq = 0;               // rises on every "bring everyone here"
};

struct Workshop {
    std::string facilitator;                  // participant id; exactly one
    std::map<std::string, std::string> names;  // participant id -> name, for the report
    std::vector<Step> steps;
    int current = 0;  // index into steps
    Timer timer;
    bool inbox = false;  // new cards from participants land in the inbox first
    std::vector<std::string> inbox_ids;
    bool anonymous = false;
    std::map<std::string, std::string> authors;  // card id -> participant id
    std::optional<Vote> vote;
    bool score_hidden = false;
    Follow follow;
    std::vector<std::string> locked;
    Extra log = Extra::array();    // events for the report: start, step, vote, end
    Extra extra = Extra::object();  // fields this version does not know, kept
};

// Reads a `workshop` value. Bad fields are dropped with a warning each (the rest is kept);
// ids that name no card of `plan` are dropped. Never throws.
std::optional<Workshop> read(const Extra& j, const Plan& plan, std::vector<std::string>& warnings);
Extra write(const Workshop& w);

// The plan's workshop, or none.
std::optional<Workshop> of(const Plan& plan);
// What the reader does after a plan is read: the workshop object made valid against the plan
// (dangling ids dropped). A value that is not an object is left as it is, with a warning.
void normalize(Plan& plan, std::vector<std::string>& warnings);

bool is_locked(const Workshop& w, const std::string& id);
// Dots on each card (only meaningful to show after the reveal), most first then by id.
std::vector<std::pair<std::string, int>> totals(const Vote& v);
// Remaining ms of the timer at server time `now` (0 when over or stopped).
int64_t remaining_ms(const Timer& t, int64_t now);

// One action by `actor` at server time `now` (docs/workshop.md lists them with their args).
// Returns the workshop after it, or the reason it is refused (the input is not changed).
struct ActionResult {
    std::optional<Workshop> after;  // nullopt with an empty error = the workshop is removed
    std::string error;
};
ActionResult act(const std::optional<Workshop>& before, const Plan& plan, const std::string& name,
                 const nlohmann::json& args, const std::string& actor, int64_t now);

}  // namespace ab::workshop
