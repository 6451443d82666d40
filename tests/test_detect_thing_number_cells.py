"""A thing's number cell right after its kind's cell (a register read one cell a line) is masked whole: the firm or
the maker, the noun, the label and the number, whether a rule found the number or the cell alone says it is one; a
number's kind in capitals alone, a bank's name, a date, a year's case, a sum and a cell in a sentence stay. Fictional
firms and numbers."""

from __future__ import annotations

import pytest

from redact.detect.thing_number_cells import thing_cells, widen_to_thing_cell, with_thing_cells
from redact.types import Finding, Page


def _row(kind: str, cell: str) -> str:
    return f"Sak\nNummer\nHandl.\nKL\n{kind}\n{cell}\nAB\n070-228 14 90\n"


@pytest.mark.parametrize("kind, cell", [
    ("värmepump", "Nordtherm pump serienr NT-2207-3318"),
    ("vagn", "Ekvik kärra chassinr EK220733"),
    ("grind", "Vallmo grindmotor SN 2207331-V"),
    ("uthyrning", "Båtboden annons 2207331845"),
    ("hyresavtal", "Bostadsföreningen nr 22073318"),
    ("kontantkort", "Telia Ung SIM nr 8946 2207 3318 0042"),
    ("resa", "Nordic Wings bokning NW-X7K2Q9"),
    ("biljett", "Resekort nr 220-733-184"),
    ("garage", "Låsab nyckel 2207-K33 nr 4"),
])
def test_the_whole_cell_after_the_things_kind_is_one_mark(kind, cell):
    text = _row(kind, cell)
    assert [text[a:b] for a, b in thing_cells(text)] == [cell]


@pytest.mark.parametrize("kind, cell", [
    ("mobiltelefon", "IMEI 35 220733 184402 7"),  # the number's kind in capitals: the number alone
    ("sparande", "Nordea 3300 22 07331"),  # an account: the account rules'
    ("inköp", "Levererad 2027-03-14"),  # a date
    ("misshandel", "Anmälan B 2207-27"),  # a case's number by its year
    ("traktor", "Summa 38 500"),  # a sum
    ("trumpet", "Musikskolan KS-TR-0107"),  # too few digits
])
def test_a_label_a_bank_a_date_a_case_or_a_sum_is_no_things_cell(kind, cell):
    assert thing_cells(_row(kind, cell)) == []


def test_a_cell_in_a_paragraph_is_no_things_cell():
    text = "Hon köpte pumpen och\nNordtherm pump serienr NT-2207-3318 kom i maj.\n"
    assert thing_cells(text) == []


def test_a_number_found_in_a_things_cell_widens_to_the_cell():
    text = _row("taklåda", "Vindö takbox SN 2207331-T")
    a = text.index("SN 2207331-T")
    assert widen_to_thing_cell(text, a, a + len("SN 2207331-T")) == (text.index("Vindö"), a + len("SN 2207331-T"))
    # not where the cell goes on after the number ("…, licens återkallad"), nor after a capitals' label alone
    text = _row("jaktvapen", "Tikka T3 nr 22073, licens återkallad")
    a = text.index("22073")
    assert widen_to_thing_cell(text, a, a + 5) is None
    text = _row("surfplatta", "IMEI 35 220733 184402 7")
    a = text.index("35 ")
    assert widen_to_thing_cell(text, a, a + len("35 220733 184402 7")) is None


def test_the_engine_masks_the_things_cell_whole(blank_detector):
    text = "Utrustning\nKund\n" + _row("värmepump", "Nordtherm pump serienr NT-2207-3318") + _row(
        "biljett", "Resekort nr 220-733-184")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    ids = [f.text for f in blank_detector.detect(page) if f.category == "ID_NUMBER"]
    assert "Nordtherm pump serienr NT-2207-3318" in ids and "Resekort nr 220-733-184" in ids, ids


def test_a_found_number_is_widened_and_no_second_mark_added():
    text = _row("bil", "Volvo On Call id VOC-220733")
    a = text.index("VOC-220733")
    f = Finding(id="p1-0", page=1, start=a, end=a + 10, text="VOC-220733", category="ID_NUMBER", score=0.8,
                detector="labelled_id")
    out = with_thing_cells([f], text, 1)
    assert [g.text for g in out] == ["Volvo On Call id VOC-220733"]


@pytest.mark.parametrize("cell", ["Dnr 8-220733/2027", "Mål nr 2207-27"])
def test_a_bodys_own_case_after_a_trailing_small_cell_stays(cell):
    # the row before ends in a small word ("kock", an occupation's cell): the case's cell opens the next row
    text = f"AB\nkock\n{cell}\nVera Lind\n"
    assert thing_cells(text) == []
    a = text.index(cell)
    assert widen_to_thing_cell(text, a + cell.index(" ") + 1, a + len(cell)) is None


def test_a_telephone_read_in_a_things_cell_gives_way_to_the_cell():
    text = _row("biljett", "Resekort nr 044-218-736")
    a = text.index("044-218-736")
    f = Finding(id="p1-0", page=1, start=a, end=a + 11, text="044-218-736", category="PHONE", score=0.75,
                detector="phone")
    out = with_thing_cells([f], text, 1)
    assert [(g.category, g.text) for g in out] == [("ID_NUMBER", "Resekort nr 044-218-736")]


@pytest.mark.parametrize("kind, cell", [
    # a vehicle's plate after its registration label: few digits, the make, the noun and the label with it
    ("bil", "reg.nr MZT 38K"),
    ("fyrhjuling", "Polaris fyrhjuling reg.nr RTG 207"),
    # a booking's number after the booking's word, even with a case's slashes, a body's booking too
    ("samlingslokal", "Norrby kommun bokning LOK/27/2207"),
    # an inspecting firm's report on the person's thing, its series' letters and four digits
    ("hissbesiktning", "Ekvik Kontroll protokoll EK-3318"),
    ("grind", "Vallmo grind nr VG-3318"),
    # a web service's account after the firm's noun, its series' and sub-series' letters before four digits
    ("enkätkonto", "Frågvis konto FV-SK-3318"),
    # the number's kind in capitals after the firm, though shaped as a telephone's; a permit's noun as the label
    ("flygfrakt", "Nordfrakt Cargo AWB 076-22073318"),
    ("importtillstånd", "CITES-tillstånd SE-27-2207-I"),
])
def test_a_plate_a_booking_or_a_firms_report_is_a_things_cell(kind, cell):
    text = _row(kind, cell)
    assert [text[a:b] for a, b in thing_cells(text)] == [cell]


@pytest.mark.parametrize("kind, cell", [
    ("sammanträde", "Kommunstyrelsen protokoll KS-3318"),  # a body's minutes
    ("sammanträde", "Byggnadsnämnden protokoll 2027:14"),
    ("ärende", "Norrby nr NB-2027"),  # a year's number
    ("lokal", "Norrby kommun bokning 2027-05-14"),  # a date after the booking's word
    ("bil", "reg.nr 2207"),  # no plate's letters
    ("sparkonto", "Nordea konto NB-3318"),  # a bank's account: the account rules'
])
def test_a_bodys_minutes_a_year_or_a_date_is_no_things_cell(kind, cell):
    assert thing_cells(_row(kind, cell)) == []


@pytest.mark.parametrize("kind, cell", [
    ("ugn", "Vitvara ugn SN 22073318"),  # the kind's word again in the cell
    ("GPS", "Fjällnav GPSPRO SN 7G2207331"),  # a word of the cell opening with the kind's capitals
])
def test_a_things_kind_named_again_in_its_cell_is_no_ones_initials(kind, cell):
    text = _row(kind, cell)
    k, c = text.index(f"\n{kind}\n") + 1, text.index(cell)
    found = [Finding(id="p1-0", page=1, start=k, end=k + len(kind), text=kind, category="PERSON", score=0.7,
                     detector="initials"),
             Finding(id="p1-1", page=1, start=c, end=c + len(cell), text=cell, category="ID_NUMBER", score=0.8,
                     detector="labelled_id")]
    assert [f.text for f in with_thing_cells(found, text, 1)] == [cell]


def test_initials_before_a_cell_that_does_not_name_them_stay():
    text = _row("ugn", "Vitvara ugn SN 22073318")
    k = text.index("\nKL\n") + 1
    found = [Finding(id="p1-0", page=1, start=k, end=k + 2, text="KL", category="PERSON", score=0.7,
                     detector="initials")]
    assert "KL" in [f.text for f in with_thing_cells(found, text, 1)]
    # three letters before an identifier's cell no word of which opens with them: initials, kept
    text = "Sign.\nNummer\nPEK\nVitvara ugn SN 22073318\n"
    k, c = text.index("PEK"), text.index("Vitvara")
    found = [Finding(id="p1-0", page=1, start=k, end=k + 3, text="PEK", category="PERSON", score=0.7,
                     detector="initials"),
             Finding(id="p1-1", page=1, start=c, end=c + 23, text=text[c:c + 23], category="ID_NUMBER", score=0.8,
                     detector="labelled_id")]
    assert "PEK" in [f.text for f in with_thing_cells(found, text, 1)]


@pytest.mark.parametrize("kind, cell, whole", [
    ("kaffemaskin", "Norvolt faktura 2026-31907", True),  # a firm's invoice in its year's series
    ("släpvagn", "Kärrcenter order nr 2026-22073", True),
    ("brandskada", "Räddningstjänsten ärende 2026-31907", False),  # a body's case by its word
    ("båtmotor", "Sjöbolaget order 2026-00319", False),  # a padded running number: a diary's shape
    ("cykel", "Cykelverkstan kvitto 2026-4418", False),  # four digits: a case's number by its year
])
def test_a_firms_paper_in_its_years_series_is_a_things_cell(kind, cell, whole):
    found = [_row(kind, cell)[a:b] for a, b in thing_cells(_row(kind, cell))]
    assert found == ([cell] if whole else [])


@pytest.mark.parametrize("kind, cell", [
    ("kurs", "Friluftsgården kurs 31/5520"),  # the course's number, shaped as a case's by its year
    ("hyra", "Bygdegården hyra 5520-31"),
])
def test_the_kind_named_again_before_a_number_shaped_as_a_case_is_a_things_cell(kind, cell):
    text = _row(kind, cell)
    assert [text[a:b] for a, b in thing_cells(text)] == [cell]


@pytest.mark.parametrize("kind, cell", [
    ("bygglov", "Ekby kommun bygglov 31/5520"),  # a body's own case, the kind named again or not
    ("kurs", "Friluftsgården kurs 2031-05"),  # a year and a month
    ("kurs", "Friluftsgården kurs 14 500"),  # a sum
])
def test_a_bodys_case_a_year_or_a_sum_after_the_kind_named_again_stays(kind, cell):
    assert thing_cells(_row(kind, cell)) == []


@pytest.mark.parametrize("blank", ["\u00a0", "\u2028", "\u00a0\u00a0", "\u3000", "\u2028\n12 34"])
def test_a_line_of_white_space_the_strip_leaves_is_no_cell_and_never_raises(blank):
    text = f"Beställare\nKerstin Alm\n{blank}\nOrdernr\nAB 4471 2\n"
    cells = thing_cells(text)
    assert all(text[a:b].strip() for a, b in cells)
    assert with_thing_cells([], text, 1) == []


def test_the_engine_reads_a_page_with_a_line_of_no_break_spaces(blank_detector):
    text = "Ärende om lånecykel\n\u00a0\nLåntagare\nNils Berg\nCykel\nCrescent ramnr WX 55812\n"
    found = blank_detector.detect(Page(number=1, text=text, words=(), width=595, height=842))
    assert all(text[f.start:f.end].strip() for f in found)


def _kinds_table(rows: list[tuple[str, str]]) -> str:
    return "Person\nSak\nNummer\nHandl.\n" + "".join(f"KL\n{kind}\n{cell}\nAB\n" for kind, cell in rows)


def _found(text: str, word: str, cells: list[str]) -> list[Finding]:
    k = text.index(f"\n{word}\n") + 1
    found = [Finding(id="p1-0", page=1, start=k, end=k + len(word), text=word, category="PERSON", score=0.5,
                     detector="learned_spans")]
    for n, cell in enumerate(cells, 1):
        c = text.index(cell)
        found.append(Finding(id=f"p1-{n}", page=1, start=c, end=c + len(cell), text=cell, category="ID_NUMBER",
                             score=0.8, detector="labelled_id"))
    return found


def test_a_short_kind_in_a_column_of_kinds_in_small_letters_is_no_ones_initials():
    # "kof" read as initials: the column's other kinds are longer words in small letters, no one's initials
    rows = [("cykelkärra", "Vagnshuset order 3310-01"), ("kof", "Sjöbodarna båtplats BP-3310-02"),
            ("nyckelbricka", "Låsab bricka nr LB-3310-03")]
    text = _kinds_table(rows)
    kept = [f.text for f in with_thing_cells(_found(text, "kof", [c for _, c in rows]), text, 1)]
    assert "kof" not in kept


def test_small_initials_in_a_column_of_initials_stay():
    # every row's cell before the number is a few small letters: a column of initials, written small
    rows = [("lbm", "Vagnshuset order 3310-01"), ("kof", "Sjöbodarna båtplats BP-3310-02"),
            ("aps", "Låsab bricka nr LB-3310-03")]
    text = _kinds_table(rows)
    assert "kof" in [f.text for f in with_thing_cells(_found(text, "kof", [c for _, c in rows]), text, 1)]


@pytest.mark.parametrize("kind, cell", [
    # a firm's or a society's paper on the thing, its number shaped as a case's: four digits, a dash and a count
    ("husvagn", "Fordonskontroll protokoll 5520-04"),
    ("kajak", "Fjällräddningen uppdrag 5520-02"),
    ("gravsten", "Stenfoto bildserie SF-5520-03"),
    ("skördare", "Maskinbesiktning rapport MB-5520-01"),
    ("skorsten", "Murarfirman Holm protokoll 5520-4"),  # a count without its leading zero
])
def test_a_firms_paper_numbered_as_a_case_is_a_things_cell(kind, cell):
    text = _row(kind, cell)
    assert [text[a:b] for a, b in thing_cells(text)] == [cell]


@pytest.mark.parametrize("kind, cell", [
    ("sammanträde", "Miljönämnden protokoll 5520-27"),  # a body's minutes
    ("brott", "Polisen uppdrag 5520-27"),  # a body's name
    ("bygge", "Fordonskontroll ärende 5520-27"),  # a case's word
    ("kurs", "Fjällgården kurs 2031-05"),  # a year and its month
])
def test_a_bodys_paper_a_case_word_or_a_month_stays(kind, cell):
    assert thing_cells(_row(kind, cell)) == []


def test_a_papers_noun_alone_before_a_found_code_widens_to_the_cell():
    text = _row("sjökort", "kvitto KV-F-5520-03")
    a = text.index("KV-F")
    assert widen_to_thing_cell(text, a, a + len("KV-F-5520-03")) == (text.index("kvitto"), a + len("KV-F-5520-03"))
    # a case's word alone stays readable, as a sentence's small word
    text = _row("sjökort", "ärende KV-F-5520-03")
    a = text.index("KV-F")
    assert widen_to_thing_cell(text, a, a + len("KV-F-5520-03")) is None
    # an identity paper's word names the number's kind, as a label does: it stays readable
    text = _row("kassör", "pass XK 5520 318")
    a = text.index("XK")
    assert widen_to_thing_cell(text, a, a + len("XK 5520 318")) is None


def test_a_makers_name_opening_with_a_particle_widens_to_the_cell():
    # the maker's name opens with its particle in small letters ("van Ness"), its capitalised word after it
    text = _row("staffli", "van Ness staffli serie VN220733")
    a = text.index("VN220733")
    assert widen_to_thing_cell(text, a, a + len("VN220733")) == (text.index("van Ness"), a + len("VN220733"))
    # a sentence's small words before a number stay no thing's cell
    text = _row("staffli", "och sedan serie VN220733")
    a = text.index("VN220733")
    assert widen_to_thing_cell(text, a, a + len("VN220733")) is None


@pytest.mark.parametrize("kind, cell, whole", [
    # a firm's own errand for the person by its letters: the initials of its name's words or its compound's parts
    ("trygghetslarm", "Ekvakt ärende EV-5520-04", True),
    ("båtlarm", "Norrby Säkerhet ärende NS-5520-11", True),
    # a body's name in the definite form or by its kind, or letters that are no initials of the name: a case
    ("brandlarm", "Räddningstjänsten ärende RT-5520-04", False),
    ("bygglov", "Ekby Kommun ärende EK-5520-04", False),
    ("trygghetslarm", "Ekvakt ärende KS-5520-04", False),
    ("trygghetslarm", "Ekvakt ärende 5520-04", False),
])
def test_a_firms_own_errand_by_its_letters_is_a_things_cell(kind, cell, whole):
    text = _row(kind, cell)
    assert [text[a:b] for a, b in thing_cells(text)] == ([cell] if whole else [])


def test_a_kind_of_two_letters_named_again_in_the_cell_widens_to_the_cell():
    text = _row("ur", "Tissot ur serie 22073318")
    a = text.index("22073318")
    assert widen_to_thing_cell(text, a, a + 8) == (text.index("Tissot"), a + 8)
    # two letters the cell does not name again are no kind
    text = _row("ok", "Tissot klocka serie 22073318")
    a = text.index("22073318")
    assert widen_to_thing_cell(text, a, a + 8) is None


def test_a_horses_life_number_widens_over_its_name_and_imei_does_not():
    text = _row("hästen", "UELN 752004004419932")
    a = text.index("7520")
    assert widen_to_thing_cell(text, a, a + 15) == (text.index("UELN"), a + 15)
    text = _row("mobil", "IMEI 35 441822 093318 4")
    a = text.index("35 ")
    assert widen_to_thing_cell(text, a, a + len("35 441822 093318 4")) is None


def test_a_registrations_label_widens_over_a_found_mark():
    text = _row("ballongen", "reg.nr SE-ZRT")
    a = text.index("SE-ZRT")
    assert widen_to_thing_cell(text, a, a + 6) == (text.index("reg.nr"), a + 6)
