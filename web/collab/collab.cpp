// A workshop room as the app sees it (see collab.hpp): the state room.js reports, a remote plan
// applied through the core, and the others' cursors and selections drawn over the board.
#include "collab/collab.hpp"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <emscripten.h>

#include "board/draw.hpp"
#include "board/view.hpp"
#include "commands/command.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "io/plan_json.hpp"
#include "library/storage.hpp"
#include "platform/js_reply.hpp"
#include "platform/platform.hpp"
#include "ui/text/fonts.hpp"

extern "C" {
void ab_js_collab_start();
void ab_js_collab_undo(int redo);
}

namespace ab::web::collab {
namespace {

struct Peer {
    std::string name;
    ImU32 colour = IM_COL32(80, 80, 200, 255);
    bool has_cursor = false;
    float x = 0, y = 0;  // board (world) coordinates
    std::vector<std::string> selection;
};

struct State {
    bool active = false;
    bool view_only = false;
    // The read-only reason this page gave for being view-only ("collab.view_only" in the language
    // of that moment), so leaving the room clears that reason and no other.
    std::string view_only_reason;
    bool can_undo = false, can_redo = false;
    std::vector<Peer> peers;
};
State g;

ImU32 parse_colour(const std::string& css) {
    unsigned r = 80, gr = 80, b = 200;
    if (css.size() == 7 && css[0] == '#') std::sscanf(css.c_str() + 1, "%02x%02x%02x", &r, &gr, &b);
    return IM_COL32(r, gr, b, 255);
}

}  // namespace

bool active() { return g.active; }
bool can_undo() { return g.active && !g.view_only && g.can_undo; }
bool can_redo() { return g.active && !g.view_only && g.can_redo; }
void undo() { ab_js_collab_undo(0); }
void redo() { ab_js_collab_undo(1); }
void start() { ab_js_collab_start(); }

void draw_presence(App& app) {
    if (!g.active || g.peers.empty()) return;
    const BoardFrame f = board_frame(app);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->PushClipRect(f.origin_px, ImVec2(f.origin_px.x + f.size_px.x, f.origin_px.y + f.size_px.y), true);
    const float r = f.ratio;
    ImFont* font = fonts::get().small;
    for (const Peer& p : g.peers) {
        for (const std::string& id : p.selection) {
            const Card* c = app.view.board.find(id);
            if (!c) continue;
            const ImVec2 a = f.to_screen(c->x, c->y), b = f.to_screen(c->x + c->w, c->y + c->h);
            dl->AddRect(ImVec2(a.x - 3 * r, a.y - 3 * r), ImVec2(b.x + 3 * r, b.y + 3 * r), p.colour, 8 * r, 0, 2.5f * r);
        }
        if (!p.has_cursor) continue;
        const ImVec2 at = f.to_screen(p.x, p.y);
        // An arrow pointing up-left, then the name on a chip of the person's colour.
        dl->AddTriangleFilled(at, ImVec2(at.x + 4 * r, at.y + 14 * r), ImVec2(at.x + 11 * r, at.y + 9 * r), p.colour);
        if (font && !p.name.empty()) {
            const float size = 12 * r;
            const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0, p.name.c_str());
            const ImVec2 chip(at.x + 10 * r, at.y + 14 * r);
            dl->AddRectFilled(chip, ImVec2(chip.x + ts.x + 10 * r, chip.y + ts.y + 4 * r), p.colour, 4 * r);
            dl->AddText(font, size, ImVec2(chip.x + 5 * r, chip.y + 2 * r), IM_COL32(255, 255, 255, 255), p.name.c_str());
        }
    }
    dl->PopClipRect();
}

}  // namespace ab::web::collab

using namespace ab;
using namespace ab::web;

extern "C" {

// room.js: whether this page is in a room, view-only, and what the room's undo can do.
EMSCRIPTEN_KEEPALIVE void ab_collab_state(int in_room, int view_only, int can_undo, int can_redo) {
    App& a = app();
    const bool was_view = collab::g.active && collab::g.view_only;
    collab::g.active = in_room != 0;
    collab::g.view_only = collab::g.active && view_only != 0;
    collab::g.can_undo = can_undo != 0;
    collab::g.can_redo = can_redo != 0;
    if (!collab::g.active) collab::g.peers.clear();
    if (collab::g.view_only) {
        collab::g.view_only_reason = i18n::tr("collab.view_only");
        a.doc.set_read_only(collab::g.view_only_reason);
    } else if (was_view && a.doc.read_only_reason() == collab::g.view_only_reason) {
        a.doc.set_read_only("");
    }
    platform::request_frames(2);
}

// This participant's id tag (room.js: on joining; "" on leaving): the new ids this page makes
// carry it (m12-k7q2; model/ids.hpp), so two people adding a card at once never make one id and
// neither card is lost in the room. 1 when taken, 0 when it is no tag (the ids stay as they were).
EMSCRIPTEN_KEEPALIVE int ab_collab_id_tag(const char* tag) {
    return app().doc.set_id_tag(tag ? tag : "") ? 1 : 0;
}

// The room's plan (the JSON docToPlan read from the shared document, `length` bytes) in place of
// the one on screen: read by the core's reader like any file, then one command that is no undo
// step here. {ok} | {ok: false, busy: true} (a drag is open: room.js tries again next frame) |
// {ok: false, error} (the plan on screen stays, and the board says why).
EMSCRIPTEN_KEEPALIVE const char* ab_collab_apply(const char* text, size_t length) {
    App& a = app();
    if (a.doc.grouping()) return js_reply_json({{"ok", false}, {"busy", true}});
    LoadResult loaded = load_plan(text ? std::string_view(text, length) : std::string_view());
    if (!loaded.ok()) {
        const std::string why = storage::problems_text(loaded.errors);
        a.say(i18n::tr("collab.refused", {{"why", why}}), true, 10);
        platform::request_frames(3);
        return js_reply_json({{"ok", false}, {"error", why}});
    }
    const ApplyResult applied = a.doc.apply_remote(ReplacePlan{std::move(*loaded.plan)});
    if (!applied.ok) return js_reply_json({{"ok", false}, {"busy", true}, {"error", applied.error}});
    // The selection keeps the cards that are still there.
    std::vector<std::string> kept;
    for (const std::string& id : a.view.selection) {
        if (find_item(a.doc.plan(), id)) kept.push_back(id);
    }
    a.view.selection = std::move(kept);
    platform::request_frames(3);
    return js_reply_json({{"ok", true}, {"revision", double(a.doc.revision())}});
}

// The others in the room: [{name, colour: '#rrggbb', cursor: [x, y] | null, selection: [ids]}]
// (board coordinates). Read without throwing: awareness states come from other people's pages.
EMSCRIPTEN_KEEPALIVE void ab_collab_peers(const char* text, size_t length) {
    const nlohmann::json j = nlohmann::json::parse(text ? std::string_view(text, length) : std::string_view(), nullptr, false);
    collab::g.peers.clear();
    if (!j.is_array()) return;
    for (const nlohmann::json& e : j) {
        if (!e.is_object()) continue;
        collab::Peer p;
        const auto name = e.find("name");
        if (name != e.end() && name->is_string()) p.name = name->get<std::string>().substr(0, 40);
        const auto colour = e.find("colour");
        if (colour != e.end() && colour->is_string()) p.colour = collab::parse_colour(colour->get<std::string>());
        const auto cursor = e.find("cursor");
        if (cursor != e.end() && cursor->is_array() && cursor->size() == 2 && (*cursor)[0].is_number() &&
            (*cursor)[1].is_number()) {
            p.has_cursor = true;
            p.x = (*cursor)[0].get<float>();
            p.y = (*cursor)[1].get<float>();
        }
        const auto sel = e.find("selection");
        if (sel != e.end() && sel->is_array()) {
            for (const nlohmann::json& id : *sel) {
                if (id.is_string() && p.selection.size() < 200) p.selection.push_back(id.get<std::string>());
            }
        }
        collab::g.peers.push_back(std::move(p));
    }
    platform::request_frames(2);
}

// A drag is open: its steps reach the room as one change when it ends.
EMSCRIPTEN_KEEPALIVE int ab_collab_grouping() { return app().doc.grouping() ? 1 : 0; }

// A message of the room (a refused link, a failed start) on the board's message line.
EMSCRIPTEN_KEEPALIVE void ab_collab_say(const char* text) {
    app().say(text ? text : "", true, 10);
    platform::request_frames(3);
}

// This person's pointer on the board (board coordinates, null when off the board) and selection,
// for the room's awareness.
EMSCRIPTEN_KEEPALIVE const char* ab_collab_local() {
    App& a = app();
    nlohmann::json out = {{"cursor", nullptr}, {"selection", a.view.selection}};
    const BoardFrame f = board_frame(a);
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (ImGui::IsMousePosValid(&m) && m.x >= f.origin_px.x && m.y >= f.origin_px.y &&
        m.x < f.origin_px.x + f.size_px.x && m.y < f.origin_px.y + f.size_px.y) {
        const ImVec2 w = f.to_world(m);
        out["cursor"] = {std::round(w.x * 10) / 10, std::round(w.y * 10) / 10};
    }
    return js_reply_json(out);
}

}  // extern "C"
