#!/bin/sh
# Times `dubao --outline`, `--json` and `--dump --width 80` on extreme generated inputs
# (docs/robustness.md). Usage: scripts/measure-extremes.sh [DIR] [TIMEOUT_SECONDS]
# Generates the inputs into DIR (default /tmp/dubao-extremes) if missing; needs python3 and a
# release build (`swift build -c release --product dubao`).
set -eu
dir=${1:-/tmp/dubao-extremes}
limit=${2:-120}
bin=$(swift build -c release --show-bin-path)/dubao
mkdir -p "$dir"
[ -f "$dir/bylinelines.txt" ] || python3 - "$dir" <<'PY'
import random, sys, os
os.chdir(sys.argv[1])
random.seed(1)
han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
def run(n): return ''.join(random.choice(han) for _ in range(n))
w = lambda name, text: open(name, 'w').write(text)
w('oneline.txt', (run(1_000_000) * 17)[:17_000_000])              # 51 MB, one line
w('blank.txt', '\n' * 1_000_000)                                   # 1M blank lines
w('onechar.txt', ''.join(random.choice(han) + '\n' for _ in range(200_000)))
paras, size = [], 0
while size < 50_000_000:
    p = '\u3000\u3000' + run(random.randint(50, 300)) + '。'
    paras.append(p); size += len(p.encode())
w('article.txt', '标题一则\n\n本报记者 张三\n\n' + '\n'.join(paras) + '\n')  # 50 MB article
w('spaces.txt', '开头' + ' ' * 10_000_000 + '结尾。\n')             # 10 MB of spaces
w('dashes.txt', '——……' * (5_000_000 // 12) + '\n')                 # 5 MB of —— ……
w('digits.txt', ''.join(random.choice('0123456789') for _ in range(5_000_000)) + '\n')
w('latin.txt', ''.join(random.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(5_000_000)) + '\n')
# Shapes that were pathological before docs/robustness.md's fixes:
w('captions.txt', '标题\n\n本报记者 张三\n\n正文开始，' + '\n'.join(
    random.choice(han) + random.choice(han) + ' 摄' for _ in range(200_000)) + '\n')
w('bylines.txt', '标题\n\n' + '\n'.join(
    '记者 ' + random.choice(han) + random.choice(han) for _ in range(200_000)) + '\n')
w('credit.txt', '标题\n\n正文。' + '文/a ' * 24 + '文/\n')                 # 100 bytes
w('credittail.txt', '标题\n\n正文。文/' + 'a ' * 5_000_000 + '\n')        # 10 MB tail
w('bylinelines.txt', '\n'.join(['■ ' + '记者 张三 ' * 6] * 100_000) + '\n')
PY
printf '%-12s %-14s %8s %10s %s\n' input mode seconds maxRSS_MB exit
for file in oneline blank onechar article spaces dashes digits latin captions bylines credit \
  credittail bylinelines; do
  for mode in --outline --json "--dump --width 80"; do
    # shellcheck disable=SC2086
    status=0
    /usr/bin/time -f '%e %M' -o /tmp/dubao-measure.time timeout "$limit" \
      "$bin" $mode "$dir/$file.txt" >/dev/null 2>/tmp/dubao-measure.err || status=$?
    read -r seconds kb </tmp/dubao-measure.time || true
    case $seconds in *[!0-9.]*|'') seconds=$(tail -1 /tmp/dubao-measure.time | cut -d' ' -f1); kb=$(tail -1 /tmp/dubao-measure.time | cut -d' ' -f2);; esac
    printf '%-12s %-14s %8s %10s %s\n' "$file" "$mode" "$seconds" "$((kb / 1024))" "$status"
  done
done
