# Set-up in two commands: `make demo` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test install bench clean readme docs train

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# bytecode compiled at install, as pip compiles a wheel's: an editable install run under
# PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module at every start (0.2-0.3 s)
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q src/newsevents
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(TEST_STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents demo --dir out/demo

# the README's demo report, Python example output and dyad chart, from the code as it is now
readme: demo
	$(BIN)/python docs/gen_readme.py out/demo/demo.duckdb

# docs/cli.md from --help, and the README's generated parts
docs: readme
	$(BIN)/python docs/gen_cli.py

# the type hints (mypy, configured in pyproject.toml), then the suite
test: $(TEST_STAMP)
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/resolution.py
	$(BIN)/python bench/arguments.py
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/label_quality.py
	$(BIN)/python bench/throughput.py

# the event classifier (src/newsevents/events/data/event_model.npz) from training/corpus, in about five
# minutes, and the acts event nouns name (events/data/act_nouns.tsv)
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/python -m newsevents.train
	$(BIN)/python -m newsevents.train.act_nouns

clean:
	rm -rf $(VENV) out .pytest_cache
