// Text the exported ab_* functions hand back to the page: UTF-8 JSON in one buffer that lives
// until the next reply. The JS side copies it at once, so nothing allocated here crosses over.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/plan_json.hpp"

namespace ab::web {

inline const char* js_reply(std::string text) {
    static std::string buffer;
    buffer = std::move(text);
    return buffer.c_str();
}

// Text from the user may hold broken UTF-8; replacing it keeps dump() from aborting.
template <class Json>
const char* js_reply_json(const Json& j) {
    return js_reply(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

inline const char* js_reply_json(const nlohmann::json& j) { return js_reply_json<nlohmann::json>(j); }

// [{path, message}] of the reader's errors or warnings.
inline nlohmann::json problems_json(const std::vector<Problem>& problems) {
    nlohmann::json list = nlohmann::json::array();
    for (const Problem& p : problems) list.push_back({{"path", p.path}, {"message", p.message}});
    return list;
}

}  // namespace ab::web
