# make demo: set everything up and redact a sample.  make test: set up and run the tests.
PY := .venv/bin/python
SAMPLE ?= samples/socialtjanst_brev.pdf
CORPUS ?= ../shared/data/swedish-ner-corpus

.PHONY: setup demo test bench model eval samples clean docs dist

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

# API reference from the docstrings (pdoc, the docs extra) into docs/api/
API_MODULES := redact redact.api redact.anonymize redact.types redact.errors redact.messages redact.findings_io \
	redact.detect.engine redact.detect.patterns redact.detect.custom redact.pipeline redact.policy
docs: setup
	@$(PY) -c 'import pdoc' 2>/dev/null || $(PY) -m pip install -q --disable-pip-version-check -e ".[docs]"
	@$(PY) -m pdoc -d restructuredtext -o docs/api $(API_MODULES)
	@echo "docs/api/index.html"

# sdist and wheel into dist/ (the model and the licence credits are inside the wheel)
dist: setup
	@$(PY) -c 'import setuptools, sys; sys.exit(int(setuptools.__version__.split(".")[0]) < 77)' 2>/dev/null \
		|| $(PY) -m pip install -q --disable-pip-version-check "setuptools>=77"
	@mkdir -p dist
	@$(PY) -c 'from setuptools import build_meta as b; print(b.build_sdist("dist")); print(b.build_wheel("dist"))'

clean:
	rm -rf out .pytest_cache docs/api dist build
