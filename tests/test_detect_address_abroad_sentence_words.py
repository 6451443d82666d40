"""A sentence in another script around an address abroad: only the address is masked, not the verb and preposition
before it ("переїхала до Ånstagatan …", "μένει στην οδός …"); a street's kind ("вул.", "οδός") stays the address's.
Fictional people and addresses; rules only."""

from __future__ import annotations

from redact.pipeline import detect_text

TEXT = ("Мій брат Taras раніше жив за адресою prosp. Nauky 41, kv. 9, 61166 Kharkiv, а тепер\n"
        "навесні переїжджає до Lönngatan 14, 582 21 Linköping.\n"
        "Η αδελφή μου μένει στην οδός Πατησίων 88, 11257 Αθήνα.\n"
        "Той живее на вул. Шипка 14, 1504 София.\n")


def test_the_words_of_the_sentence_before_an_address_abroad_stay_readable(blank_detector):
    found = {" ".join(f.text.split()) for f in detect_text(TEXT, blank_detector).findings if f.category == "ADDRESS"}
    assert "prosp. Nauky 41, kv. 9, 61166 Kharkiv" in found
    assert "Lönngatan 14, 582 21 Linköping" in found
    assert "οδός Πατησίων 88, 11257 Αθήνα" in found
    assert "вул. Шипка 14, 1504 София" in found
    assert not any(w in a for a in found for w in ("жив", "адресою", "переїжджає", "μένει", "στην", "живее"))
