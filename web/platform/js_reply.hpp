// Text the exported ab_* functions hand back to the page: UTF-8 in one buffer that lives until
// the next reply. The JS side copies it at once with its length (ab_reply_length, web/platform/wasm_text.js),
// so nothing allocated here crosses over and a U+0000 in the text does not end it early.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/plan_json.hpp"

namespace ab::web {

// The one reply buffer (js_reply.cpp exports its length to the page).
inline std::string& js_reply_buffer() {
    static std::string buffer;
    return buffer;
}

inline const char* js_reply(std::string text) {
    js_reply_buffer() = std::move(text);
    return js_reply_buffer().c_str();
}

// Text from the user may hold broken UTF-8; replacing it keeps dump() from aborting.
template <class Json>
const char* js_reply_json(const Json& j) {
    return js_reply(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

inline const char* js_reply_json(const nlohmann::json& j) { return js_reply_json<nlohmann::json>(j); }

// Words for the programmer of a host page or a test, never for the person at the board: the answer
// to a malformed call of the bridge or the embed API (BRIDGE.md), such as a command that is not
// JSON. They stay English, as the core's command reader (commands/json.cpp) and the API's JS half
// (host/embed.js) answer such calls. Everything a person reads comes from the catalogue
// (i18n::tr); tests/boundaries/notice_literals.cmake lets a literal word through only inside this.
constexpr const char* for_developers(const char* text) { return text; }

// [{path, message}] of the reader's errors or warnings.
inline nlohmann::json problems_json(const std::vector<Problem>& problems) {
    nlohmann::json list = nlohmann::json::array();
    for (const Problem& p : problems) list.push_back({{"path", p.path}, {"message", p.message}});
    return list;
}

}  // namespace ab::web
