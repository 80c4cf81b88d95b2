#!/usr/bin/env bash
# Makes the OCR fixtures of corpus/scans/: every PDF of corpus/pdf/ (the seeds as an office
# prints them) and the dev plan that has a PDF (corpus/dev/h06_xa_cu_ewi_pdf.pdf) as the
# scan an office would publish, an image-only PDF under the same name: pages rasterised
# at 200 dpi (black and white; the last page in colour with a red round stamp over the
# signature), light noise and dust, rotated about one degree, wrapped back into a PDF
# with Leptonica. tools/make_scan.cc does the work; it is compiled here with the
# packages scripts/setup.sh installs (libpoppler-cpp-dev, libleptonica-dev), nothing else.
# The output is deterministic (a fixed seed per file). CI does not regenerate the
# fixtures; CTest corpus.scans (tests/e2e/check_formats.py --scans) reads them.
#
#   corpus/make_scans.sh            # from the repository root
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="$(mktemp -d)/make_scan"
c++ -std=c++20 -O2 -o "$tool" "$root/tools/make_scan.cc" \
  $(pkg-config --cflags --libs poppler-cpp lept)
mkdir -p "$root/corpus/scans"
seed=1
for pdf in "$root"/corpus/pdf/*.pdf "$root"/corpus/dev/*_pdf.pdf; do
  out="$root/corpus/scans/$(basename "$pdf")"
  "$tool" "$pdf" "$out" --dpi 200 --noise 3 --quality 30 --seed "$seed"
  echo "$(basename "$out"): $(stat -c %s "$out") bytes"
  seed=$((seed + 1))
done
rm -rf "$(dirname "$tool")"
