"""OCR garbage is no evidence of a person: symbols and pages read the wrong way up propose no names,
while real names in the same scans are still found, masked and gone from the output."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from conftest import mupdf_text, pdftotext
from ocr_fixtures import ocr_page
from redact.ingest.ocr import tesseract_available
from redact.ingest.ocr_sense import garbled, judge_page, without_noise
from redact.ingest.ocr_tesseract import OcrSettings, TsvWord
from redact.ingest.ocr_turns import OcrResult, _ocr_upright, best_reading
from redact.pipeline import RunOptions, run_file
from redact.types import Finding, Page, Word

LETTER = [
    "Beslut om bistånd",
    "Handläggare: Karin Lindqvist",
    "Ärendet gäller ansökan om ekonomiskt bistånd.",
    "Sökanden Ahmed Hassan har lämnat in ansökan den 3 mars.",
]
# Printable ASCII set in the dingbats font: on paper scissors, stars and arrows, which Tesseract reads
# as letters ("KENT", "LASDI", "IR") that the name detectors take for names and initials.
DINGBATS = ["!\"#$%&'()*+,-./0123", "456789:;<=>?@ABCDEF", "GHIJKLMNOPQRSTUVWX", "YZ[\\]^_`abcdefghij",
            "klmnopqrstuvwxyz{|}~"]


def _scan_with_dingbats(path: Path, dpi: int = 170) -> Path:
    """One scanned page (an image, no text layer): a letter, then five lines of dingbats."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    y = 80.0
    for line in LETTER:
        page.insert_text((60, y), line, fontsize=12)
        y += 20
    for line in DINGBATS:
        page.insert_text((60, y), line, fontsize=14, fontname="zadb")
        y += 24
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    src.close()
    doc = pymupdf.open()
    doc.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    doc.save(path)
    doc.close()
    return path


@pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr-swe missing: run make setup")
def test_dingbats_in_a_scan_propose_no_person_and_the_real_names_are_masked(tmp_path, blank_detector):
    src = _scan_with_dingbats(tmp_path / "beslut.pdf")
    out = tmp_path / "beslut.redacted.pdf"
    d = run_file(src, out, options=RunOptions(ocr_dpi=200), detector=blank_detector)
    persons = {f.text for f in d.findings if f.category == "PERSON"}
    assert persons == {"Karin Lindqvist", "Ahmed Hassan"}, persons
    assert d.verification.ok
    for reader in (mupdf_text, pdftotext):
        text = " ".join(reader(out).split())
        assert "Lindqvist" not in text and "Hassan" not in text


def _page(lines: list[list[tuple[str, float]]]) -> Page:
    """An OCR page of the given lines of (word, confidence)."""
    return ocr_page(lines)


# What Tesseract read on a printed page turned upside down (public-domain text of 1863) and a dingbats sheet.
UPSIDE_DOWN = [
    [("\"I9A910]", 0.54), ("PIUYsNId", 0.0), ("ad", 0.40), ("[[TM", 0.26), ("ÄdBIa", 0.01)],
    [("-P9JuOd", 0.14), ("UITTINOG", 0.30), ("24)", 0.41), ("PUuE", 0.20), ("Speuu", 0.0), ("2q", 0.61)],
    [("[IM", 0.35), ("PIBMIOJ", 0.49), ("OAOTI", 0.36), ("PUBIS", 0.0), ("au0", 0.0), ("\"IN", 0.22)],
    [("JO", 0.20), ("I9pUBIUTION", 0.0), ("JUBIL)", 0.42), ("SUOTSSTULULOD", 0.35)],
    [("u[odUurT", 0.0), ("[nun", 0.60), ("sjusmujIedap", 0.38), ("asoyd", 0.0)],
    [("WOIJ", 0.56), ("SMOU", 0.62), ("jO", 0.66), ("soutlpeoq", 0.14), ("2r", 0.0), ("[IT", 0.39)],
    [("asnva", 0.35), ("Don", 0.71), ("Plot", 0.44), ("MOR", 0.44), ("POI", 0.30)],
    [("oj'stegqBulp-Jdez/S1S9", 0.0), ("punoj", 0.90), ("aq", 0.89), ("uea", 0.80), ("1uauwunaop", 0.60),
     ("jeubBugo", 0.25)],
]
SWEDISH = [
    [("Beslut", 0.96), ("om", 0.97), ("bistånd", 0.96)],
    [("Handläggare:", 0.96), ("Karin", 0.97), ("Lindqvist", 0.96)],
    [("Sökanden", 0.97), ("Zbigniew", 0.90), ("Wróblewski", 0.88), ("har", 0.97), ("ansökt", 0.95)],
    [("om", 0.95), ("bistånd", 0.95), ("för", 0.97), ("hyra", 0.96), ("och", 0.97), ("el.", 0.9)],
    [("Bergstrom", 0.41), ("070-123", 0.9)],  # a misread surname alone in a table row
    [("Xiomara", 0.92)],  # a name of no lexicon, alone on a line, read well
    [("TR", 0.32), ("4711", 0.5), ("Xx", 0.40)],  # the rules of a table read as letters, beside a number
    [("Handläggare:", 0.93), ("EK", 0.55)],  # initials beside a label
    [("Ansökan", 0.96), ("beviljas", 0.95), ("enligt", 0.96), ("4", 0.95), ("kap.", 0.95), ("1", 0.97), ("§", 0.9)],
]


def test_a_page_read_upside_down_is_all_noise():
    sense = judge_page(_page(UPSIDE_DOWN))
    words = _page(UPSIDE_DOWN).words
    kept = [w.text for w, noise in zip(words, sense.noise) if not noise and any(c.isalpha() for c in w.text)]
    assert kept == [], kept


def test_names_on_a_sensible_page_are_evidence_and_table_rules_are_not():
    page = _page(SWEDISH)
    sense = judge_page(page)
    noise = {w.text for w, n in zip(page.words, sense.noise) if n}
    assert noise == {"TR", "Xx"}, noise


def test_only_persons_on_noise_are_dropped():
    page = _page(SWEDISH)

    def finding(word: str, detector: str = "names", category: str = "PERSON") -> Finding:
        w = next(w for w in page.words if w.text == word)
        return Finding(f"f-{word}", 1, w.start, w.end, word, category, 0.8, detector)

    found = [finding("Karin"), finding("Bergstrom", "ocr_uncertain"), finding("Xiomara"), finding("TR", "initials"),
             finding("Xx", category="LICENSE_PLATE")]
    rules = [w for w in page.words if w.text in ("TR", "Xx")]
    # a proposal over garbage and a number is dropped too: digits are no evidence of a name
    found.append(Finding("f-row", 1, rules[0].start, rules[1].end, "TR Xx", "PERSON", 0.85, "names"))
    kept = {f.text for f in without_noise(page, found)}
    assert kept == {"Karin", "Bergstrom", "Xiomara", "Xx"}
    # A text layer (confidence 1.0) is never judged.
    layer = Page(1, page.text, tuple(Word(w.text, w.start, w.end, w.rect, w.line) for w in page.words), 595, 842, (), "ocr")
    assert len(without_noise(layer, found)) == len(found)


def test_a_poorly_read_stop_word_is_no_guessed_name():
    page = _page([[("When", 0.35), ("I", 0.96), ("shall", 0.96), ("pass", 0.95), ("away", 0.96)],
                  [("Bo", 0.40), ("Svensson", 0.93), ("har", 0.97), ("ringt", 0.96)]])
    guesses = [Finding(f"u{i}", 1, w.start, w.end, w.text, "PERSON", 0.1, "ocr_uncertain", status="uncertain")
               for i, w in enumerate(page.words) if w.text in ("When", "Bo")]
    assert [f.text for f in without_noise(page, guesses)] == ["Bo"]


@pytest.mark.parametrize("token, odd", [
    ("Lindqvist", False), ("McDonald", False), ("O'Brien", False), ("Ahmed-Hassan", False), ("Kar1n", False),
    ("AB", False), ("Øvergaard", False), ("LZx", True), ("SYdAT3", True), ("jeubBugo", True), ("OGf[2295", True),
])
def test_garbled_shapes(token, odd):
    assert garbled(token) is odd


LONG_LETTER = [
    "Beslut om bistånd enligt socialtjänstlagen för hushållet i Malmö",
    "Handläggare: Karin Lindqvist, enheten för ekonomiskt bistånd",
    "Ärendet gäller ansökan om ekonomiskt bistånd för hyra och el.",
    "Sökanden Ahmed Hassan har lämnat in ansökan den 3 mars 2024.",
    "Ansökan beviljas enligt socialtjänstlagen 4 kap. 1 § för april.",
]


@pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr-swe missing: run make setup")
def test_a_page_that_only_looks_sideways_is_read_upright():
    """Pictures and columns can make an upright page look sideways; Tesseract's orientation check finds it
    upright, and it must be read that way: read turned, its names come out as garbage and are missed."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    y = 90.0
    for line in LONG_LETTER * 6:
        page.insert_text((60, y), line, fontsize=11)
        y += 20
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()
    src.close()
    result = _ocr_upright(gray, OcrSettings(), 150, "", sideways=True)
    assert result.rotation == 0
    assert {"Lindqvist,", "Hassan"} <= {w.text for w in result.words}


def _reading(texts: list[str], conf: float, turn: int) -> OcrResult:
    words = [TsvWord(t, 40 * i, 0, 30, 12, conf, (1, 1, 1)) for i, t in enumerate(texts)]
    return OcrResult(words, turn, 1000, 1000)


def test_the_turn_that_reads_words_wins_over_the_one_read_with_more_confidence():
    upside_down = _reading("punoj aq uea 1uauwunaop jeubBugo sreqbuia sdez steq5uiq idezZ sas PIBMIOJ OAOTI PUBIS "
                           "sjusmujIedap asoyd soutlpeoq sjxodor qvns sdeqrq".split(), 0.8, 180)
    upright = _reading("Beslut om bistånd enligt socialtjänstlagen för hushållet Handläggare Karin Lindqvist "
                       "ekonomiskt bistånd hyra Sökanden Ahmed Hassan ansökan".split(), 0.6, 0)
    assert best_reading([upside_down, upright]) is upright
    assert best_reading([upright, upside_down]) is upright
    # Two readings that both read words: the one read with more confidence wins, as before.
    other = _reading([w.text for w in upright.words], 0.9, 90)
    assert best_reading([upright, other]) is other
