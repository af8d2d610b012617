# Lead Copilot: `make run` starts the app, `make test` runs every test and eval gate offline.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LEAD := $(VENV)/bin/lead
STAMP := $(VENV)/.installed
export ORT_DISABLE_TELEMETRY := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: help setup index run ui test test-fast lint browser bench eval clean

help:
	@echo "make run    set up (venv, install, index) and start the app on http://127.0.0.1:7860"
	@echo "make test   set up and run all tests and offline eval gates"
	@echo "make bench  run the benchmarks and print a table (writes benchmarks/results.json)"
	@echo "make eval   regenerate evals/REPORT.md"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

index: setup
	$(LEAD) index status --ensure

run: index
	$(LEAD) ui

ui: run

browser:
	@bash scripts/ensure-chromium.sh

lint: setup
	$(VENV)/bin/ruff check .

test: setup browser lint
	LEAD_REQUIRE_BROWSER=1 LEAD_HYPOTHESIS=ci $(PY) -m pytest -q

test-fast: setup lint
	$(PY) -m pytest -q -m "not browser and not server"

bench: setup
	$(PY) -m benchmarks

eval: setup
	$(LEAD) eval all --markdown evals/REPORT.md --force

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache test-artifacts
