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
LINT_BUNDLE_DIR := build/lint-spec
LINT_BUNDLE := $(LINT_BUNDLE_DIR)/activecampaign.yaml
PACKAGE_DIR := generated_client/activecampaign_api
DIST ?= dist
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

CODE := overlay tests examples generator release bench docs/build.py

.PHONY: all setup redis-server lint-spec bundle generate check-generated version-check typecheck lint format build test \
	record bench demo demo-warehouse polyglot docs release-check api-diff publish clean

all: setup lint-spec check-generated version-check typecheck lint polyglot build

setup: $(VENV)/.installed node_modules/.installed redis-server

# The Redis rate limiter's tests start a real redis-server (Debian's package) on 127.0.0.1.
redis-server:
	@command -v redis-server >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null; }

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Lints the hand-written sources and the bundle, then validates the bundle a second way. The bundle
# goes to a fixed path so that .redocly.lint-ignore.yaml can name it.
lint-spec: setup
	$(BIN)/redocly lint --format=stylish $(SPEC_ROOT)
	rm -rf $(LINT_BUNDLE_DIR) && mkdir -p $(LINT_BUNDLE_DIR) && \
	  $(PY) generator/bundle.py --output $(LINT_BUNDLE) && \
	  $(BIN)/redocly lint --format=stylish $(LINT_BUNDLE) && \
	  $(BIN)/spectral lint --fail-severity=warn --ruleset .spectral.yaml $(LINT_BUNDLE) && \
	  $(PY) -m openapi_spec_validator $(LINT_BUNDLE)

bundle: setup
	$(PY) generator/bundle.py --output $(BUNDLE)

generate: bundle
	$(PY) generator/generate.py --output $(PACKAGE_DIR)
	$(PY) generator/sync_from_async.py
	$(PY) generator/export_feeds.py

# Bundles and generates (the generated package, and the sync SDK from its async source) into a
# temporary folder and fails on any difference from the working tree: hand edits to generated
# code and stale output both fail.
check-generated: setup
	$(PY) generator/check_generated.py
	$(PY) generator/export_feeds.py --check

# The spec's info.version is the single source of truth; the package, bundle and CHANGELOG must agree.
version-check: setup
	$(PY) release/check_version.py

typecheck: setup
	$(PY) -m mypy --strict $(CODE)

lint: setup
	$(PY) -m ruff check $(CODE)
	$(PY) -m ruff format --check $(CODE) $(PACKAGE_DIR)

format: setup
	$(PY) -m ruff format $(CODE)
	$(PY) -m ruff check --fix $(CODE)

build: setup
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist . >/dev/null
	$(PY) -m twine check --strict dist/*
	$(PY) -c 'import glob, sys, zipfile; names = set(zipfile.ZipFile(glob.glob("dist/*.whl")[0]).namelist()); \
	  missing = [n for n in sys.argv[1:] if n not in names]; sys.exit(f"wheel lacks {missing}" if missing else 0)' \
	  activecampaign_api/py.typed activecampaign_sdk/py.typed activecampaign_api/openapi.yaml

# In parallel (pytest-xdist), each test module on one worker (see tests/conftest.py). Four workers, not one
# per core: many tests wait on real clocks (the 5/s limiter, retry back-offs), so on two cores four workers
# overlap those waits (155 s with -n auto, 107 s with -n 4, same machine); the timing tests take their
# margins from measured load (tests/timing.py), so they hold when workers outnumber cores.
test: setup
	$(PY) -m pytest -n 4 --dist loadfile

# Re-records every cassette against a real account (AC_API_URL, AC_API_TOKEN);
# the token and the account host are scrubbed before anything is written.
record: setup
	@test -n "$${AC_API_URL:-}" && test -n "$${AC_API_TOKEN:-}" || { echo "set AC_API_URL and AC_API_TOKEN" >&2; exit 2; }
	AC_RECORD=1 $(PY) -m pytest tests/operations -p no:randomly

# Client benchmarks against the loopback stand-in; rewrites BENCHMARKS.md. Not part of `make test`.
bench: setup
	$(PY) -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(PY) -m bench.run

demo: setup
	$(PY) -m examples.run_demo

# The local ActiveCampaign loaded into build/demo.duckdb by `activecampaign load` (the dlt source), twice.
demo-warehouse: setup
	$(PY) -m examples.demo_warehouse

# TypeScript types from the bundled spec (openapi-typescript) and a typed consumer compiled with tsc --strict.
polyglot: setup
	cd polyglot/typescript && rm -rf generated && \
	  ../../$(BIN)/openapi-typescript ../../$(BUNDLE) --output generated/activecampaign.ts >/dev/null && \
	  ../../$(BIN)/tsc --project tsconfig.json

# The documentation site (mkdocs-material + mkdocstrings): guides, the SDK reference, one page per
# tag with its operations, the models grouped by tag; written to site/. tests/test_docs.py builds it too.
docs: setup
	$(PY) docs/build.py --output site

# Breaking changes (removed operations, renamed operationIds, changed parameter types) since the newest v* tag.
api-diff: setup
	$(PY) release/api_diff.py --since-last-release

release-check: lint-spec check-generated version-check typecheck lint test build api-diff

# Uploads dist/ with twine; the index and credentials come only from the environment:
# TWINE_REPOSITORY_URL, TWINE_USERNAME, TWINE_PASSWORD.
publish: setup
	@test -n "$${TWINE_REPOSITORY_URL:-}" || { echo "set TWINE_REPOSITORY_URL (and TWINE_USERNAME/TWINE_PASSWORD)" >&2; exit 2; }
	$(PY) -m twine upload --non-interactive --disable-progress-bar $(DIST)/*

clean:
	rm -rf $(VENV) node_modules dist build site polyglot/typescript/generated .mypy_cache .ruff_cache .pytest_cache
