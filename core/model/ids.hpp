// New item ids in the plan's own pattern (G3 after G1 and G2), so ids stay readable in files,
// exports and findings whichever way an item was made (palette, keyboard, paste, the JS API).
#pragma once

#include <set>
#include <string>

#include "model/plan.hpp"

namespace ab {

// The id prefix of a kind from the kind table: "G" goal, "S" strategy, "m" tactic, "k" KPI,
// "P" product, "I" insight, "p" person.
const char* id_prefix(Kind kind);

// One past the highest id of the kind's pattern, skipping ids in use by any item or in `taken`.
std::string fresh_id(const Plan& plan, Kind kind, const std::set<std::string>& taken = {});

// Many fresh ids at once (a paste of thousands of cards): the plan is scanned once, not once per
// id, and each next() continues after the last one it gave.
class FreshIds {
public:
    explicit FreshIds(const Plan& plan) : plan_(plan) {}
    std::string next(Kind kind);

private:
    const Plan& plan_;
    long top_[7] = {-1, -1, -1, -1, -1, -1, -1};  // per kind; -1 = not scanned yet
};

}  // namespace ab
