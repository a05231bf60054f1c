#!/usr/bin/env bash
# Installs dubao, its man page and its shell completions under a prefix:
#   scripts/install.sh [--prefix DIR] [--configuration release|debug] [--binary PATH]
# PREFIX defaults to ~/.local (bin/dubao, share/man/man1/dubao.1, bash, zsh and fish
# completions under share/). --binary installs an already built dubao instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${PREFIX:-$HOME/.local}"
configuration=release
binary=
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --configuration) configuration="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 1 ;;
  esac
done

if [ -z "$binary" ]; then
  swift build -c "$configuration" --product dubao
  binary="$(swift build -c "$configuration" --show-bin-path)/dubao"
fi
[ -x "$binary" ] || { echo "install.sh: no dubao at $binary" >&2; exit 1; }

install -D -m 755 "$binary" "$prefix/bin/dubao"
install -D -m 644 dubao.1 "$prefix/share/man/man1/dubao.1"
completions() { "$prefix/bin/dubao" --generate-completion-script "$1"; }
mkdir -p "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d"
completions bash > "$prefix/share/bash-completion/completions/dubao"
completions zsh > "$prefix/share/zsh/site-functions/_dubao"
completions fish > "$prefix/share/fish/vendor_completions.d/dubao.fish"
echo "installed dubao $("$prefix/bin/dubao" --version) under $prefix"
