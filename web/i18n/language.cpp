// The language and the number style, set from the page (web/i18n/i18n.js): the JS half reads the
// browser (?lang=, localStorage, navigator.languages, Intl); the core picks among what it speaks.
#include "i18n/language.hpp"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "platform/js_reply.hpp"
#include "platform/platform.hpp"

namespace ab::web::language {
namespace {

// Asks the page for its candidates and style (i18n.js's start), which calls back below.
EM_JS(void, ab_js_i18n_start, (), { Module['abI18n'].start(); });
// Keeps the choice in localStorage and recomputes the number style for the new language.
EM_JS(void, ab_js_i18n_chosen, (const char* code), { Module['abI18n'].chosen(UTF8ToString(code)); });

NumberStyle style_from(const nlohmann::json& j) {
    NumberStyle s;
    if (!j.is_object()) return s;
    const auto text = [&](const char* name, std::string& out) {
        const auto it = j.find(name);
        if (it != j.end() && it->is_string()) out = it->get_ref<const std::string&>();
    };
    text("decimal", s.decimal);
    text("group", s.group);
    text("money", s.money);
    text("date", s.date);
    const auto min = j.find("min_group_digits");
    if (min != j.end() && min->is_number_integer()) s.min_group_digits = min->get<int>();
    const auto symbols = j.find("symbols");
    if (symbols != j.end() && symbols->is_object())
        for (auto it = symbols->begin(); it != symbols->end(); ++it)
            if (it->is_string()) s.symbols[it.key()] = it->get_ref<const std::string&>();
    return s;
}

}  // namespace

void start() { ab_js_i18n_start(); }

bool choose(App& app, const std::string& code) {
    if (!i18n::set_language(code)) return false;
    ab_js_i18n_chosen(i18n::language().c_str());
    app.doc.reword();  // the findings' messages, in the new language
    app.chrome.style_dirty = true;  // widths of translated labels differ: lay out afresh
    platform::request_frames(2);
    return true;
}

}  // namespace ab::web::language

extern "C" {

// The first language the core speaks among the page's comma-separated tags.
EMSCRIPTEN_KEEPALIVE const char* ab_i18n_pick(const char* tags) { return ab::web::js_reply(ab::i18n::pick(tags)); }
EMSCRIPTEN_KEEPALIVE int ab_i18n_set_language(const char* code) { return ab::i18n::set_language(code) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* ab_i18n_language() { return ab::web::js_reply(ab::i18n::language()); }
EMSCRIPTEN_KEEPALIVE unsigned ab_i18n_generation() { return ab::i18n::generation(); }
// The active catalogue over English, for Module.abI18n.t.
EMSCRIPTEN_KEEPALIVE const char* ab_i18n_catalogue() { return ab::web::js_reply(ab::i18n::catalogue_json()); }
// Every language as [{code, name}], for pickers in the page.
EMSCRIPTEN_KEEPALIVE const char* ab_i18n_languages() {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& l : ab::i18n::languages()) out.push_back({{"code", l.code}, {"name", l.name}});
    return ab::web::js_reply_json(out);
}
// The bridge's setLanguage and the app's pickers: switch, remember, redraw; 0 when not spoken.
EMSCRIPTEN_KEEPALIVE int ab_i18n_choose(const char* code) {
    return ab::web::language::choose(ab::web::app(), code) ? 1 : 0;
}
// The reader's number style as JSON (i18n.js's style()); bad JSON leaves the default.
EMSCRIPTEN_KEEPALIVE void ab_i18n_set_style(const char* json) {
    ab::set_number_style(ab::web::language::style_from(nlohmann::json::parse(json, nullptr, false)));
    ab::web::app().doc.reword();  // money and numbers inside the findings' messages
    ab::web::platform::request_frames(2);
}

}  // extern "C"
