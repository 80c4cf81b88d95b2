#!/usr/bin/env bash
# Installs the Debian 12 packages ntmx builds with (skips what is already there).
# Usage: scripts/setup.sh
set -euo pipefail
packages=(
  build-essential cmake pkg-config python3
  libicu-dev libre2-dev libpoppler-private-dev libsqlite3-dev libspdlog-dev
  libpoppler-cpp-dev  # renders scanned pages for OCR; bench/pdf_bench's reference timing
  libtesseract-dev libleptonica-dev tesseract-ocr-vie  # OCR of scanned PDFs (src/read/pdf_ocr.h)
  libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev nlohmann-json3-dev
  libtomlplusplus-dev libssl-dev
  libzip-dev libpugixml-dev antiword  # Word: .docx (libzip, pugixml) and .doc (antiword)
  libxlsxwriter-dev  # the Excel workbook of `ntmx export --xlsx` (src/xlsx/)
  # headless Chromium renders `ntmx report` in the report.render test (~70 s to install,
  # 122 MB; the test is skipped where it is missing)
  chromium
  # clang and its sanitizer/libFuzzer runtimes build the ASan+UBSan tree and the fuzz targets
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null || true
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
