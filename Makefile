# The two commands of the README. Both install what they need into .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= archive.db
PORT   ?= 8001

.PHONY: run test install install-test system-deps lint bench clean

## make run: install, crawl the bundled snapshot into archive.db, serve it at http://127.0.0.1:8001
run: install
	$(BIN)/govcases crawl --offline --db $(DB)
	$(BIN)/govcases serve --db $(DB) --port $(PORT)

## make test: install (with test tools and Debian's chromium), lint, run the tests
test: install-test system-deps
	$(BIN)/ruff check .
	$(BIN)/pytest

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install -e .
	touch $@

install-test: $(VENV)/.installed-test
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -e '.[test]'
	touch $@

# Debian's chromium drives the browser tests (Playwright uses it; it never downloads a browser of its own);
# the sqlite3 shell checks that the archive opens without the project's code.
system-deps:
	@{ command -v chromium && command -v sqlite3; } >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium sqlite3; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium sqlite3; fi; }

lint: install-test
	$(BIN)/ruff check .

bench: install-test
	$(BIN)/pip install -e '.[bench]'
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/search.py
	$(BIN)/python benchmarks/recrawl.py
	$(BIN)/python benchmarks/dedup.py

clean:
	rm -rf $(VENV) archive.db archive.db-wal archive.db-shm warc
