"""A home's address found in pieces is one finding: a postal code and town after it, a "c/o" name before it; a care
home named before the street is not joined. Fictional text; the blank pipeline and hand-made findings."""

from __future__ import annotations

from redact.detect.address_joins import join_address_parts
from redact.types import Finding, Page


def _finding(text: str, part: str, category: str, start_at: int = 0) -> Finding:
    start = text.index(part, start_at)
    return Finding(id=f"f{start}", page=1, start=start, end=start + len(part), text=part, category=category,
                   score=0.8, detector="test")


def test_a_village_and_its_postal_code_are_one_address():
    text = "Mamman bor i Åsmyra by 14, 712 93 Nyhyttan sedan i fjol.\n"
    found = join_address_parts([_finding(text, "Åsmyra by 14", "ADDRESS"),
                                _finding(text, "712 93 Nyhyttan", "POSTAL_CODE")], text)
    assert [(f.category, f.text) for f in found] == [("ADDRESS", "Åsmyra by 14, 712 93 Nyhyttan")]


def test_a_care_of_name_opens_the_address_after_it():
    text = "Postadress: c/o Wikström, Åsmyra by 14, 712 93 Nyhyttan\n"
    found = join_address_parts([_finding(text, "c/o Wikström", "ADDRESS"),
                                _finding(text, "Åsmyra by 14", "ADDRESS"),
                                _finding(text, "712 93 Nyhyttan", "POSTAL_CODE")], text)
    assert [f.text for f in found] == ["c/o Wikström, Åsmyra by 14, 712 93 Nyhyttan"]


def test_two_numbered_homes_stay_two():
    text = "Hon har bott på Linvägen 3, Ekgatan 8 och i Umeå.\n"
    found = join_address_parts([_finding(text, "Linvägen 3", "ADDRESS"), _finding(text, "Ekgatan 8", "ADDRESS")], text)
    assert [f.text for f in found] == ["Linvägen 3", "Ekgatan 8"]


def test_a_postal_code_alone_is_left_as_it_is():
    text = "Kontoret ligger i 712 93 Nyhyttan.\n"
    found = join_address_parts([_finding(text, "712 93 Nyhyttan", "POSTAL_CODE")], text)
    assert [(f.category, f.text) for f in found] == [("POSTAL_CODE", "712 93 Nyhyttan")]


def _addresses(detector, text: str) -> list[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in detector.detect(page) if f.category == "ADDRESS"]


def test_a_care_home_named_before_the_street_stays_readable(blank_detector):
    # the institution is where many live, not one person's home: only the street and what follows it are masked
    text = "Resenär: Gunnel Ahlqvist\nBostad: Vårdboendet Linden, Lindgatan 12, 712 30 Nyhyttan\n"
    found = _addresses(blank_detector, text)
    assert "Lindgatan 12, 712 30 Nyhyttan" in found
    assert not [a for a in found if "Linden," in a]


def test_the_country_after_a_joined_address_is_its_last_part():
    # the postal code and town were a piece of their own: the country after them was joined to no address before
    text = "Dottern bor på Via Garibaldi 7, scala B, 10122 Torino, Italia. Hon ringer varje vecka.\n"
    found = join_address_parts([_finding(text, "Via Garibaldi 7, scala B", "ADDRESS"),
                                _finding(text, "10122 Torino", "POSTAL_CODE")], text)
    assert [f.text for f in found] == ["Via Garibaldi 7, scala B, 10122 Torino, Italia"]


def test_a_name_after_a_joined_address_is_no_country():
    text = "Postadress: Åsmyra by 14, 712 93 Nyhyttan, Greta Holm har nyckel.\n"
    found = join_address_parts([_finding(text, "Åsmyra by 14", "ADDRESS"),
                                _finding(text, "712 93 Nyhyttan", "POSTAL_CODE")], text)
    assert [f.text for f in found] == ["Åsmyra by 14, 712 93 Nyhyttan"]


def test_a_town_and_its_country_in_the_cell_after_a_street_abroad_are_its_second_part(blank_detector):
    text = ("Ärende | Gatuadress | Ort\n| 12 | Kebele 07, House 2218 | Bahir Dar, Etiopien\n"
            "| 13 | Nipvägen 4 B | 871 42 Härnösand\n")
    assert "Bahir Dar, Etiopien" in _addresses(blank_detector, text)


def test_a_town_and_country_after_no_street_or_in_sweden_stay_as_they_were(blank_detector):
    text = ("Ärende | Tolk | Ort\n| 12 | Hanna Berg | Bahir Dar, Etiopien\n"
            "| 13 | Kebele 07, House 2218 | Umeå, Sverige\n")
    found = _addresses(blank_detector, text)
    assert not [a for a in found if "Bahir" in a or "Umeå" in a], found
