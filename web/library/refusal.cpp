// What the plan library refuses, and why in the user's words: a stored plan the core cannot
// open (it is kept unchanged, never written over, and offered as a file) and a plan text the
// reader would refuse at the next start (it is not stored; it stays open and downloadable).
#include <emscripten.h>

#include "i18n/i18n.hpp"
#include "platform/platform.hpp"
#include "library/storage.hpp"

namespace ab::web::storage {
namespace {

// Whether `message` is the reader's refusal `key` in the active language: it starts with the
// catalogue text up to the first placeholder (the reader words its messages with the same tr()).
bool reads_as(const std::string& message, std::string_view key) {
    const std::string& text = i18n::tr(key);
    const std::string head = text.substr(0, text.find('{'));
    return !head.empty() && message.compare(0, head.size(), head) == 0;
}

}  // namespace

std::string unreadable_reason(const LoadResult& loaded, size_t text_bytes) {
    if (loaded.errors.empty()) return i18n::tr("library.no_reason");
    const Problem& first = loaded.errors.front();
    if (first.path == "version" && reads_as(first.message, "read.version_newer")) {
        return i18n::tr("library.newer", {{"why", first.message}});
    }
    if (first.path.empty() && text_bytes > kMaxPlanBytes &&
        (reads_as(first.message, "read.file_too_big") || reads_as(first.message, "read.plan_too_big") ||
         reads_as(first.message, "read.saved_too_big"))) {
        return i18n::tr("library.too_big", {{"why", first.message}});
    }
    return i18n::tr("library.reader_found", {{"problems", problems_text(loaded.errors)}});
}

// The library stores only what the reader will open again at the next start: the core's
// size_refusal says so, on the compact size (core/io/plan_json.hpp), with the reason.
std::string refusal(std::string_view text) {
    const std::string why = size_refusal(text);
    if (why.empty()) return {};
    return i18n::tr("library.not_stored", {{"why", why}});
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
    app().doc.set_read_only(ab::i18n::tr("library.damaged_read_only", {{"name", ab::i18n::tr("quoted", {{"name", lib.damaged_name}})}}));
    platform::request_frames(3);
}

}  // extern "C"
