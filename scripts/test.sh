#!/usr/bin/env bash
# The whole test suite: install what is needed, build, run every test through
# CTest (unit tests, the end-to-end corpus check against corpus/gold, the malformed-
# input suite and the kill -9 fault test), then the same suite again in a clang
# AddressSanitizer + UndefinedBehaviorSanitizer build that also holds the libFuzzer
# targets, and a short smoke run of each fuzz target (scripts/fuzz.sh).
# Usage: scripts/test.sh            everything (what CI runs)
#        scripts/test.sh --fast     skip the sanitizer build and the fuzz smoke
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
jobs="$(nproc)"

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

if [ "${1:-}" != "--fast" ]; then
  # clang: libFuzzer comes with it. A tree configured with another compiler is remade.
  if [ -f build-asan/CMakeCache.txt ] && ! grep -q "CMAKE_CXX_COMPILER:.*clang++" build-asan/CMakeCache.txt; then
    rm -rf build-asan
  fi
  CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNTMX_SANITIZE=ON \
    -DNTMX_BUILD_FUZZ=ON -DNTMX_BUILD_BENCH=OFF >/dev/null
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
  scripts/fuzz.sh --build-dir build-asan "${NTMX_FUZZ_SECONDS:-15}"
fi
