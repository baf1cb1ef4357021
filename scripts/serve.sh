#!/usr/bin/env bash
# Sets up, builds the browser app (wasm tree build/wasm) and serves build/web at
# http://127.0.0.1:8080 with the Selma sample plan open, and the workshop rooms at /collab on the
# same port (server/main.mjs). PORT, HOST, ALIGNBOARD_DATA and REDIS_URL: see server/main.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
# emcc's optimizer needs Debian's acorn (the CMake link rule sets this too).
export NODE_PATH=/usr/share/nodejs
BUILD=build/wasm
LOG="$BUILD/web-build.log"
mkdir -p "$BUILD"
run() {
  if ! "$@" >"$LOG" 2>&1; then
    tail -n 40 "$LOG"
    echo "serve: failed: $* (full log: $LOG)"
    exit 1
  fi
}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  run emcmake cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release
fi
echo "serve: building the web app into build/web ..."
run cmake --build "$BUILD" --target alignboard_web -j"${JOBS:-$(nproc)}"
PORT="${PORT:-8080}" exec node server/main.mjs build/web
