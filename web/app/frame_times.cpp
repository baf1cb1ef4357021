// A fixed ring of frame durations (see frame_times.hpp); recording costs three clock reads.
#include "app/frame_times.hpp"

#include <array>
#include <cstddef>

#include <emscripten.h>

namespace ab::web::frame_times {
namespace {

constexpr size_t kKept = 1000;

struct Ring {
    std::array<double, kKept> ms{};
    std::array<double, kKept> gl_ms{};
    size_t next = 0;   // slot the next duration goes to
    size_t count = 0;  // durations held, up to kKept
    double started = 0;
    double gl_started = -1;
    int depth = 0;
};

Ring& ring() {
    static Ring r;
    return r;
}

std::vector<double> oldest_first(const std::array<double, kKept>& ms) {
    const Ring& r = ring();
    std::vector<double> out;
    out.reserve(r.count);
    for (size_t i = 0; i < r.count; ++i) out.push_back(ms[(r.next + kKept - r.count + i) % kKept]);
    return out;
}

}  // namespace

void begin() {
    Ring& r = ring();
    if (r.depth++ > 0) return;
    r.started = emscripten_get_now();
    r.gl_started = -1;
}

void gl_begin() {
    Ring& r = ring();
    if (r.depth == 1) r.gl_started = emscripten_get_now();
}

void end() {
    Ring& r = ring();
    if (r.depth == 0 || --r.depth > 0) return;
    const double now = emscripten_get_now();
    r.ms[r.next] = now - r.started;
    r.gl_ms[r.next] = r.gl_started < 0 ? 0 : now - r.gl_started;
    r.next = (r.next + 1) % kKept;
    if (r.count < kKept) ++r.count;
}

std::vector<double> recent() { return oldest_first(ring().ms); }
std::vector<double> recent_gl() { return oldest_first(ring().gl_ms); }

void reset() {
    Ring& r = ring();
    r.next = 0;
    r.count = 0;
}

}  // namespace ab::web::frame_times
