// The C side of pictures.js: the board's SVG (core export/svg/svg.hpp) with the options a PNG, a copy
// or a print asks for, and what "selection" and "view" mean right now (the selected ids and the
// world rectangle on screen), so the page crops the picture to them. No drawing happens here.
#include <emscripten.h>
#include <nlohmann/json.hpp>

#include "host/pictures.hpp"

#include "app/app.hpp"
#include "board/view.hpp"
#include "export/svg/svg.hpp"
#include "library/storage.hpp"
#include "platform/js_reply.hpp"
#include "platform/platform.hpp"

using namespace ab;
using namespace ab::web;

// The page half (pictures.js) draws and encodes: a PNG takes the browser's image decoder.
// `what`: 0 download the PNG, 1 copy it, 2 download the PDF (A4), 3 print (pictures_print.js).
EM_JS(void, ab_js_pictures_run, (int what), {
    const P = Module['abPictures'];
    if (!P) return;
    // After this frame: the browser's print dialog blocks the page until it closes.
    if (what == 3) setTimeout(P.print, 0);
    else if (what == 2) P.downloadPdf({paper : 'a4'});
    else if (what == 1) P.copyImage({scale : 2});
    else P.downloadPng({scale : 2});
});

namespace ab::web::pictures {

void download_png() { ab_js_pictures_run(0); }
void copy_image() { ab_js_pictures_run(1); }
void download_pdf() { ab_js_pictures_run(2); }
void print() { ab_js_pictures_run(3); }

}  // namespace ab::web::pictures

namespace {

bool flag(const nlohmann::json& o, const char* key, bool fallback) {
    auto it = o.find(key);
    return it != o.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

}  // namespace

extern "C" {

// `options` (JSON): {plan: bool (true), background: bool (true), score: bool (false)}.
// Replies {svg, file: "<plan name>.png", selection: [ids], view: {x, y, w, h}} (view in world
// units, the board area on screen now).
EMSCRIPTEN_KEEPALIVE const char* ab_pictures_svg(const char* options) {
    const nlohmann::json o = nlohmann::json::parse(options ? options : "", nullptr, false);
    const nlohmann::json opts = o.is_object() ? o : nlohmann::json::object();
    App& a = app();
    SvgOptions svg;
    svg.embed_plan = flag(opts, "plan", true);
    svg.background = flag(opts, "background", true);
    svg.score_panel = flag(opts, "score", false);
    const float zoom = a.view.camera.zoom > 0 ? a.view.camera.zoom : 1;
    const float w = platform::canvas_css_width() - board_right_inset_css();
    const float h = platform::canvas_css_height() - board_top_css();
    const nlohmann::json view{{"x", a.view.camera.offset_x_world},
                              {"y", a.view.camera.offset_y_world},
                              {"w", std::max(1.0f, w) / zoom},
                              {"h", std::max(1.0f, h) / zoom}};
    return js_reply_json(nlohmann::json{{"svg", export_svg(a.doc.plan(), &a.doc.scores(), svg)},
                                        {"file", storage::file_name_for(storage::plan_title(a.doc.plan()), "png")},
                                        {"selection", a.view.selection},
                                        {"view", view}});
}

// A message from pictures.js on the board's notice line (`error` 1 or 0).
EMSCRIPTEN_KEEPALIVE void ab_pictures_notice(const char* text, int error) {
    app().say(text ? text : "", error != 0);
    platform::request_frames(2);
}

}  // extern "C"
