// The reader's whole-plan checks, run once every item is read: ids unique across the plan,
// links pointing at an existing item of the right kind (others dropped with a warning), link
// sets without repeats, tactic stages among the plan's stages.
#pragma once

#include "io/json_fields.hpp"
#include "model/plan.hpp"
#include "model/index.hpp"

namespace ab::plan_io {

// Reports repeated ids as errors (naming both places), then resolves every link against
// `index` (built over `plan`), dropping bad ones with a warning; gives KPIs' `on` its kind.
void check_ids_and_links(Plan& plan, const PlanIndex& index, Sink& sink);

// Drops repeated entries from an item's link sets, first occurrence kept.
void dedupe_item_links(Item& item);

}  // namespace ab::plan_io
