#!/usr/bin/env python3
"""Dubao at scale, next to its peers, in one run (issue 9): first frame in tmux vs less,
--dump/--json/--outline throughput vs cat and w3m -dump, peak memory vs input size.

    python3 scripts/bench-scale.py [--runs N] [--keep DIR]

Builds the release binary, generates its workloads deterministically (a 50 MB page text from
the seed page, a folder of 3,000 page files), prints one table with medians and ratios, and
exits 1 when a target of issue 9 is missed (docs/benchmarks.md). Needs tmux, less, w3m and
/usr/bin/time (apt-get install tmux less w3m time); installs w3m when missing and run as root.
"""

import argparse
import html
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "seeds")
MB = 1 << 20


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_tools():
    if shutil.which("w3m") is None and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "w3m"], stdout=subprocess.DEVNULL)
    missing = [t for t in ["tmux", "less", "w3m", "/usr/bin/time"] if shutil.which(t) is None]
    if missing:
        sys.exit("bench-scale: missing " + ", ".join(missing) + " (apt-get install them)")


def build():
    run(["swift", "build", "-c", "release", "--product", "dubao"], cwd=ROOT,
        stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "dubao")


def seed_text():
    name = sorted(f for f in os.listdir(SEED) if f.endswith(".txt"))[0]
    with open(os.path.join(SEED, name), "rb") as f:
        return f.read()


def workloads(folder):
    seed = seed_text()
    big = os.path.join(folder, "big.txt")
    with open(big, "wb") as f:
        f.write(seed * (50 * MB // len(seed)))
    issue = os.path.join(folder, "issue")
    os.makedirs(issue, exist_ok=True)
    for n in range(1, 3001):
        with open(os.path.join(issue, f"p{n}.txt"), "wb") as f:
            f.write(seed)
    page_html = os.path.join(folder, "big.html")
    with open(big, encoding="utf-8") as src, open(page_html, "w", encoding="utf-8") as out:
        out.write("<html><head><meta charset='utf-8'></head><body>\n")
        for line in src:
            line = line.strip()
            if line:
                out.write("<p>" + html.escape(line) + "</p>\n")
        out.write("</body></html>\n")
    return big, issue, page_html, seed


class Tmux:
    """A private tmux server for one measurement."""

    def __init__(self):
        self.name = f"bench-scale-{os.getpid()}"

    def tmux(self, *args, **kw):
        return subprocess.run(["tmux", "-L", self.name, "-f", "/dev/null", *args],
                              capture_output=True, text=True, **kw)

    def first_frame(self, shell_command, marker, timeout=60.0):
        """Seconds from starting `shell_command` in an 80×24 pane to `marker` on screen."""
        self.tmux("kill-server")
        start = time.monotonic()
        self.tmux("new-session", "-d", "-x", "80", "-y", "24", shell_command + "; sleep 600")
        while time.monotonic() - start < timeout:
            screen = self.tmux("capture-pane", "-p").stdout
            if marker in screen:
                elapsed = time.monotonic() - start
                self.tmux("kill-server")
                return elapsed
            time.sleep(0.002)
        self.tmux("kill-server")
        raise SystemExit(f"bench-scale: timed out waiting for {marker!r} from {shell_command}")

    def baseline(self):
        """The round trip of tmux itself: a shell that prints a word."""
        return self.first_frame("printf 'ready\\n'", "ready")


def median(f, runs):
    return statistics.median(f() for _ in range(runs))


def timed(cmd, runs, stdin=None):
    def once():
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
            start = time.monotonic()
            run(cmd, stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return time.monotonic() - start
    return median(once, runs)


def peak_rss_mb(cmd, stdin=None):
    with tempfile.NamedTemporaryFile("r") as out:
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
            run(["/usr/bin/time", "-o", out.name, "-f", "%M", *cmd], stdin=inp,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return int(out.read().strip().splitlines()[-1]) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--keep", help="generate the workloads here and keep them")
    args = parser.parse_args()
    ensure_tools()
    dubao = build()
    folder = args.keep or tempfile.mkdtemp(prefix="dubao-bench-scale-")
    os.makedirs(folder, exist_ok=True)
    big, issue, page_html, seed = workloads(folder)
    state = os.path.join(folder, "state")
    env = f"XDG_STATE_HOME={state} LANG=C.UTF-8 TERM=xterm-256color"
    size_mb = os.path.getsize(big) / MB
    first_line = seed.decode("utf-8").strip().splitlines()[0].strip()[:6]
    tmux = Tmux()
    rows = []
    missed = []

    def row(what, value, unit, baseline_name, baseline, target=None, ok=None):
        ratio = value / baseline if baseline else float("nan")
        mark = "" if ok is None else ("ok" if ok else "MISSED")
        rows.append((what, f"{value:.1f} {unit}", baseline_name, f"{baseline:.1f} {unit}",
                     f"{ratio:.2f}×", target or "", mark))
        if ok is False:
            missed.append(f"{what}: {value:.1f} {unit}, target {target}")

    base = median(tmux.baseline, args.runs) * 1000
    rows.append(("tmux round trip (printf)", f"{base:.1f} ms", "", "", "", "", ""))
    cases = [
        ("first frame, 50 MB file", f"{env} {dubao} --fresh {big}", "reading",
         f"less {big}", first_line),
        ("first articles, 50 MB file", f"{env} {dubao} --fresh {big}", "沧州经济开发区",
         f"less {big}", first_line),
        ("first frame, stdin 50 MB", f"cat {big} | {env} {dubao} --fresh", "reading",
         f"cat {big} | less", first_line),
        ("first frame, 3,000-page folder", f"{env} {dubao} --fresh {issue}", "1/3000",
         f"less {issue}/p1.txt", first_line),
    ]
    for what, command, marker, peer, peer_marker in cases:
        ours = median(lambda: tmux.first_frame(command, marker), args.runs) * 1000
        theirs = median(lambda: tmux.first_frame(peer, peer_marker), args.runs) * 1000
        limit = min(2 * theirs + 20, 150)
        target = f"≤ min(2×less+20, 150) = {limit:.0f} ms"
        informative = what.startswith("first articles")
        row(what, ours, "ms", "less", theirs, None if informative else target,
            None if informative else ours <= limit)

    cat = timed(["cat", big], args.runs)
    w3m = timed(["w3m", "-dump", "-cols", "80", "-T", "text/html", page_html], max(1, args.runs // 2))
    dump = timed([dubao, "--dump", "--width", "80", big], args.runs)
    for what, seconds, target_ratio in [
        ("--dump", dump, 20.0),
        ("--json", timed([dubao, "--json", big], args.runs), 10.0),
        ("--outline", timed([dubao, "--outline", big], args.runs), None),
    ]:
        speed = size_mb / seconds
        w3m_speed = size_mb / w3m
        ok = None if target_ratio is None else speed >= target_ratio * w3m_speed
        target = None if target_ratio is None else f"≥ {target_ratio:.0f}× w3m"
        row(f"{what} MB/s (vs cat {size_mb / cat:.0f} MB/s)", speed, "MB/s", "w3m -dump",
            w3m_speed, target, ok)

    for what, cmd in [
        ("peak RSS --dump", [dubao, "--dump", "--width", "80", big]),
        ("peak RSS --json", [dubao, "--json", big]),
        ("peak RSS --outline", [dubao, "--outline", big]),
    ]:
        rss = peak_rss_mb(cmd)
        row(what + " (MB; input MB)", rss, "MB", "input", size_mb, "≤ 2.5× input",
            rss <= 2.5 * size_mb)

    width = [max(len(r[i]) for r in rows) for i in range(7)]
    header = ("measure", "dubao", "baseline", "baseline value", "ratio", "target", "")
    for r in [header] + rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, width)).rstrip())
    print(f"\nmachine: {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}; "
          f"medians of {args.runs} runs; input {size_mb:.1f} MB")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    if missed:
        print("\nmissed targets:\n  " + "\n  ".join(missed))
        sys.exit(1)


if __name__ == "__main__":
    main()
