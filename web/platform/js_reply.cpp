// The byte length of the last reply (js_reply.hpp), so the page reads it whole, NULs included.
#include "platform/js_reply.hpp"

#include <emscripten.h>

extern "C" EMSCRIPTEN_KEEPALIVE size_t ab_reply_length() { return ab::web::js_reply_buffer().size(); }
