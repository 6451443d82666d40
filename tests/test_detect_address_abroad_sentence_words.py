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


def test_a_latin_sentence_word_past_the_western_letters_before_an_address_stays_readable(blank_detector):
    from redact.detect.address_lead_words import without_sentence_lead
    from redact.types import Finding

    text = ("Ablam eskiden Ankara'da oturuyordu, şimdi Lindvägen 7, 722 14 Västerås adresinde.\n"
            "Siostra mieszka teraz, żyje przy Ekgatan 3, 652 24 Karlstad.\n")
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"}
    assert "Lindvägen 7, 722 14 Västerås" in found
    assert not any("şimdi" in a or "żyje" in a for a in found)
    # the tagger's address too, and a street's kind in small letters stays the address's
    for lead, street in (("şimdi ", "Lindvägen 7, 722 14 Västerås"), ("třída ", "Míru 12, 120 00 Praha")):
        line = f"bor {lead}{street}."
        at = line.index(lead)
        f = Finding(id="p1-0", page=1, start=at, end=at + len(lead + street), text=lead + street, category="ADDRESS",
                    score=0.5, detector="learned_spans")
        want = street if lead == "şimdi " else lead + street
        assert [g.text for g in without_sentence_lead([f], line)] == [want]


def test_an_address_in_a_script_without_capitals_keeps_its_first_word():
    from redact.detect.address_lead_words import without_sentence_lead
    from redact.types import Finding

    line = "მისამართი: რუსთაველის გამზ. 14, ბინა 3, თბილისი 0108"
    at = line.index("რუსთაველის")
    f = Finding(id="p1-0", page=1, start=at, end=len(line), text=line[at:], category="ADDRESS", score=0.8,
                detector="address")
    assert without_sentence_lead([f], line) == [f]


def test_a_month_inside_the_sentence_before_an_address_abroad_stays_readable(blank_detector):
    # the sentence's lowercase words, a capitalised month among them, then the verb and the preposition
    text = "Ο γιος μου ζει στη Λάρισα και τον Μάρτιο μετακομίζει στη Ringvägen 9, 722 14 Västerås.\n"
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"}
    assert "Ringvägen 9, 722 14 Västerås" in found
    assert not any(w in a for a in found for w in ("Μάρτιο", "μετακομίζει", "στη"))


def test_a_month_and_its_year_before_a_numbers_label_are_no_street_abroad(blank_detector):
    # a date's month and year, then the next line's label and number: no street, house, postal code and town
    text = ("Ich bin geboren am 14. März 1987,\nKundennummer 4410 558812, Telefon 070-112 23 34.\n"
            "Nací el 3 de Marzo 1990,\nReferencia 7731 Lund.\n")
    found = [f.text for f in detect_text(text, blank_detector).findings]
    assert not any("Kundennummer" in a or "Referencia" in a for a in found)  # the label stays readable
