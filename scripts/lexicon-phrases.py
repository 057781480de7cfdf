#!/usr/bin/env python3
"""Prints up to N literal phrases from the linter's cue table (Cues.swift),
for a grep baseline: the first alternative of each word, no wildcards."""
import re
import sys

source = open(sys.argv[1], encoding="utf-8").read()
limit = int(sys.argv[2])
table = source[source.index("static let phrases"):source.index("static let extraWords")]
seen = []
for pattern in re.findall(r'"([^"\\]+)"', table):
    words = []
    for part in pattern.split(" "):
        if part.endswith("?") or part.startswith("#") or part == "*":
            continue
        words.append(part.split("|")[0].replace("+", " "))
    phrase = " ".join(words).strip()
    if len(phrase) >= 4 and phrase not in seen:
        seen.append(phrase)
for phrase in seen[:limit]:
    print(phrase)
