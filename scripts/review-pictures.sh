#!/usr/bin/env bash
# Renders an HTML review in headless Chromium, as a picture and as a printed PDF, so its layout can
# be looked at: .build/artefacts/review.png (screen) and review.pdf (print). Not a pass/fail test.
#   scripts/review-pictures.sh BIN        (BIN: a built decline-coach)
# Without chromium it says so and exits 0 (install it with: apt-get install chromium).
set -euo pipefail
bin=${1:?usage: scripts/review-pictures.sh BIN}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "pictures: chromium is not installed; skipping the review pictures (apt-get install chromium)"
  exit 0
fi
out=.build/artefacts
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export DECLINE_COACH_HOME="$home" DECLINE_COACH_SCENARIOS="$PWD/scenarios" DECLINE_COACH_NOW=2026-12-01T09:30:00Z
# a fixed session with two findings in one reply and a note, so marks, legend and notes all show
"$bin" practice pay-gap-call --replies - --seed 1 >/dev/null <<'REPLIES'
Hi Colette, thanks for picking up. Now that I've seen the salary band, it's below what I need, so I'm withdrawing before the panel. I hope you find a great candidate.
Thanks. What's the most you could do, realistically?
:note I asked for money again: next time thank her and repeat the decision.
I understand that's frustrating. The band doesn't meet what I need, so I'm withdrawing. I hope you find a great candidate.
Thank you, Colette, I'd be glad to hear about senior roles in the future. Good luck with the panel.
REPLIES
"$bin" review last --format html > "$out/review.html"
flags=(--headless --disable-gpu --no-sandbox --hide-scrollbars --no-first-run --user-data-dir="$home/chromium")
"$browser" "${flags[@]}" --window-size=1000,2400 --screenshot="$out/review.png" "file://$PWD/$out/review.html" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/review.pdf" "file://$PWD/$out/review.html" 2>/dev/null
for f in review.png review.pdf; do
  [ -s "$out/$f" ] || { echo "pictures: chromium wrote no $f" >&2; exit 1; }
done
echo "pictures: $out/review.png ($(stat -c %s "$out/review.png") bytes) and $out/review.pdf ($(stat -c %s "$out/review.pdf") bytes)"
