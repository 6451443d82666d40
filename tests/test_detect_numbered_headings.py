"""A document's numbered parts ("Yttrande 2, inkom …", "Anmälan 3: …") each open a line with the same word and
a running number: the learned tagger reads the word and its number as a village's home, the rules say it is a
heading. A village's homes listed one a line, and a word with a number in a sentence, stay homes. Fictional
places and people; the tagger's spans as the rules judge them."""

from __future__ import annotations

from redact.detect.learned_spans import plausible
from redact.detect.numbered_headings import numbered_heading

STATEMENTS = """Yttranden över detaljplanen för Norrbyn
Yttrande 1, inkom 2 mars (e-post)
Vi bor på Björkvägen 4 och är emot planen.
Yttrande 2, inkom 5 mars (brev)
Trafiken blir för stor.
Yttrande 3: inkom 9 mars, handskrivet
Ingen synpunkt.
"""

HOMES = """Nya adresser i Lomtjärn
Lomtjärn 12, 912 93 Lomtjärn
Lomtjärn 14, 912 93 Lomtjärn
Lomtjärn 16, Ester Nordin
"""


def _span(text: str, span: str) -> tuple[int, int]:
    a = text.index(span)
    return a, a + len(span)


def test_a_numbered_part_is_no_home():
    for heading in ("Yttrande 1", "Yttrande 2", "Yttrande 3"):
        assert numbered_heading(STATEMENTS, *_span(STATEMENTS, heading))
        assert not plausible(STATEMENTS, *_span(STATEMENTS, heading), "ADDRESS")


def test_a_village_home_listed_one_a_line_stays_a_home():
    for home in ("Lomtjärn 12", "Lomtjärn 14", "Lomtjärn 16"):
        assert not numbered_heading(HOMES, *_span(HOMES, home))
        assert plausible(HOMES, *_span(HOMES, home), "ADDRESS")


def test_two_headings_are_no_run():
    text = "Yttrande 1, inkom 2 mars\nNej.\nYttrande 2, inkom 5 mars\nJa.\n"
    assert not numbered_heading(text, *_span(text, "Yttrande 2"))


def test_the_word_and_number_inside_a_sentence_are_no_heading():
    text = STATEMENTS + "Vi har flyttat till Åsbacka 2, nära skolan.\n"
    assert not numbered_heading(text, *_span(text, "Åsbacka 2"))


FORMS = """Ansökningar om bidrag
Ansökan 1
Barn: Ida Ek, Ekvägen 3
Ansökan 2
Barn: Per Ek, Lönnvägen 5
Ansökan 3
Barn: Eva Lind, Björkvägen 8
"""


def test_a_numbered_heading_alone_on_its_line_in_a_run_is_no_home():
    for heading in ("Ansökan 1", "Ansökan 2", "Ansökan 3"):
        assert numbered_heading(FORMS, *_span(FORMS, heading))
        assert not plausible(FORMS, *_span(FORMS, heading), "ADDRESS")


def test_village_homes_alone_on_their_lines_with_gaps_stay_homes():
    text = "Nya adresser\nÅsbacka 2\nÅsbacka 5\nÅsbacka 9\n"
    for home in ("Åsbacka 2", "Åsbacka 5", "Åsbacka 9"):
        assert not numbered_heading(text, *_span(text, home))
