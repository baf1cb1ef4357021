// Writes JSON straight into a std::string, byte for byte what nlohmann's
// dump(2, ' ', false, error_handler_t::replace) gives for the same tree (or dump(-1, ...) when
// compact), without building the tree: saving a 10,000-item plan as a tree and dumping it cost
// several times more than this.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ab::plan_io {

class JsonText {
public:
    // Pretty (2-space indent) unless `compact`: then no whitespace at all between tokens.
    explicit JsonText(std::string& out, bool compact = false);
    ~JsonText();
    JsonText(const JsonText&) = delete;
    JsonText& operator=(const JsonText&) = delete;

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // Starts an object member; the next call writes its value. Keys must be unique per object.
    JsonText& key(std::string_view k);

    void string(std::string_view s);
    void integer(std::int64_t v);
    // As number_json (json_fields.hpp): whole values within 2^53 as integers, non-finite as null.
    void number(double v);
    void boolean(bool v) { item(); out_ += v ? "true" : "false"; }
    void null() { item(); out_ += "null"; }
    // Any parsed value (an unknown field), at the current indentation.
    void value(const nlohmann::ordered_json& v);

private:
    void item();  // separator and indentation before a value, unless it follows a key
    void quoted(std::string_view s);
    void open(char c);
    void close(char c);
    void fallback(const nlohmann::ordered_json& v);  // nlohmann's own serializer

    struct Serializer;
    std::string& out_;
    std::vector<bool> empty_;  // per open container: nothing written into it yet
    bool after_key_ = false;
    bool compact_ = false;
    std::unique_ptr<Serializer> serializer_;  // made on first use
};

}  // namespace ab::plan_io
