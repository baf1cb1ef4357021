#!/usr/bin/env bash
# Sets up what is missing, builds, and runs every test: the core natively (Catch2 + CLI through
# CTest), the same native tests built with clang's AddressSanitizer and UBSan, a fuzzing run of
# every fuzz target, node tests of the server, the room server and the page's input helpers, the same core tests
# as WASM under node, and the browser tests in headless Chromium. Ends with one summary line;
# exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export NODE_PATH=/usr/share/nodejs   # emcc's optimizer needs Debian's acorn
JOBS=${JOBS:-$(nproc)}
LOG="$ROOT/build/test-logs"
passed=0; failed=0; broken=()

bash scripts/setup.sh || { echo "summary: 0 passed, 1 failed (setup failed)"; exit 1; }
mkdir -p "$LOG"
echo "setup took $SECONDS s"

# Adds a suite's counts; a suite that crashed before reporting counts as one failure. Each line
# says how long its part took (build included), so a slow step shows in the CI log.
step_from=$SECONDS
tally() {  # name passed failed
  passed=$((passed + $2)); failed=$((failed + $3))
  [ "$3" -eq 0 ] || broken+=("$1")
  printf 'suite %-14s %4d passed, %d failed  (%d s)\n' "$1" "$2" "$3" $((SECONDS - step_from))
  step_from=$SECONDS
}
ctest_counts() {  # log -> "passed failed"
  local line total nfail
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -1)
  [ -n "$line" ] || { echo "0 1"; return; }
  nfail=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
  echo "$((total - nfail)) $nfail"
}
catch_counts() {  # Catch2 log -> "passed failed" (test cases)
  local line
  if line=$(grep -E '^All tests passed \(' "$1" | tail -1) && [ -n "$line" ]; then
    echo "$(sed -E 's/.* in ([0-9]+) test cases?\)/\1/' <<<"$line") 0"
  elif line=$(grep -E '^test cases: ' "$1" | tail -1) && [ -n "$line" ]; then
    local p f
    p=$(sed -nE 's/.*\| *([0-9]+) passed.*/\1/p' <<<"$line"); f=$(sed -nE 's/.*\| *([0-9]+) failed.*/\1/p' <<<"$line")
    echo "${p:-0} ${f:-1}"
  else echo "0 1"; fi
}

# Runs `node --test` over a folder and tallies its counts as one suite.
node_suite() {  # name folder
  local log="$LOG/$1.log" rc p f
  node --test --test-reporter=spec "$2" >"$log" 2>&1
  rc=$?
  p=$(grep -E '^ℹ pass [0-9]+' "$log" | awk '{print $3}'); f=$(grep -E '^ℹ fail [0-9]+' "$log" | awk '{print $3}')
  p=${p:-0}; f=${f:-0}; [ $rc -eq 0 ] || [ "$f" -gt 0 ] || f=1
  [ "$f" -eq 0 ] || grep -A12 -E '✖' "$log" | head -60
  tally "$1" "$p" "$f"
}

# Each tree builds only what its tests run: the benchmarks are built by scripts/bench.sh, and the
# fuzzers by the ASan tree below, which compiles the core with the instrumentation both need. In
# every tree the test files themselves are compiled at -O0 (AB_TEST_COMPILE_OPTIONS): the core
# they test keeps the tree's optimisation, and Catch2's macros compile in about half the time.
echo "== native build"
if cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DAB_FUZZ=OFF -DAB_TEST_COMPILE_OPTIONS=-O0 \
     >"$LOG/native-configure.log" 2>&1 &&
   cmake --build build/native -j"$JOBS" --target core_tests alignboard >"$LOG/native-build.log" 2>&1; then
  echo "== native tests"
  (cd build/native && ctest --output-on-failure -j"$JOBS") >"$LOG/native-tests.log" 2>&1
  grep -E '(Failed|\*\*\*)' "$LOG/native-tests.log" | head -20
  read -r p f < <(ctest_counts "$LOG/native-tests.log"); tally native "$p" "$f"
else
  tail -30 "$LOG"/native-*.log; tally native-build 0 1
fi

# The native tests again under ASan and UBSan (clang): out-of-bounds reads, leaks and undefined
# behaviour fail the test that caused them. The same tree builds the fuzzers (cmake/fuzz.cmake,
# AB_FUZZ_IN_TREE): its core carries libFuzzer's coverage hooks too, which the tests do not
# notice, so the core is compiled once for both. The core is -O1 (the fuzzers' speed); the test
# files, Catch2's macros under ASan, are -O0, which compiles them in half the time. Line tables,
# not full debug info: the sanitizers' reports still name file and line.
echo "== native tests under ASan + UBSan"
ASAN_FLAGS="-O1 -gline-tables-only -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
# C too (GNU FriBidi): one compiler and one sanitizer runtime for the whole program.
if cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
     -DCMAKE_C_FLAGS="$ASAN_FLAGS" -DCMAKE_CXX_FLAGS="$ASAN_FLAGS" -DCMAKE_C_FLAGS_DEBUG= -DCMAKE_CXX_FLAGS_DEBUG= \
     -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DAB_TEST_COMPILE_OPTIONS=-O0 \
     -DAB_FUZZ_IN_TREE=ON >"$LOG/asan-configure.log" 2>&1 &&
   cmake --build build/asan -j"$JOBS" --target core_tests alignboard fuzzer >"$LOG/asan-build.log" 2>&1; then
  (cd build/asan && UBSAN_OPTIONS=print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
     ctest --output-on-failure -j"$JOBS") >"$LOG/asan-tests.log" 2>&1
  grep -E '(Failed|\*\*\*|ERROR: AddressSanitizer|runtime error)' "$LOG/asan-tests.log" | head -20
  read -r p f < <(ctest_counts "$LOG/asan-tests.log"); tally native-asan "$p" "$f"
else
  tail -30 "$LOG"/asan-*.log; tally native-asan 0 1
fi

echo "== fuzz (every target, ${FUZZ_SECONDS:-10} s each)"
# The ASan tree above already built the fuzzers: reuse it rather than compile the core again.
if AB_FUZZ_BUILD_DIR=build/asan bash scripts/fuzz.sh "${FUZZ_SECONDS:-10}" >"$LOG/fuzz.log" 2>&1; then
  n=$(grep -c '^fuzz [a-z_]*: ok' "$LOG/fuzz.log"); tally fuzz "$n" 0
else
  tail -20 "$LOG/fuzz.log"
  n=$(grep -c '^fuzz [a-z_]*: ok' "$LOG/fuzz.log"); f=$(grep -c '^fuzz [a-z_]*: FAILED' "$LOG/fuzz.log")
  [ "$f" -gt 0 ] || f=1
  tally fuzz "$n" "$f"
fi

echo "== node tests (scripts/serve.mjs, the page's input helpers, the room document)"
node_suite node tests/node/

# The room server: each test file starts the servers (and the redis-server) it needs.
echo "== room server tests (server/: rooms, persistence, Redis, limits)"
node_suite server tests/server/

echo "== wasm build"
if emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DAB_TEST_COMPILE_OPTIONS=-O0 >"$LOG/wasm-configure.log" 2>&1 &&
   cmake --build build/wasm -j"$JOBS" --target alignboard_web core_tests >"$LOG/wasm-build.log" 2>&1; then
  echo "== wasm core tests (node)"
  node --no-experimental-fetch build/wasm/core_tests.js --use-colour no >"$LOG/wasm-tests.log" 2>&1
  rc=$?
  read -r p f < <(catch_counts "$LOG/wasm-tests.log")
  [ $rc -eq 0 ] || [ "$f" -gt 0 ] || f=1
  [ "$f" -eq 0 ] || grep -B2 -A8 -E 'FAILED' "$LOG/wasm-tests.log" | head -40
  tally wasm-core "$p" "$f"

  echo "== browser tests (headless Chromium)"
  node_suite browser tests/e2e/
else
  tail -30 "$LOG"/wasm-*.log; tally wasm-build 0 1
fi

echo "logs: build/test-logs/"
[ ${#broken[@]} -eq 0 ] || echo "failing suites: ${broken[*]}"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
