// Workshop actions and locks on the command path (commands/workshop_rules.hpp).
#include "commands/workshop_rules.hpp"

#include <algorithm>
#include <set>

#include "i18n/i18n.hpp"
#include "model/queries.hpp"
#include "workshop/workshop.hpp"

namespace ab {

namespace {

// The refusal people read when they touch a locked card (the catalogue's words).
std::string locked_message(const std::string& name) { return i18n::tr("refuse.locked", {{"name", name}}); }

const Extra* stored(const Plan& plan) {
    auto it = plan.extra.find(workshop::kKey);
    return it == plan.extra.end() ? nullptr : &*it;
}

template <class V>
void drop(V& v, const std::set<std::string>& gone) {
    v.erase(std::remove_if(v.begin(), v.end(), [&](const std::string& id) { return gone.count(id) > 0; }), v.end());
}

}  // namespace

Compiled compile_workshop(const Plan& plan, const WorkshopAct& cmd) {
    Compiled c;
    const std::optional<workshop::Workshop> before = workshop::of(plan);
    workshop::ActionResult r = workshop::act(before, plan, cmd.name, cmd.args, cmd.actor, cmd.now);
    if (!r.error.empty()) {
        c.error = r.error;
        return c;
    }
    const Extra* old = stored(plan);
    std::optional<Extra> after;
    if (r.after) after = workshop::write(*r.after);
    if ((old == nullptr && !after) || (old != nullptr && after && *old == *after)) return c;
    c.edits.push_back(UpdateWorkshop{old != nullptr ? std::optional<Extra>(*old) : std::nullopt, std::move(after)});
    return c;
}

std::string review_workshop(const Plan& plan, EditList& edits, const std::string& actor) {
    const Extra* old = stored(plan);
    if (old == nullptr) return {};
    std::optional<workshop::Workshop> w = workshop::of(plan);
    if (!w) return {};
    const bool participant = w->facilitator != actor;
    std::vector<std::string> added;
    std::set<std::string> gone;
    for (const Edit& e : edits) {
        if (std::holds_alternative<SwapPlan>(e) || std::holds_alternative<UpdateWorkshop>(e)) return {};  // carries its own workshop
        std::string touched;
        if (const auto* u = std::get_if<UpdateItem>(&e)) touched = id_of(u->before);
        if (const auto* er = std::get_if<EraseItem>(&e)) {
            touched = id_of(er->item);
            gone.insert(touched);
        }
        if (const auto* l = std::get_if<UpdateLayout>(&e)) touched = l->id;  // a move (a new card is never locked)
        if (const auto* in = std::get_if<InsertItem>(&e)) {
            gone.erase(id_of(in->item));
            if (kind_of(in->item) != Kind::Person) added.push_back(id_of(in->item));
        }
        if (participant && !touched.empty() && workshop::is_locked(*w, touched)) return locked_message(display_name(plan, touched));
    }
    for (const auto& id : added) {
        if (!actor.empty()) w->authors[id] = actor;
        if (w->inbox && participant) w->inbox_ids.push_back(id);
    }
    drop(w->locked, gone);
    drop(w->inbox_ids, gone);
    for (const auto& id : gone) w->authors.erase(id);
    if (w->vote) {
        drop(w->vote->ids, gone);
        for (auto& [voter, ids] : w->vote->dots_by) drop(ids, gone);
    }
    Extra after = workshop::write(*w);
    if (after != *old) edits.push_back(UpdateWorkshop{*old, std::move(after)});
    return {};
}

}  // namespace ab
