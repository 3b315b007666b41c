# Leerkoers: `make run` and `make test` are all a new machine needs (Python 3.11+, Node 20+).
# Each target installs what it needs and redoes only what changed (stamps in .stamps/).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(CURDIR)/$(VENV)/bin/python
STAMPS := .stamps
CHROMIUM_PATH ?= $(shell command -v chromium || command -v chromium-browser || true)

FRONTEND_INPUTS := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	frontend/index.html frontend/antwoorden.html frontend/vite.config.ts frontend/tsconfig.json frontend/tsconfig.app.json \
	frontend/tsconfig.node.json frontend/package.json

.PHONY: help run test install migrate migration build types lint typecheck test-backend test-frontend test-e2e bench backup restore \
	clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMPS)/backend-runtime: backend/requirements.txt | $(PY)
	$(PY) -m pip install -q -r backend/requirements.txt
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/backend-dev: backend/requirements-dev.txt $(STAMPS)/backend-runtime
	$(PY) -m pip install -q -r backend/requirements-dev.txt
	@touch $@

$(STAMPS)/frontend-deps: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

frontend/dist/index.html: $(STAMPS)/frontend-deps $(FRONTEND_INPUTS)
	cd frontend && npm run build

install: $(STAMPS)/backend-dev $(STAMPS)/frontend-deps ## install every dependency (venv + npm)

build: frontend/dist/index.html ## build the SPA into frontend/dist

migrate: $(STAMPS)/backend-runtime ## migrate the database (DATABASE_URL, default SQLite in data/)
	cd backend && $(PY) -m app migrate

run: $(STAMPS)/backend-runtime frontend/dist/index.html ## install, build, migrate, load the demo into an empty database, serve on :8000
	cd backend && DEMO_DATA=$${DEMO_DATA:-true} $(PY) -m app migrate
	cd backend && $(PY) -m app serve

migration: $(STAMPS)/backend-dev ## new migration from model changes: make migration m="what changed"
	@test -n "$(m)" || { echo 'Say what changed: make migration m="add cohorts"' >&2; exit 1; }
	scratch=$$(mktemp -d) && cd backend && DATA_DIR=$$scratch DATABASE_URL= $(PY) -m app migrate >/dev/null && \
		DATA_DIR=$$scratch DATABASE_URL= $(PY) -m alembic -c ../alembic.ini revision --autogenerate -m "$(m)"; \
		rm -rf $$scratch

types: $(STAMPS)/backend-runtime $(STAMPS)/frontend-deps ## regenerate the SPA's API types from the OpenAPI document
	cd backend && $(PY) -m app openapi > ../frontend/openapi.json
	cd frontend && npm run gen:types

lint: typecheck $(STAMPS)/backend-dev ## ruff and the TypeScript compiler
	cd backend && $(PY) -m ruff check .

typecheck: $(STAMPS)/frontend-deps ## the TypeScript compiler over the SPA (once per make run, however many targets ask)
	cd frontend && npm run typecheck

test-backend: $(STAMPS)/backend-dev ## pytest on SQLite, and on PostgreSQL at the same time when TEST_DATABASE_URL is set
	@if [ -z "$${TEST_DATABASE_URL:-}" ]; then \
		echo "TEST_DATABASE_URL is not set: the PostgreSQL half of the backend tests is skipped."; \
		cd backend && $(PY) -m pytest; \
	else \
		log=$$(mktemp); \
		echo "== backend tests on SQLite, and on PostgreSQL beside them (its output follows) =="; \
		(cd backend && $(PY) -m pytest > $$log 2>&1) & postgres=$$!; \
		sqlite=0; (cd backend && env -u TEST_DATABASE_URL $(PY) -m pytest) || sqlite=$$?; \
		pg=0; wait $$postgres || pg=$$?; \
		echo "== backend tests on PostgreSQL =="; cat $$log; rm -f $$log; \
		test $$sqlite -eq 0 -a $$pg -eq 0; \
	fi

test-frontend: typecheck ## type check, stale-types check and vitest
	cd frontend && npm run check:types && npm test

test-e2e: $(STAMPS)/backend-runtime frontend/dist/index.html ## Playwright + axe in Chromium against the built SPA
	@if [ -z "$(CHROMIUM_PATH)" ]; then \
		if [ "$${CI:-}" = "true" ]; then echo "No Chromium found, and CI=true requires the browser tests." >&2; exit 1; fi; \
		echo "No Chromium found (apt-get install chromium): browser tests skipped."; \
	else \
		cd frontend && CHROMIUM_PATH="$(CHROMIUM_PATH)" PYTHON="$(PY)" npm run test:e2e; \
	fi

# The browser tests mostly wait (for pages, the server, the debounced saves): they use a fraction of a core, so they
# run beside the backend's two halves rather than after them; each part's output is printed whole when it ends.
test: ## every test: lint, backend (SQLite + PostgreSQL), frontend unit and browser, side by side
	$(MAKE) --no-print-directory -j4 --output-sync=target lint test-backend test-frontend test-e2e

bench: $(STAMPS)/backend-dev ## the benchmark, outside CI: the real server on PostgreSQL and SQLite (make bench ARGS="--clients 1,16")
	cd backend && $(PY) -m bench $(ARGS)

backup: $(STAMPS)/backend-runtime ## back up the database (DATABASE_URL) into data/backups/, or to FILE=...
	cd backend && $(PY) -m app backup $(if $(FILE),"$(abspath $(FILE))")

restore: $(STAMPS)/backend-runtime ## restore FILE=... (stop the server first): keeps what it replaces, migrates an older backup
	@test -n "$(FILE)" || { echo 'Say which backup: make restore FILE=data/backups/leerkoers-....sqlite3' >&2; exit 1; }
	cd backend && $(PY) -m app restore "$(abspath $(FILE))"

clean: ## remove installed and built things (not data/)
	rm -rf $(VENV) $(STAMPS) frontend/node_modules frontend/dist
