"""A family name with a capitalised particle mentioned alone keeps its particle masked ("fru De Rosa" after "Bianca
De Rosa"); the particle of a name nobody is named by stays. Fictional people; the shipped model."""

from __future__ import annotations

from redact.pipeline import detect_text


def _covered(det, text: str, word: str, at_or_after: int) -> bool:
    i = text.index(word, at_or_after)
    return any(f.category == "PERSON" and f.status != "rejected" and f.start <= i and i + len(word) <= f.end
               for f in det.findings)


def test_the_particle_of_a_family_name_mentioned_alone_is_masked(model_detector):
    text = "Bianca De Rosa kom till mötet i tid. Efter mötet ringde fru De Rosa till kontoret."
    det = detect_text(text, model_detector)
    later = text.index("fru")
    assert _covered(det, text, "De", later) and _covered(det, text, "Rosa", later)


def test_no_particle_is_masked_without_a_full_name(model_detector):
    text = "Efternamn som De Rosa är vanliga i Italien. Mötet hölls i går."
    det = detect_text(text, model_detector)
    assert not _covered(det, text, "De", 0)
