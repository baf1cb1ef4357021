// Reading one item object (a goal, a tactic...) field by field, shared by the whole-plan reader
// and item_from_json. Links are read as written; checking them needs the whole plan
// (io/read_links.hpp).
#pragma once

#include <string>

#include "io/json_fields.hpp"
#include "model/plan.hpp"

namespace ab::plan_io {

// Fills `out` from `obj`: known fields checked and read, unknown ones kept in `out.extra` in
// order, problems reported at `path` ("tactics[3]") plus the field name.
void read_item(const OJ::object_t& obj, const std::string& path, Sink& sink, Person& out);
void read_item(const OJ::object_t& obj, const std::string& path, Sink& sink, Goal& out);
void read_item(const OJ::object_t& obj, const std::string& path, Sink& sink, Strategy& out);
void read_item(const OJ::object_t& obj, const std::string& path, Sink& sink, Product& out);
void read_item(const OJ::object_t& obj, const std::string& path, Sink& sink, Tactic& out);
void read_item(const OJ::object_t& obj, const std::string& path, Sink& sink, Kpi& out);
void read_item(const OJ::object_t& obj, const std::string& path, Sink& sink, Insight& out);

}  // namespace ab::plan_io
