#!/bin/sh
# Fuzzes the PaperKit pipeline with libFuzzer + AddressSanitizer (docs/robustness.md).
# Usage: scripts/fuzz-pipeline.sh [SECONDS] [WORKDIR]   (default 300 s, /tmp/dubao-fuzz)
# Builds scripts/fuzz/FuzzPipeline.swift with every Sources/PaperKit file into one binary,
# seeds the corpus with the test fixtures, and runs. Crashes are saved in WORKDIR as crash-*;
# replay one with: WORKDIR/fuzz-pipeline WORKDIR/crash-…  Not part of CI. Leak checks are off:
# the regular expressions compiled once into statics are reported as leaks.
set -eu
seconds=${1:-300}
work=${2:-/tmp/dubao-fuzz}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work/corpus"
cp "$root"/Tests/PaperKitTests/Fixtures/*.txt "$work/corpus/"
find "$root/Sources/PaperKit" -name '*.swift' | sort >"$work/sources"
# PaperKit imports PDFText (poppler through the CPoppler module map): build it as a module first.
poppler_cflags=$(pkg-config --cflags poppler-glib | sed 's/-I/-Xcc -I/g')
# shellcheck disable=SC2046,SC2086
(cd "$work" && swiftc -O -sanitize=address -parse-as-library -module-name PDFText -swift-version 6 \
  -I "$root/Sources/CPoppler" $poppler_cflags -emit-module -emit-library -static \
  "$root"/Sources/PDFText/*.swift -o "$work/libPDFText.a")
# shellcheck disable=SC2046,SC2086
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name PaperKit \
  -swift-version 6 -I "$work" -I "$root/Sources/CPoppler" $poppler_cflags -L "$work" -lPDFText \
  $(pkg-config --libs poppler-glib) $(cat "$work/sources") "$root/scripts/fuzz/FuzzPipeline.swift" \
  -o "$work/fuzz-pipeline"
cd "$work"
ASAN_OPTIONS=detect_leaks=0 ./fuzz-pipeline -max_total_time="$seconds" -max_len=4096 -timeout=10 -detect_leaks=0 \
  -dict="$root/scripts/fuzz/page.dict" -artifact_prefix="$work/" corpus
