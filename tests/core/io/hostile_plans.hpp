// Plan texts shaped like the slow inputs of issue 14 (a share link or a file anyone can hand
// over): many stages times many tactics, megabytes of empty tactics, an item with tens of
// thousands of owners. Shared by the reader's scaling tests and the benchmarks (header only).
#pragma once

#include <cstddef>
#include <string>

namespace ab::test {

inline std::string hostile_header() { return R"({"format": "alignboard.plan", "version": 1, )"; }

// `stages` required stages, then `tactics` tactics each with a stage outside that list: every
// tactic is a warning that used to spell out the whole list (tactics x stages).
inline std::string stages_times_tactics(size_t stages, size_t tactics, size_t name_length = 6) {
    const std::string name(name_length, 'T');
    std::string t = hostile_header() + R"("required_stages": [)";
    for (size_t i = 0; i < stages; ++i) t += (i ? ",\"s" : "\"s") + std::to_string(i) + "\"";
    t += R"(], "tactics": [)";
    for (size_t i = 0; i < tactics; ++i) {
        t += (i ? ",{\"id\":\"t" : "{\"id\":\"t") + std::to_string(i) + R"(","name":")" + name + R"(","stage":"elsewhere"})";
    }
    return t + "]}";
}

// About `bytes` of `{}` tactics: no id, so every one is an error.
inline std::string empty_tactics(size_t bytes) {
    std::string t = hostile_header() + R"("tactics": [{})";
    t.reserve(bytes + 16);
    while (t.size() + 3 < bytes) t += ",{}";
    return t + "]}";
}

// One person and one tactic owned `owners` times over: the same owner repeated, as a link set
// that must come out with one entry.
inline std::string many_owners(size_t owners) {
    std::string t = hostile_header() + R"("people": [{"id": "p1", "name": "Pat"}], "tactics": [{"id": "t1", "owners": [)";
    for (size_t i = 0; i < owners; ++i) t += i ? ",\"p1\"" : "\"p1\"";
    return t + "]}]}";
}

}  // namespace ab::test
