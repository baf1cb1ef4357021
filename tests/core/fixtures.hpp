// Test fixtures: files under tests/data (AB_TEST_DATA) and assets/ (AB_ASSETS), read natively or
// through node's file system in the WASM build.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "io/plan_json.hpp"

namespace ab::test {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string data_path(const std::string& name) { return std::string(AB_TEST_DATA) + "/" + name; }

// Problems one to a line ("\n  path: message"), for a test's message.
inline std::string listed(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += "\n  " + p.path + ": " + p.message;
    return out;
}

// Loads a fixture plan that must be valid.
// Whether `problems` holds exactly this message at this path.
inline bool has(const std::vector<Problem>& problems, const std::string& path, const std::string& message) {
    for (const auto& p : problems) {
        if (p.path == path && p.message == message) return true;
    }
    return false;
}

// Whether `problems` holds any problem at this path.
inline bool has_at(const std::vector<Problem>& problems, const std::string& path) {
    for (const auto& p : problems) {
        if (p.path == path) return true;
    }
    return false;
}

inline Plan load_fixture(const std::string& name) {
    LoadResult r = load_plan(read_text(data_path(name)));
    if (!r.ok()) throw std::runtime_error("fixture " + name + " does not load:" + listed(r.errors));
    return std::move(*r.plan);
}

}  // namespace ab::test
