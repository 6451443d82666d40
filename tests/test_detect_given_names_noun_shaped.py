"""Given names whose ending reads like a Swedish definite noun ("Alperen" like "fastighetsägaren", "Juliet" like
"kansliet", "Hussen" like "bussen"): where a name stands alone, the place rules take a word of that shape for an
ordinary noun unless a list holds it as a name, so the lists hold them. Fictional texts; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.name_words import unlisted
from tests.invented_given_names import persons

NOUN_SHAPED = ["Alperen", "Gülderen", "Güleren", "Nurseren", "Hassen", "Hussen", "Mohssen", "Gennet", "Juliet",
               "Scarlet", "Margriet", "Mariet", "Gitten"]

PLACES = [
    "Hej {name}!\nTack för blanketten, vi hör av oss i nästa vecka.",
    "Handlingarna skickas med posten.\n\nHälsningar\n{name}",
    "I går ringde {name} och frågade om ansökan.",
    "Tack {name} för att du kom till mötet i torsdags.",
]


@pytest.mark.parametrize("name", NOUN_SHAPED)
def test_a_noun_shaped_given_name_is_listed(name):
    assert not unlisted(name)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("name", NOUN_SHAPED)
def test_a_noun_shaped_given_name_alone_is_found(blank_detector, name, place):
    assert name in persons(blank_detector, place.format(name=name))


@pytest.mark.parametrize("text, word", [
    ("Handlingarna skickas med posten.\n\nHälsningar\nTingsrätten", "Tingsrätten"),
    ("Handlingarna skickas med posten.\n\nHälsningar\nKansliet", "Kansliet"),
    ("I går ringde Fastighetsägaren och frågade om ansökan.", "Fastighetsägaren"),
])
def test_a_definite_noun_at_the_same_place_stays_readable(blank_detector, text, word):
    assert not any(word in p for p in persons(blank_detector, text))
