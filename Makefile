# make demo: set everything up and redact a sample.  make test: set up and run the tests.
PY := .venv/bin/python
SAMPLE ?= samples/socialtjanst_brev.pdf
CORPUS ?= ../shared/data/swedish-ner-corpus

.PHONY: setup demo test bench model eval samples clean

setup:
	@bash scripts/setup.sh

demo: setup
	@mkdir -p out
	@$(PY) -m redact.cli run $(SAMPLE) -o out/$(notdir $(basename $(SAMPLE))).redacted.pdf --audit out/$(notdir $(basename $(SAMPLE))).audit.json

test: setup
	@bash scripts/test.sh

bench: setup
	@$(PY) scripts/benchmark.py

model: setup
	@$(PY) scripts/train_ner.py $(CORPUS)

eval: setup
	@$(PY) scripts/evaluate.py $(CORPUS)

samples: setup
	@$(PY) scripts/make_samples.py

clean:
	rm -rf out .pytest_cache
