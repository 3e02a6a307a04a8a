# np6-client: spec/ -> generator/ (+ templates/) -> generated/ -> tests/
# The two commands: `make regenerate` and `make test` (both install what they need first).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: install regenerate validate bundle check lint format typecheck pytest test pythons dist record diff conformance bench clean

install: $(STAMP) $(NODE_STAMP)

$(STAMP): requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "np6-client needs Python 3.11 (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## The first README command: install pinned tools, validate the spec, regenerate generated/.
regenerate: install
	$(PY) -m generator regenerate

validate: install
	$(PY) -m generator validate

bundle: install
	$(PY) -m generator bundle --out build/openapi.yaml

## Fails when generated/ is not exactly what spec/ and templates/ produce.
check: install
	$(PY) -m generator check

## Hand-written code (generator/, tests/, bench/ and the runtime files of generated/) under the
## project's strict rules; the rendered API surface under the generated project's own rules.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check --config pyproject.toml $$($(PY) -m generator handwritten)
	$(VENV)/bin/ruff format --check --config pyproject.toml $$($(PY) -m generator handwritten)
	cd generated && ../$(VENV)/bin/ruff check . && ../$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

typecheck: install
	$(VENV)/bin/mypy --strict generator
	cd generated && ../$(VENV)/bin/mypy --strict np6
	cd generated && ../$(VENV)/bin/mypy --strict ../examples

pytest: install
	$(PY) -m pytest

## The second README command: lint, types, generated/ up to date, tests.
test: lint typecheck check pytest

## The built wheel installed on every supported Python found here (3.11, 3.12, 3.13; a missing one is
## skipped), smoke suite against the installed package; on the oldest, at the dependencies' lower bounds.
pythons: install
	.ci/pythons

## Wheel and sdist of generated/ into dist/ (offline, pinned setuptools), checked by twine --strict.
dist: install
	rm -rf dist build/dist-src && cp -r generated build/dist-src
	$(PY) -m build --no-isolation --outdir dist build/dist-src
	$(VENV)/bin/twine check --strict dist/*

## Re-record the cassettes against the live API (needs NP6_API_KEY; the key is redacted).
record: install
	@test -n "$$NP6_API_KEY" || (echo "set NP6_API_KEY to your NP6 API key to record" >&2; exit 2)
	$(PY) -m pytest -m vcr --record-mode=all tests

## Classify the spec changes since BASE (default HEAD~1; HEAD without a parent): Markdown report,
## JSON with JSON=1. Fails on a breaking change unless info.version's major went up or the change
## is in spec/diff-allowlist.yaml.
diff: install
	$(PY) -m generator diff $(if $(BASE),--base '$(BASE)') $(if $(JSON),--json)

## Compare spec/ with a vendor bundle: make conformance UPSTREAM=path/to/api.yaml [JSON=1]
conformance: install
	@test -n "$(UPSTREAM)" || (echo "usage: make conformance UPSTREAM=path/to/api.yaml" >&2; exit 2)
	$(PY) -m generator conformance '$(UPSTREAM)' $(if $(JSON),--json)

## Every bench in turn (minutes; bench/models.py --quick is the smoke run, in tests/bench/).
bench: install
	$(PY) bench/regenerate.py
	$(PY) bench/overhead.py
	$(PY) bench/decode.py
	$(PY) bench/events_stream.py
	$(PY) bench/dlt_load.py
	$(PY) bench/models.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache
