// The test bridge, to grow into the public embedding API: `window.alignboard` (web/host/bridge.js)
// over a few exported C functions that trade UTF-8 JSON text. Documented in web/host/BRIDGE.md.
#pragma once

namespace ab::web::bridge {

// Publishes window.alignboard and resolves window.alignboardReady.
void install();
bool installed();

}  // namespace ab::web::bridge
