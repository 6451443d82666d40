"""Words that are no one's name though they stand capitalised where a name might: a federation of municipalities
named by its own word ("Norrbacka Avfallsförbund", "Skaraborgs Kommunalförbund") as sender or recipient, a company's form after the firm's
town ("Hyresbostäder i Ekby AB") though someone's initials are "AB". Fictional
bodies and people; the shipped model."""

from __future__ import annotations

from redact.pipeline import detect_text
from redact.resolve.name_forms import counts


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


def test_a_federation_named_by_its_own_word_is_no_person(model_detector):
    text = ("Från: Norrbacka Avfallsförbund, kundtjänst\n"
            "Till: Olle Bengtsson, Rönnvägen 4, 775 30 Krylbo\n\n"
            "Skaraborgs Kommunalförbund svarar på frågor om tömningen.\n")
    persons = _persons(text, model_detector)
    assert "Olle Bengtsson" in persons
    assert not any("förbund" in p for p in persons)



def test_a_firms_form_after_its_town_is_no_copy_of_someones_initials():
    text = "Hyresbostäder i Ekby AB, område Väster, svarar."
    a = text.index("AB")
    assert not counts(text, a, a + 2, True)
    other = "Nyckeln lämnades till AB i receptionen."
    b = other.index("AB")
    assert counts(other, b, b + 2, True)
