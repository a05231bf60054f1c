#!/usr/bin/env python3
"""Renders a tmux pane captured with `tmux capture-pane -p -e` to a PNG, through headless
Chromium: each cell at its column, colours and attributes as the SGR codes say, on a dark
or light background. For the screenshots in docs/ (see docs/guide.md).

    tmux capture-pane -p -e -t SESSION > pane.txt
    scripts/screenshot.py pane.txt out.png --background light
"""
import argparse
import html
import os
import re
import subprocess
import tempfile
import unicodedata

PALETTES = {
    "dark": {"bg": "#1d1f21", "fg": "#d0d0d0", "colours": [
        "#1d1f21", "#cc6666", "#8abe5c", "#f0c674", "#6f9fd8", "#c397d8", "#70c0b1", "#e0e0e0"]},
    "light": {"bg": "#ffffff", "fg": "#1a1a1a", "colours": [
        "#1a1a1a", "#c4161c", "#1e7b1e", "#a06c00", "#1f4fbf", "#8b2a9b", "#0f7f88", "#f2f2f2"]},
}
CELL_W, CELL_H = 10, 21


def width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cells(line, columns=0):
    """(column, text, style, width) for each character of a captured line; a row that ends in
    a background colour (tmux trims the blanks) is filled to `columns` with it."""
    style = {"fg": None, "bg": None, "bold": False, "dim": False, "ul": False, "rev": False}
    col = 0
    out = []
    for part in re.split(r"(\x1b\[[0-9;]*m)", line):
        if part.startswith("\x1b["):
            codes = [int(c) if c else 0 for c in part[2:-1].split(";")]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0:
                    style = {k: (None if k in ("fg", "bg") else False) for k in style}
                elif c == 1: style["bold"] = True
                elif c == 2: style["dim"] = True
                elif c == 4: style["ul"] = True
                elif c == 7: style["rev"] = True
                elif c == 22: style["bold"] = style["dim"] = False
                elif c == 24: style["ul"] = False
                elif c == 27: style["rev"] = False
                elif 30 <= c <= 37: style["fg"] = c - 30
                elif c == 39: style["fg"] = None
                elif 40 <= c <= 47: style["bg"] = c - 40
                elif c == 49: style["bg"] = None
                elif 90 <= c <= 97: style["fg"] = c - 90
                elif 100 <= c <= 107: style["bg"] = c - 100
                elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                    style["fg" if c == 38 else "bg"] = codes[i + 2] % 8
                    i += 2
                i += 1
            continue
        for ch in part:
            w = width(ch)
            if w == 0 and out:
                out[-1] = (out[-1][0], out[-1][1] + ch, out[-1][2], out[-1][3])
                continue
            out.append((col, ch, dict(style), w))
            col += w
    if style["bg"] is not None or style["rev"]:
        while col < columns:
            out.append((col, " ", dict(style), 1))
            col += 1
    return out


def render(lines, palette, pane_columns):
    p = PALETTES[palette]
    rows = []
    columns = 0
    for r, line in enumerate(lines):
        for col, text, s, w in cells(line, pane_columns):
            columns = max(columns, col + w)
            fg = p["colours"][s["fg"]] if s["fg"] is not None else p["fg"]
            bg = p["colours"][s["bg"]] if s["bg"] is not None else None
            if s["rev"]:
                fg, bg = (bg or p["bg"]), fg
            css = f"left:{col * CELL_W}px;top:{r * CELL_H}px;width:{w * CELL_W}px;color:{fg};"
            if bg: css += f"background:{bg};"
            if s["bold"]: css += "font-weight:bold;"
            if s["dim"]: css += "opacity:0.6;"
            if s["ul"]: css += "text-decoration:underline;"
            rows.append(f'<span style="{css}">{html.escape(text) if text != " " else "&nbsp;"}</span>')
    body = "".join(rows)
    return columns, f"""<html><head><meta charset="utf-8"><style>
body {{ margin:0; background:{p['bg']}; }}
#s {{ position:relative; margin:10px; font: 17px 'WenQuanYi Zen Hei Mono', monospace; }}
span {{ position:absolute; height:{CELL_H}px; line-height:{CELL_H}px; white-space:pre;
  text-align:center; overflow:visible; }}
</style></head><body><div id="s">{body}</div></body></html>"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("capture")
    parser.add_argument("output")
    parser.add_argument("--background", choices=PALETTES, default="dark")
    parser.add_argument("--columns", type=int, default=0, help="the pane's width")
    args = parser.parse_args()
    with open(args.capture, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    columns, page = render(lines, args.background, args.columns)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
        f.write(page)
        path = f.name
    try:
        size = f"{max(columns, 20) * CELL_W + 20},{len(lines) * CELL_H + 20}"
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--window-size={size}", f"--screenshot={os.path.abspath(args.output)}",
             "file://" + path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
