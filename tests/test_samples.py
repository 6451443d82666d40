"""Samples: run the whole pipeline on every samples/*.pdf and prove each expected item is gone.

"Gone" is checked on the item's own page with two extractors that share no
code (MuPDF and poppler's pdftotext), case- and whitespace-normalised, with
word boundaries. Counting makes homonyms fair: a page that says "Sten Björk"
and "gångarna av sten" must lose one "sten", not both. For a person, each
name word must go too, so masking half of "Per-Olof Nilsson" is a miss.
"""

from __future__ import annotations

import inspect
import json
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASES = sorted(SAMPLES.glob("*.expected.json"))
PARTICLES = {"von", "af", "av", "de", "van", "der", "bin", "al"}


def normalise(text: str) -> str:
    """Case- and whitespace-insensitive form; soft hyphens dropped."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return " ".join(text.casefold().split())


def count(haystack: str, needle: str) -> int:
    """Occurrences of a normalised needle bounded by non-word characters."""
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack))


def page_texts(path: Path) -> dict[str, list[str]]:
    """Normalised text of every page according to MuPDF and to pdftotext."""
    with pymupdf.open(path) as doc:
        mu = [normalise(p.get_text()) for p in doc]
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext is missing: run `make setup` (Debian package poppler-utils)")
    out = subprocess.run([exe, "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return {"mupdf": mu, "pdftotext": [normalise(t) for t in out.split("\f")[: len(mu)]]}


def needles(expected: list[dict]) -> dict[tuple[int, str], tuple[int, set[str]]]:
    """(page, normalised text) -> (occurrences that must go, categories): whole items and person name words."""
    need: Counter[tuple[int, str]] = Counter()
    cats: dict[tuple[int, str], set[str]] = {}
    for it in expected:
        page, text, cat = int(it["page"]), str(it["text"]), str(it["category"])
        keys = [(page, normalise(text))]
        if cat == "PERSON":
            words = [w for w in normalise(text).split() if len(w) > 1 and w not in PARTICLES]
            if len(words) > 1:
                keys += [(page, w) for w in words]
        for key in keys:
            need[key] += 1
            cats.setdefault(key, set()).add(cat)
    return {k: (n, cats[k]) for k, n in need.items()}


@dataclass
class Outcome:
    """One sample's spec, its redacted output and the texts before and after."""

    spec: dict
    source: Path
    output: Path
    audit: Path
    before: dict[str, list[str]]
    after: dict[str, list[str]]

    def __repr__(self) -> str:  # keeps pytest's failure report to one line per sample
        return f"Outcome({self.source.name})"


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict[str, Outcome | Exception]:
    """Run redact.pipeline.run_file once per sample (the model is loaded once); a failed run is kept as its error."""
    from redact.errors import RedactError
    from redact.pipeline import run_file

    extra = {}
    if "detector" in inspect.signature(run_file).parameters:
        extra["detector"] = request.getfixturevalue("model_detector")
    out_dir = tmp_path_factory.mktemp("samples-out")
    results: dict[str, Outcome | Exception] = {}
    for case in CASES:
        spec = json.loads(case.read_text(encoding="utf-8"))
        source = SAMPLES / spec["document"]
        output = out_dir / f"{source.stem}.redacted.pdf"
        audit = out_dir / f"{source.stem}.audit.json"
        try:
            run_file(source, output, audit, **extra)
        except RedactError as err:
            results[case.name] = err
            continue
        results[case.name] = Outcome(spec, source, output, audit, page_texts(source), page_texts(output))
    return results


def outcome(outcomes: dict[str, Outcome | Exception], case: Path) -> Outcome:
    """The sample's outcome, or a failure naming why the pipeline produced no output."""
    o = outcomes[case.name]
    if isinstance(o, Exception):
        pytest.fail(f"{case.name}: run_file raised {type(o).__name__}: {o}")
    return o


def _ids(case: Path) -> str:
    return case.name.removesuffix(".expected.json")


def test_there_are_six_samples_with_pdfs() -> None:
    assert len(CASES) >= 6
    for case in CASES:
        spec = json.loads(case.read_text(encoding="utf-8"))
        assert (SAMPLES / spec["document"]).is_file(), spec["document"]
        assert spec["expected"] and spec["keep"]


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_every_expected_item_is_masked(case: Path, outcomes: dict[str, Outcome | Exception]) -> None:
    o = outcome(outcomes, case)
    assert len(o.after["mupdf"]) == len(o.before["mupdf"]), "page count changed"
    misses = []
    for (page, needle), (n, cats) in sorted(needles(o.spec["expected"]).items()):
        for tool in ("mupdf", "pdftotext"):
            had = count(o.before[tool][page - 1], needle)
            left = count(o.after[tool][page - 1], needle)
            if left > had - n:
                misses.append(f"page {page} {'/'.join(sorted(cats))} {needle!r}: {left - (had - n)} of {n} left ({tool})")
    assert not misses, f"{o.source.name}: {len(misses)} not masked:\n  " + "\n  ".join(misses)


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_keep_words_stay_readable(case: Path, outcomes: dict[str, Outcome | Exception]) -> None:
    o = outcome(outcomes, case)
    lost = []
    for word in o.spec["keep"]:
        w = normalise(word)
        for tool in ("mupdf", "pdftotext"):
            had = sum(count(t, w) for t in o.before[tool])
            left = sum(count(t, w) for t in o.after[tool])
            assert had > 0, f"keep word {word!r} is not in the sample ({tool}): regenerate the samples"
            if left < had:
                lost.append(f"{word!r}: {had - left} of {had} masked ({tool})")
    assert not lost, f"{o.source.name}: over-masked:\n  " + "\n  ".join(lost)


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_audit_record_holds_no_masked_text(case: Path, outcomes: dict[str, Outcome | Exception]) -> None:
    o = outcome(outcomes, case)
    record = normalise("\n".join(_strings(json.loads(o.audit.read_text(encoding="utf-8")))))
    leaked = sorted({f"{it['category']} {it['text']!r}" for it in o.spec["expected"] if count(record, normalise(it["text"]))})
    assert not leaked, f"{o.audit.name} holds masked text in clear: " + ", ".join(leaked)


def _strings(value: object) -> list[str]:
    """Every key and string value in a JSON document (escapes decoded)."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []
