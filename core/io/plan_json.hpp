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

constexpr size_t kMaxPlanBytes = 20u * 1024u * 1024u;
constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "alignboard.plan";

// Parses plan JSON text. Inputs over kMaxPlanBytes are refused with a message.
LoadResult load_plan(std::string_view text);
// Same, from already-parsed JSON (the JS bridge hands objects over as text anyway).
LoadResult load_plan_json(const nlohmann::json& doc);
// Same; ordered_json keeps unknown fields in their order (nlohmann::json sorts them by name).
LoadResult load_plan_json(const nlohmann::ordered_json& doc);

// Canonical text of the plan: fixed key order, 2-space indent, trailing newline.
std::string save_plan(const Plan& plan);
nlohmann::ordered_json plan_to_json(const Plan& plan);

// One item as its plan-file object, and back (validated as the reader does; `path` prefixes
// problems). Used by commands that set a field through JSON.
nlohmann::ordered_json item_to_json(const Item& item);
std::optional<Item> item_from_json(Kind kind, const nlohmann::json& obj, const std::string& path,
                                   std::vector<Problem>& errors);
// Same; ordered_json keeps unknown fields in their order (nlohmann::json sorts them by name).
std::optional<Item> item_from_json(Kind kind, const nlohmann::ordered_json& obj, const std::string& path,
                                   std::vector<Problem>& errors);

// "YYYY-MM-DD" and a real calendar day.
bool is_iso_date(std::string_view s);

}  // namespace ab
