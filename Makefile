# decline-coach: `make run` starts the coach, `make test` runs the tests.
# Both install what is missing first (scripts/setup.sh).
SWIFT ?= swift
ARGS ?=
EVAL := ../shared/tools/lint-eval

.PHONY: setup run test build release bench eval completions snapshots pictures format

setup:
	@scripts/setup.sh

run: setup
	@echo "make run: building decline-coach (release; the first build takes a few minutes, later ones seconds)"
	@$(SWIFT) build -c release --product decline-coach
	@.build/release/decline-coach $(ARGS)

test: setup
	@echo "make test: building and running the test suite (the first build takes a few minutes)"
	scripts/format-check.sh
	$(SWIFT) test
	scripts/eval-floors.sh .build/debug/decline-coach
	scripts/review-pictures.sh .build/debug/decline-coach

# Rewrites every Swift file as swift-format would write it (.swift-format); make test checks it.
format:
	swift format format --in-place --parallel --recursive Sources Tests Package.swift

# Rewrites Tests/Snapshots from today's output; review the diff like code before committing it.
snapshots: setup
	UPDATE_SNAPSHOTS=1 $(SWIFT) test --filter SnapshotTests
	@git status --short Tests/Snapshots

# The HTML review as a picture and a printed PDF, from headless Chromium (.build/artefacts/).
pictures: release
	scripts/review-pictures.sh .build/release/decline-coach

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

# Accuracy on every labelled set against its floor, and on the held-out set (needs ../shared; fails without it).
eval: release
	scripts/eval-floors.sh .build/release/decline-coach --require

# Throughput, memory and latency figures (prints numbers; not a test).
bench: release
	scripts/bench-lint.sh
	scripts/bench-check.sh
	scripts/bench-transcripts.sh
	scripts/bench-latency.py .build/release/decline-coach 200
