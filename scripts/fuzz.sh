#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/ (see fuzz/fuzz_targets.h), each for SECONDS,
# under ASan+UBSan, starting from seed corpora copied from corpus/ and tests/data/.
# Builds the clang tree build-fuzz/ first unless --build-dir names one already built
# with -DNTMX_BUILD_FUZZ=ON (scripts/test.sh uses its sanitizer tree for a short smoke).
# Crashes are written to <build-dir>/fuzz-crashes/<target>/; the corpus a run grows
# is kept in <build-dir>/fuzz-corpus/<target>/ for the next run.
#
# Usage: scripts/fuzz.sh [--build-dir DIR] SECONDS [TARGET...]
#   scripts/fuzz.sh 600                 every target for 10 minutes
#   scripts/fuzz.sh 3600 extract pdf    two targets for an hour each
# NTMX_FUZZ_MAX_LEN sets libFuzzer's -max_len (default 1 MiB: long enough to build
# the one-line plans and many-page PDFs whose cost must stay linear).
# Exits 1 when a target crashed (its output says which input), 0 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
build=""
if [ "${1:-}" = "--build-dir" ]; then
  build="$2"
  shift 2
fi
seconds="${1:?usage: scripts/fuzz.sh [--build-dir DIR] SECONDS [TARGET...]}"
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(read pdf docx normalize structure extract)

if [ -z "$build" ]; then
  build=build-fuzz
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNTMX_SANITIZE=ON -DNTMX_BUILD_FUZZ=ON -DNTMX_BUILD_TESTS=OFF -DNTMX_BUILD_BENCH=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
fi

# Seeds per target: the plans as text, markdown, legacy encodings and PDF.
seeds_for() {
  case "$1" in
    pdf) ls corpus/pdf/*.pdf corpus/legacy/tcvn3-pdf/*.pdf tests/data/pdf/*.pdf 2>/dev/null || true ;;
    read) ls corpus/seeds/* corpus/legacy/*/* tests/data/pdf/*.pdf corpus/docx/*.docx 2>/dev/null || true ;;
    docx) ls corpus/docx/*.docx 2>/dev/null || true ;;
    *) ls corpus/seeds/* ;;
  esac
  ls tests/data/regressions/"$1"/* 2>/dev/null | grep -v README.md || true
}

status=0
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  crashes="$build/fuzz-crashes/$t"
  mkdir -p "$corpus" "$crashes"
  # Named after their path: corpus/seeds/001_….txt and its TCVN3 copy are both kept.
  seeds_for "$t" | while read -r f; do cp -n "$f" "$corpus/seed_${f//\//_}"; done
  echo "fuzz: $t for ${seconds}s ($(ls "$corpus" | wc -l) inputs in the corpus)" >&2
  # -max_len: the seeds are plans of up to ~100 KB; 1 MiB lets the fuzzer grow them
  # into the long single lines that once cost time and memory with the square of a line.
  # -len_control=0: use that length from the start (libFuzzer otherwise raises its
  # limit slowly, and an hour's run stayed under 40 KB).
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp" \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="${NTMX_FUZZ_MAX_LEN:-1048576}" -len_control=0 -timeout=30 \
      -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" \
      >"$build/fuzz-$t.log" 2>&1; then
    echo "fuzz: $t FAILED; see $build/fuzz-$t.log and $crashes/" >&2
    tail -n 40 "$build/fuzz-$t.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build/fuzz-$t.log" |
      tr '\n' ' ' | sed "s/^/fuzz: $t ok: /;s/$/\n/" >&2
  fi
done
exit $status
