"""A thing's maker, its model's coded words and its serial in a row in a sentence are one number, the maker inside
its mark; an identifier read without the maker and the model before it takes them in. A label or a noun opening a
sentence, a body's own case number, a country's name, a person's name and a model without a serial stay as they
were. Fictional things and owners."""

from __future__ import annotations

import pytest

from redact.detect import plates_in_sentences
from redact.detect.makers_before_numbers import with_makers_before
from redact.types import Finding


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in plates_in_sentences.RULES for m in r.regex.finditer(text)
            if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    ("Kopplet är Hundvik-X2 KPL 3307-518.", "Hundvik-X2 KPL 3307-518"),
    ("The lead that snapped was Hundvik-X2 KPL 3307-529; please send another.", "Hundvik-X2 KPL 3307-529"),
    ("Rökdetektorn är\nBrandex BX-220T 0518-337.", "Brandex BX-220T 0518-337"),
    ("Han eldar i en spis Värmeklo K 440 SVX 55183307; den är ny.", "Värmeklo K 440 SVX 55183307"),
])
def test_a_maker_a_coded_model_and_a_serial_in_a_sentence(text, value):
    assert _rule(text) == [value]


@pytest.mark.parametrize("text", [
    "Ärendet hos Kriminalvården KV 2027-5518-03 är avslutat.",   # a body's case, led by its year
    "Hon köpte Brandex Classic 330751 i våras.",                 # no coded model: a name and a number
    "Anna Berg 3307-518 ringde i går.",                          # a person's name and a number
    "Ämne: Faktura INK 3307-518",                                # a label opening a subject line
    "Kontakta Ghana Card GHA 3307518 för frågor.",               # a country's name
    "Modellen Brandex BX-220T finns i lager.",                   # a model without a serial
    "Hon ringde Telia AB 0518-33712 i går.",                     # a firm's form and a telephone
])
def test_no_plate_in_a_sentence(text):
    assert _rule(text) == []


def _id(text: str, part: str) -> Finding:
    a = text.index(part)
    return Finding(id="p1-0", page=1, start=a, end=a + len(part), text=part, category="ID_NUMBER", score=0.8,
                   detector="learned_spans")


@pytest.mark.parametrize("text, part, whole", [
    ("Klockradion är Ljudvik RDX-4 55183307.", "RDX-4 55183307", "Ljudvik RDX-4 55183307"),
    ("gäller om hans\nSadelmät Trio S SM-0518337 har burits.", "SM-0518337", "Sadelmät Trio S SM-0518337"),
    ("brygga 45–47\nKäkfast QRT 3.3 RX5518\n", "QRT 3.3 RX5518", "Käkfast QRT 3.3 RX5518"),
])
def test_an_identifier_takes_in_the_maker_and_the_model_before_it(text, part, whole):
    assert [f.text for f in with_makers_before([_id(text, part)], text)] == [whole]


@pytest.mark.parametrize("text, part", [
    ("Resan gick bra. Pass TR5518330, född 1990.", "TR5518330"),           # a label and a code
    ("Ämne: Direktreglering HDV 5518330", "HDV 5518330"),                # a subject line's noun
    ("Han visade Ghana Card GHA-551833071-2 vid kontrollen.", "GHA-551833071-2"),  # a country's card
    ("Skrivelse till Kriminalvården KV 2027-5518-12 om besöken.", "KV 2027-5518-12"),  # a body's own case
])
def test_an_identifier_keeps_its_start_after_a_label_a_country_or_a_body(text, part):
    assert [f.text for f in with_makers_before([_id(text, part)], text)] == [part]
