"""The kin-name rule on English text: a capitalised word before a surname is a first name only when listed."""

from __future__ import annotations

from redact.resolve.kin_names import find_kin_first_names
from redact.types import Finding

EN = (
    "The guideline was prepared with support from Harriet Morgan Health of the regional office. Members of the\n"
    "group declared their interests before the meetings, and the secretariat reviewed every declaration.\n"
    "The World Health Organization thanks the reviewers. Priya Raman and her brother Arjun Raman, a nurse,\n"
    "took part in the consultation on the draft recommendations in the spring of the same year.\n"
)
SV = (
    "Familjen har varit känd för socialtjänsten sedan i våras. Sonen till Aino Kettunen, Vilja Kettunen,\n"
    "går i skolan i Norrvik och har enligt mentorn varit frånvarande under flera veckor i höstas.\n"
)


def _person(page: int, text: str, name: str) -> Finding:
    start = text.index(name)
    return Finding(id=f"p{page}-{start}", page=page, start=start, end=start + len(name), text=name,
                   category="PERSON", score=0.95, detector="names")


def test_english_title_case_words_before_a_surname_are_not_first_names():
    found = [f.text for f in find_kin_first_names(
        [_person(1, EN, "Harriet Morgan Health"), _person(1, EN, "Priya Raman")], {1: EN})]
    assert "World" not in found, found
    assert "Arjun" in found, found  # a listed first name still is one


def test_the_swedish_rule_is_unchanged_for_an_unlisted_first_name():
    found = [f.text for f in find_kin_first_names([_person(1, SV, "Aino Kettunen")], {1: SV})]
    assert found == ["Vilja"], found


ROWS = (
    "Fastighet: Lindås Tallmon 1:40, ägd av Tallmons Skog AB.\n"
    "Utskick till Ekgården, Tallmon 9, 813 94 Tallmon (familjen Tallmon Dahl).\n"
)


def test_an_address_read_as_a_person_gives_no_surname():
    # "Ekgården, Tallmon 9, 813 94 Tallmon" merged with a name read in it ends in the village's name, no one's surname
    found = [f.text for f in find_kin_first_names([_person(1, ROWS, "Ekgården, Tallmon 9, 813 94 Tallmon")], {1: ROWS})]
    assert "Lindås" not in found, found

