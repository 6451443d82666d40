"""A Catalan's two surnames joined by "i" ("Pere Vidal i Soler") are one name with "i" masked, where each half is a
name hit; a name and "i" a town the page writes after a postcode stay apart. Fictional people and hits."""

from __future__ import annotations

from redact.detect.joined_surnames import with_joined_surnames
from redact.detect.name_words import NameHit


def _hits(text: str, *spans: str) -> list[NameHit]:
    return [NameHit(text.index(s), text.index(s) + len(s), 0.9, "names", "test") for s in spans]


def _texts(text: str, hits: list[NameHit]) -> list[str]:
    return [text[h.start_char:h.end_char] for h in hits]


def test_two_surnames_joined_by_i_are_one_name():
    text = "Från: Pere Vidal i Soler <pere@example.com>\n"
    out = with_joined_surnames(_hits(text, "Pere Vidal", "Soler"), text)
    assert _texts(text, out) == ["Pere Vidal i Soler"]


def test_a_town_after_i_stays_apart():
    text = "Eva Ek i Umeå har ansökt.\nBox 12, 901 84 Umeå\n"
    hits = _hits(text, "Eva Ek", "Umeå")
    assert _texts(text, with_joined_surnames(hits, text)) == ["Eva Ek", "Umeå"]


def test_a_word_after_i_that_no_rule_read_as_a_name_stays_apart():
    text = "Pere Vidal i Barcelona skrev till oss.\n"
    assert _texts(text, with_joined_surnames(_hits(text, "Pere Vidal"), text)) == ["Pere Vidal"]


def test_a_name_in_a_sentence_and_i_a_place_stay_apart():
    text = "Bilen köptes genom Dwight Carver i Denton, som skickade den.\n"
    hits = _hits(text, "Dwight Carver", "Denton")
    assert _texts(text, with_joined_surnames(hits, text)) == ["Dwight Carver", "Denton"]
