// The kind table: every word a kind of item is spelled with, in the file and to people, its id
// prefix and its icon's name, in one row per kind. Messages, the reader, id making and the app
// all read it, so a kind is renamed (or a kind added) in one place.
#pragma once

#include <array>
#include <cstddef>
#include <string>

#include "model/plan.hpp"

namespace ab {

struct KindInfo {
    Kind kind;
    const char* file_name;   // "goal": the plan file's word for one item (kind_name)
    const char* collection;  // "goals": the plan file's list of them (collection_name)
    const char* label;       // "Goal", "KPI": the kind named on its own (a card, the palette, a picker)
    const char* plural;      // "Goals", "KPIs": a column's title
    const char* noun;        // "goal", "KPI": the kind inside a sentence
    const char* nouns;       // "goals", "KPIs"
    const char* article;     // "a" or "an", as said before `noun`
    const char* id_prefix;   // "G": new ids read G1, G2, ... (model/ids.hpp)
    const char* icon;        // "bullseye": the Fork Awesome icon's name; the app owns the glyph
};

// Every kind, in Kind's order (the order the board and summaries list them).
const std::array<KindInfo, 7>& kind_table();
const KindInfo& kind_info(Kind kind);

// "a goal", "a KPI", "an insight".
std::string a_kind(Kind kind);
// "1 goal", "3 KPIs", "2 people".
std::string count_of(size_t count, Kind kind);
// "New goal", "New KPI": what an item made from the palette is called until it is named.
std::string new_item_name(Kind kind);

}  // namespace ab
