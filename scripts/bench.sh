#!/usr/bin/env bash
# Prints every benchmark figure as `bench <name> <value> <unit>`: the core natively and as WASM
# under node (and, where present, the browser benchmarks in tests/e2e/bench/).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
bash scripts/setup.sh >/dev/null
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$(nproc)" --target core_bench >/dev/null
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm -j"$(nproc)" >/dev/null
build/native/core_bench
node --no-experimental-fetch build/wasm/core_bench.js
# The browser benchmarks: frames, page size, glyphs, and board_vs_canvas2d.mjs, the board against a
# plain Canvas 2D page drawing the same 2,000 cards (ratios board/canvas2d; docs/performance.md).
if [ -d tests/e2e/bench ]; then
  for b in tests/e2e/bench/*.mjs; do node "$b"; done
fi
# The room server under load (Node clients on loopback, about 2 minutes; tests/load/rooms.mjs).
node tests/load/rooms.mjs
