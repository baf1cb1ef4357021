#!/usr/bin/env bash
# Fuzzes the core: builds every libFuzzer target (tests/fuzz/fuzz_<name>.cpp -> fuzz_<name>, with
# clang++, ASan and UBSan) if needed, runs each for SECONDS over a scratch copy of its seed corpus
# (tests/fuzz/corpus/<name>/) with its dictionary (tests/fuzz/<name>.dict) when it has one, and
# fails on any crash, leak, timeout or broken promise a target checks.
# Usage: scripts/fuzz.sh [SECONDS] [NAME...]   (default 30 s each, every target; names are `reader`
# or `fuzz_reader`; build dir: $AB_FUZZ_BUILD_DIR or build/fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
[ $# -gt 0 ] && shift
build="${AB_FUZZ_BUILD_DIR:-build/fuzz}"
if ! [[ "$secs" =~ ^[0-9]+$ ]] || [ "$secs" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh [seconds] [target...]" >&2
  exit 2
fi
if ! command -v clang++ >/dev/null; then
  echo "fuzz: FAILED: clang++ not found (scripts/setup.sh installs it)"
  exit 1
fi

names=()
if [ $# -gt 0 ]; then
  for t in "$@"; do names+=("${t#fuzz_}"); done
else
  for src in tests/fuzz/fuzz_*.cpp; do n="$(basename "$src" .cpp)"; names+=("${n#fuzz_}"); done
fi
for n in "${names[@]}"; do
  [ -f "tests/fuzz/fuzz_$n.cpp" ] || { echo "fuzz: FAILED: no target $n (tests/fuzz/fuzz_$n.cpp)"; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/alignboard-fuzz.XXXXXX")"
# Configuring every time is cheap and picks up new targets and changes to cmake/fuzz.cmake. A tree
# that exists keeps its own settings (scripts/test.sh's ASan tree builds the fuzzers in-tree).
configure=(cmake -S . -B "$build")
[ -f "$build/CMakeCache.txt" ] || configure+=(-DCMAKE_BUILD_TYPE=Release)
"${configure[@]}" >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; echo "fuzz: FAILED: configure (log: $work/build.log)"; exit 1; }
cmake --build "$build" --target fuzzer -j2 >>"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; echo "fuzz: FAILED: build (log: $work/build.log)"; exit 1; }

failed=0
for n in "${names[@]}"; do
  dir="$work/$n"
  mkdir -p "$dir/corpus"
  [ -d "tests/fuzz/corpus/$n" ] && cp -r "tests/fuzz/corpus/$n/." "$dir/corpus/"
  dict=()
  [ -f "tests/fuzz/$n.dict" ] && dict=("-dict=tests/fuzz/$n.dict")
  log="$dir/fuzz.log"
  set +e
  UBSAN_OPTIONS=print_stacktrace=1 "$build/fuzz_$n" "$dir/corpus" "${dict[@]}" \
    -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$dir/" >"$log" 2>&1
  rc=$?
  set -e
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
  if [ "$rc" -ne 0 ]; then
    tail -n 40 "$log" >&2
    input="$(ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null | head -n 1 || true)"
    echo "fuzz $n: FAILED (exit $rc) after ${runs:-?} runs; input: ${input:-none}; log: $log"
    failed=$((failed + 1))
  else
    echo "fuzz $n: ok, ${runs:-?} runs in ${secs}s over $(ls "$dir/corpus" | wc -l) corpus inputs; no crash, leak, timeout or broken promise"
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: FAILED: $failed of ${#names[@]} targets (scratch: $work)"
  exit 1
fi
echo "fuzz: ok, ${#names[@]} targets, ${secs}s each"
rm -rf "$work"
