#!/usr/bin/env python3
"""Time from pressing Enter to the coach's feedback appearing, in a real
pseudo-terminal (the interactive path: libedit, lint, branch, rendering).
Prints the median and p99 over N replies. Not a test.

Usage: bench-latency.py [BINARY] [N]
"""
import os, pty, select, statistics, sys, tempfile, time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/decline-coach"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
home = tempfile.mkdtemp(prefix="decline-coach-latency-")
reply = (b"Hi Tom, thanks. Something has come up with another studio and I'm not sure what to do about Friday.")

pending = b""

def read_until(fd, marker, timeout=10.0):
    """Consumes output up to and including `marker` (kept across calls)."""
    global pending
    deadline = time.perf_counter() + timeout
    while marker not in pending:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise SystemExit(f"timed out waiting for {marker!r}; got {pending[-300:]!r}")
        r, _, _ = select.select([fd], [], [], left)
        if r:
            pending += os.read(fd, 65536)
    cut = pending.index(marker) + len(marker)
    seen, pending = pending[:cut], pending[cut:]
    return seen

pid, fd = pty.fork()
if pid == 0:
    os.environ.update({"DECLINE_COACH_HOME": home, "NO_COLOR": "1", "COLUMNS": "200"})
    os.execv(binary, [binary, "practice", "first-call-walkthrough", "--seed", "1", "--no-save"])
read_until(fd, b"you \xe2\x80\xba")
samples = []
for _ in range(runs):
    os.write(fd, reply)
    read_until(fd, reply[-20:])            # libedit has echoed the line
    start = time.perf_counter()
    os.write(fd, b"\r")
    read_until(fd, b"Turn score")
    samples.append((time.perf_counter() - start) * 1000)
    read_until(fd, b"you \xe2\x80\xba")
    os.write(fd, b":retry\r")
    read_until(fd, b"you \xe2\x80\xba")
os.kill(pid, 15)
samples.sort()
print(f"Enter to feedback on screen, {runs} replies in a pseudo-terminal: "
      f"median {statistics.median(samples):.2f} ms, p99 {samples[int(len(samples) * 0.99) - 1]:.2f} ms")
