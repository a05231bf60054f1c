#!/usr/bin/env python3
"""Assembles dubao.1: the generate-manual plugin's page (argv[1]) with a KEYS section made from
docs/guide.md's key tables, the ENVIRONMENT and FILES sections of scripts/manual-sections.mdoc,
and a source-hash line that Tests/EndToEndTests/ManualPageTests.swift recomputes."""
import re
import subprocess
import sys

generated, binary = sys.argv[1], sys.argv[2]
page = open(generated, encoding="utf-8").read()
guide = open("docs/guide.md", encoding="utf-8").read()
keymap = guide.split("<!-- keymap:begin -->\n", 1)[1].split("<!-- keymap:end -->", 1)[0]
dump = subprocess.run([binary, "--experimental-dump-help"], capture_output=True, check=True).stdout


def fnv1a64(data: bytes) -> str:
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def escape(text: str) -> str:
    text = text.replace("\\", "\\e")
    return "\\&" + text if text.startswith((".", "'")) else text


keys = [".Sh KEYS", "In the reader (the help screen,", ".Ql \\&? ,",
        "shows the same), with each action's name in the settings file's", ".Ql [keys]",
        "table in brackets."]
for block in keymap.split("### ")[1:]:
    heading, _, table = block.partition("\n")
    keys += [".Ss " + escape(heading.split(" · ")[0]), ".Bl -tag -width 6n"]
    for row in table.splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split(" | ")]
        if len(cells) < 3 or cells[0] in ("keys", "---") or set(cells[0]) <= set("-|"):
            continue
        names = re.findall(r"`([^`]+)`", cells[0]) or [cells[0]]
        action = cells[1]
        if len(cells) > 3 and cells[3].strip("`") != "—":
            action += " (" + cells[3].strip("`") + ")"
        keys += [".It " + escape(" ".join(names).replace('"', '\\(dq')), escape(action)]
    keys.append(".El")

sections = open("scripts/manual-sections.mdoc", encoding="utf-8").read().rstrip("\n")
page = page.replace(".Ar subcommand\n", "")
# The plugin lists the `help` subcommand ArgumentParser adds; dubao has no subcommands.
page = re.sub(r"\.It Em help\n.*?\n\.El\n", "", page, count=1, flags=re.S)
page = re.sub(r'\.Nd "A terminal reader for Chinese newspaper pages \(\)\."',
              '.Nd "a terminal reader for Chinese newspaper pages"', page)
page = page.replace('.Sh "EXIT STATUS"', "\n".join(keys) + "\n" + sections + '\n.Sh "EXIT STATUS"', 1)
lines = page.split("\n")
lines.insert(1, '.\\" source-hash: ' + fnv1a64(dump + keymap.encode("utf-8")))
# Non-ASCII as groff's \[uXXXX], so that troff and mandoc read the page without preconv.
page = "\n".join(lines)
sys.stdout.write("".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in page))
