// What the facilitator and participants do to a workshop (docs/workshop.md, "Actions"): each
// action is checked (who may do it, against what) and gives the workshop after it. The command
// path (commands/workshop.cpp) turns the change into one undoable edit of the plan.
#include <algorithm>

#include "i18n/i18n.hpp"
#include "model/queries.hpp"
#include "workshop/workshop.hpp"

namespace ab::workshop {

namespace {

const std::vector<Step> kDefaultSteps = {{"Ideas", 15 * 60}, {"Link", 15 * 60}, {"Vote", 10 * 60}, {"Decide", 15 * 60}};

const nlohmann::json* arg(const nlohmann::json& args, const char* key) {
    if (!args.is_object()) return nullptr;
    auto it = args.find(key);
    return it == args.end() ? nullptr : &*it;
}

std::optional<bool> arg_flag(const nlohmann::json& args, const char* key) {
    const nlohmann::json* v = arg(args, key);
    if (v == nullptr || !v->is_boolean()) return std::nullopt;
    return v->get<bool>();
}

std::string arg_text(const nlohmann::json& args, const char* key) {
    const nlohmann::json* v = arg(args, key);
    return v != nullptr && v->is_string() ? v->get<std::string>() : std::string();
}

// Card ids of `args[key]`: text that names a card of the plan, each once.
std::vector<std::string> arg_ids(const nlohmann::json& args, const char* key, const Plan& plan, std::string& error) {
    std::vector<std::string> out;
    const nlohmann::json* v = arg(args, key);
    if (v == nullptr || !v->is_array()) return out;
    for (const auto& e : *v) {
        if (!e.is_string()) continue;
        const std::string id = e.get<std::string>();
        if (!find_item(plan, id)) {
            error = i18n::tr("workshop.refuse.no_card", {{"id", id}});
            return {};
        }
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
}

void start_timer(Workshop& w, int64_t seconds, int64_t now) {
    w.timer.ends_at = now + seconds * 1000;
    w.timer.paused_remaining.reset();
}

void log_step_end(Workshop& w, int64_t now) {
    if (w.steps.empty()) return;
    const Step& s = w.steps[static_cast<size_t>(w.current)];
    Extra e = {{"event", "step"}, {"name", s.name}, {"planned_s", s.seconds}, {"end", now}};
    // The step's start is the newest "step-start" entry of this index.
    for (auto it = w.log.rbegin(); it != w.log.rend(); ++it) {
        auto ev = it->find("event"), idx = it->find("step"), at = it->find("at");
        if (ev != it->end() && *ev == "step-start" && idx != it->end() && *idx == w.current && at != it->end()) {
            e["start"] = *at;
            break;
        }
    }
    w.log.push_back(e);
}

void log_step_start(Workshop& w, int64_t now) {
    if (!w.steps.empty()) w.log.push_back({{"event", "step-start"}, {"step", w.current}, {"at", now}});
}

// A new workshop: the actor facilitates; the score now is the "before" of the report.
Workshop fresh(const nlohmann::json& args, const std::string& actor, int64_t now) {
    Workshop w;
    w.facilitator = actor;
    if (const nlohmann::json* steps = arg(args, "steps"); steps != nullptr && steps->is_array()) {
        for (const auto& s : *steps) {
            const nlohmann::json *name = arg(s, "name"), *secs = arg(s, "seconds");
            if (name == nullptr || !name->is_string() || name->get<std::string>().empty()) continue;
            const double sec = secs != nullptr && secs->is_number() ? secs->get<double>() : 600;
            w.steps.push_back(Step{name->get<std::string>(), static_cast<int64_t>(std::clamp(sec, 0.0, 86400.0))});
        }
    }
    if (w.steps.empty()) w.steps = kDefaultSteps;
    Extra start = {{"event", "start"}, {"at", now}};
    if (const nlohmann::json* score = arg(args, "score"); score != nullptr && (score->is_number() || score->is_null())) start["score"] = *score;
    if (const nlohmann::json* f = arg(args, "findings"); f != nullptr && f->is_array()) start["findings"] = *f;
    w.log.push_back(start);
    log_step_start(w, now);
    start_timer(w, w.steps[0].seconds, now);
    return w;
}

ActionResult refuse(const std::string& why) { return ActionResult{std::nullopt, why}; }
ActionResult done(Workshop w) { return ActionResult{std::move(w), {}}; }

ActionResult vote_action(Workshop w, const std::string& name, const std::string& id, const std::string& actor) {
    if (!w.vote) return refuse(i18n::tr("workshop.refuse.no_vote"));
    Vote& v = *w.vote;
    if (v.revealed) return refuse(i18n::tr("workshop.refuse.revealed"));
    if (std::find(v.ids.begin(), v.ids.end(), id) == v.ids.end()) return refuse(i18n::tr("workshop.refuse.not_in_vote"));
    std::vector<std::string>& mine = v.dots_by[actor];
    if (name == "vote") {
        if (mine.size() >= static_cast<size_t>(v.dots)) return refuse(i18n::tr("workshop.refuse.no_dots_left"));
        mine.push_back(id);
    } else {
        auto it = std::find(mine.rbegin(), mine.rend(), id);
        if (it == mine.rend()) return refuse(i18n::tr("workshop.refuse.no_dot_there"));
        mine.erase(std::next(it).base());
        if (mine.empty()) v.dots_by.erase(actor);
    }
    return done(std::move(w));
}

}  // namespace

ActionResult act(const std::optional<Workshop>& before, const Plan& plan, const std::string& name,
                 const nlohmann::json& args, const std::string& actor, int64_t now) {
    if (name == "join") {  // anyone: their name for the report
        if (!before) return refuse(i18n::tr("workshop.refuse.no_workshop"));
        Workshop w = *before;
        const std::string who = arg_text(args, "name");
        if (who.empty() || w.names[actor] == who) return done(std::move(w));
        w.names[actor] = who;
        return done(std::move(w));
    }
    if (name == "vote" || name == "unvote") {
        if (!before) return refuse(i18n::tr("workshop.refuse.no_vote"));
        return vote_action(*before, name, arg_text(args, "id"), actor);
    }
    if (name == "start") {
        if (before && before->facilitator != actor) return refuse(i18n::tr("workshop.refuse.only_facilitator"));
        if (!before) return done(fresh(args, actor, now));
        // Starting again: new steps from the first, the timer anew; votes, locks, ideas and the
        // log (the report's record, with the score before) are kept.
        Workshop w = *before;
        log_step_end(w, now);
        const Workshop steps = fresh(args, actor, now);
        w.steps = steps.steps;
        w.current = 0;
        log_step_start(w, now);
        start_timer(w, w.steps[0].seconds, now);
        return done(std::move(w));
    }
    // Everything else is the facilitator's; the first action on a plan without a workshop starts one.
    Workshop w = before ? *before : fresh(args, actor, now);
    if (w.facilitator != actor) return refuse(i18n::tr("workshop.refuse.only_facilitator"));
    std::string error;
    if (name == "timer") {
        const nlohmann::json* s = arg(args, "seconds");
        if (s == nullptr || !s->is_number() || s->get<double>() < 0 || s->get<double>() > 86400) return refuse(i18n::tr("workshop.refuse.need_seconds"));
        start_timer(w, static_cast<int64_t>(s->get<double>()), now);
    } else if (name == "pause") {
        if (w.timer.ends_at) {
            w.timer.paused_remaining = remaining_ms(w.timer, now);
            w.timer.ends_at.reset();
        } else if (w.timer.paused_remaining) {
            w.timer.ends_at = now + *w.timer.paused_remaining;
            w.timer.paused_remaining.reset();
        }
    } else if (name == "add-minute") {
        if (w.timer.ends_at) *w.timer.ends_at = std::max(*w.timer.ends_at, now) + 60000;
        else w.timer.paused_remaining = w.timer.paused_remaining.value_or(0) + 60000;
    } else if (name == "next") {
        log_step_end(w, now);
        if (w.current + 1 < static_cast<int>(w.steps.size())) {
            ++w.current;
            log_step_start(w, now);
            start_timer(w, w.steps[static_cast<size_t>(w.current)].seconds, now);
        } else {
            w.timer = Timer{};
            w.log.push_back({{"event", "end"}, {"at", now}});
        }
    } else if (name == "vote-start") {
        std::vector<std::string> ids = arg_ids(args, "ids", plan, error);
        if (!error.empty()) return refuse(error);
        if (ids.empty()) return refuse(i18n::tr("workshop.refuse.need_ids"));
        const nlohmann::json* d = arg(args, "dots");
        if (d == nullptr || !d->is_number_integer() || d->get<int64_t>() < 1 || d->get<int64_t>() > 99) return refuse(i18n::tr("workshop.refuse.need_dots"));
        w.vote = Vote{std::move(ids), static_cast<int>(d->get<int64_t>()), false, {}};
    } else if (name == "reveal") {
        if (!w.vote) return refuse(i18n::tr("workshop.refuse.no_vote"));
        if (!w.vote->revealed) {
            w.vote->revealed = true;
            Extra results = Extra::array();
            for (const auto& [id, n] : totals(*w.vote)) results.push_back({{"id", id}, {"name", display_name(plan, id)}, {"dots", n}});
            w.log.push_back({{"event", "vote"}, {"at", now}, {"dots", w.vote->dots}, {"voters", w.vote->dots_by.size()}, {"results", results}});
        }
    } else if (name == "hide-score" || name == "show-score") {
        w.score_hidden = name == "hide-score";
    } else if (name == "follow" || name == "bring") {
        // follow {on?, view}: on by default; "bring" moves every screen once, following or not.
        if (const nlohmann::json* v = arg(args, "view"); v != nullptr && v->is_object()) w.follow.view = Extra::parse(v->dump());
        if (name == "follow") w.follow.on = arg_flag(args, "on").value_or(true);
        ++w.follow.seq;
    } else if (name == "lock" || name == "unlock") {
        std::vector<std::string> ids = arg_ids(args, "ids", plan, error);
        if (!error.empty()) return refuse(error);
        if (ids.empty()) return refuse(i18n::tr("workshop.refuse.need_ids"));
        for (const auto& id : ids) {
            auto at = std::find(w.locked.begin(), w.locked.end(), id);
            if (name == "lock" && at == w.locked.end()) w.locked.push_back(id);
            if (name == "unlock" && at != w.locked.end()) w.locked.erase(at);
        }
    } else if (name == "inbox") {
        w.inbox = arg_flag(args, "on").value_or(!w.inbox);
    } else if (name == "anonymous") {
        w.anonymous = arg_flag(args, "on").value_or(!w.anonymous);
    } else if (name == "accept") {  // cards leave the inbox for the board
        std::vector<std::string> ids = arg_ids(args, "ids", plan, error);
        if (!error.empty()) return refuse(error);
        w.inbox_ids.erase(std::remove_if(w.inbox_ids.begin(), w.inbox_ids.end(),
                                         [&](const std::string& id) { return ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end(); }),
                          w.inbox_ids.end());
    } else if (name == "handover") {
        const std::string to = arg_text(args, "to");
        if (to.empty()) return refuse(i18n::tr("workshop.refuse.need_name"));
        w.facilitator = to;
        w.log.push_back({{"event", "handover"}, {"at", now}, {"from", actor}, {"to", to}});
    } else if (name == "stop") {
        return ActionResult{std::nullopt, {}};
    } else {
        return refuse(i18n::tr("workshop.refuse.no_action", {{"name", name}}));
    }
    return done(std::move(w));
}

}  // namespace ab::workshop
