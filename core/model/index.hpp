// An id -> location table over a plan, built once so repeated look-ups are O(1). The plan's
// vectors shift on insert and erase, so an index is rebuilt (or thrown away) after each edit.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "model/plan.hpp"

namespace ab {

class PlanIndex {
public:
    explicit PlanIndex(const Plan& plan);
    std::optional<Location> find(std::string_view id) const;
    bool contains(std::string_view id) const { return find(id).has_value(); }

private:
    std::unordered_map<std::string_view, Location> by_id_;
};

}  // namespace ab
