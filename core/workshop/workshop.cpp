// Reading and writing the `workshop` object of a plan file. Untrusted JSON: every read checks
// presence and type with find() (the app has no exceptions); a bad field is dropped with a
// warning naming it, the rest of the workshop is kept, and ids of cards the plan no longer has
// are dropped (a vote on a card deleted mid-vote loses that card, nothing else).
#include "workshop/workshop.hpp"

#include <algorithm>

#include "i18n/i18n.hpp"

namespace ab::workshop {

namespace {

const Extra* member(const Extra& j, const char* key) {
    if (!j.is_object()) return nullptr;
    auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

const char* const kKnown[] = {"facilitator", "names", "steps", "current", "timer", "inbox", "inbox_ids", "anonymous",
                              "authors", "vote", "score_hidden", "follow", "locked", "log"};

struct Reader {
    const Plan& plan;
    std::vector<std::string>& warnings;

    void warn(const std::string& field, const std::string& why) { warnings.push_back("workshop." + field + ": " + why); }

    bool card(const std::string& id) const { return find_item(plan, id).has_value(); }

    std::string text(const Extra& j, const char* key) {
        const Extra* v = member(j, key);
        if (v == nullptr) return {};
        if (!v->is_string()) {
            warn(key, i18n::tr("read.workshop_text"));
            return {};
        }
        return v->get<std::string>();
    }
    bool flag(const Extra& j, const char* key) {
        const Extra* v = member(j, key);
        if (v == nullptr) return false;
        if (!v->is_boolean()) {
            warn(key, i18n::tr("read.workshop_bool"));
            return false;
        }
        return v->get<bool>();
    }
    std::optional<int64_t> integer(const Extra& j, const char* key, const std::string& where) {
        const Extra* v = member(j, key);
        if (v == nullptr || v->is_null()) return std::nullopt;
        if (!v->is_number() || v->get<double>() < 0 || v->get<double>() > 9.0e15) {
            warn(where, i18n::tr("read.workshop_number"));
            return std::nullopt;
        }
        return static_cast<int64_t>(v->get<double>());
    }
    // A list of card ids: what is not text, and cards the plan does not have, are dropped.
    std::vector<std::string> ids(const Extra* v, const std::string& where, bool unique = true) {
        std::vector<std::string> out;
        if (v == nullptr) return out;
        if (!v->is_array()) {
            warn(where, i18n::tr("read.workshop_ids"));
            return out;
        }
        for (const auto& e : *v) {
            if (!e.is_string()) continue;
            const std::string id = e.get<std::string>();
            if (!card(id)) continue;  // a card deleted since: the reader drops dangling ids
            if (unique && std::find(out.begin(), out.end(), id) != out.end()) continue;
            out.push_back(id);
        }
        return out;
    }
    std::map<std::string, std::string> text_map(const Extra* v, const std::string& where, bool card_keys) {
        std::map<std::string, std::string> out;
        if (v == nullptr) return out;
        if (!v->is_object()) {
            warn(where, i18n::tr("read.workshop_object"));
            return out;
        }
        for (auto it = v->begin(); it != v->end(); ++it) {
            if (!it->is_string() || (card_keys && !card(it.key()))) continue;
            out[it.key()] = it->get<std::string>();
        }
        return out;
    }

    std::optional<Vote> vote(const Extra* v) {
        if (v == nullptr || v->is_null()) return std::nullopt;
        if (!v->is_object()) {
            warn("vote", i18n::tr("read.workshop_object"));
            return std::nullopt;
        }
        Vote out;
        out.ids = ids(member(*v, "ids"), "vote.ids");
        if (auto d = integer(*v, "dots", "vote.dots")) out.dots = static_cast<int>(std::min<int64_t>(std::max<int64_t>(*d, 1), 99));
        out.revealed = flag(*v, "revealed");
        if (const Extra* by = member(*v, "dots_by"); by != nullptr && by->is_object()) {
            for (auto it = by->begin(); it != by->end(); ++it) {
                std::vector<std::string> mine = ids(&*it, "vote.dots_by", false);
                mine.erase(std::remove_if(mine.begin(), mine.end(),
                                          [&](const std::string& id) { return std::find(out.ids.begin(), out.ids.end(), id) == out.ids.end(); }),
                           mine.end());
                if (mine.size() > static_cast<size_t>(out.dots)) mine.resize(static_cast<size_t>(out.dots));
                if (!mine.empty()) out.dots_by[it.key()] = std::move(mine);
            }
        }
        return out;
    }
};

}  // namespace

std::optional<Workshop> read(const Extra& j, const Plan& plan, std::vector<std::string>& warnings) {
    if (!j.is_object()) {
        warnings.push_back("workshop: " + i18n::tr("read.workshop_unused"));
        return std::nullopt;
    }
    Reader r{plan, warnings};
    Workshop w;
    w.facilitator = r.text(j, "facilitator");
    w.names = r.text_map(member(j, "names"), "names", false);
    if (const Extra* steps = member(j, "steps"); steps != nullptr && steps->is_array()) {
        for (const auto& s : *steps) {
            const Extra* name = member(s, "name");
            if (name == nullptr || !name->is_string()) {
                r.warn("steps", i18n::tr("read.workshop_step_unnamed"));
                continue;
            }
            w.steps.push_back(Step{name->get<std::string>(), r.integer(s, "seconds", "steps.seconds").value_or(0)});
        }
    }
    const int64_t current = r.integer(j, "current", "current").value_or(0);
    w.current = w.steps.empty() ? 0 : static_cast<int>(std::min<int64_t>(current, int64_t(w.steps.size()) - 1));
    if (const Extra* t = member(j, "timer"); t != nullptr && t->is_object()) {
        w.timer.ends_at = r.integer(*t, "ends_at", "timer.ends_at");
        if (!w.timer.ends_at) w.timer.paused_remaining = r.integer(*t, "paused_remaining", "timer.paused_remaining");
    }
    w.inbox = r.flag(j, "inbox");
    w.inbox_ids = r.ids(member(j, "inbox_ids"), "inbox_ids");
    w.anonymous = r.flag(j, "anonymous");
    w.authors = r.text_map(member(j, "authors"), "authors", true);
    w.vote = r.vote(member(j, "vote"));
    w.score_hidden = r.flag(j, "score_hidden");
    if (const Extra* f = member(j, "follow"); f != nullptr && f->is_object()) {
        w.follow.on = r.flag(*f, "on");
        if (const Extra* v = member(*f, "view"); v != nullptr && v->is_object()) w.follow.view = *v;
        w.follow.seq = r.integer(*f, "seq", "follow.seq").value_or(0);
    }
    w.locked = r.ids(member(j, "locked"), "locked");
    if (const Extra* log = member(j, "log"); log != nullptr && log->is_array()) {
        for (const auto& e : *log) {
            if (e.is_object()) w.log.push_back(e);
        }
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (std::find_if(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return it.key() == k; }) == std::end(kKnown)) {
            w.extra[it.key()] = *it;
        }
    }
    return w;
}

Extra write(const Workshop& w) {
    Extra j = Extra::object();
    j["facilitator"] = w.facilitator;
    if (!w.names.empty()) j["names"] = w.names;
    j["steps"] = Extra::array();
    for (const auto& s : w.steps) j["steps"].push_back({{"name", s.name}, {"seconds", s.seconds}});
    j["current"] = w.current;
    Extra timer = Extra::object();
    if (w.timer.ends_at) timer["ends_at"] = *w.timer.ends_at;
    if (w.timer.paused_remaining) timer["paused_remaining"] = *w.timer.paused_remaining;
    j["timer"] = timer;
    j["inbox"] = w.inbox;
    j["inbox_ids"] = w.inbox_ids;
    j["anonymous"] = w.anonymous;
    j["authors"] = w.authors;
    if (w.vote) {
        Extra v = {{"ids", w.vote->ids}, {"dots", w.vote->dots}, {"revealed", w.vote->revealed}};
        v["dots_by"] = Extra::object();
        for (const auto& [voter, ids] : w.vote->dots_by) v["dots_by"][voter] = ids;
        j["vote"] = v;
    }
    j["score_hidden"] = w.score_hidden;
    j["follow"] = {{"on", w.follow.on}, {"view", w.follow.view}, {"seq", w.follow.seq}};
    j["locked"] = w.locked;
    j["log"] = w.log;
    for (auto it = w.extra.begin(); it != w.extra.end(); ++it) j[it.key()] = *it;
    return j;
}

std::optional<Workshop> of(const Plan& plan) {
    const Extra* j = member(plan.extra, kKey);
    if (j == nullptr) return std::nullopt;
    std::vector<std::string> ignored;
    return read(*j, plan, ignored);
}

void normalize(Plan& plan, std::vector<std::string>& warnings) {
    const Extra* j = member(plan.extra, kKey);
    if (j == nullptr) return;
    if (auto w = read(*j, plan, warnings)) plan.extra[kKey] = write(*w);
}

bool is_locked(const Workshop& w, const std::string& id) {
    return std::find(w.locked.begin(), w.locked.end(), id) != w.locked.end();
}

std::vector<std::pair<std::string, int>> totals(const Vote& v) {
    std::map<std::string, int> count;
    for (const auto& id : v.ids) count[id] = 0;
    for (const auto& [voter, ids] : v.dots_by) {
        for (const auto& id : ids) ++count[id];
    }
    std::vector<std::pair<std::string, int>> out(count.begin(), count.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

int64_t remaining_ms(const Timer& t, int64_t now) {
    if (t.ends_at) return std::max<int64_t>(0, *t.ends_at - now);
    if (t.paused_remaining) return *t.paused_remaining;
    return 0;
}

}  // namespace ab::workshop
