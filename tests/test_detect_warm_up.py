"""The warm-up before a worker is forked fills only memories that give the same answers; and the word test it
replaced a per-word expression with answers as that expression did."""

from __future__ import annotations

import random
import re
from pathlib import Path

from redact.detect.name_words import written_in_lower_case
from redact.pipeline import RunOptions, detect_document

# the two smallest samples: a letter with a mailbox, a staff case with its table
SAMPLES = [Path(__file__).resolve().parent.parent / "samples" / name for name in ("epost_trad.pdf", "personalarende.pdf")]


def _findings(detector, pdf: Path) -> list[tuple]:
    det = detect_document(pdf, detector, options=RunOptions())
    return [(f.page, f.start, f.end, f.category, f.detector, f.score, f.text) for f in det.findings]


def test_warm_up_changes_no_finding(model_detector):
    before = {pdf.name: _findings(model_detector, pdf) for pdf in SAMPLES}
    model_detector.load_before_fork()
    assert model_detector._warmed_up
    assert {pdf.name: _findings(model_detector, pdf) for pdf in SAMPLES} == before


def _by_expression(word: str, text: str) -> bool:
    low = word.lower()
    return low in text and re.search(rf"(?<![\w@.-]){re.escape(low)}(?![\w@-])", text) is not None


def test_written_in_lower_case_answers_as_the_expression():
    rng = random.Random(7)
    alphabet = "ab_@.- \n1éÅå٣ⅷ²"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice("abAB_-.é") for _ in range(rng.randint(0, 3)))
        assert written_in_lower_case(word, text) == _by_expression(word, text), (word, text)
    assert written_in_lower_case("Lind", "hos lind, på lind.se") is True
    assert written_in_lower_case("Lind", "anna.lind@example.se lindqvist") is False
