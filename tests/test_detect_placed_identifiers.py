"""A person's code read from where it stands, whatever its label or header: the value of a label line in a person's
block, a cell in a row of persons; and the numbers that stand there and are nobody's (a case's, a sum, a count, a
date, a company's) kept. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.placed_identifiers import RULES, is_code, names_no_persons
from redact.document_detection import detect_text
from tests.placed_checks import covered, found_by, touched


def masked(detector, text: str) -> set[str]:
    """The texts of every finding that is proposed, whatever its category."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.status != "rejected"}


def by_place(text: str) -> set[str]:
    """The values the readings by place alone find in ``text``."""
    return found_by(RULES, text)


# labels nobody listed, and codes of shapes no label rule knows
@pytest.mark.parametrize("label,value", [
    ("VIN", "WVWZZZ1JZXW000001"),
    ("DNI", "48213377Z"),
    ("Skåpnyckel", "K 4471"),
    ("Hemtjänstnyckel", "HN-0093"),
    ("Remissref", "RX-55-20193"),
    ("Läsplatta", "IPD88213X"),
])
def test_a_code_on_a_label_line_in_a_persons_block(blank_detector, label, value):
    text = f"Personuppgifter\nNamn: Anna Lindqvist\n{label}: {value}\nStatus: beviljad"
    assert covered(blank_detector, text, value)


def test_a_block_whose_person_is_named_alone_above_it(blank_detector):
    text = "Sökande\nTobias Ekwall\nBåtkort: 7731-0042-88\nBeslut: bifall"
    assert covered(blank_detector, text, "7731-0042-88")


def test_a_tab_separated_register_of_persons(blank_detector):
    text = "Förare\tTachokort\tFordon\nHenrik Sjöö\tSE-D-0093312\tBuss 14\nLena Åberg\tSE-D-0101877\tBuss 9"
    assert covered(blank_detector, text, "SE-D-0093312")
    assert covered(blank_detector, text, "SE-D-0101877")


@pytest.mark.parametrize("text,value", [
    # the document's own case, a sum, a date under labels of a person's block
    ("Beslut\nNamn: Ida Karlsson\nDiarienummer: SN 2026/0441\nBeslutsdatum: 2026-05-12\nBelopp: 4 220 kr", "SN 2026/0441"),
    ("Beslut\nNamn: Ida Karlsson\nDiarienummer: SN 2026/0441\nBeslutsdatum: 2026-05-12\nBelopp: 4 220 kr", "2026-05-12"),
    # a sum or a count written without its unit, under an unlisted label
    ("Sökande: Greta Nyqvist\nMånadsinkomst: 22500\nHyra: 6400\nAntal barn: 2", "22500"),
    ("Sökande: Greta Nyqvist\nMånadsinkomst: 22500\nHyra: 6400\nAntal barn: 2", "6400"),
    # a diagnosis's code: three digits, no identifier
    ("Patient: Omar Haddad\nRemiss från: Vårdcentralen Ljusne\nICD-10: F32.1", "F32.1"),
    # a value of the shape of the document's own case number, under a label nobody listed
    ("Dnr: UBN 4471-26\nSökande: Omar Haddad\nBeteckning: UBN 4471-26", "UBN 4471-26"),
    # a company's block: its own numbers
    ("Leverantör\nFöretag: Norrtryck AB\nArtikelnr: 4471-220\nKontakt: Pia Ström", "4471-220"),
    # a room and a meeting beside a person
    ("Deltagare: Eino Väisänen\nMötesnr: 2026:4\nLokal: Sal 4012", "4012"),
])
def test_what_stands_in_a_persons_block_and_is_nobodys_code_is_kept(blank_detector, text, value):
    assert not touched(blank_detector, text, value)


def test_a_column_of_counts_beside_persons_is_kept(blank_detector):
    text = ("| Namn | Timmar | Belopp | Ärende |\n| Sara Lind | 1250 | 22 500 | SN 2026/14 |\n"
            "| Anton Berg | 980 | 18 400 | SN 2026/15 |")
    assert not touched(blank_detector, text, "1250")
    assert not touched(blank_detector, text, "SN 2026/14")


def test_a_code_outside_a_persons_block_is_left_to_the_label_rules(blank_detector):
    text = "Fakturainformation\nLeveransvillkor: fritt\nLastbärare i lager: PL 88213 X\nVikt: 420 kg"
    assert not touched(blank_detector, text, "PL 88213 X")


@pytest.mark.parametrize("value,code", [
    ("WVWZZZ1JZXW000001", True), ("K 4471", True), ("QQ 12 34 56 C", True), ("21/815/08150", True),
    ("2026-05-12", False), ("4 220", False), ("13.30", False), ("2026", False), ("KS 2026/112", False),
    ("0270-55 00 00", False), ("850412-2384", False), ("F32.1", False), ("873 22", False), ("Buss 14", False),
])
def test_the_shape_of_a_code(value, code):
    assert is_code(value) is code


@pytest.mark.parametrize("label,nobodys", [
    ("Diarienummer", True), ("Er referens", True), ("Kommunens försäkringsnummer", True), ("Telefon växel", True),
    ("Org.nr", True), ("Artikelnr", True), ("Belopp", True), ("Skåpnyckel", False), ("VIN", False),
    ("Turkiskt ID", False), ("Rumänskt pass", False),
])
def test_labels_that_name_no_persons_number(label, nobodys):
    assert names_no_persons(label) is nobodys


# running text: a code after a person's possessive or genitive and a thing's word nobody listed
@pytest.mark.parametrize("text,value", [
    ("Hon visade upp sitt VIN WVWZZZ1JZXW000001 för kontrollanten.", "WVWZZZ1JZXW000001"),
    ("Annas skåpnyckel K 4471 lämnades tillbaka.", "K 4471"),
    ("Hans DNI 48213377Z fanns i kopian.", "48213377Z"),
    ("Omar Haddads hemtjänstnyckel HN-0093 saknades.", "HN-0093"),
    ("Ärendet gäller Anna Lindqvist med VIN WVWZZZ1JZXW000001, som har hört av sig.", "WVWZZZ1JZXW000001"),
    ("Anna Lindqvist har skåpnyckel\nK 4471 enligt registret.", "K 4471"),
    ("Anna Lindqvist har hollands BSN 1112\n22 333 enligt registret.", "1112\n22 333"),
])
def test_a_code_after_a_persons_possessive(blank_detector, text, value):
    assert covered(blank_detector, text, value)


@pytest.mark.parametrize("text,value", [
    ("Hennes försändelse PX4-221 9087 har kommit fram.", "PX4-221 9087"),
    ("Ditt odlingsprov B7-0331 2204 visade inga bakterier.", "B7-0331 2204"),
])
def test_a_code_whose_first_part_holds_a_letter_is_read_whole_after_the_things_word(text, value):
    # a word with a digit is the code's first part, no thing's word: the code is read whole, not its last group
    assert value in by_place(text)


@pytest.mark.parametrize("text,value", [
    ("Hennes ärende 2026-0412 avgjordes i går.", "2026-0412"),
    ("Hans lön 22500 betalas ut den 25:e.", "22500"),
    ("Kommunens avtal 4471-22 med Norrtryck AB gäller.", "4471-22"),
    ("Sitt telefonnummer 0270-55 00 00 lämnade hon inte.", "0270-55 00 00"),
    ("Anna Lindqvist har arbetat 1200 timmar under året.", "1200"),
    ("Anna Lindqvist har ärende 4471-26 hos nämnden. Dnr: 4471-26", "4471-26"),
    # cells one a line: a personnummer and a telephone number are no wrapped code
    ("Sökande\nAnna Lindqvist har telefon\n890217-3643\n073-401 58 27", "890217-3643\n073-401 58 27"),
])
def test_a_possessives_number_that_is_nobodys_code_is_kept(text, value):
    # (other rules may read these: a case a person holds, a telephone number; this reading leaves them)
    assert value not in by_place(text)


@pytest.mark.parametrize("text,value", [
    ("Nr 2: Göran lämnade sin BankID-dosa KT 5512-0931 till en granne.", "KT 5512-0931"),
    ("Hennes säkerhetsdosa AB 7730 1184 låg i lådan.", "AB 7730 1184"),
])
def test_the_series_capitals_after_the_things_word_open_the_code(text, value):
    # the capitals right before the digits are the code's series, the thing's word before them no part of it
    assert value in by_place(text)


def test_a_devices_kind_before_its_code_on_a_label_line_stays_readable():
    text = "From: Ewan Tait <e.tait@norlan.example>\nSubject: PLB 3ECC55182207 7A2\nDear registry, I moved."
    assert "3ECC55182207 7A2" in by_place(text)
    assert not any("PLB" in v for v in by_place(text))
