#!/usr/bin/env bash
# Coverage-guided fuzzing of the linter, scenario loading plus `check`, and transcript reading.
# Usage: scripts/fuzz.sh [SECONDS] [lint|scenario|transcript ...]   (default: 60 s each, all three)
# Not part of CI: like the benchmarks, it prints figures (executions, coverage, any crash).
# New inputs the fuzzer finds go to .build-fuzz/corpus-NAME; a crash is saved to
# .build-fuzz/crashes/NAME-* and reported; reproduce one with .build-fuzz/release/fuzz-NAME FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lint scenario transcript)

echo "fuzz: building the harnesses with -sanitize=fuzzer,address (first build takes a few minutes)"
for name in "${targets[@]}"; do
  DECLINE_COACH_FUZZ=1 swift build --build-path .build-fuzz -c release --product "fuzz-$name" 2>&1 \
    | grep -v "ld.gold: warning: Cannot export local symbol" | grep -E "error|Build of|Compiling [A-Z]" || true
  [ -x ".build-fuzz/release/fuzz-$name" ] || { echo "fuzz: building fuzz-$name failed" >&2; exit 2; }
done

mkdir -p .build-fuzz/crashes
status=0
for name in "${targets[@]}"; do
  corpus=.build-fuzz/corpus-$name
  mkdir -p "$corpus"
  log=.build-fuzz/fuzz-$name.log
  echo "fuzz: $name for ${seconds}s (seeds: Fuzz/seeds/$name, log: $log)"
  # -timeout: an input that takes over 10 s is a hang; -rss_limit_mb: one over 2 GB is a memory blow-up.
  # -detect_leaks=0: Foundation's once-only globals (compiled regular expressions) read as leaks.
  rc=0
  ASAN_OPTIONS=detect_leaks=0 ".build-fuzz/release/fuzz-$name" "$corpus" "Fuzz/seeds/$name" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -detect_leaks=0 -max_len=65536 -print_final_stats=1 -artifact_prefix=".build-fuzz/crashes/$name-" >"$log" 2>&1 || rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | grep -o 'cov: [0-9]*' | grep -o '[0-9]*' || echo "?")
  features=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | grep -o 'ft: [0-9]*' | grep -o '[0-9]*' || echo "?")
  inputs=$(find "$corpus" -type f | wc -l)
  if [ $rc -eq 0 ]; then
    echo "fuzz: $name: $runs executions in ${seconds}s, coverage $cov edges, $features features, $inputs new inputs, no crash"
  else
    status=1
    echo "fuzz: $name: CRASH after $runs executions (exit $rc): $(grep -m1 -E 'SUMMARY|Fatal error|==ERROR' "$log" || echo 'see the log')"
    ls .build-fuzz/crashes/"$name"-* 2>/dev/null | sed 's/^/fuzz:   input: /'
  fi
done
exit $status
