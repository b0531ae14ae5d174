# Two entry points for a fresh machine: `make all` then `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := node_modules/.bin
SPEC_ROOT := openapi/openapi.yaml
BUNDLE := openapi/activecampaign.yaml
PACKAGE_DIR := generated_client/activecampaign_api
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: all setup lint-spec bundle generate check-generated typecheck lint format build test record demo clean

all: setup lint-spec check-generated typecheck lint build

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Lints the hand-written sources and the bundle, then validates the bundle a second way.
lint-spec: setup
	$(BIN)/redocly lint --format=stylish $(SPEC_ROOT)
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(PY) generator/bundle.py --output "$$tmp/bundle.yaml" && \
	  $(BIN)/redocly lint --format=stylish "$$tmp/bundle.yaml" && \
	  $(PY) -m openapi_spec_validator "$$tmp/bundle.yaml"

bundle: setup
	$(PY) generator/bundle.py --output $(BUNDLE)

generate: bundle
	$(PY) generator/generate.py --output $(PACKAGE_DIR)

# Bundles and generates into a temporary folder and fails on any difference from
# the working tree: hand edits to generated code and stale output both fail.
check-generated: setup
	$(PY) generator/check_generated.py

typecheck: setup
	$(PY) -m mypy --strict overlay tests examples generator

lint: setup
	$(PY) -m ruff check overlay tests examples generator
	$(PY) -m ruff format --check overlay tests examples generator $(PACKAGE_DIR)

format: setup
	$(PY) -m ruff format overlay tests examples generator
	$(PY) -m ruff check --fix overlay tests examples generator

build: setup
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist . >/dev/null
	$(PY) -m twine check --strict dist/*
	$(PY) -c 'import glob, sys, zipfile; names = set(zipfile.ZipFile(glob.glob("dist/*.whl")[0]).namelist()); \
	  missing = [n for n in sys.argv[1:] if n not in names]; sys.exit(f"wheel lacks {missing}" if missing else 0)' \
	  activecampaign_api/py.typed activecampaign_sdk/py.typed activecampaign_api/openapi.yaml

test: setup
	$(PY) -m pytest

# Re-records every cassette against a real account (AC_API_URL, AC_API_TOKEN);
# the token and the account host are scrubbed before anything is written.
record: setup
	@test -n "$${AC_API_URL:-}" && test -n "$${AC_API_TOKEN:-}" || { echo "set AC_API_URL and AC_API_TOKEN" >&2; exit 2; }
	AC_RECORD=1 $(PY) -m pytest tests/operations -p no:randomly

demo: setup
	$(PY) examples/run_demo.py

clean:
	rm -rf $(VENV) node_modules dist build .mypy_cache .ruff_cache .pytest_cache
