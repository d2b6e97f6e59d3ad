# Two commands do all set-up on a fresh machine:
#   make demo   installs accords into .venv, reads the bundled examples into the SQLite register
#               accords.db and shows the consolidated agreements
#   make test   installs the test tools and runs ruff and the whole test suite
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint install clean bench serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml package.json package-lock.json | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/accords read examples/articles.jsonl -o out/examples.jsonl
	$(BIN)/accords read examples/articles.jsonl --pretty
	$(BIN)/accords ingest examples/articles.jsonl examples/followups.jsonl --db accords.db
	$(BIN)/accords agreements --db accords.db --sort=-sources --limit 8

lint: install
	$(BIN)/ruff check src tests bench

test: lint
	$(BIN)/python -m pytest -q

serve: install
	$(BIN)/accords serve --db accords.db

bench: install
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/store.py

clean:
	rm -rf $(VENV) node_modules out build .pytest_cache .ruff_cache accords.db accords.db-wal accords.db-shm
