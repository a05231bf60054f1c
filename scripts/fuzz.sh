#!/bin/sh
# Runs the libFuzzer targets (docs/robustness.md), each for SECONDS, with AddressSanitizer.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]   (default 300 s; targets: pipeline layout search
# reader, all by default). WORKDIR (default /tmp/dubao-fuzz) holds one folder per target: the
# binary, its corpus (seeded with the test fixtures) and any crash-* reproducer; replay one
# with WORKDIR/TARGET/fuzz-TARGET WORKDIR/TARGET/crash-…  Each target is compiled with the
# PaperKit sources (and the ReaderKit ones for "reader") and scripts/fuzz/FuzzChecks.swift into
# one module. Exits non-zero when a target finds a crash. Leak checks are off: the regular
# expressions compiled once into statics are reported as leaks.
set -eu
seconds=${1:-300}
[ $# -gt 0 ] && shift
targets=${*:-pipeline layout search reader}
work=${WORKDIR:-/tmp/dubao-fuzz}
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
for target in $targets; do
  case $target in
    pipeline) file=FuzzPipeline.swift ;;
    layout) file=FuzzLayout.swift ;;
    search) file=FuzzSearch.swift ;;
    reader) file=FuzzReader.swift ;;
    *) echo "fuzz.sh: unknown target '$target' (pipeline, layout, search, reader)" >&2; exit 2 ;;
  esac
  dir="$work/$target"
  mkdir -p "$dir/corpus"
  cp "$root"/Tests/PaperKitTests/Fixtures/*.txt "$dir/corpus/"
  find "$root/Sources/PaperKit" -name '*.swift' | sort >"$dir/sources"
  if [ "$target" = reader ]; then
    # ReaderKit imports PaperKit; compiled into the same module, its copies drop the import.
    mkdir -p "$dir/ReaderKit"
    for source in "$root"/Sources/ReaderKit/*.swift; do
      sed '/^import PaperKit$/d' "$source" >"$dir/ReaderKit/$(basename "$source")"
    done
    find "$dir/ReaderKit" -name '*.swift' | sort >>"$dir/sources"
  fi
  echo "fuzz.sh: building $target"
  # PaperKit imports PDFText (poppler through the CPoppler module map): build it as a module
  # first, then link it into the fuzz binary.
  poppler_cflags=$(pkg-config --cflags poppler-glib | sed 's/-I/-Xcc -I/g')
  # shellcheck disable=SC2046,SC2086
  if ! (cd "$dir" && swiftc -O -sanitize=address -parse-as-library -module-name PDFText \
    -swift-version 6 -suppress-warnings -I "$root/Sources/CPoppler" $poppler_cflags \
    -emit-module -emit-library -static "$root"/Sources/PDFText/*.swift -o "$dir/libPDFText.a") \
    >"$dir/build.log" 2>&1; then
    cat "$dir/build.log" >&2
    exit 1
  fi
  # shellcheck disable=SC2046,SC2086
  if ! swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name DubaoFuzz \
    -swift-version 6 -suppress-warnings -I "$dir" -I "$root/Sources/CPoppler" $poppler_cflags \
    -L "$dir" -lPDFText $(pkg-config --libs poppler-glib) $(cat "$dir/sources") \
    "$root/scripts/fuzz/FuzzChecks.swift" "$root/scripts/fuzz/$file" -o "$dir/fuzz-$target" \
    >>"$dir/build.log" 2>&1; then
    grep -v 'Cannot export local symbol' "$dir/build.log" >&2
    exit 1
  fi
  echo "fuzz.sh: running $target for $seconds s"
  if ! (cd "$dir" && SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "./fuzz-$target" -max_total_time="$seconds" \
    -max_len=4096 -timeout=10 -detect_leaks=0 -print_final_stats=1 \
    -dict="$root/scripts/fuzz/page.dict" -artifact_prefix="$dir/" corpus 2>"$dir/log"); then
    status=1
    echo "fuzz.sh: $target FAILED; see $dir/log and $dir/crash-*" >&2
    tail -n 30 "$dir/log" >&2
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+.*DONE' "$dir/log" | sed "s/^/$target: /" || true
done
exit $status
