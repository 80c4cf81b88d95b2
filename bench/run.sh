#!/usr/bin/env bash
# The speed figures of the README in one run: builds Release, generates the synthetic
# corpus, runs the end-to-end and per-stage benchmarks and `ntmx ingest` at two sizes,
# and prints goal / measured / ratio side by side.
#
#   bench/run.sh                 # 10,000 plans (ingest at 1,000 and 10,000)
#   bench/run.sh --count 100000  # the large run (about 2 GB of text, hours on one core)
#   bench/run.sh --pdf 40        # also print 40 plans to PDF (needs LibreOffice: local only)
#   NTMX_BENCH_BUILD=build NTMX_BENCH_LIMIT=100 bench/run.sh   # reuse a build, fewer files
#
# Timings are CPU time of one thread (docs/s per core), so they hold on a loaded machine;
# ingest wall time is reported as well. Work files go to $NTMX_BENCH_DIR (default
# /tmp/ntmx-bench), kept between runs: the corpus is only generated once per size.
set -euo pipefail

count=10000
pdf=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --pdf) pdf="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--count N] [--pdf K]" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${NTMX_BENCH_DIR:-/tmp/ntmx-bench}"
mkdir -p "$work"

# $NTMX_BENCH_BUILD: an existing build folder to use as it is (e.g. build/, RelWithDebInfo).
if [[ -n "${NTMX_BENCH_BUILD:-}" ]]; then
  build="$(cd "$NTMX_BENCH_BUILD" && pwd)"
  echo "== using the build in $build"
else
  build="$root/build-release"
  echo "== build (Release) in $build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DNTMX_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)" --target ntmx end_to_end_bench stages_bench >/dev/null
fi

corpus="$work/corpus-$count"
if [[ ! -f "$corpus/.done" ]]; then
  echo "== generate $count plans in $corpus"
  rm -rf "$corpus"
  python3 "$root/bench/make_corpus.py" --out "$corpus" --count "$count" --pdf "$pdf"
  touch "$corpus/.done"
fi
pdf_dir="$corpus/pdf"
[[ -d "$pdf_dir" ]] || pdf_dir="$root/corpus/pdf"

echo "== benchmarks (first ${NTMX_BENCH_LIMIT:-200} plans of the corpus; PDFs from $pdf_dir)"
export NTMX_BENCH_CORPUS="$corpus" NTMX_BENCH_PDF="$pdf_dir"
"$build/bench/end_to_end_bench" --benchmark_counters_tabular=true \
  --benchmark_out="$work/end_to_end.json" --benchmark_out_format=json
"$build/bench/stages_bench" --benchmark_counters_tabular=true \
  --benchmark_out="$work/stages.json" --benchmark_out_format=json

# ntmx ingest end to end on the first 1,000 plans and on all of them (fresh database
# each): documents/s and peak RSS, to show memory does not grow with the number of plans.
ingest() {
  local n="$1" dir="$work/ingest-$1" files
  # Hard links to the first n text plans (not the PDFs of corpus/pdf/).
  rm -rf "$dir" && mkdir -p "$dir"
  mapfile -t files < <(find "$corpus" -maxdepth 1 -name '*.txt' | sort)
  ln "${files[@]:0:$n}" "$dir/"
  rm -f "$work/ingest.db" "$work/ingest.db-wal" "$work/ingest.db-shm"
  /usr/bin/time -v "$build/ntmx" ingest --db "$work/ingest.db" "$dir" \
    >/dev/null 2>"$work/ingest-$n.time" || true
  echo "$n $(grep -E 'Elapsed \(wall|Maximum resident|User time|System time' "$work/ingest-$n.time" |
    sed 's/.*: //' | tr '\n' ' ')" >>"$work/ingest.txt"
}
: >"$work/ingest.txt"
small=$((count < 1000 ? count : 1000))
echo "== ntmx ingest: $small plans"
ingest "$small"
if [[ "$count" != "$small" ]]; then
  echo "== ntmx ingest: $count plans"
  ingest "$count"
fi

python3 "$root/bench/report.py" "$work" "$(du -sb --exclude=pdf "$corpus" | cut -f1)" "$count"
