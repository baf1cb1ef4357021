// Reading and writing the plan file (plan-format.md). The reader follows every reading rule:
// defaults, unknown fields kept, errors with paths, newer versions refused, dangling links warned
// about and dropped, duplicate ids refused. It never throws and never aborts: bad input gives
// errors and no plan. The writer gives canonical, byte-stable text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"

namespace ab {

// One problem found in a file, at a JSON path such as `tactics[3].budget`.
struct Problem {
    std::string path;
    std::string message;
};

struct LoadResult {
    std::optional<Plan> plan;        // set only when there are no errors
    std::vector<Problem> errors;     // the plan is refused when not empty
    std::vector<Problem> warnings;   // e.g. dangling links, which are dropped
    bool ok() const { return plan.has_value(); }
};

// [SECTION] Size limits: what the reader opens, and what the writer therefore never exceeds.
//
// A plan is measured by its compact size: its bytes outside the whitespace JSON allows between
// tokens (spaces, tabs and line breaks that only lay the text out). The same plan pretty-printed
// or on one line counts the same, so a plan saved either way opens the same.
constexpr size_t kMaxPlanBytes = 20u * 1024u * 1024u;  // 20 MB compact
// The whole text, layout whitespace included: a guard against a file that is almost all
// whitespace. save_plan never writes more (past it, it writes the plan on one line).
constexpr size_t kMaxPlanTextBytes = 64u * 1024u * 1024u;  // 64 MB
// Items of one kind (people, goals, strategies, products, tactics, KPIs or insights): twenty times
// the largest plan anyone has asked for, and a bound on the memory a crafted file can take.
constexpr size_t kMaxItemsPerCollection = 200000;
//
// The promise: every plan that loads (load_plan, load_plan_json) saves, pretty or compact, to
// text that loads again. So the reader also refuses a plan whose saved form would pass
// kMaxPlanBytes (a file of bare {"id": ...} items grows when every field is written out).
// Saving writes every field, so a text of n compact bytes saves to at most
// kMaxSavedGrowth * n + kSavedOverhead (a competitor {} becomes 37 bytes; the settings are
// always written); the reader measures only plans that could pass the cap, the fuzzer checks it.
constexpr size_t kMaxSavedGrowth = 16;
constexpr size_t kSavedOverhead = 1024;

constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "alignboard.plan";

// Bytes of `text` outside whitespace between JSON tokens (whitespace inside strings counts).
size_t compact_size(std::string_view text);
// Why the reader would refuse `text` for its size alone ("the plan is 26.7 MB; Alignboard opens
// plans of up to 20.0 MB"), or "" when its size is within the limits. Call it before storing or
// sending a plan's text, so nothing is kept that a later start would refuse.
std::string size_refusal(std::string_view text);
inline bool fits_reader(std::string_view text) { return size_refusal(text).empty(); }

// Parses plan JSON text. Inputs over the size limits are refused with a message before parsing.
LoadResult load_plan(std::string_view text);
// Same, from already-parsed JSON (the JS bridge hands objects over as text anyway).
LoadResult load_plan_json(const nlohmann::json& doc);
// Same; ordered_json keeps unknown fields in their order (nlohmann::json sorts them by name).
LoadResult load_plan_json(const nlohmann::ordered_json& doc);

// Canonical text of the plan: fixed key order, 2-space indent, trailing newline. A plan whose
// pretty text would pass kMaxPlanTextBytes (only possible with deeply nested unknown fields) is
// written compact instead, so the text always loads back.
std::string save_plan(const Plan& plan);
// The same, with no whitespace between tokens and a trailing newline: about half the size, for
// storage and links. Loads back to the same plan; byte-stable like save_plan.
std::string save_plan_compact(const Plan& plan);
// The compact size of the plan's saved text (save_plan_compact without its newline), or
// limit + 1 when it passes `limit` (the text is then never written whole).
size_t saved_size(const Plan& plan, size_t limit = kMaxPlanBytes);
nlohmann::ordered_json plan_to_json(const Plan& plan);

// One item as its plan-file object, and back (validated as the reader does; `path` prefixes
// problems). Used by commands that set a field through JSON.
nlohmann::ordered_json item_to_json(const Item& item);
std::optional<Item> item_from_json(Kind kind, const nlohmann::json& obj, const std::string& path,
                                   std::vector<Problem>& errors);
// Same; ordered_json keeps unknown fields in their order (nlohmann::json sorts them by name).
std::optional<Item> item_from_json(Kind kind, const nlohmann::ordered_json& obj, const std::string& path,
                                   std::vector<Problem>& errors);

// [SECTION] Plans inside pictures (docs/pictures.md). An SVG exported with its plan carries the
// plan's compact text, XML-escaped, as the only content of this element inside <metadata>:
//   <alignboard:plan xmlns:alignboard="https://alignboard.app/ns/plan" format="alignboard.plan">
// load_plan reads such a picture as the plan it holds (with the usual limits on the plan).
constexpr const char* kSvgPlanElement = "alignboard:plan";
constexpr const char* kSvgPlanNamespace = "https://alignboard.app/ns/plan";
// True when `text` is XML (after a byte-order mark and white space it starts with '<').
bool looks_like_xml(std::string_view text);
// The plan text held by the SVG `text`, or empty with `error` set ("this picture holds no plan").
std::optional<std::string> plan_text_in_svg(std::string_view text, std::string& error);
// The plan an SVG holds, read as load_plan reads a plan file (load_plan calls it for XML text).
LoadResult load_plan_in_svg(std::string_view text);

// "YYYY-MM-DD" and a real calendar day.
bool is_iso_date(std::string_view s);

}  // namespace ab
