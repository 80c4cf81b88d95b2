#!/usr/bin/env bash
# The whole test suite, as CI runs it: install what is needed, build one clang
# AddressSanitizer + UndefinedBehaviorSanitizer tree that also holds the libFuzzer
# targets, run every test through CTest there (unit tests, the end-to-end corpus
# checks against corpus/gold, the report render, the malformed-input suite and the
# kill -9 fault test), then a short smoke run of each fuzz target (scripts/fuzz.sh).
# One instrumented tree instead of a plain one and a sanitized one: on a 2-core runner
# two builds of the project do not fit in CI's 20 minutes, and every test that passes
# here passes in the plain build (the code is the same; only the checks differ).
#
# Usage: scripts/test.sh            everything (what CI runs)
#        scripts/test.sh --fast     the plain RelWithDebInfo tree build/ (the one
#                                   scripts/run.sh uses), its tests, no sanitizers, no fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
jobs="$(nproc)"

if [ "${1:-}" = "--fast" ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build -j"$jobs"
  ctest --test-dir build --output-on-failure -j"$jobs"
  exit 0
fi

# clang: libFuzzer comes with it. A tree configured with another compiler is remade.
if [ -f build-asan/CMakeCache.txt ] && ! grep -q "CMAKE_CXX_COMPILER:.*clang++" build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNTMX_SANITIZE=ON \
  -DNTMX_BUILD_FUZZ=ON -DNTMX_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"
scripts/fuzz.sh --build-dir build-asan "${NTMX_FUZZ_SECONDS:-10}"
