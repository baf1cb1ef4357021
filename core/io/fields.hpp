// The field names plan-format.md defines, per object, in the order the writer emits them. The
// writer never lets an `extra` entry shadow one of these, so a saved file always reads back.
#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

#include "model/plan.hpp"

namespace ab::plan_io {

inline constexpr std::string_view kTopFields[] = {
    "format", "version", "name", "start", "end", "currency", "required_channels", "required_stages",
    "brand_reserve", "people", "goals", "strategies", "products", "tactics", "kpis", "insights",
    "brand_key", "swot", "competitors", "layout"};
inline constexpr std::string_view kPersonFields[] = {"id", "name", "team"};
inline constexpr std::string_view kGoalFields[] = {"id", "name", "owners", "primary_kpi", "weight"};
inline constexpr std::string_view kStrategyFields[] = {"id", "name", "goals", "owners"};
inline constexpr std::string_view kProductFields[] = {"id", "name", "big_push", "forecast", "key_message", "owners"};
inline constexpr std::string_view kTacticFields[] = {"id", "name", "strategies", "products", "channel",
                                                     "phase", "stage", "message", "budget", "expected_return",
                                                     "owners", "start", "end"};
inline constexpr std::string_view kKpiFields[] = {"id", "on", "metric", "unit", "dir", "baseline",
                                                  "target", "current", "due", "owners"};
inline constexpr std::string_view kInsightFields[] = {"id", "text", "team", "goal", "product"};
inline constexpr std::string_view kSwotFields[] = {"strengths", "weaknesses", "opportunities", "threats"};
inline constexpr std::string_view kCompetitorFields[] = {"name", "position", "notes"};
inline constexpr std::string_view kLayoutFields[] = {"x", "y"};

template <size_t N>
bool is_known(const std::string_view (&fields)[N], std::string_view key) {
    return std::find(std::begin(fields), std::end(fields), key) != std::end(fields);
}

}  // namespace ab::plan_io
