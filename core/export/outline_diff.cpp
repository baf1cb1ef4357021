// The edit between two outlines (see outline_diff.hpp): the rows kept in place at both ends, the
// splice between them, and the kept rows whose words changed.
#include "export/outline_diff.hpp"

#include <algorithm>

namespace ab {
namespace {

// Where a row sits in the tree: a row kept there keeps its node, whatever its words.
bool same_place(const OutlineRow& a, const OutlineRow& b) {
    return a.id == b.id && a.parent == b.parent && a.level == b.level;
}

bool same_words(const OutlineRow& a, const OutlineRow& b) {
    return a.kind == b.kind && a.title == b.title && a.score == b.score && a.places == b.places &&
           a.place == b.place && a.target == b.target && a.label == b.label;
}

}  // namespace

OutlineEdit diff_outline(const Outline& before, const Outline& after) {
    const std::vector<OutlineRow>& a = before.rows;
    const std::vector<OutlineRow>& b = after.rows;
    const size_t shorter = std::min(a.size(), b.size());
    size_t head = 0;
    while (head < shorter && same_place(a[head], b[head])) ++head;
    size_t tail = 0;
    while (tail < shorter - head && same_place(a[a.size() - 1 - tail], b[b.size() - 1 - tail])) ++tail;
    OutlineEdit edit;
    edit.start = head;
    edit.removed = a.size() - head - tail;
    edit.inserted = b.size() - head - tail;
    for (size_t i = 0; i < head; ++i) {
        if (!same_words(a[i], b[i])) edit.changed.push_back(i);
    }
    for (size_t k = tail; k > 0; --k) {
        const size_t i = b.size() - k, j = a.size() - k;
        if (!same_words(a[j], b[i])) edit.changed.push_back(i);
    }
    return edit;
}

nlohmann::json outline_edit_to_json(const Outline& after, const OutlineEdit& edit) {
    nlohmann::json rows = nlohmann::json::array();
    for (size_t i = edit.start; i < edit.start + edit.inserted; ++i) rows.push_back(outline_row_to_json(after.rows[i]));
    nlohmann::json changed = nlohmann::json::array();
    for (size_t i : edit.changed) changed.push_back({i, outline_row_to_json(after.rows[i])});
    return {{"start", edit.start}, {"removed", edit.removed}, {"rows", std::move(rows)}, {"changed", std::move(changed)}};
}

}  // namespace ab
