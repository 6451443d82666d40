"""A short figure with its unit of time or measure is no identifier; a code's figures without a unit stay one. A
device's rating after its figure ("500 mW") is no one's name; the same letters elsewhere may be. Fictional texts."""

from __future__ import annotations

import pytest

from redact.detect.measured_quantities import quantity_span, unit_after_figure


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


@pytest.mark.parametrize("text, unit", [
    ("Sak\nlaserpekare 300 mW\nNummer", "mW"),
    ("En sändare på 2,4 GHz och 12 kV.", "GHz"),
    ("Lampan ger 800 lm.", "lm"),
])
def test_a_devices_rating_after_its_figure_is_a_unit(text, unit):
    a = text.index(unit)
    assert unit_after_figure(text, a, a + len(unit))


@pytest.mark.parametrize("text, word", [
    ("Handläggare: mW och KL", "mW"),  # no figure before: initials perhaps
    ("Plats 4 Lm-gruppen", "Lm"),  # a word going on after the letters
    ("Rum 12 Ek", "Ek"),  # no unit
])
def test_the_same_letters_elsewhere_are_no_unit(text, word):
    a = text.index(word)
    assert not unit_after_figure(text, a, a + len(word))
