#!/usr/bin/env bash
# Time from start to first full frame of the reader, on the bundled seed page, on a PDF page
# and on a 50 MB page text, in a private 80x24 tmux server (TERM=xterm-256color, LANG=C.UTF-8).
#
# usage: scripts/measure-startup.sh            # release build if present, else debug
#        BINARY=.build/debug/dubao RUNS=3 scripts/measure-startup.sh
#
# The pane's shell writes a nanosecond timestamp just before exec'ing dubao; the script then
# polls capture-pane (about every 5 ms, each poll is one tmux client call) until the frame's
# text appears and reports the difference: start-up, reading, parsing, layout and the first
# draw, as a person would see it.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${BINARY:-.build/release/dubao}
[ -x "$binary" ] || binary=.build/debug/dubao
[ -x "$binary" ] || { echo "build dubao first (swift build -c release)" >&2; exit 1; }
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
runs=${RUNS:-5}
seed=Tests/PaperKitTests/Fixtures/seed.txt
work=$(mktemp -d)
socket=dubao-measure-$$
socket_file=${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket  # kill-server leaves it behind
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work" "$socket_file"' EXIT

# A 50 MB page text: the seed page repeated.
big=$work/page-50mb.txt
while [ ! -s "$big" ] || [ "$(stat -c %s "$big")" -lt 52428800 ]; do
  for _ in $(seq 200); do cat "$seed"; done >>"$big"
done

now() { date +%s%N; }

# measure LABEL EXPECTED-TEXT DUBAO-ARGUMENTS...: prints the median of $runs runs, in ms.
measure() {
  local label=$1 expected=$2
  shift 2
  local args="" times=()
  for a in "$@"; do args+=" '$a'"; done
  for _ in $(seq "$runs"); do
    rm -f "$work/t0"
    tmux -L "$socket" -f /dev/null new-session -d -x 80 -y 24 \
      "env TERM=xterm-256color LANG=C.UTF-8 sh -c 'date +%s%N > $work/t0; exec $binary$args'"
    local deadline=$(($(now) + 120000000000))
    until tmux -L "$socket" capture-pane -p 2>/dev/null | grep -qF "$expected"; do
      [ "$(now)" -lt "$deadline" ] || { echo "$label: no frame within 120 s" >&2; exit 1; }
      sleep 0.005
    done
    local t1 t0
    t1=$(now)
    t0=$(cat "$work/t0")
    times+=($(((t1 - t0) / 1000000)))
    tmux -L "$socket" send-keys Q
    tmux -L "$socket" kill-server 2>/dev/null || true
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$label: median $(echo "$sorted" | sed -n "$(((runs + 1) / 2))p") ms (runs: $(echo $sorted))"
}

echo "binary: $binary"
echo "50 MB page: $(stat -c %s "$big") bytes"
measure "seed page (bundled, no argument)" "新闻速递"
measure "seed page (file)" "新闻速递" "$PWD/$seed"
measure "PDF page (4 columns, 9 articles)" "三亚榴莲集中上市" "$PWD/Tests/PaperKitTests/Fixtures/PDF/hndaily-2026-07-23-p03.pdf"
measure "50 MB page text" "新闻速递" "$big"
