# Two commands do everything on a fresh machine with Python 3.11+:
#   make demo   set up .venv, build the releases, grade a simulated class, write feedback and grades
#   make test   set up .venv, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test venv release lint clean bench help

help:
	@echo "make demo | make test | make bench | make release | make lint | make clean"

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml course_utils/grading/sandbox.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (course)" >/dev/null
	$(BIN)/python -m course_utils.grading.sandbox install >/dev/null
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/course demo

test: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pytest

release: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/course release

bench: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m course_utils.grading.bench

lint: $(STAMP)
	$(BIN)/python -m pytest -q tests/test_notebooks.py -k "lint or stray or leaks"

clean:
	rm -rf submitted/*/ autograded/*/ feedback/*/ grading-log gradebook.db grades*.csv
