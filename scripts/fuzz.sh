#!/usr/bin/env bash
# Fuzzes the plan reader: builds fuzz_reader (clang++, libFuzzer, ASan, UBSan) if needed, runs it
# over a scratch copy of tests/fuzz/corpus, and fails on any crash, leak, timeout or broken round
# trip. Usage: scripts/fuzz.sh [seconds]   (default 30; build dir: $AB_FUZZ_BUILD_DIR or build/fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
build="${AB_FUZZ_BUILD_DIR:-build/fuzz}"
if ! [[ "$secs" =~ ^[0-9]+$ ]] || [ "$secs" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh [seconds]" >&2
  exit 2
fi
if ! command -v clang++ >/dev/null; then
  echo "fuzz: FAILED: clang++ not found (scripts/setup.sh installs it)"
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/alignboard-fuzz.XXXXXX")"
mkdir -p "$work/corpus"
# Configuring every time is cheap and picks up changes to cmake/fuzz.cmake.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; echo "fuzz: FAILED: configure (log: $work/build.log)"; exit 1; }
cmake --build "$build" --target fuzzer -j2 >>"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; echo "fuzz: FAILED: build (log: $work/build.log)"; exit 1; }

cp tests/fuzz/corpus/*.json "$work/corpus/"  # the reader's seeds; corpus/export/ is fuzz_export's
log="$work/fuzz.log"
set +e
UBSAN_OPTIONS=print_stacktrace=1 "$build/fuzz_reader" "$work/corpus" -dict=tests/fuzz/plan.dict \
  -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
  -artifact_prefix="$work/" >"$log" 2>&1
rc=$?
set -e
runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
if [ "$rc" -ne 0 ]; then
  tail -n 40 "$log" >&2
  input="$(ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null | head -n 1 || true)"
  echo "fuzz: FAILED (exit $rc) after ${runs:-?} runs; input: ${input:-none}; log: $log"
  exit 1
fi
echo "fuzz: ok, ${runs:-?} runs in ${secs}s over $(ls "$work/corpus" | wc -l) corpus inputs; no crash, leak, timeout or round-trip mismatch"
rm -rf "$work"
