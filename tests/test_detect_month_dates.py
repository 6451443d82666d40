"""A month's name in a date is no person ("Maj 2026", "den 12 Maj"); the first name Maj still is. Fictional people;
the shipped model, which reads a month alone on a line as a name."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _persons(det) -> list[str]:
    return [" ".join(f.text.split()) for f in det.findings if f.category == "PERSON" and f.status != "rejected"]


@pytest.mark.parametrize("text", ["Maj 2025\nInformationsblad från fritidsförvaltningen",
                                  "Sista ansökningsdag är den 14 Maj för höstterminen."])
def test_a_month_in_a_date_is_no_person(model_detector, text):
    assert "Maj" not in " ".join(_persons(detect_text(text, model_detector)))


@pytest.mark.parametrize("text, name", [("Maj Fredholm ringde om bygglovet.", "Maj Fredholm"),
                                         ("Närvarande: Maj Holmér, 2025 års sekreterare", "Maj Holmér")])
def test_the_first_name_maj_is_still_a_name(model_detector, text, name):
    assert name in _persons(detect_text(text, model_detector))


def test_a_period_of_months_is_no_person():
    from redact.detect.month_dates import drop_month_dates
    from redact.types import Finding

    text = "Inkomna ansökningar mars–april\nMaj-Britt Holm handlade ärendena."

    def person(value: str) -> Finding:
        start = text.index(value)
        return Finding(id=value, page=1, start=start, end=start + len(value), text=value, category="PERSON",
                       score=0.85, detector="names", reason="ner:PER")

    kept = drop_month_dates([person("mars–april"), person("Maj-Britt Holm")], text)
    # the period is no one; a double first name that opens with a month's word still is a person
    assert [f.text for f in kept] == ["Maj-Britt Holm"]
