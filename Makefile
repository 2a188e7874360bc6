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

.PHONY: serve test build pdf bench notebooks clean

# The first run installs about 120 packages (about 40 s with an empty pip cache on the
# maintainers' 2-core machine; longer on a slow network); pip names each one as it goes.
$(STAMP): pyproject.toml $(CONSTRAINTS)
	@echo "Creating $(VENV) with $(PYTHON) and installing the pinned tools from $(CONSTRAINTS)."
	@echo "First run only: the install (about a minute), then every chapter executes once."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar off \
		--constraint $(CONSTRAINTS) --editable '.[test]'
	@echo "Installed into $(VENV). Next time this step is skipped."
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve

test: $(STAMP)
	$(BIN)/python -m pytest

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# The whole book as one PDF, site/the-maths-behind-neural-networks.pdf, printed by the
# system's Chromium (apt-get install chromium); tools/pdf.py --check reads it back.
pdf: build
	$(BIN)/python tools/pdf.py site
	$(BIN)/python tools/pdf.py --check site

# Timings of the contributor loop (README, "Performance"); not part of `make test`.
bench: $(STAMP)
	$(BIN)/python bench/run.py

# Regenerate docs/notebooks/*.ipynb from the chapter pages (a test fails when they drift).
notebooks: $(STAMP)
	$(BIN)/python tools/notebooks.py

# .cache holds the executed outputs (.cache/nnmaths-exec, keyed on what they depend on).
clean:
	rm -rf $(VENV) site .cache .pytest_cache .mypy_cache .ruff_cache
