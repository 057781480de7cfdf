#!/usr/bin/env bash
# Linter performance figures (not a test): throughput on ~1 MB and ~10 MB of
# business email, peak memory, growth ratio, a grep baseline over ~200 of the
# rules' phrases on the same files, memory on a 100 MB input, and the latency
# of one ~150-word reply. Run after `swift build -c release` (make bench).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/decline-coach
out=${BENCH_DIR:-/tmp/decline-coach-bench}
mkdir -p "$out"
[ -f "$out/1mb.txt" ] || python3 scripts/gen-corpus.py 1 "$out/1mb.txt"
[ -f "$out/10mb.txt" ] || python3 scripts/gen-corpus.py 10 "$out/10mb.txt"
python3 scripts/lexicon-phrases.py Sources/DeclineCoachKit/Language/cues 200 > "$out/phrases.txt"
# Finding-dense: every labelled reply in Tests/corpus, one paragraph each, repeated to ~10 MB.
# The 1 MB cut is the same text, so the two times show whether dense text stays linear.
[ -f "$out/dense-10mb.txt" ] && [ -f "$out/dense-1mb.txt" ] || python3 - "$out" <<'PY'
import glob, json, sys
texts = [json.loads(l)["text"] for f in sorted(glob.glob("Tests/corpus/*.jsonl")) for l in open(f, encoding="utf-8") if l.strip()]
paragraphs = [t + "\n\n" for t in texts if t.strip()]
for name, size in (("dense-10mb", 10_000_000), ("dense-1mb", 1_000_000)):
    with open(f"{sys.argv[1]}/{name}.txt", "w", encoding="utf-8") as f:
        written = 0
        while written < size:
            for p in paragraphs:
                f.write(p); written += len(p.encode())
                if written >= size: break
PY

python3 - "$bin" "$out" <<'PY'
import os, subprocess, sys, time
bin, out = sys.argv[1], sys.argv[2]

def run(cmd, stdout=subprocess.DEVNULL, stdin=None):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, stdin=stdin)
    _, status, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024  # seconds, MB

def cpu(cmd):
    """CPU seconds (user + system) of one run: what a busy machine pays, whatever the cores."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    return usage.ru_utime + usage.ru_stime

def best(cmd, n=3):
    runs = [run(cmd) for _ in range(n)]
    return min(r[0] for r in runs), max(r[1] for r in runs)

phrases = sum(1 for _ in open(f"{out}/phrases.txt"))
rows = {}
for name in ("1mb", "10mb"):
    path = f"{out}/{name}.txt"
    mb = os.path.getsize(path) / 1e6
    t, rss = best([bin, "lint", "--format", "json", path])
    g, _ = best(["grep", "-c", "-i", "-F", "-f", f"{out}/phrases.txt", path])
    rows[name] = (mb, t, rss, g)
    print(f"lint {name:>5}: {mb:6.2f} MB in {t:6.3f} s = {mb / t:7.1f} MB/s, peak memory {rss:6.1f} MB; "
          f"grep -c -i -F ({phrases} phrases) {g:6.3f} s = {mb / g:7.1f} MB/s; lint/grep time {t / g:5.2f}x")
dense = f"{out}/dense-10mb.txt"
mb = os.path.getsize(dense) / 1e6
c = min(cpu([bin, "lint", "--format", "json", dense]) for _ in range(3))
t, rss = best([bin, "lint", "--format", "json", dense])
print(f"lint finding-dense: {mb:6.2f} MB (every labelled reply, repeated) in {t:6.3f} s wall, "
      f"{c:6.3f} CPU s = {mb / c:5.1f} MB per CPU-second, peak memory {rss:6.1f} MB")
small = f"{out}/dense-1mb.txt"
c1 = min(cpu([bin, "lint", "--format", "json", small]) for _ in range(3))
mb1 = os.path.getsize(small) / 1e6
print(f"growth, finding-dense: 10 MB / 1 MB CPU ratio {c / c1:.2f} for a size ratio of {mb / mb1:.2f} (linear = equal)")
starts = []
for _ in range(21):
    with open(os.devnull) as empty:
        starts.append(run([bin, "lint", "--format", "json", "-"], stdin=empty)[0])
starts.sort()
print(f"start-up (lint of an empty reply, whole process): median {starts[10] * 1000:.1f} ms, max {starts[-1] * 1000:.1f} ms")
(m1, t1, _, _), (m10, t10, _, _) = rows["1mb"], rows["10mb"]
print(f"growth: 10 MB / 1 MB time ratio {t10 / t1:.2f} for a size ratio of {m10 / m1:.2f} (linear = equal)")

if os.environ.get("BENCH_BIG", "1") == "1":
    big = f"{out}/100mb.txt"
    if not os.path.exists(big):
        with open(big, "w") as f:
            chunk = open(f"{out}/10mb.txt").read()
            for _ in range(10):
                f.write(chunk)
    mb = os.path.getsize(big) / 1e6
    t, rss = run([bin, "lint", "--format", "json", big])
    print(f"lint 100mb: {mb:6.1f} MB in {t:6.2f} s = {mb / t:6.1f} MB/s, peak memory {rss:7.1f} MB = {rss / mb:.1f}x the input")
PY
.build/release/decline-coach-bench 10000
.build/release/decline-coach-bench turn

# Long lines and long scenario graphs stay linear (the reliability issue): one 1 MB line of
# finding-dense text against the same text split into lines, and check on 4,000-node chains
# and 2,000 dangling gotos. Ratios and times are printed, never asserted.
python3 - "$bin" "$out" <<'PY'
import glob, json, os, subprocess, sys, time
bin, out = sys.argv[1], sys.argv[2]
texts = [json.loads(l)["text"].replace("\n", " ").replace("\r", " ") for f in sorted(glob.glob("Tests/corpus/*.jsonl")) for l in open(f, encoding="utf-8") if l.strip()]
one, many = f"{out}/oneline-1mb.txt", f"{out}/lines-1mb.txt"
body, size = [], 0
while size < 1_000_000:
    for t in texts:
        body.append(t); size += len(t.encode()) + 1
        if size >= 1_000_000: break
open(one, "w").write(" ".join(body)); open(many, "w").write("\n".join(body))
def timed(cmd):
    s = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); return time.perf_counter() - s
for fmt in ("json", "text"):
    a, b = timed([bin, "lint", "--format", fmt, one]), timed([bin, "lint", "--format", fmt, many])
    print(f"lint --format {fmt}: 1 MB on one line {a:5.2f} s, split into lines {b:5.2f} s, ratio {a / b:4.2f} (linear: under 3)")
def chain(n, dangling):
    lines = ["id: big", "title: Big", "channel: phone", "briefing: A briefing.", "start: n0", "nodes:"]
    for i in range(n):
        target = f"missing{i}" if dangling else (f"n{i + 1}" if i + 1 < n else "done")
        lines += [f"  n{i}:", "    recruiter: \"Hello.\"", "    kind: decline", "    branches:", f"      - goto: {target}"]
    lines += ["  done:", "    recruiter: \"Bye.\"", "    end: graceful"]
    path = f"{out}/{'dangling' if dangling else 'chain'}-{n}.yaml"
    open(path, "w").write("\n".join(lines) + "\n")
    return path
for n, dangling in ((4000, False), (2000, True)):
    print(f"check, {n} {'dangling gotos' if dangling else 'chained nodes'}: {timed([bin, 'check', chain(n, dangling)]):5.2f} s (under 0.5)")
PY
