"""Words OCR read with low confidence that may be names: proposed for review."""

from __future__ import annotations

import pytest

from redact.detect.uncertain import NameLexicon, uncertain_findings
from redact.types import Finding, Page, Word


def _ocr_page_of(words: list[tuple[str, float]]) -> Page:
    text, ws, pos = "", [], 0
    for i, (t, conf) in enumerate(words):
        if i:
            text += " "
            pos += 1
        ws.append(Word(t, pos, pos + len(t), (10.0 * i, 0.0, 10.0 * i + 9, 10.0), 0, conf))
        text += t
        pos += len(t)
    rects = []
    for i in range(len(text)):
        rects.append(None if text[i] == " " else (float(i), 0.0, float(i + 1), 10.0))
    return Page(1, text, tuple(ws), 595, 842, tuple(rects), "ocr")


LEX = NameLexicon.of(["Karin", "Bergström", "Olle", "Nyström"], exceptions=["Alla"])


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([("Handläggare", 0.95), ("Karin", 0.96), ("Bergstr0m", 0.41)], ["Bergstr0m"]),  # beside a name
        ([("Beslut", 0.9), ("Nystrorn", 0.52), ("kom", 0.9)], ["Nystrorn"]),  # one edit from a name
        ([("Beslut", 0.9), ("Nyström", 0.95), ("kom", 0.9)], []),  # confident: the detectors decide
        ([("Beslut", 0.9), ("Alla", 0.3), ("kom", 0.9)], []),  # a common word that is also a name
        ([("Beslut", 0.9), ("nystrorn", 0.4), ("kom", 0.9)], []),  # not capitalised, no name beside
        ([("Beslut", 0.9), ("Tjänsteskrivelse", 0.4)], []),  # capitalised but no name
    ],
)
def test_uncertain_words(words: list[tuple[str, float]], expected: list[str]):
    page = _ocr_page_of(words)
    found = []
    k = page.text.find("Karin")
    if k >= 0:
        found.append(Finding("f1", 1, k, k + 5, "Karin", "PERSON", 0.8, "names"))
    out = uncertain_findings(page, found, LEX)
    assert [f.text for f in out] == expected
    assert all(f.status == "uncertain" and f.category == "PERSON" and f.detector == "ocr_uncertain" for f in out)


def test_text_layer_pages_get_no_uncertain_findings():
    page = _ocr_page_of([("Nystrorn", 0.2)])
    text_page = Page(1, page.text, page.words, 595, 842, page.char_rects, "text")
    assert uncertain_findings(text_page, [], LEX) == []


def test_shipped_lexicons_load():
    lex = NameLexicon.load()
    assert lex.is_name("Karin") and lex.near_name("Bergstrorn") and not lex.near_name("Tjänsteskrivelse")
