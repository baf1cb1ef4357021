// Reading the plan file for the CLI: a path or `-` for stdin, errors as strerror text, and never
// more than the reader's size limit plus one byte in memory.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli.hpp"
#include "io/plan_json.hpp"

namespace ab::cli {

Input read_input(const std::string& file) {
    Input input;
    const bool from_stdin = file == "-";
    std::FILE* f = from_stdin ? stdin : std::fopen(file.c_str(), "rb");
    if (!f) {
        input.error = std::strerror(errno);
        return input;
    }
    const size_t cap = kMaxPlanTextBytes + 1;
    char buf[1 << 16];
    while (input.text.size() < cap) {
        const size_t want = std::min(sizeof buf, cap - input.text.size());
        const size_t got = std::fread(buf, 1, want, f);
        input.text.append(buf, got);
        if (got < want) break;
    }
    // errno is only meaningful right after the failing call, so take it before fclose.
    const bool failed = std::ferror(f) != 0;
    const int err = errno;
    if (!from_stdin) std::fclose(f);
    if (failed) {
        input.error = std::strerror(err ? err : EIO);
        input.text.clear();
        return input;
    }
    input.ok = true;
    return input;
}

}  // namespace ab::cli
