#!/usr/bin/env python3
"""Lays sample page texts out as newspaper pages and prints them to PDF (docs/format.md, PDF input).

Usage: scripts/make-pdf-pages.py SAMPLES_DIR OUT_DIR [NAME ...]
       scripts/make-pdf-pages.py --extras OUT_DIR

--extras writes the PDFs for the error paths instead: scanned.pdf (a picture, no text
layer), two-pages.pdf (one short article per page), encrypted.pdf (two-pages.pdf with an
AES-256 user password, by `mutool clean`), text-then-scan.pdf (a text page, then a picture).

SAMPLES_DIR holds page texts (*.txt) and truth.json (file name -> the heading lines of each
article). For each page this writes OUT_DIR/NAME.html, prints it with headless Chromium
(`chromium --print-to-pdf`, font WenQuanYi Zen Hei from `fonts-wqy-zenhei`) to OUT_DIR/NAME.pdf
and writes OUT_DIR/NAME.truth.json: the page's furniture, and per article its heading lines, its
paragraphs and its caption, as laid out. The layout varies with the page's place in the list:
2-4 columns, a lead article with a picture and caption, side-by-side articles, a header and a
footer band. Line heights are whole pixels: a fractional pitch makes poppler read row by row.
The same input gives the same pages (no randomness): the same layout and text layer for a
given Chromium version; the files' bytes differ only in the dates and IDs Chromium writes.
LAYOUT_SHIFT=N in the environment shifts every page's place by N, giving each page another
layout (other column counts and rows) for checking that the reading does not fit one layout.
"""

import base64
import html
import json
import os
import re
import struct
import subprocess
import sys
import zlib

BODY_PX, BODY_LH = 12, 18
NAV = re.compile(r"^(<<上一篇|下一篇>>|返回主页|\d{4}-\d\d-\d\d)$")
STRIP = " \t\r\n\u3000\u00a0\ufeff"


def clean(line):
    return line.strip(STRIP)


def heading_roles(lines):
    """kicker / title / subtitle for each heading line, as the page prints them."""
    if len(lines) == 1:
        return ["title"]
    if len(lines) == 2:
        return ["title", "subtitle"] if lines[1].startswith("——") else ["kicker", "title"]
    return ["kicker", "title"] + ["subtitle"] * (len(lines) - 2)


def find_block(lines, heads, start):
    """Index of the first line from `start` where the heading lines follow one another."""
    for i in range(start, len(lines)):
        j, ok = i, True
        for h in heads:
            while j < len(lines) and not clean(lines[j]):
                j += 1
            if j >= len(lines) or clean(lines[j]) != clean(h):
                ok = False
                break
            j += 1
        if ok:
            return i, j
    raise SystemExit(f"heading block not found: {heads}")


def articles_of(text, truth):
    """Each article's heading lines and paragraphs, taken from the page text in order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    spans, pos = [], 0
    for heads in truth:
        begin, end = find_block(lines, heads, pos)
        spans.append((begin, end))
        pos = end
    out = []
    for k, heads in enumerate(truth):
        body_end = spans[k + 1][0] if k + 1 < len(spans) else len(lines)
        following = "".join(truth[k + 1]) if k + 1 < len(truth) else ""
        paras = []
        for raw in lines[spans[k][1] : body_end]:
            line = clean(raw)
            if not line or NAV.match(line):
                continue
            # The web furniture before the next item: its HTML title (…_都市快报).
            bare = line.replace("_都市快报", "").strip()
            if "_都市快报" in line or (following and bare and bare in following and len(bare) > 3):
                break
            paras.append(re.sub(r"[ \u00a0]{2,}", " ", line))
        out.append({"headings": [clean(h) for h in heads], "paragraphs": paras})
    return out


def gray_png():
    """A small solid grey PNG: the picture box (an image, so the PDF has an image there)."""
    w = h = 8
    raw = b"".join(b"\x00" + b"\xa0" * w for _ in range(h))
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


FACES = ["WenQuanYi Zen Hei", "WenQuanYi Zen Hei Sharp", "WenQuanYi Zen Hei Mono"]
FACE_GLYPHS = 820  # Chromium embeds the whole 16 MB font once a face uses ~870 glyphs


class FacePlan:
    """Spreads paragraphs over the three faces of wqy-zenhei so that each stays subset."""

    def __init__(self):
        self.used = [set() for _ in FACES]

    def face(self, text):
        chars = set(text)
        growth = [len(chars - used) for used in self.used]
        fits = [i for i in range(len(FACES)) if len(self.used[i]) + growth[i] <= FACE_GLYPHS]
        best = min(fits or range(len(FACES)), key=lambda i: growth[i])
        self.used[best] |= chars
        return FACES[best]


def article_html(a, columns, size, picture, faces):
    roles = heading_roles(a["headings"])
    heads = "".join(
        f'<div class="{r} {size if r == "title" else ""}">{html.escape(h)}</div>'
        for r, h in zip(roles, a["headings"])
    )
    body = ""
    for i, p in enumerate(a["paragraphs"]):
        if picture and i == 1:
            body += (
                f'<figure><img src="{gray_png()}"><figcaption>{html.escape(a["caption"])}'
                "</figcaption></figure>"
            )
        body += f"<p style=\"font-family:'{faces.face(p)}'\">{html.escape(p)}</p>"
    return f'<div class="article"><div class="heads">{heads}</div><div class="body" style="column-count:{columns}">{body}</div></div>'


def page_html(name, index, arts, height_px):
    cols = [2, 3, 4][index % 3]
    paper = name.split("-")[0].upper()
    page_no = name.rsplit("-p", 1)[-1].split(".")[0]
    date = "-".join(name.split("-")[1:4])
    header = f"{paper}日报　第{page_no}版　{date}　星期日"
    footer = f"责任编辑：王小明　　美术编辑：李华　　第{page_no}版"
    furniture = [header.replace("　", ""), footer.replace("　", "")]
    blocks = []
    faces = FacePlan()
    first = arts[0]
    first["caption"] = "图为" + first["headings"][-1] + "现场。　新华社发"
    blocks.append(article_html(first, cols, "banner" if index % 2 == 0 else "", True, faces))
    rest = arts[1:]
    k = 0
    while k < len(rest):
        # Alternate a row of two articles side by side with a full-width article.
        if (k + index) % 3 != 2 and k + 1 < len(rest):
            left, right = rest[k], rest[k + 1]
            lc = max(1, cols - 1) if cols > 2 else 1
            blocks.append(
                '<div class="row"><div class="cell" style="flex:3">'
                + article_html(left, lc, "", False, faces)
                + '</div><div class="cell" style="flex:2">'
                + article_html(right, max(1, lc - 1), "", False, faces)
                + "</div></div>"
            )
            k += 2
        else:
            blocks.append(article_html(rest[k], cols, "", False, faces))
            k += 1
    css = f"""
@page {{ size: 1100px {height_px}px; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'WenQuanYi Zen Hei'; font-size: {BODY_PX}px; line-height: {BODY_LH}px;
  width: 1020px; padding: 30px 40px; color: #000; }}
.band {{ font-size: 10px; line-height: 14px; display: flex; justify-content: space-between; }}
.top {{ border-bottom: 2px solid #000; padding-bottom: 6px; margin-bottom: 16px; }}
.bottom {{ border-top: 1px solid #000; padding-top: 6px; margin-top: 16px; }}
.article {{ margin-bottom: 22px; }}
.heads {{ text-align: center; margin-bottom: 10px; }}
.kicker, .subtitle {{ font-size: 16px; line-height: 24px; }}
.title {{ font-size: 24px; line-height: 34px; font-weight: bold; }}
.title.banner {{ font-size: 32px; line-height: 44px; }}
.body {{ column-gap: 24px; text-align: justify; }}
p {{ margin: 0; text-indent: 2em; }}
figure {{ margin: 6px 0 8px 0; break-inside: avoid; }}
img {{ width: 100%; height: 120px; display: block; }}
figcaption {{ font-size: 10px; line-height: 14px; margin-top: 4px; }}
.row {{ display: flex; gap: 30px; }}
.cell {{ min-width: 0; }}
"""
    top = "".join(f"<span>{html.escape(s)}</span>" for s in header.split("　"))
    bottom = f"<span>{html.escape(footer)}</span>"
    doc = (
        f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><style>{css}</style></head>'
        f'<body><div class="band top">{top}</div>{"".join(blocks)}'
        f'<div class="band bottom">{bottom}</div></body></html>'
    )
    return doc, [s for s in header.split("　") if s], [footer]


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def print_pdf(doc, pdf_path):
    html_path = pdf_path[: -len(".pdf")] + ".html"
    open(html_path, "w", encoding="utf-8").write(doc)
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + pdf_path, "file://" + os.path.abspath(html_path)],
        check=True, capture_output=True)
    os.remove(html_path)


def extras(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    page = "@page { size: 600px 400px; margin: 0; } body { margin: 30px; font-family: 'WenQuanYi Zen Hei'; font-size: 12px; line-height: 18px; }"
    print_pdf(f'<!DOCTYPE html><html><head><style>{page} img {{ width: 500px; height: 300px; }}</style></head>'
              f'<body><img src="{gray_png()}"></body></html>', os.path.join(out_dir, "scanned.pdf"))
    articles = [("第一页的标题", "第一页的正文，只有一段。"), ("第二页的标题", "第二页的正文，也只有一段。")]
    body = "".join(
        f'<div style="page-break-after: always"><div style="font-size: 24px; line-height: 34px">{t}</div>'
        f'<p style="text-indent: 2em; margin: 0">{p}</p></div>' for t, p in articles)
    two = os.path.join(out_dir, "two-pages.pdf")
    print_pdf(f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><style>{page}</style></head><body>{body}</body></html>', two)
    subprocess.run(["mutool", "clean", "-E", "aes-256", "-U", "secret", "-O", "owner", two,
                    os.path.join(out_dir, "encrypted.pdf")], check=True, capture_output=True)
    mixed = (f'<div style="page-break-after: always"><div style="font-size: 24px; line-height: 34px">{articles[0][0]}</div>'
             f'<p style="text-indent: 2em; margin: 0">{articles[0][1]}</p></div><img style="width: 500px; height: 300px" src="{gray_png()}">')
    print_pdf(f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><style>{page}</style></head><body>{mixed}</body></html>',
              os.path.join(out_dir, "text-then-scan.pdf"))
    for name in ["scanned.pdf", "two-pages.pdf", "encrypted.pdf", "text-then-scan.pdf"]:
        path = os.path.join(out_dir, name)
        print(f"{path}: {os.path.getsize(path)} bytes")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--extras":
        return extras(sys.argv[2])
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    samples, out_dir = sys.argv[1], sys.argv[2]
    truth = json.load(open(os.path.join(samples, "truth.json"), encoding="utf-8"))
    names = sys.argv[3:] or sorted(truth)
    os.makedirs(out_dir, exist_ok=True)
    for index, name in enumerate(sorted(truth)):
        if name not in names:
            continue
        text = open(os.path.join(samples, name), encoding="utf-8", errors="replace").read()
        arts = articles_of(text, truth[name])
        stem = name[: -len(".txt")]
        chars = sum(len(p) for a in arts for p in a["paragraphs"])
        height = 400 + chars * BODY_PX * BODY_LH // 1020 * 13 // 10
        while True:
            doc, header, footer = page_html(stem, index + int(os.environ.get("LAYOUT_SHIFT", "0")), arts, height)
            html_path = os.path.join(out_dir, stem + ".html")
            pdf_path = os.path.join(out_dir, stem + ".pdf")
            open(html_path, "w", encoding="utf-8").write(doc)
            subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                 "--no-pdf-header-footer", "--print-to-pdf=" + pdf_path, "file://" + os.path.abspath(html_path)],
                check=True, capture_output=True)
            if pdf_pages(pdf_path) == 1:
                break
            height = height * 12 // 10
        os.remove(html_path) if os.environ.get("KEEP_HTML") is None else None
        reading = {"furniture": header + footer, "articles": arts}
        json.dump(reading, open(os.path.join(out_dir, stem + ".truth.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        print(f"{pdf_path}: {os.path.getsize(pdf_path)} bytes, {len(arts)} articles, height {height}px")


if __name__ == "__main__":
    main()
