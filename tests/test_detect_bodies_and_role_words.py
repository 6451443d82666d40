"""Words that are no one's name though they stand capitalised where a name might: a federation of municipalities
named by its own word ("Norrbacka Avfallsförbund", "Skaraborgs Kommunalförbund") as sender or recipient. Fictional
bodies and people; the shipped model."""

from __future__ import annotations

from redact.pipeline import detect_text


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


def test_a_federation_named_by_its_own_word_is_no_person(model_detector):
    text = ("Från: Norrbacka Avfallsförbund, kundtjänst\n"
            "Till: Olle Bengtsson, Rönnvägen 4, 775 30 Krylbo\n\n"
            "Skaraborgs Kommunalförbund svarar på frågor om tömningen.\n")
    persons = _persons(text, model_detector)
    assert "Olle Bengtsson" in persons
    assert not any("förbund" in p for p in persons)
