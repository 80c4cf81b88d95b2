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
# Each plan once (its primary copy), with how many files it came as and their formats.
build/ntmx sql --db "$db" \
  "SELECT d.issue_place, d.year, d.issuer_level, d.province, d.district, d.commune, d.title,
          p.copies, p.formats
   FROM plan_documents p JOIN documents d ON d.id = p.primary_document_id ORDER BY d.source"
