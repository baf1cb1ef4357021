// Entry point of `alignboard`: runs the command and writes what it produced. Writing is checked,
// so `alignboard fmt plan.json > /full/disk` fails loudly instead of leaving half a file.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "cli.hpp"

namespace {

bool write_all(std::FILE* stream, const std::string& text) {
    if (!text.empty() && std::fwrite(text.data(), 1, text.size(), stream) != text.size()) return false;
    return std::fflush(stream) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    ab::cli::Outcome outcome;
    try {
        outcome = ab::cli::run(args);
    } catch (const std::exception& e) {  // out of memory and the like: say so, don't abort
        std::fprintf(stderr, "alignboard: internal error: %s\n", e.what());
        return ab::cli::kExitFailed;
    }
    errno = 0;
    if (!write_all(stdout, outcome.out)) {
        const int err = errno;
        std::fprintf(stderr, "alignboard: cannot write output: %s\n", std::strerror(err ? err : EIO));
        write_all(stderr, outcome.err);
        return ab::cli::kExitFailed;
    }
    write_all(stderr, outcome.err);
    return outcome.exit_code;
}
