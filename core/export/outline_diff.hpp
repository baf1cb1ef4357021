// What changed between two outlines of a plan (export/outline.hpp), so the accessible mirror of
// a 10,000-card plan brings only the changed rows' nodes in step after an edit, not all of them.
// An edit usually renames or rescores a few rows (the same rows, new words) and adds, removes or
// moves a few (a splice in the middle); the mirror applies the splice, then the changed rows.
#pragma once

#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/outline.hpp"

namespace ab {

struct OutlineEdit {
    size_t start = 0;     // where the splice is, in both numberings (rows before it kept their place)
    size_t removed = 0;   // the old rows [start, start + removed) go ...
    size_t inserted = 0;  // ... and the new rows [start, start + inserted) come in their place
    std::vector<size_t> changed;  // rows outside the splice (new numbering) whose words changed
};

// The splice is as small as the rows' places in the tree allow (an item, its parent and its
// level; the words may change without a splice); `after` is `before` with the edit applied.
OutlineEdit diff_outline(const Outline& before, const Outline& after);

// {"start", "removed", "rows": [the inserted rows], "changed": [[index, row], ...]}, the rows as
// outline_to_json writes them.
nlohmann::json outline_edit_to_json(const Outline& after, const OutlineEdit& edit);

}  // namespace ab
