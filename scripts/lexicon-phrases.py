#!/usr/bin/env python3
"""Prints up to N literal phrases from the linter's cue files (Language/cues/**.txt),
for a grep baseline: the first alternative of each word, no wildcards."""
import glob
import os
import sys

root, limit = sys.argv[1], int(sys.argv[2])
seen = []
for path in sorted(glob.glob(os.path.join(root, "**", "*.txt"), recursive=True)):
    for line in open(path, encoding="utf-8"):
        pattern = line.strip()
        if not pattern or pattern == "#" or pattern.startswith("# "):
            continue
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
