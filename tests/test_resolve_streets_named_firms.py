"""A firm named after a street the document gives as someone's home ("Bostads AB Lingonstigen") is the firm, no
further mention of the home; the bare street elsewhere still is. Fictional people and firms; the blank pipeline."""

from __future__ import annotations

from redact.pipeline import detect_text


def _masked(text: str, detector) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in detect_text(text, detector).findings
            if f.status != "rejected" and f.category == "ADDRESS"]


def test_a_firm_named_after_the_street_is_left_readable(blank_detector):
    text = ("Sökande: Lena Holm, Lingonstigen 14, 451 50 Ornäs.\n"
            "Hyresvärd är Bostads AB Lingonstigen sedan 2019.\n")
    firm = text.index("AB Lingonstigen") + 3
    assert not any(a <= firm < b for a, b in _masked(text, blank_detector))


def test_the_bare_street_elsewhere_stays_masked(blank_detector):
    text = ("Sökande: Lena Holm, Lingonstigen 14, 451 50 Ornäs.\n"
            "Grannarna på Lingonstigen har klagat på bullret.\n")
    bare = text.index("på Lingonstigen") + 3
    assert any(a <= bare < b for a, b in _masked(text, blank_detector))


def test_a_bare_street_of_a_rarer_street_word_is_masked_where_it_recurs(blank_detector):
    text = ("| Nr | Ny adress |\n| 4 | Granvändan 5 lgh 1201 |\n\n"
            "Hon sover ibland hos en vän på Granvändan när det är trångt.\n")
    bare = text.index("på Granvändan") + 3
    assert any(a <= bare < b for a, b in _masked(text, blank_detector))


def test_a_villages_name_before_its_number_does_not_spread(blank_detector):
    text = "Adress: Lillmyra 41, 796 94 Lillmyra\n\nSkolskjuts går från Lillmyra varje morgon.\n"
    later = text.index("från Lillmyra") + 5
    assert not any(a <= later < b for a, b in _masked(text, blank_detector))


def test_a_villages_name_of_a_bays_word_does_not_spread(blank_detector):
    text = ("| Namn | Adress |\n| Ivar Moe | Tallviken 48, 738 93 Tallviken |\n\n"
            "Gåvan gick till Tallviken bygdegård.\n")
    later = text.index("till Tallviken") + 5
    assert not any(a <= later < b for a, b in _masked(text, blank_detector))
