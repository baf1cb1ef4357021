// New item ids in the plan's own pattern (G3 after G1 and G2), so ids stay readable in files,
// exports and findings whichever way an item was made (palette, keyboard, paste, the JS API).
// In a workshop room each participant's ids also carry their tag (m12-k7q2): two people who make
// a card at the same moment, before either sees the other's, both count "m12" but never make the
// same id (the room keeps one card per id). The tag is an argument, not a setting of the
// process: the Document holds the page's (Document::id_tag), and callers pass it down.
#pragma once

#include <set>
#include <string>
#include <utility>

#include "model/plan.hpp"

namespace ab {

// The id prefix of a kind from the kind table: "G" goal, "S" strategy, "m" tactic, "k" KPI,
// "P" product, "I" insight, "p" person.
const char* id_prefix(Kind kind);

// A participant's tag as ids carry it: 1 to 8 of a-z and 0-9, or "" (no tag: ids as outside a
// room). Anything else is not a tag (the caller keeps ids untagged rather than unreadable).
bool valid_id_tag(const std::string& tag);

// One past the highest id of the kind's pattern, skipping ids in use by any item or in `taken`.
// With a `tag`: that id followed by "-" and the tag (m12-k7q2). Tagged ids count too: after
// m12-k7q2 the next is m13, whoever made it.
std::string fresh_id(const Plan& plan, Kind kind, const std::set<std::string>& taken = {},
                     const std::string& tag = "");

// Many fresh ids at once (a paste of thousands of cards): the plan is scanned once, not once per
// id, and each next() continues after the last one it gave.
class FreshIds {
public:
    explicit FreshIds(const Plan& plan, std::string tag = "") : plan_(plan), tag_(std::move(tag)) {}
    std::string next(Kind kind);

private:
    const Plan& plan_;
    std::string tag_;
    long top_[7] = {-1, -1, -1, -1, -1, -1, -1};  // per kind; -1 = not scanned yet
};

}  // namespace ab
