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

.PHONY: serve test build pdf bench notebooks clean properdocs

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

# The site built strictly with ProperDocs, the maintained fork of MkDocs 1 (it runs the
# same mkdocs.yml, plugins and hooks), then the site tests against that build
# (CONTRIBUTING.md, "Versions"). CI runs it as a job of its own. Not part of `make test`.
PROPERDOCS ?= properdocs==1.6.7
# A folder of its own, emptied each run (the browser tests keep their readings beside the site).
PROPERDOCS_DIR := $(CURDIR)/.cache/properdocs
properdocs: $(STAMP)
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar off \
		--constraint $(CONSTRAINTS) '$(PROPERDOCS)'
	rm -rf $(PROPERDOCS_DIR)
	$(BIN)/properdocs build --strict --config-file mkdocs.yml --site-dir $(PROPERDOCS_DIR)/site
	NNMATHS_SITE=$(PROPERDOCS_DIR)/site NNMATHS_BUILDER=properdocs \
		$(BIN)/python -m pytest tests/test_site.py tests/browser

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
