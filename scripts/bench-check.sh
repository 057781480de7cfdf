#!/usr/bin/env bash
# Time `decline-coach check` on 1,000 generated scenario files (copies of the
# shipped library under new ids), with and without running their samples and
# examples. Prints numbers; not a test. Run after `swift build -c release`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/decline-coach
dir=${BENCH_DIR:-/tmp/decline-coach-bench}/scenarios-1000
rm -rf "$dir"; mkdir -p "$dir"
python3 - "$dir" <<'PY'
import glob, os, re, sys
out = sys.argv[1]
sources = sorted(glob.glob("scenarios/*.yaml"))
for k in range(1000):
    src = sources[k % len(sources)]
    text = open(src, encoding="utf-8").read()
    new_id = f"bench-{k:04d}"
    text = re.sub(r"^id: .*$", f"id: {new_id}", text, count=1, flags=re.M)
    open(os.path.join(out, new_id + ".yaml"), "w", encoding="utf-8").write(text)
PY
python3 - "$bin" "$dir" <<'PY'
import subprocess, sys, time, os
bin, d = sys.argv[1], sys.argv[2]
size = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)) / 1e6
def best(cmd, n=3):
    times = []
    for _ in range(n):
        t = time.perf_counter(); p = subprocess.run(cmd, capture_output=True, text=True); times.append(time.perf_counter() - t)
    return min(times), p
t, p = best([bin, "check", d])
print(f"check 1000 scenario files ({size:.1f} MB, every sample and example run through the linter): {t:.2f} s")
print("  " + p.stdout.strip().splitlines()[-1])
t1, _ = best([bin, "check", os.path.join(d, "bench-0000.yaml")])
print(f"check one file: {t1 * 1000:.0f} ms (start-up included)")
PY
