#!/usr/bin/env bash
# Configures and builds ntmx into build/ (the binary is build/ntmx).
# Usage: scripts/build.sh            everything: the CLI, the tests and the benchmarks
#        scripts/build.sh ntmx       only the CLI (what scripts/run.sh needs)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" ${1:+--target "$1"}
