#!/usr/bin/env bash
# Regenerates dubao.1 from the command's definition (swift-argument-parser's generate-manual
# plugin), with the KEYS section from docs/guide.md's key tables and the ENVIRONMENT and FILES
# sections of scripts/manual-sections.mdoc. ManualPageTests fails while dubao.1 is not current.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build --product dubao
swift package --allow-writing-to-package-directory generate-manual --configuration debug \
  --date "${DUBAO_MANUAL_DATE:-$(date +%F)}" --authors "the Dubao project" -o "$out"
python3 scripts/assemble-manual.py "$out/dubao.1" "$(swift build --show-bin-path)/dubao" > dubao.1
echo "wrote dubao.1"
