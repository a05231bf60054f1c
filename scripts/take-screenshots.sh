#!/bin/sh
# Takes the screenshots in docs/screenshots/: the main screens in both themes, through a
# private tmux server and scripts/screenshot.py (needs tmux and chromium). Run after
# `swift build`.
set -eu
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/dubao"
out=docs/screenshots
mkdir -p "$out"
state=$(mktemp -d)
socket=""
trap 'if [ -n "$socket" ]; then tmux -L "$socket" kill-server 2>/dev/null || true; fi; rm -rf "$state"' EXIT

# shot NAME THEME WIDTH HEIGHT LANG KEYS...: start dubao, send the keys, capture, render.
shot() {
  name=$1 theme=$2 width=$3 height=$4 lang=$5
  shift 5
  if [ -n "$socket" ]; then tmux -L "$socket" kill-server 2>/dev/null || true; fi
  socket="dubao-shots-$$-$name"  # a server of its own: a dying one refuses new sessions
  tmux -L "$socket" -f /dev/null new-session -d -x "$width" -y "$height" \
    "env LANG=$lang TERM=xterm-256color XDG_STATE_HOME=$state $bin --fresh --theme $theme; sleep 60"
  sleep 0.8
  for key in "$@"; do
    tmux -L "$socket" send-keys "$key"
    sleep 0.2
  done
  sleep 0.5
  tmux -L "$socket" capture-pane -p -e > "$state/pane.txt"
  background=dark
  [ "$theme" = light ] && background=light
  python3 scripts/screenshot.py "$state/pane.txt" "$out/$name.png" \
    --background "$background" --columns "$width"
}

for theme in dark light; do
  shot "list-$theme" "$theme" 80 24 zh_CN.UTF-8
  shot "article-$theme" "$theme" 80 24 zh_CN.UTF-8 3 Enter
  shot "search-$theme" "$theme" 80 24 zh_CN.UTF-8 3 Enter / 居民 Enter
  shot "two-panes-$theme" "$theme" 160 40 zh_CN.UTF-8 3 Enter
done
shot "help-english-dark" dark 80 24 C.UTF-8 '?'
