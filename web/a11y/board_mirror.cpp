// The C++ side of the accessible mirror (see board_mirror.hpp) and the few calls the outline view
// (outline_view.js) makes that need the core: a new item's add command, the parents an item may
// link to, the words of a score change. Edits themselves go through the bridge's apply, the
// canvas' command path.
#include "a11y/board_mirror.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include <emscripten.h>

#include "app/actions.hpp"
#include "commands/command.hpp"
#include "export/outline.hpp"
#include "export/outline_diff.hpp"
#include "i18n/i18n.hpp"
#include "model/ids.hpp"
#include "model/kinds.hpp"
#include "model/queries.hpp"
#include "platform/js_reply.hpp"
#include "platform/platform.hpp"
#include "score/advice/fixes.hpp"
#include "score/score.hpp"
#include "ui/theme.hpp"
#include "workshop/workshop_ui.hpp"

extern "C" void ab_js_a11y_changed();  // board_mirror.js
extern "C" void ab_js_a11y_selection(const char* json, size_t length);
extern "C" void ab_js_a11y_anchor(float x, float y, int shown);

namespace ab::web::a11y {

struct Sent {
    uint64_t revision = UINT64_MAX;
    uint32_t language = UINT32_MAX;  // i18n::generation(): the words change with the language
    std::string outline;  // the score, findings and read-only the page was given last (JSON)
    Outline rows;         // the outline the page shows: the next one goes as the edit from it;
                          // a revision that changes nothing shown (a move) gives nothing
    bool shown = false;   // the page has an outline (the first goes whole)
    int hidden = -1;      // a workshop hid the score from this page (workshop_ui::hides_score)
    std::string selection;
    float anchor_x = -1, anchor_y = -1;  // where the Outline button sits (above the palette)
    int anchor_shown = -1;
};

Sent& sent() {
    static Sent s;
    return s;
}

nlohmann::json findings_json(const Scores& scores) {
    nlohmann::json list = nlohmann::json::array();
    for (const Finding& f : scores.findings) list.push_back({{"message", std::string(f.message)}, {"ids", f.ids.strings()}});
    return list;
}

void after_frame(App& app) {
    Sent& s = sent();
    // Whether the score is hidden from this page also turns on who the page is (a room's
    // participant id arrives after the plan): either change, or a new language, brings the words
    // up to date.
    const int hidden = workshop_ui::hides_score(app) ? 1 : 0;
    if (app.doc.revision() != s.revision || hidden != s.hidden || i18n::generation() != s.language) {
        s.revision = app.doc.revision();
        s.hidden = hidden;
        s.language = i18n::generation();
        ab_js_a11y_changed();
    }
    std::string selection = nlohmann::json(app.view.selection).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (selection != s.selection) {
        s.selection = std::move(selection);
        ab_js_a11y_selection(s.selection.data(), s.selection.size());
    }
    // The Outline button stands on the palette's top-left corner and goes with it: a phone's
    // open sheet hides the palette, and the button must not float over the sheet's fields.
    float x = 1e9f, y = 1e9f;
    app.probe.rects.each("palette/", [&](const std::string&, const RectCss& r) {
        x = std::min(x, r.x);
        y = std::min(y, r.y);
    });
    const int shown = x < 1e9f ? 1 : 0;
    if (shown != s.anchor_shown || (shown && (x != s.anchor_x || y != s.anchor_y))) {
        s.anchor_shown = shown;
        s.anchor_x = x;
        s.anchor_y = y;
        ab_js_a11y_anchor(x, y, shown);
    }
}

}  // namespace ab::web::a11y

using namespace ab;
using namespace ab::web;

namespace {

std::optional<double> score_arg(double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); }

// A card's kind by its plan-file word ("goal").
std::optional<Kind> card_kind(const std::string& word) {
    for (const KindInfo& k : kind_table()) {
        if (word == k.file_name && k.kind != Kind::Person) return k.kind;
    }
    return std::nullopt;
}

}  // namespace

extern "C" {

// The outline the mirror shows (export/outline.hpp) with the overall score, its band, the
// findings and whether the plan is read-only; "" when it is what the page was given last (a
// card moved: the revision rose, the words did not). The page asks a moment after a change
// (board_mirror.js), so a burst of edits builds it once.
// After the first, the rows go as the edit from the outline sent last (export/outline_diff.hpp):
// {"edit": {start, removed, rows, changed}, ...} in place of {"rows": [...], ...}, so a large
// plan's mirror brings only the changed rows' nodes in step.
EMSCRIPTEN_KEEPALIVE const char* ab_a11y_outline() {
    const App& a = app();
    a11y::Sent& s = a11y::sent();
    const Scores& scores = a.doc.scores();
    // A workshop's facilitator hid the score from this participant: none of it, nor a finding.
    const bool hidden = workshop_ui::hides_score(a);
    nlohmann::json meta = {{"overall", scores.overall && !hidden ? nlohmann::json(round1(*scores.overall)) : nlohmann::json()},
                           {"band", hidden ? "" : score_band(scores.overall)},
                           {"findings", hidden ? nlohmann::json::array() : a11y::findings_json(scores)},
                           {"scoreHidden", hidden},
                           {"readOnly", a.doc.read_only()}};
    std::string meta_text = meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    Outline outline = plan_outline(a.doc.plan(), scores, !hidden);
    nlohmann::json j = std::move(meta);
    if (s.shown) {
        const OutlineEdit edit = diff_outline(s.rows, outline);
        if (edit.removed == 0 && edit.inserted == 0 && edit.changed.empty() && meta_text == s.outline) return js_reply("");
        j["edit"] = outline_edit_to_json(outline, edit);
    } else {
        j["rows"] = outline_to_json(outline)["rows"];
    }
    s.outline = std::move(meta_text);
    s.rows = std::move(outline);
    s.shown = true;
    return js_reply(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The whole outline as the first ab_a11y_outline sends it, whatever the page was sent before
// (tests compare the mirror with it after edits).
EMSCRIPTEN_KEEPALIVE const char* ab_a11y_outline_whole() {
    const App& a = app();
    return js_reply_json(outline_to_json(plan_outline(a.doc.plan(), a.doc.scores(), !workshop_ui::hides_score(a))));
}

// The add command of a new item of `kind` ("goal", "strategy", "tactic", "kpi") named as the
// palette names it ("New goal"), with a fresh id: {command, id, field} (field: the one a rename
// sets), or {error}.
EMSCRIPTEN_KEEPALIVE const char* ab_a11y_new_item(const char* kind_text) {
    const std::optional<Kind> kind = card_kind(kind_text ? kind_text : "");
    if (!kind) return js_reply_json({{"error", for_developers("no such kind of card")}});
    const std::string id = fresh_id(app().doc.plan(), *kind, {}, app().doc.id_tag());
    nlohmann::json item = {{"id", id}};
    const char* field = outline_title_field(*kind);
    item[field] = new_item_name(*kind);
    return js_reply_json({{"command", {{"op", "add"}, {"kind", kind_name(*kind)}, {"item", item}}},
                          {"id", id},
                          {"field", field}});
}

// The items `id` may link up to, each as the model orients the link (core orient_link), in plan
// order: [{id, label}] with label "Strategy: Win back lapsed buyers"; [] when none.
EMSCRIPTEN_KEEPALIVE const char* ab_a11y_link_choices(const char* id_text) {
    const Plan& plan = app().doc.plan();
    const std::string id = id_text ? id_text : "";
    nlohmann::json out = nlohmann::json::array();
    if (!find_item(plan, id)) return js_reply_json(out);
    auto offer = [&](const auto& items) {
        for (const auto& item : items) {
            const Oriented o = orient_link(plan, id, item.id.value);
            if (!o.link || o.link->child != id) continue;
            out.push_back({{"id", item.id.value},
                           {"label", std::string(kind_info(decltype(item.id)::kind).label) + ": " + display_name(item)}});
        }
    };
    offer(plan.goals);
    offer(plan.strategies);
    offer(plan.tactics);
    offer(plan.products);
    return js_reply_json(out);
}

// "Alignment 88.5, up 2.9" (NaN: not scored), or "" when the rounded score is the same.
EMSCRIPTEN_KEEPALIVE const char* ab_a11y_change_text(double before, double after) {
    return js_reply(score_change_text(score_arg(before), score_arg(after)));
}

// Where finding `index` (of the findings the outline was sent with, most worth first) is fixed
// (score/advice/fixes.hpp): {id, field}, the item and its field that fix it ("" when none), so the
// outline view's Fix button focuses that field. Asked on demand: a long list of findings is
// not worked out ahead.
EMSCRIPTEN_KEEPALIVE const char* ab_a11y_finding_fix(int index) {
    const App& a = app();
    const std::vector<Finding>& findings = a.doc.scores().findings;
    if (index < 0 || size_t(index) >= findings.size()) return js_reply_json({{"id", ""}, {"field", ""}});
    const FindingFix fix = finding_fix(a.doc.plan(), findings[size_t(index)]);
    return js_reply_json({{"id", fix.id}, {"field", fix.field}});
}

// The board selects the item (a row chosen in the outline) and brings its card into view.
EMSCRIPTEN_KEEPALIVE void ab_a11y_select(const char* id_text) {
    App& a = app();
    const std::string id = id_text ? id_text : "";
    if (!find_item(a.doc.plan(), id)) return;
    a.select_only(id);
    a.view.centre_on.assign(1, id);
    platform::request_frames(3);
}

// The page prefers more contrast (prefers-contrast: more): the app starts in its high-contrast look.
EMSCRIPTEN_KEEPALIVE void ab_a11y_prefer_contrast() {
    if (theme::look() != theme::Look::HighContrast) toggle_high_contrast(app());
    platform::request_frames(3);
}

}  // extern "C"
