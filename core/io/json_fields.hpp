// Typed field readers shared by the plan reader and item_from_json: each checks a JSON value's
// type, fills a model field, or reports a Problem at its path ("tactics[3].budget") saying what
// was expected and showing, briefly, what was there. Nothing here throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/plan.hpp"
#include "io/plan_json.hpp"

namespace ab::plan_io {

using OJ = nlohmann::ordered_json;

// At most this many errors (and, separately, warnings) are kept; the rest are counted.
constexpr size_t kMaxProblems = 100;

// Collects problems for one load, capped so a broken 20 MB file cannot make a million of them.
class Sink {
public:
    Sink(std::vector<Problem>& errors, std::vector<Problem>& warnings) : errors_(errors), warnings_(warnings) {}
    void error(std::string path, std::string message);
    void warning(std::string path, std::string message);
    size_t error_count() const { return error_count_; }
    // Appends one "... and N more" entry to each list that overflowed. Call once, at the end.
    void finish();

private:
    std::vector<Problem>& errors_;
    std::vector<Problem>& warnings_;
    size_t error_count_ = 0;
    size_t warning_count_ = 0;
};

// Short JSON text of a value for messages: `"lots"`, `[1,2]`, `{"a":...`.
std::string describe(const OJ& v);
// A string as a JSON literal, shortened like describe().
std::string literal(std::string_view s);

// "tactics[3]" + "budget" -> "tactics[3].budget"; an empty base gives just the field.
std::string field_path(const std::string& base, std::string_view field);
// "tactics" + 3 -> "tactics[3]".
std::string index_path(std::string_view base, size_t index);

// Readers: JSON null leaves `out` at its default (optional fields may be null or absent); a wrong
// type is an error at base.field and leaves `out` alone.
void read_string(const OJ& v, const std::string& base, const char* field, std::string& out, Sink& sink);
void read_number(const OJ& v, const std::string& base, const char* field, Number& out, Sink& sink);
void read_bool(const OJ& v, const std::string& base, const char* field, bool& out, Sink& sink);
// A date: "YYYY-MM-DD" naming a real day; "" counts as not set.
void read_date(const OJ& v, const std::string& base, const char* field, std::string& out, Sink& sink);
void read_strings(const OJ& v, const std::string& base, const char* field, std::vector<std::string>& out,
                  Sink& sink);

// A link list as written (every entry a string); duplicates and dangling ids are the resolver's job.
template <class IdT>
void read_links(const OJ& v, const std::string& base, const char* field, LinkSet<IdT>& out, Sink& sink) {
    std::vector<std::string> ids;
    read_strings(v, base, field, ids, sink);
    out.clear();
    out.reserve(ids.size());
    for (auto& id : ids) out.push_back(IdT{std::move(id)});
}

// Appends an unknown field to `extra` (an object; the caller never repeats a key).
void keep_extra(Extra& extra, const std::string& key, const OJ& v);

// The JSON for a number: whole values within 2^53 as integers (150000, not 150000.0), others as
// the shortest round-tripping double, non-finite ones as null (read back as "not set").
OJ number_json(double v);

}  // namespace ab::plan_io
