#!/usr/bin/env bash
# Checks that every Swift file is as swift-format (configured in .swift-format) would write it.
# `make format` rewrites them; this only reports, and fails when a file differs.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! swift format --version >/dev/null 2>&1; then
  echo "format-check: 'swift format' is missing from this Swift toolchain (it ships with Swift 6); cannot check the formatting" >&2
  exit 1
fi
echo "format-check: swift format lint --strict (Sources, Tests, Package.swift)"
if ! swift format lint --strict --parallel --recursive Sources Tests Package.swift; then
  echo "format-check: the files above are not formatted; run 'make format' and review the diff" >&2
  exit 1
fi
echo "format-check: every file is formatted"
