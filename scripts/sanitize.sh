#!/bin/sh
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer (docs/robustness.md).
# Usage: scripts/sanitize.sh [address|thread]…   (both by default). Each sanitizer builds into
# its own folder (.build-asan, .build-tsan), so the normal .build is left alone; the
# end-to-end tests then drive the sanitized dubao. Leak checks are off: the regular
# expressions compiled once into statics are reported as leaks. Exits non-zero when a test
# fails or a sanitizer reports an error (a report makes the process exit non-zero).
set -eu
cd "$(dirname "$0")/.."
sanitizers=${*:-address thread}
status=0
for sanitizer in $sanitizers; do
  case $sanitizer in
    address) folder=.build-asan ;;
    thread) folder=.build-tsan ;;
    *) echo "sanitize.sh: unknown sanitizer '$sanitizer' (address, thread)" >&2; exit 2 ;;
  esac
  echo "sanitize.sh: swift test --sanitize=$sanitizer (log: $folder/sanitize.log)"
  mkdir -p "$folder"
  start=$(date +%s)
  rc=0
  ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=halt_on_error=1 \
    swift test --sanitize="$sanitizer" --build-path "$folder" >"$folder/sanitize.log" 2>&1 || rc=$?
  grep -E '^(✔|✘) Test run|ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer' \
    "$folder/sanitize.log" || true
  if [ "$rc" -ne 0 ] || grep -qE '(ERROR|WARNING): (Address|Thread)Sanitizer' "$folder/sanitize.log"; then
    status=1
    echo "sanitize.sh: $sanitizer FAILED (exit $rc); see $folder/sanitize.log" >&2
  fi
  echo "sanitize.sh: $sanitizer took $(($(date +%s) - start)) s"
done
exit $status
