"""Property detector: fastighetsbeteckningar, and the times and references that look like them."""

import pytest

from redact.detect.property import PropertyRecognizer

REC = PropertyRecognizer()


def found(text: str, minimum: float = 0.5) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["PROPERTY"], nlp_artifacts=None) if r.score >= minimum]


HITS = [
    ("Ansökan om bygglov på Ramlösa 12:34.", "Ramlösa 12:34"),
    ("Fastigheten Solna Järva 4:12 ägs av sökanden.", "Solna Järva 4:12"),
    ("Kv. Björken 3 ska rivas.", "Kv. Björken 3"),
    ("inom kvarteret Stora Tallen 12", "kvarteret Stora Tallen 12"),
    ("Fastighetsbeteckning: Småstad Tallen 5", "Småstad Tallen 5"),
    ("Lagfart för Byn 1:7 beviljades.", "Byn 1:7"),
    ("Fastigheten Hagen 9:30 (tomt)", "Hagen 9:30"),  # HH:MM shape but labelled
]

NEAR_MISSES = [
    "Sammanträde 13:00 i Storsalen.",
    "Kl 09:30 börjar mötet.",
    "Enligt SFS 2009:400 och SOU 2021:34.",
    "Se Bilaga 2:1 och Kapitel 3:2.",
    "Tisdag 10:15 inställt.",
    "Prop. 2019/20:123 antogs.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_a_property(text):
    assert found(text) == []


def test_units_listed_after_a_property_are_each_found():
    text = "Fastigheterna Ramlösa 12:34, 12:35 och 12:36 berörs."
    assert found(text) == ["Ramlösa 12:34", "12:35", "12:36"]


def test_times_listed_after_a_time_stay_out():
    assert found("Kl 13:00 och 14:00 samt 15:00.") == []


def test_time_shape_without_label_is_low():
    rs = REC.analyze("Mötet i Ljusdal 10:30 drog ut.", ["PROPERTY"])
    assert [r.score < 0.5 for r in rs] == [True]
