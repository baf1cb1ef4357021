// What the plan library refuses, and why in the user's words: a stored plan the core cannot
// open (it is kept unchanged, never written over, and offered as a file) and a plan text the
// reader would refuse at the next start (it is not stored; it stays open and downloadable).
#include <emscripten.h>

#include "platform/platform.hpp"
#include "library/storage.hpp"

namespace ab::web::storage {
std::string unreadable_reason(const LoadResult& loaded, size_t text_bytes) {
    if (loaded.errors.empty()) return "the reader gave no reason";
    const Problem& first = loaded.errors.front();
    if (first.path == "version" && first.message.find("newer") != std::string::npos) {
        return "it was made by a newer Alignboard (" + first.message + ")";
    }
    if (first.path.empty() && text_bytes > kMaxPlanBytes && first.message.find("Alignboard opens") != std::string::npos) {
        return "it is over the size limit (" + first.message + ")";
    }
    return "the reader found " + problems_text(loaded.errors);
}

// The library stores only what the reader will open again at the next start: the core's
// size_refusal says so, on the compact size (core/io/plan_json.hpp), with the reason.
std::string refusal(std::string_view text) {
    const std::string why = size_refusal(text);
    if (why.empty()) return {};
    return "This plan is not saved in this browser, because it could not be opened again: " + why +
           ". It stays open here: download a copy, or make it smaller.";
}

void download_damaged() {
    request({{"op", "download_damaged"}, {"file", file_name_for(library().damaged_name, "json")}});
}

}  // namespace ab::web::storage

using namespace ab::web;
using namespace ab::web::storage;

extern "C" {

// Why store.js must not store a text ('' when it may): its creates ask before writing.
EMSCRIPTEN_KEEPALIVE const char* ab_store_refusal(const char* text) {
    static std::string reply;
    reply = refusal(text ? std::string_view(text) : std::string_view());
    return reply.c_str();
}

// The stored plan chosen at start did not open: store.js keeps it unchanged and this tab
// read-only; the dialog says why and offers its text.
EMSCRIPTEN_KEEPALIVE void ab_store_damaged(const char* name, const char* why) {
    Library& lib = library();
    lib.damaged_name = name ? name : "";
    lib.damaged_why = why ? why : "";
    lib.show_damaged = true;
    app().doc.set_read_only("\xe2\x80\x9c" + lib.damaged_name + "\xe2\x80\x9d could not be opened, so nothing here is "
                            "saved over it. Open another plan from Plans, or download its text.");
    platform::request_frames(3);
}

}  // extern "C"
