// Applying and inverting primitive edits. Each edit carries both sides of the change, so undo
// never recomputes anything: it applies the inverse.
#include "commands/edit.hpp"

#include <cassert>

#include "model/access.hpp"

namespace ab {

namespace {

template <class T>
T& as(Item& item) { return std::get<T>(item); }

void insert_item(Plan& plan, const Item& item, size_t index) {
    with_collection(plan, kind_of(item), [&](auto& vec) {
        using T = typename std::decay_t<decltype(vec)>::value_type;
        assert(index <= vec.size());
        vec.insert(vec.begin() + static_cast<std::ptrdiff_t>(index), std::get<T>(item));
    });
}

void erase_item(Plan& plan, const Item& item, size_t index) {
    with_collection(plan, kind_of(item), [&](auto& vec) {
        assert(index < vec.size() && vec[index].id.value == id_of(item));
        vec.erase(vec.begin() + static_cast<std::ptrdiff_t>(index));
    });
}

void update_item(Plan& plan, const Item& after, size_t index) {
    with_collection(plan, kind_of(after), [&](auto& vec) {
        using T = typename std::decay_t<decltype(vec)>::value_type;
        assert(index < vec.size());
        vec[index] = std::get<T>(after);
    });
}

}  // namespace

void apply_edit(Plan& plan, const Edit& e) {
    std::visit(
        [&](const auto& ed) {
            using E = std::decay_t<decltype(ed)>;
            if constexpr (std::is_same_v<E, InsertItem>) {
                insert_item(plan, ed.item, ed.index);
            } else if constexpr (std::is_same_v<E, EraseItem>) {
                erase_item(plan, ed.item, ed.index);
            } else if constexpr (std::is_same_v<E, UpdateItem>) {
                update_item(plan, ed.after, ed.index);
            } else if constexpr (std::is_same_v<E, UpdateSettings>) {
                plan.settings = ed.after;
            } else if constexpr (std::is_same_v<E, UpdateLayout>) {
                if (ed.after) {
                    plan.layout[ed.id] = *ed.after;
                } else {
                    plan.layout.erase(ed.id);
                }
            } else if constexpr (std::is_same_v<E, SwapPlan>) {
                plan = *ed.after;
            } else if constexpr (std::is_same_v<E, UpdateWorkshop>) {
                if (ed.after) {
                    plan.extra["workshop"] = *ed.after;
                } else {
                    plan.extra.erase("workshop");
                }
            }
        },
        e);
}

Edit invert(const Edit& e) {
    return std::visit(
        [](const auto& ed) -> Edit {
            using E = std::decay_t<decltype(ed)>;
            if constexpr (std::is_same_v<E, InsertItem>) {
                return EraseItem{ed.item, ed.index};
            } else if constexpr (std::is_same_v<E, EraseItem>) {
                return InsertItem{ed.item, ed.index};
            } else if constexpr (std::is_same_v<E, UpdateItem>) {
                return UpdateItem{ed.after, ed.before, ed.index};
            } else if constexpr (std::is_same_v<E, UpdateSettings>) {
                return UpdateSettings{ed.after, ed.before};
            } else if constexpr (std::is_same_v<E, UpdateLayout>) {
                return UpdateLayout{ed.id, ed.after, ed.before};
            } else if constexpr (std::is_same_v<E, UpdateWorkshop>) {
                return UpdateWorkshop{ed.after, ed.before};
            } else {
                return SwapPlan{ed.after, ed.before};
            }
        },
        e);
}

void apply_edits(Plan& plan, const EditList& edits) {
    for (const auto& e : edits) apply_edit(plan, e);
}

void revert_edits(Plan& plan, const EditList& edits) {
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) apply_edit(plan, invert(*it));
}

}  // namespace ab
