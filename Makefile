# Koushin: `make run` serves the app with demo data; `make test` runs every check.
# Both set up what a fresh machine lacks (a Python virtualenv, node_modules) on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .make
HOST ?= 127.0.0.1
PORT ?= 8000
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	frontend/index.html frontend/explorer.html frontend/vite.config.ts frontend/tsconfig.json

.PHONY: run test setup build lint typecheck test-backend test-backend-postgresql test-frontend test-browser bench clean

run: setup frontend/dist/index.html
	$(PY) -m backend migrate
	$(PY) -m backend load-demo
	KOUSHIN_PUBLIC_URL=http://$(HOST):$(PORT) $(PY) -m backend serve --host $(HOST) --port $(PORT) --catch-mail

test: lint typecheck test-backend test-frontend test-browser

setup: $(STAMPS)/python $(STAMPS)/node

$(STAMPS)/python: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/node: package.json package-lock.json frontend/package.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

build: frontend/dist/index.html

frontend/dist/index.html: $(STAMPS)/node $(FRONTEND_SOURCES)
	npm run build

lint: setup
	$(VENV)/bin/ruff check backend tests bench
	$(VENV)/bin/ruff format --check backend tests bench
	$(VENV)/bin/lint-imports
	npm run lint

typecheck: setup
	$(VENV)/bin/mypy
	$(PY) -m backend export-schema --check
	npm run codegen:check
	npm run typecheck

test-backend: setup
	$(VENV)/bin/pytest

# The same suite against PostgreSQL (CI runs it against the local server).
test-backend-postgresql: setup
	TEST_DATABASE_URL=$${TEST_DATABASE_URL:-postgresql+asyncpg://postgres@127.0.0.1:5432/test} $(VENV)/bin/pytest

test-frontend: setup
	npm run test:unit

test-browser: setup frontend/dist/index.html
	npm run test:e2e

bench: setup frontend/dist/index.html
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	@test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium; }
	$(PY) -m bench.licences
	$(PY) -m bench.sign_in
	$(PY) -m bench.hostile_load
	$(PY) -m bench.documents
	$(PY) -m bench.pdfs
	$(PY) -m bench.orders
	$(PY) -m bench.payments
	$(PY) -m bench.cart
	$(PY) -m bench.mail

clean:
	rm -rf $(STAMPS) frontend/dist data
