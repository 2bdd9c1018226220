# Talash — the two commands of the README's quick start are `make run` and `make test`.
# Each sets itself up on a fresh machine: a .venv is created if missing and the project is
# installed into it (again only when pyproject.toml changes).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.talash-installed
EXTRAS := dev,postgres

.PHONY: run test lint bundle bundle-test bench docs translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Talash needs Python 3.11 or newer")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools
	$(PY) -m pip install --quiet -e '.[$(EXTRAS)]'
	@touch $@

## run: open the desktop window (first run offers: set up this station, or the demo station)
run: $(STAMP)
	$(VENV)/bin/talash $(ARGS)

## test: the whole suite, headless, on SQLite and on a throw-away PostgreSQL server when one is installed
# It runs on every core (pytest-xdist; PYTEST_PARALLEL= runs it in one process). pytest exits 5
# when it collected no tests: that is a broken suite, not a pass.
PYTEST_PARALLEL ?= -n auto --dist worksteal
test: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests; failing"; exit 1; fi; \
	exit $$rc

## lint: ruff, mypy (strict on models/, reports/, ui/ and desktop/), import-linter
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

## bundle: one-folder PyInstaller build in dist/talash, then its self-check
bundle: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/talash/talash selfcheck

## bundle-test: build the bundle, run its self-check, then let the bundled program (not the
## source tree) set up a station in a temporary folder, register a child's case, issue and print
## its notice, export the week's return and run two verbs through `talash serve`
## (.ci/bundle-test); fails on any error
bundle-test: bundle
	.ci/bundle-test

## bench: the benchmark suite (ratios against raw-SQL baselines, figures in benchmarks/results/)
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(ARGS)

## docs: regenerate docs/cli.md and docs/schema/ from the code
docs: $(STAMP)
	$(PY) -m desktop.cli_docs

## translations: refresh the window's Marathi and Hindi catalogues (resources/translations/*.ts)
## from the marked strings in ui/ and desktop/ and the messages of models/ (msg templates and field
## labels), then compile them to the .qm files the program loads
# Locations are left out of the .ts files so that moving code does not rewrite the catalogues.
# The .qm files are committed (a fresh checkout and the bundle have them without this step);
# tests/ui/test_translations.py fails when they are older than their .ts source. models/ cannot
# use Qt, so its messages are listed by models/message_templates.py in a file lupdate reads.
TS_FILES := resources/translations/talash_mr.ts resources/translations/talash_hi.ts
MODEL_MESSAGES := build/translations/models_messages.py
translations: $(STAMP)
	mkdir -p $(dir $(MODEL_MESSAGES))
	$(PY) -m models.message_templates $(MODEL_MESSAGES)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find ui desktop -name '*.py' | sort) $(MODEL_MESSAGES) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -nounfinished $$ts -qm $${ts%.ts}.qm || exit 1; done

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
