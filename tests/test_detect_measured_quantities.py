"""A short figure with its unit of time or measure is no identifier; a code's figures without a unit stay one.
Fictional texts."""

from __future__ import annotations

import pytest

from redact.detect.measured_quantities import quantity_span


@pytest.mark.parametrize("text, span", [
    ("Typ\nHOLTER 48 h\nSerienummer", "HOLTER 48"),
    ("Typ\nEKG 14 d\nSerienummer", "EKG 14"),
    ("Signal inomhus: −97 dBm, utomhus bättre.", "−97 dBm"),
    ("Uppmätt nivå -88 dBm vid fönstret.", "-88"),
])
def test_a_figure_with_its_unit_is_a_quantity(text, span):
    a = text.index(span)
    assert quantity_span(text, a, a + len(span))


@pytest.mark.parametrize("text, span", [
    ("Kort EKG 14\nNamn", "EKG 14"),
    ("Plats SV 441 i hamnen.", "SV 441"),
    ("Kod AB 12 dagsbot", "AB 12"),
    ("Lån BT 4418 h", "BT 4418"),
])
def test_a_codes_figures_without_a_unit_stay(text, span):
    a = text.index(span)
    assert not quantity_span(text, a, a + len(span))


def test_the_tagger_reads_no_identifier_in_a_quantity(model_detector):
    from redact.types import Page

    text = ("Lånenummer\nNamn\nFödd\nTyp\nKV-LÅN 27:118\nTove Lindahl\n1961-03-04\nEKG 72 h\n"
            "KV-LÅN 27:119\nPer Ek\n1958-02-01\nHOLTER 48 h\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = [f.text for f in model_detector.detect(page) if f.category == "ID_NUMBER"]
    assert not any("72" in t or "48" in t for t in found), found
