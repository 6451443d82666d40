"""The learned tagger's address spans cut to the home where they run into the letter's sentence around it: the
clause's words before a rule's address, a line of the sentence going on after the town's comma, a span joining two
homes over the clause that links them. Fictional addresses."""

from __future__ import annotations

from redact.detect.tagged_address_edges import address_edges
from redact.types import Finding


def _address(text: str, part: str) -> Finding:
    a = text.index(part)
    return Finding(id="r", page=1, start=a, end=a + len(part), text=part, category="ADDRESS", score=0.9,
                   detector="address")


def test_the_clause_before_a_rules_address_is_cut() -> None:
    text = "Tata mieszka teraz\ni od maja mieszka u Lindvägen 4, 541 30 Skövde.\n"
    street = _address(text, "Lindvägen 4")
    a = text.index("i od maja")
    b = text.index(".\n", a)
    assert text[slice(*address_edges(text, a, b, [street]))] == "Lindvägen 4, 541 30 Skövde"


def test_a_span_joining_two_homes_over_their_clause_adds_nothing() -> None:
    text = "Bodde förut på\nul. Lipowa 9/3, 20-020 Lublin,\na od lipca mieszka przy Ekgatan 7, 211 20 Malmö.\n"
    first = _address(text, "ul. Lipowa 9/3, 20-020 Lublin")
    second = _address(text, "Ekgatan 7, 211 20 Malmö")
    a, b = address_edges(text, first.start, second.end, [first, second])
    assert a == b


def test_the_sentence_going_on_after_the_towns_comma_is_cut() -> None:
    text = "He lived at\n22 Harbour Road, Wexford Town 4,\nand in March he moves to Lund.\n"
    a = text.index("22 Harbour")
    b = text.index(" to Lund")
    assert text[slice(*address_edges(text, a, b, []))] == "22 Harbour Road, Wexford Town 4"


def test_a_part_of_the_home_in_lower_case_after_the_comma_stays() -> None:
    text = "Via Solferino 8,\nscala B, interno 3\n"
    a, b = 0, text.index("\n", 17)
    assert address_edges(text, a, b, []) == (a, b)
    street = _address(text, "Via Solferino 8")
    assert address_edges(text, a, b, [street]) == (a, b)


def test_a_numbers_label_opening_the_span_is_cut() -> None:
    text = "Kundnummer KN-7741 #12 gäller avtalet.\n"
    a, b = 0, text.index(" gäller")
    assert text[slice(*address_edges(text, a, b, []))] == "KN-7741 #12"


def test_a_word_that_is_no_numbers_noun_stays_in_the_span() -> None:
    text = "Kallelse: prov PIANO-B 2, sal Aulan.\n"
    a, b = text.index("prov"), text.index(", sal")
    assert address_edges(text, a, b, []) == (a, b)


def test_a_mail_subjects_word_before_a_code_is_cut() -> None:
    text = "Subject: Passagier 5512-K, dossier 77\n"
    a, b = text.index("Passagier"), text.index(", dossier")
    assert text[slice(*address_edges(text, a, b, []))] == "5512-K"


def test_a_label_line_or_a_sentence_under_the_window_ends_the_span() -> None:
    # the tagger runs on from the country's line into the letter's body: a number's label, a sentence of small words
    text = ("Mira Stern\nRehov Hanevi'im 31, dira 4\n9458131 Jerusalem, Israel\nKundnr HK:5512:02.\n"
            "Nämnden avslår ansökan om bidrag för resor.\n")
    a = text.index("Rehov")
    b = text.index(" för resor")
    assert text[slice(*address_edges(text, a, b, []))] == "Rehov Hanevi'im 31, dira 4\n9458131 Jerusalem, Israel"
    b = text.index("Kundnr") - 1
    text2 = text[:b] + "\nNämnden avslår ansökan om bidrag för resor.\n"
    assert text2[slice(*address_edges(text2, a, text2.index(" för resor"), []))].endswith("Jerusalem, Israel")


def test_a_homes_own_lines_below_stay_in_the_span() -> None:
    # a care-of line, a flat's line and the country in capitals are the home's
    text = "Mira Stern\nc/o Levi\nRehov Hanevi'im 31\nKomministergården, övre våningen\nISRAEL\n"
    a = text.index("c/o")
    b = text.index("ISRAEL") + len("ISRAEL")
    assert address_edges(text, a, b, []) == (a, b)


def test_an_article_after_its_preposition_is_the_clauses() -> None:
    text = "Ma mère habitait jusqu'ici à la Kasbah, Kairouan,\net depuis mars à Lund.\n"
    a = text.index("la Kasbah")
    b = text.index(",\n")
    assert text[slice(*address_edges(text, a, b, []))] == "Kasbah, Kairouan"


def test_a_capitalised_article_is_the_places_own_name() -> None:
    text = "Vivía en La Paz, Bolivia.\n"
    a = text.index("La Paz")
    assert text[slice(*address_edges(text, a, text.index(".\n"), []))] == "La Paz, Bolivia"
