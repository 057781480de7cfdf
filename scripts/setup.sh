#!/usr/bin/env bash
# Installs what decline-coach needs to build, when it is missing.
# Debian/Ubuntu: system packages through apt-get (with sudo when not root).
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: the Swift toolchain (6.1 or later) is not on PATH." >&2
  echo "setup: install it from swift.org (Linux tarball or swiftly), then run this again." >&2
  exit 2
fi

packages=(libedit-dev pkg-config tmux espeak-ng)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: please install ${missing[*]} with your package manager" >&2
    exit 2
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]} with apt-get (libedit: line editing; pkg-config: finds it; tmux: the terminal tests; espeak-ng: the spoken recruiter)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "setup: build dependencies present (${packages[*]})"
