#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is needed, build, ingest
# the bundled corpus into ntm.db and show what was stored.
# Usage: scripts/run.sh [DB]   (default ntm.db)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-ntm.db}"
scripts/setup.sh
scripts/build.sh ntmx
build/ntmx ingest --db "$db" corpus/
echo
build/ntmx sql --db "$db" \
  "SELECT issue_place, year, issuer_level, province, district, commune, title FROM documents ORDER BY source"
