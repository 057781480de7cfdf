#!/usr/bin/env bash
# Scores a built binary on every labelled set and fails when one falls below its floor
# (a guard against regressions, run by `make test` when ../shared/tools/lint-eval exists).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/decline-coach}
eval=../shared/tools/lint-eval
[ -x "$eval" ] || { echo "eval: $eval not found; skipping the accuracy floors"; exit 0; }
score() { # corpus floor
  local out status=0
  out=$("$eval" --bin "$bin" --corpus "$1" --min-score "$2" 2>&1) || status=$?
  echo "$(basename "$1") (floor $2): $(tail -n 1 <<<"$out")"
  return $status
}
failed=0
score ../shared/corpus/dev.jsonl 0.95 || failed=1
for corpus in Tests/corpus/*.jsonl; do
  case $corpus in *replies-c*) floor=0.95 ;; *) floor=0.97 ;; esac
  score "$corpus" "$floor" || failed=1
done
exit $failed
