// JSON text -> ordered_json without exceptions, keeping key order (unknown plan fields are written
// back in the order they came) and refusing absurd nesting before it can hurt anyone. nlohmann's
// own ordered parse is quadratic on big objects (a 10,000-entry layout); this one is not.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ab::plan_io {

// Deeper than any plan (about 6 levels) by a wide margin, shallow enough for a 1 MB WASM stack.
constexpr int kMaxJsonDepth = 64;

// Arrays under chosen top-level keys, handed over one element at a time and never kept whole:
// a 10,000-item plan then never exists as one big JSON tree (building and freeing that tree
// cost more than everything else in a load). The document keeps an empty array in their place.
struct ElementStream {
    std::function<bool(const std::string& key)> wants;  // stream the array under this key?
    std::function<void(const std::string& key)> begin;   // such an array starts
    std::function<void(const std::string& key, size_t index, const nlohmann::ordered_json& element)> take;
    // The parse starts over from the first byte: forget every element handed over so far.
    std::function<void()> restart;
};

// Parses `text` into `out`. Returns false and fills `error` (with line/column or byte offset) on
// invalid JSON or nesting deeper than kMaxJsonDepth. A key that repeats in one object keeps its
// first place and its last value, as JavaScript's JSON.parse does. Elements already handed to
// `stream` before an error stay handed over; the caller discards them. Well-formed text goes
// through a fast tokenizer (io/json/scan.hpp); anything else is parsed again by nlohmann, after
// `stream->restart`, so errors read exactly as nlohmann words them.
bool parse_ordered(std::string_view text, nlohmann::ordered_json& out, std::string& error,
                   const ElementStream* stream = nullptr);

// Copies an already parsed document (keys in std::map order) into `out`; false when it nests
// deeper than kMaxJsonDepth (nothing past that depth is copied).
bool to_ordered(const nlohmann::json& in, nlohmann::ordered_json& out);
// The same for a document that already keeps its order (the copy checks the depth).
bool to_ordered(const nlohmann::ordered_json& in, nlohmann::ordered_json& out);

}  // namespace ab::plan_io
