// The link rules of the model, shared by every command that creates or checks links.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>

#include "model/plan.hpp"

namespace ab {

// The result of linking (on = true) or unlinking `child` up to `parent`.
struct LinkChange {
    std::string error;             // non-empty = refused
    bool wrong_direction = false;  // the reverse link would have been accepted
    size_t index = 0;              // the child's index in its kind's list
    Item before;                   // the child as it is
    std::optional<Item> after;     // the child changed; empty when already so (no-op)
};
LinkChange change_link(const Plan& plan, const std::string& child_id, const std::string& parent_id, bool on);

// Checks every link an item holds points at an existing item of the right kind (and not at
// itself). Returns the reason when not, "" when all are fine.
std::string check_links(const Plan& plan, const Item& item);

// Removes every link from `item` to any id in `ids`; true when something was removed. Linear in
// the item's links, whatever the number of ids (a remove of thousands of items at once).
bool drop_links_to(Item& item, const std::unordered_set<std::string>& ids);

}  // namespace ab
