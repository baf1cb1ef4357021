// A fast JSON tokenizer for the plan reader's usual input: well-formed JSON. It drives the same
// SAX handler nlohmann's parser would, with the same events, in a fraction of the time (the
// lexer was a third of every load). It never reports errors itself: on anything it is not sure
// of (invalid JSON, a BOM, a surrogate-pair escape, an integer too long for its fast path, a
// handler that stops) it gives up, and the caller parses again with nlohmann, which then gives
// the same events and its own exact error message.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace ab::plan_io {

// True when the whole of `text` was one JSON value and every event went to `sax`. False means
// "not decided here": discard whatever `sax` received and parse with nlohmann::sax_parse.
bool fast_sax_parse(std::string_view text, nlohmann::json_sax<nlohmann::ordered_json>& sax);

}  // namespace ab::plan_io
