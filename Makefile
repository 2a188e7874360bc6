# Two commands for contributors: `make serve` and `make test`.
# Each creates .venv on first use and installs the pinned tools into it.
PYTHON ?= python3
VENV ?= .venv
# The oldest supported set: make test PYTHON=python3.10 VENV=.venv-oldest CONSTRAINTS=constraints-oldest.txt
CONSTRAINTS ?= constraints.txt
BIN := $(VENV)/bin
# Material prints a notice about MkDocs 2 on every build; it is not a warning about this site.
export NO_MKDOCS_2_WARNING := 1
STAMP := $(VENV)/.installed

.PHONY: serve test build bench notebooks clean

$(STAMP): pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--constraint $(CONSTRAINTS) --editable '.[test]'
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve

test: $(STAMP)
	$(BIN)/python -m pytest

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# Timings of the contributor loop (README, "Performance"); not part of `make test`.
bench: $(STAMP)
	$(BIN)/python bench/run.py

# Regenerate docs/notebooks/*.ipynb from the chapter pages (a test fails when they drift).
notebooks: $(STAMP)
	$(BIN)/python tools/notebooks.py

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache
