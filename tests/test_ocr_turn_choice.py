"""Choosing which way up a poorly read page stands, without reading it whole in every turn.

Tesseract is replaced by canned readings: what counts is which readings are asked for.
"""

from __future__ import annotations

import numpy as np
import pytest

import redact.ingest.ocr_turns as ocr_turns
from redact.ingest.ocr_tesseract import OcrSettings, TsvWord
from redact.ingest.ocr_turns import OcrResult, _ocr_upright

# A landscape German form read upright from a poor scan: words, read with little confidence (quality < 0.5).
FORM_WORDS = ("Rohrbuch der Leitung durch den Unternehmer auszufüllen Abschnitt Seite Bezugs Rohr Einbauteile "
              "Formteile Bemerkungen abmessung oder Hersteller einwandfrei Länge Summe Datum für den Unternehmer "
              "und der die mit von Angaben über Art").split()
# The same sheet read the wrong way round: scraps.
SCRAPS = "punoj aq uea 1uauwunaop jeubBugo sreqbuia sdez steq5uiq idezZ sas PIBMIOJ OAOTI PUBIS sjusmujIedap".split()


def _words(texts: list[str], conf: float) -> list[TsvWord]:
    return [TsvWord(t, 40 * i, 10, 30, 12, conf, (1, 1, 1)) for i, t in enumerate(texts)]


@pytest.fixture
def tesseract(monkeypatch):
    """Canned readings: the upright one given per test, every turn a poor one; records the whole-page reads."""
    calls: dict[str, list] = {"turns": [], "samples": 0}
    state: dict = {"upright": FORM_WORDS, "osd": (0, 7.0), "sample_conf": 0.2}

    def read_turned(gray, settings, dpi, page_label, turn):
        calls["turns"].append(turn)
        texts = state["upright"] if turn == 0 else SCRAPS
        return OcrResult(_words(texts, 0.4), turn, gray.shape[1], gray.shape[0])

    def read_stacked(tiles, settings, page_label, dpi, psm=None):
        calls["samples"] += 1
        # a few words read at a guess in each copy, the sideways ones a little more of them
        return [_words(["Ab", "cd"] + (["ef"] if t.shape[0] > t.shape[1] else []), state["sample_conf"]) for t in tiles]

    monkeypatch.setattr(ocr_turns, "_read_turned", read_turned)
    monkeypatch.setattr(ocr_turns, "read_stacked", read_stacked)
    monkeypatch.setattr(ocr_turns, "detect_orientation", lambda gray, settings, dpi: state["osd"])
    return calls, state


def _landscape_page() -> np.ndarray:
    gray = np.full((600, 840), 255, dtype=np.uint8)
    gray[100:500:20, 60:780] = 0  # rows of ink
    return gray


def test_an_upright_form_the_orientation_check_is_sure_of_is_read_once(tesseract):
    calls, _ = tesseract
    result = _ocr_upright(_landscape_page(), OcrSettings(), 200, "", sideways=False)
    assert result.rotation == 0
    assert calls == {"turns": [0], "samples": 0}  # no search of the turns, no reading of another turn


def test_a_sample_read_only_at_a_guess_leaves_a_sensible_upright_reading_standing(tesseract):
    calls, state = tesseract
    state["osd"] = (180, 0.04)  # the orientation check cannot tell
    result = _ocr_upright(_landscape_page(), OcrSettings(), 200, "", sideways=False)
    assert result.rotation == 0
    assert calls == {"turns": [0], "samples": 1}


def test_an_upright_reading_that_makes_no_sense_is_still_searched(tesseract):
    # a page scanned sideways whose upright reading is scraps: the check's "upright" is not believed, every
    # turn is tried, and the turns are read whole
    calls, state = tesseract
    state["upright"] = SCRAPS
    _ocr_upright(_landscape_page(), OcrSettings(), 200, "", sideways=False)
    assert calls["samples"] == 1 and len(calls["turns"]) > 1
