// The vocabulary of plan edits. Every change to a plan — a drag, a shortcut, an import, the JS
// API — is one of these commands, so undo/redo, autosave and live scoring treat all edits alike.
// A command is an intent; `compile` checks it against the current plan and turns it into exact
// primitive edits (edit.hpp), which are what history stores and inverts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/plan.hpp"

namespace ab {

// Adds a new item (its id must be new); `index` inserts it at a position in its kind's list
// (default: the end). Its card never lands on another card: it goes to `pos` when no card is
// there, else to the first free slot of its column (layout/place.hpp), and always gets a layout
// entry. A person has no card: `pos` is stored as given.
struct AddItem {
    Item item;
    std::optional<LayoutPos> pos;
    std::optional<size_t> index;
};

// Deletes items and every link that points at them (and their layout entries).
struct RemoveItems {
    std::vector<std::string> ids;
};

// Sets one field of an item (`id`) or of the plan (empty `id`: name, start, end, currency,
// required_channels, required_stages, brand_reserve, brand_key, swot, competitors) to a JSON
// value, checked by the same rules as the file reader. `null` clears an optional field.
struct SetField {
    std::string id;
    std::string field;
    nlohmann::json value;
};

// Replaces an item wholesale (same id and kind), e.g. from the inspector.
struct ReplaceItem {
    Item item;
};

// Links `child` up to `parent` (strategy->goal, tactic->strategy, tactic->product,
// kpi->goal|strategy|tactic, insight->goal|product, any owned item->person as owner).
// Links point one level up only; anything else is refused with a reason.
struct Link {
    std::string child;
    std::string parent;
};
struct Unlink {
    std::string child;
    std::string parent;
};

// Moves cards on the canvas.
struct MoveItems {
    std::vector<std::pair<std::string, LayoutPos>> moves;
};

// Replaces the whole plan (import, template, checkpoint restore) as one undoable step.
struct ReplacePlan {
    Plan plan;
};

// Lays the whole board out (layout/tidy.hpp) as one undoable step: every card on a slot of its
// column, in link order with few crossings. `heights` are card heights the board measured, by id
// (cards it does not name are estimated from their titles).
struct Tidy {
    std::unordered_map<std::string, double> heights;
};

// One workshop action (workshop/workshop.hpp, docs/workshop.md): `name` with its `args`, by the
// participant `actor` (empty: the Document's own actor) at server time `now` (epoch ms).
struct WorkshopAct {
    std::string name;
    nlohmann::json args = nlohmann::json::object();
    std::string actor;
    int64_t now = 0;
};

using Command =
    std::variant<AddItem, RemoveItems, SetField, ReplaceItem, Link, Unlink, MoveItems, ReplacePlan, Tidy, WorkshopAct>;

// A short label by ids, for logs and test messages ("Link m11 to S2").
std::string describe(const Command& cmd);
// The label a person reads in the undo history and the Undo button's tip, by the names the items
// have in `plan` before the command runs ("Link “Email series” to “Spring push”").
std::string describe(const Command& cmd, const Plan& plan);

// Orders a link gesture: given two items dropped on each other in either order, returns the
// Link the model accepts, or the reason none exists.
struct Oriented {
    std::optional<Link> link;
    std::string reason;
};
Oriented orient_link(const Plan& plan, const std::string& a, const std::string& b);

// Commands as JSON, for the JS API and tests: {"op":"link","child":"m11","parent":"S2"}, ...
// Returns the command or fills `error` with a message a person can read.
std::optional<Command> command_from_json(const nlohmann::json& j, std::string& error);
nlohmann::json command_to_json(const Command& cmd);

}  // namespace ab
