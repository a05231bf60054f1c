#!/usr/bin/env python3
"""Dubao at scale, next to its peers, in one run (issue 9).

First frame in tmux vs less, key → next frame vs less, --dump/--json/--outline throughput
vs cat and w3m -dump, peak memory of the CLI modes and of the reader vs input size.

    python3 scripts/bench-scale.py [--runs N] [--keep DIR] [--binary PATH] [--only NAMES]

Builds the release binary (or takes --binary), generates its workloads deterministically (a
50 MB page text from the seed page, a folder of 3,000 page files), prints one table with
medians and ratios, and exits 1 when a target of issue 9 is missed (docs/benchmarks.md).
--only runs some of the groups: frame, keys, throughput, rss (comma-separated; default all).
Needs tmux, less, w3m and /usr/bin/time (apt-get install tmux less w3m time); installs w3m
when missing and run as root.
"""

import argparse
import collections
import html
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "seeds")
MB = 1 << 20
GROUPS = ("frame", "keys", "throughput", "rss")
KEY_TARGET_MS = 10.0      # key → next frame, beyond tmux's own round trip
FOLDER_RSS_TARGET_MB = 150.0
FOLDER_PAGES_BROWSED = 100
ARTICLES_MARKER = "沧州经济开发区"   # a title of the seed page's first screen of articles


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_tools(groups):
    """Exit with a message unless the peers of the selected groups are installed."""
    needed = {"frame": ["tmux", "less"], "keys": ["tmux", "less"],
              "throughput": ["w3m"], "rss": ["tmux", "/usr/bin/time"]}
    tools = sorted({t for g in groups for t in needed[g]})
    if "w3m" in tools and shutil.which("w3m") is None and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "w3m"], stdout=subprocess.DEVNULL)
    missing = [t for t in tools if shutil.which(t) is None]
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


Workloads = collections.namedtuple("Workloads", "big issue html seed")


def workloads(folder, with_html):
    """The 50 MB page text, the 3,000-page folder and (for w3m) the text as HTML."""
    seed = seed_text()
    big = os.path.join(folder, "big.txt")
    with open(big, "wb") as f:
        f.write(seed * (50 * MB // len(seed)))
    issue = os.path.join(folder, "issue")
    os.makedirs(issue, exist_ok=True)
    for n in range(1, 3001):
        with open(os.path.join(issue, f"p{n}.txt"), "wb") as f:
            f.write(seed)
    page_html = os.path.join(folder, "big.html") if with_html else None
    if page_html:
        write_html(big, page_html)
    return Workloads(big, issue, page_html, seed)


def write_html(text_path, html_path):
    """The page text as HTML, one <p> per line, for w3m -dump."""
    with open(text_path, encoding="utf-8") as src, open(html_path, "w", encoding="utf-8") as out:
        out.write("<html><head><meta charset='utf-8'></head><body>\n")
        for line in src:
            line = line.strip()
            if line:
                out.write("<p>" + html.escape(line) + "</p>\n")
        out.write("</body></html>\n")


class TmuxControl:
    """A control-mode client (`tmux -C`) of a Tmux server: commands and their output go over
    one pipe, so that a capture-pane costs tens of microseconds instead of a process start
    (about 8 ms on a loaded machine), and the screen can be polled every millisecond."""

    def __init__(self, argv):
        self.proc = subprocess.Popen([*argv, "-C", "attach"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._sync()
        self.command("refresh-client -f no-output")

    def _sync(self):
        """Skip what tmux prints on attaching, up to the answer of a marker command."""
        self._write("display-message -p bench-scale-sync")
        while self._line() != "bench-scale-sync":
            pass
        while not self._line().startswith("%end"):
            pass

    def _write(self, line):
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def _line(self):
        raw = self.proc.stdout.readline()
        if not raw:
            raise SystemExit("bench-scale: the tmux control client ended")
        return raw.decode("utf-8", "replace").rstrip("\n")

    def command(self, line):
        """Run one tmux command; its output lines (notifications outside it are skipped)."""
        self._write(line)
        while not self._line().startswith("%begin"):
            pass
        out = []
        while True:
            text = self._line()
            if text.startswith("%end") or text.startswith("%error"):
                return out
            out.append(text)

    def screen(self):
        return "\n".join(self.command("capture-pane -p"))

    def send(self, key):
        """One key: a tmux key name (Space, Enter, Escape, BSpace) or one character."""
        literal = "-l " if len(key) == 1 else ""
        self.command(f"send-keys {literal}{shlex.quote(key)}")

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


class Tmux:
    """A private tmux server for one measurement."""

    def __init__(self):
        self.name = f"bench-scale-{os.getpid()}"
        self.argv = ["tmux", "-L", self.name, "-f", "/dev/null"]

    def tmux(self, *args, **kw):
        return subprocess.run([*self.argv, *args], capture_output=True, text=True,
                              timeout=30, **kw)

    def start(self, shell_command):
        """Start `shell_command` in a fresh 80×24 pane (kept open after it ends)."""
        self.tmux("kill-server")
        self.tmux("new-session", "-d", "-x", "80", "-y", "24", shell_command + "; sleep 600")

    def stop(self):
        self.tmux("kill-server")

    def attach(self, shell_command):
        """Start `shell_command` and return a control client of its pane."""
        self.start(shell_command)
        return TmuxControl(self.argv)

    def first_frame(self, shell_command, marker, timeout=60.0):
        """Seconds from starting `shell_command` in an 80×24 pane to `marker` on screen."""
        start = time.monotonic()
        self.start(shell_command)
        while time.monotonic() - start < timeout:
            screen = self.tmux("capture-pane", "-p").stdout
            if marker in screen:
                elapsed = time.monotonic() - start
                self.stop()
                return elapsed
            time.sleep(0.002)
        self.stop()
        raise SystemExit(f"bench-scale: timed out waiting for {marker!r} from {shell_command}")

    def baseline(self):
        """The round trip of tmux itself: a shell that prints a word."""
        return self.first_frame("printf 'ready\\n'", "ready")


# Key → next frame ------------------------------------------------------------------------

PROGRESS = re.compile(r"(reading|解析中) \d+%")


def normalised(screen):
    """The screen without the background reading's percentage, which moves by itself."""
    return PROGRESS.sub(r"\1", screen)


def status_line(screen):
    """The bottom line of a captured screen."""
    return screen.rstrip("\n").splitlines()[-1] if screen.strip() else ""


def wait_until(pane, ready, timeout=120.0):
    """Poll the pane until ready(screen) holds; the screen."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        screen = pane.screen()
        if ready(screen):
            return screen
        time.sleep(0.005)
    raise SystemExit("bench-scale: timed out waiting for the screen:\n" + pane.screen())


def settled(pane, quiet=0.25, timeout=30.0):
    """The screen once it has not changed for `quiet` seconds."""
    start = time.monotonic()
    last, since = normalised(pane.screen()), time.monotonic()
    while time.monotonic() - start < timeout:
        time.sleep(0.002)
        screen = normalised(pane.screen())
        if screen != last:
            last, since = screen, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return screen
    raise SystemExit("bench-scale: the screen does not settle:\n" + pane.screen())


def key_latency(pane, key, timeout):
    """Seconds from sending `key` to the first screen that differs from the settled one
    before it (the first frame drawn, even if partly); None when nothing changes within
    `timeout`. Polls capture-pane every millisecond."""
    before = settled(pane)
    start = time.monotonic()
    pane.send(key)
    while time.monotonic() - start < timeout:
        if normalised(pane.screen()) != before:
            return time.monotonic() - start
        time.sleep(0.001)
    return None


def press_settled(pane, key):
    """Press a key that is not measured, and wait for its screen to settle."""
    pane.send(key)
    settled(pane)


# One measured key: `before` keys are pressed (each to a settled screen) ahead of it and
# `after` keys behind it, on every repetition; `name` is how the table shows it.
Press = collections.namedtuple("Press", "label key name before after", defaults=(None, (), ()))


def measure_presses(pane, steps, reps, timeout=2.0):
    """Run `steps` in order: a str is a key pressed once, unmeasured; a Press is measured
    `reps` times. {label: ([seconds, or None when a press drew nothing], name)}."""
    results = {}
    for step in steps:
        if isinstance(step, str):
            press_settled(pane, step)
            continue
        samples = []
        for _ in range(reps):
            for key in step.before:
                press_settled(pane, key)
            samples.append(key_latency(pane, step.key, timeout))
            for key in step.after:
                press_settled(pane, key)
        results[step.label] = (samples, step.name or step.key)
    return results


def key_session(tmux, command, ready, steps, reps, still=None):
    """Start `command`, wait until ready(screen), measure `steps` (see measure_presses);
    when still(screen) no longer holds at the end, the state measured had ended before the
    keys were all pressed: their samples are dropped, and a line says so."""
    pane = tmux.attach(command)
    try:
        wait_until(pane, ready)
        results = measure_presses(pane, steps, reps)
        if still and not still(pane.screen()):
            print("bench-scale: the page was read before all its keys were pressed; the"
                  " figures 'while reading' of this reader are left out", file=sys.stderr)
            return {label: ([], name) for label, (_, name) in results.items()}
        return results
    finally:
        pane.close()
        tmux.stop()


def merged(sessions):
    """The samples of several key_session results, label by label."""
    out = {}
    for result in sessions:
        for label, (samples, name) in result.items():
            out.setdefault(label, ([], name))[0].extend(samples)
    return out


def medians(results):
    """{label: (median seconds, or None when any press drew nothing or none was kept,
    name)}."""
    return {label: (None if not samples or None in samples else statistics.median(samples),
                    name)
            for label, (samples, name) in results.items()}


def key_round_trip(tmux, reps):
    """Seconds from send-keys to the echo of a letter typed to cat: tmux's own round trip."""
    samples, _ = key_session(tmux, "exec cat", lambda s: True, [Press("echo", "a")], reps)["echo"]
    return statistics.median(samples)


# The keys of docs/guide.md. In the list `j` is the next article, `Space` pages down and
# `Enter` opens; in an article `Space` pages down and `]` is the next article; `>` is the
# next page; `/` searches as you type, `Enter` confirms (from the list: opens the article
# holding the match), `n` is the next match. less has no articles: `j` (a line) stands in.
# `x` (an unbound key: a message) resets the status line between keys that would each say
# the same thing while the page is being read.
DUBAO_WHILE_READING = [
    Press("list: page down", "Space", before=("x",)),
    Press("list: next article", "j", before=("x",)),
    Press("list: open article", "Enter", before=("x",)),
    Press("search: /", "/", before=("x",), after=("Escape",)),
    Press("search: type 的", "的", before=("/",), after=("Escape",)),
]
DUBAO_READING = [
    Press("list: page down", "Space"),
    Press("list: next article", "j"),
    Press("list: open article", "Enter", after=("q",)),
    "Enter",
    Press("article: page down", "Space"),
    Press("article: next article", "]"),
    "q",
    Press("search: /", "/", after=("Escape",)),
    Press("search: type 的", "的", before=("/",), after=("Escape",)),
    Press("search: Enter", "Enter", before=("/", "的"), after=("q",)),
    Press("search: next match", "n"),
]
LESS_READING = [
    Press("list: page down", "Space"),
    Press("list: next article", "j"),
    Press("article: page down", "Space"),
    Press("article: next article", "j"),
    Press("search: /", "/", after=("BSpace",)),
    Press("search: type 的", "的", before=("/",), after=("BSpace", "BSpace")),
    Press("search: Enter", "Enter", before=("/", "的")),
    Press("search: next match", "n"),
]
DUBAO_FOLDER = [Press("folder: next page", ">")]
LESS_FOLDER = [Press("folder: next page", "n", name=":n", before=(":",))]


def key_figures(tmux, dubao, env, w, runs, reps):
    """{label: (dubao s or None, dubao key, less s or None, less key, informative)}. Keys
    while the 50 MB page is being read are pressed once each in `runs` fresh readers (its
    reading lasts seconds); the others `reps` times each in one reader."""
    less = "LANG=C.UTF-8 less"
    has = lambda text: (lambda screen: text in screen)
    reading = lambda screen: "reading" in status_line(screen)
    done = lambda text: (lambda s: text in s and not reading(s))
    big = f"{env} {dubao} --fresh {shlex.quote(w.big)}"
    folder = f"{env} {dubao} --fresh {shlex.quote(w.issue)}"
    sessions = [
        # (dubao's early (informative), how early, dubao's, less's)
        (merged(key_session(tmux, big, reading, DUBAO_WHILE_READING, 1, still=reading)
                for _ in range(runs)), "while reading",
         # Once the page is read whole: while it is read the status line changes on its own
         # (`reading 40%`), which a press would be timed by.
         key_session(tmux, big, done(ARTICLES_MARKER), DUBAO_READING, reps),
         key_session(tmux, f"{less} {shlex.quote(w.big)}", has(first_line(w.seed)),
                     LESS_READING, reps)),
        (key_session(tmux, folder, has("1/3000"), DUBAO_FOLDER, reps), "from the first frame",
         key_session(tmux, folder, done("1/3000"), DUBAO_FOLDER, reps),
         key_session(tmux, f"cd {shlex.quote(w.issue)} && {less} p*.txt",
                     has(first_line(w.seed)), LESS_FOLDER, reps)),
    ]
    figures = {}
    for early, when, ours, theirs in sessions:
        early, ours, theirs = medians(early), medians(ours), medians(theirs)
        for label, (seconds, name) in early.items():
            if seconds is not None:  # None: every reader had read its page first
                figures[f"{label}, {when}"] = (seconds, name, None, None, True)
        for label, (seconds, name) in ours.items():
            less_seconds, less_name = theirs.get(label, (None, None))
            figures[label] = (seconds, name, less_seconds, less_name, False)
    return figures


# Peak memory ------------------------------------------------------------------------------

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


def reader_peak_rss_mb(tmux, env, dubao, path, browse, timeout=60.0):
    """Peak RSS of the reader in a tmux pane: /usr/bin/time around it, browse(pane) (which
    waits for what it needs on screen), then `q` and the figure /usr/bin/time wrote."""
    with tempfile.TemporaryDirectory(prefix="bench-scale-rss-") as folder:
        out = os.path.join(folder, "rss")
        pane = tmux.attach(f"/usr/bin/time -f %M -o {out} env {env} {dubao} --fresh "
                           + shlex.quote(path))
        try:
            browse(pane)
            pane.send("q")
            start = time.monotonic()
            while not (os.path.exists(out) and os.path.getsize(out)):
                if time.monotonic() - start > timeout:
                    raise SystemExit("bench-scale: the reader did not quit on q")
                time.sleep(0.02)
            time.sleep(0.05)   # let /usr/bin/time finish its line
        finally:
            pane.close()
            tmux.stop()
        with open(out) as f:
            return int(f.read().strip().splitlines()[-1]) / 1024


def through_pages(count):
    """browse(): the folder's first page, then `>` `count` times, each page's frame awaited
    (its `page N/3000` on the top line)."""
    def browse(pane):
        wait_until(pane, lambda s: "1/3000" in s)
        for n in range(2, count + 2):
            pane.send(">")
            wait_until(pane, lambda s: f"{n}/3000" in s.splitlines()[0], timeout=30)
    return browse


def page_read_whole(pane):
    """The 50 MB page's articles shown and the whole text read (the status no longer says
    `reading`), then the time the reader takes to fold it for search in the background."""
    wait_until(pane, lambda s: ARTICLES_MARKER in s and "reading" not in status_line(s))
    time.sleep(3)


# The table --------------------------------------------------------------------------------

class Table:
    """The printed rows, and the targets they miss."""

    HEADER = ("measure", "dubao", "baseline", "baseline value", "ratio", "beyond tmux",
              "target", "")

    def __init__(self):
        self.rows = []
        self.missed = []

    def note(self, what, text):
        self.rows.append((what, text) + ("",) * 6)

    def add(self, what, value, unit, baseline_name, baseline, target=None, ok=None,
            beyond=None, missing="—"):
        """One row; a value None prints `missing`, a baseline None "—"; ok None: informative."""
        cell = lambda v, none: none if v is None else f"{v:.1f} {unit}"
        ratio = f"{value / baseline:.2f}×" if value is not None and baseline else ""
        mark = "" if ok is None else ("ok" if ok else "MISSED")
        extra = "" if beyond is None else f"{beyond:+.1f} {unit}"
        self.rows.append((what, cell(value, missing), baseline_name, cell(baseline, "—"),
                          ratio, extra, target or "", mark))
        if ok is False:
            self.missed.append(f"{what}: {cell(value, missing)}, target {target}")

    def print(self):
        width = [max(len(r[i]) for r in [self.HEADER] + self.rows) for i in range(8)]
        for r in [self.HEADER] + self.rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, width)).rstrip())


def median(f, runs):
    return statistics.median(f() for _ in range(runs))


def first_line(seed):
    return seed.decode("utf-8").strip().splitlines()[0].strip()[:6]


def first_frame_rows(table, tmux, dubao, env, w, runs):
    base = median(tmux.baseline, runs) * 1000
    table.note("tmux round trip (printf)", f"{base:.1f} ms")
    big, issue, marker = w.big, w.issue, first_line(w.seed)
    cases = [
        ("first frame, 50 MB file", f"{env} {dubao} --fresh {big}", "reading",
         f"less {big}", marker),
        ("first articles, 50 MB file", f"{env} {dubao} --fresh {big}", ARTICLES_MARKER,
         f"less {big}", marker),
        ("first frame, stdin 50 MB", f"cat {big} | {env} {dubao} --fresh", "reading",
         f"cat {big} | less", marker),
        ("first frame, 3,000-page folder", f"{env} {dubao} --fresh {issue}", "1/3000",
         f"less {issue}/p1.txt", marker),
    ]
    for what, command, marker, peer, peer_marker in cases:
        ours = median(lambda: tmux.first_frame(command, marker), runs) * 1000
        theirs = median(lambda: tmux.first_frame(peer, peer_marker), runs) * 1000
        limit = min(2 * theirs + 20, 150)
        target = f"≤ min(2×less+20, 150) = {limit:.0f} ms"
        informative = what.startswith("first articles")
        table.add(what, ours, "ms", "less", theirs, None if informative else target,
                  None if informative else ours <= limit)


def key_rows(table, tmux, dubao, env, w, runs):
    reps = 2 * runs + 1
    trip = key_round_trip(tmux, reps) * 1000
    figures = key_figures(tmux, dubao, env, w, runs, reps)
    table.note("tmux key round trip (echo)", f"{trip:.1f} ms")
    limit = trip + KEY_TARGET_MS
    target = f"≤ tmux+{KEY_TARGET_MS:.0f} = {limit:.1f} ms"
    for label, (ours, name, theirs, less_name, informative) in figures.items():
        ours = None if ours is None else ours * 1000
        theirs = None if theirs is None else theirs * 1000
        what = f"key {name}, {label}"
        peer = f"less {less_name}" if less_name else "—"
        beyond = None if ours is None else ours - trip
        table.add(what, ours, "ms", peer, theirs, None if informative else target,
                  None if informative else ours is not None and ours <= limit, beyond,
                  missing="no frame in 2 s")


def throughput_rows(table, dubao, w, runs):
    size_mb = os.path.getsize(w.big) / MB
    cat = timed(["cat", w.big], runs)
    w3m = timed(["w3m", "-dump", "-cols", "80", "-T", "text/html", w.html], max(1, runs // 2))
    dump = timed([dubao, "--dump", "--width", "80", w.big], runs)
    for what, seconds, target_ratio in [
        ("--dump", dump, 20.0),
        ("--json", timed([dubao, "--json", w.big], runs), 10.0),
        ("--outline", timed([dubao, "--outline", w.big], runs), None),
    ]:
        speed = size_mb / seconds
        w3m_speed = size_mb / w3m
        ok = None if target_ratio is None else speed >= target_ratio * w3m_speed
        target = None if target_ratio is None else f"≥ {target_ratio:.0f}× w3m"
        table.add(f"{what} MB/s (vs cat {size_mb / cat:.0f} MB/s)", speed, "MB/s",
                  "w3m -dump", w3m_speed, target, ok)


def rss_rows(table, tmux, dubao, env, w):
    size_mb = os.path.getsize(w.big) / MB
    for what, cmd in [
        ("peak RSS --dump", [dubao, "--dump", "--width", "80", w.big]),
        ("peak RSS --json", [dubao, "--json", w.big]),
        ("peak RSS --outline", [dubao, "--outline", w.big]),
    ]:
        rss = peak_rss_mb(cmd)
        table.add(what + " (MB; input MB)", rss, "MB", "input", size_mb, "≤ 2.5× input",
                  rss <= 2.5 * size_mb)
    rss = reader_peak_rss_mb(tmux, env, dubao, w.big, page_read_whole)
    table.add("peak RSS reader, 50 MB file, read whole", rss, "MB", "input", size_mb,
              "≤ 2.5× input", rss <= 2.5 * size_mb)
    folder_mb = sum(os.path.getsize(os.path.join(w.issue, f)) for f in os.listdir(w.issue)) / MB
    rss = reader_peak_rss_mb(tmux, env, dubao, w.issue, through_pages(FOLDER_PAGES_BROWSED))
    table.add(f"peak RSS reader, folder through {FOLDER_PAGES_BROWSED} pages", rss, "MB",
              "input", folder_mb, f"< {FOLDER_RSS_TARGET_MB:.0f} MB",
              rss < FOLDER_RSS_TARGET_MB)


def groups(text):
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in GROUPS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown group {', '.join(unknown) or '(none)'}; groups are {', '.join(GROUPS)}")
    return set(names)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5,
                        help="runs per figure (median); keys: 2×N+1 presses each")
    parser.add_argument("--keep", help="generate the workloads here and keep them")
    parser.add_argument("--binary", help="measure this dubao binary instead of building one")
    parser.add_argument("--only", type=groups, default=set(GROUPS),
                        help="comma-separated groups to run: " + ", ".join(GROUPS))
    args = parser.parse_args()
    ensure_tools(args.only)
    dubao = os.path.abspath(args.binary) if args.binary else build()
    if not os.access(dubao, os.X_OK):
        sys.exit(f"bench-scale: {dubao}: not an executable")
    folder = args.keep or tempfile.mkdtemp(prefix="dubao-bench-scale-")
    os.makedirs(folder, exist_ok=True)
    w = workloads(folder, with_html="throughput" in args.only)
    env = f"XDG_STATE_HOME={os.path.join(folder, 'state')} LANG=C.UTF-8 TERM=xterm-256color"
    tmux = Tmux()
    table = Table()
    if "frame" in args.only:
        first_frame_rows(table, tmux, dubao, env, w, args.runs)
    if "keys" in args.only:
        key_rows(table, tmux, dubao, env, w, args.runs)
    if "throughput" in args.only:
        throughput_rows(table, dubao, w, args.runs)
    if "rss" in args.only:
        rss_rows(table, tmux, dubao, env, w)
    table.print()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nmachine: {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}, "
          f"load {load}; medians of {args.runs} runs; input {os.path.getsize(w.big) / MB:.1f} MB;"
          f" dubao {dubao}")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    if table.missed:
        print("\nmissed targets:\n  " + "\n  ".join(table.missed))
        sys.exit(1)


if __name__ == "__main__":
    main()
