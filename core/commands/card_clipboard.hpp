// Copy and paste of cards: the selected items travel as JSON text (on the system clipboard too,
// so a card copied in one plan pastes into another tab), and come back as AddItem commands with
// fresh ids. Links among the copied cards follow the copies; links to items outside the copy
// are kept when the target plan has them (a copied tactic stays on its strategy) and dropped
// when it does not.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "commands/command.hpp"
#include "model/plan.hpp"

namespace ab {

// The clipboard text for `ids` (unknown ids are skipped); empty when none exists.
std::string copy_cards(const Plan& plan, const std::vector<std::string>& ids);

// True when `text` looks like copy_cards output (so other text can be pasted as text).
bool is_card_clipboard(const std::string& text);

struct PasteResult {
    std::vector<AddItem> adds;          // in a valid order: parents before what links to them
    std::vector<SetField> then;         // links that must wait for a later add (a primary KPI)
    std::vector<std::string> new_ids;   // the pasted items, in copy order
    std::string error;                  // why nothing can be pasted (when adds is empty)
};

// The commands that paste `text` into `plan`, each card moved by (dx, dy) world units from
// where it was copied. The new ids carry `id_tag` (a workshop participant's; model/ids.hpp).
PasteResult paste_cards(const Plan& plan, const std::string& text, double dx, double dy,
                        const std::string& id_tag = "");

}  // namespace ab
