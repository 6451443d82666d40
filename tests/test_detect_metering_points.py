"""A household's metering point by the grids' own prefix ("735999…") is masked beside its holder's name, however
far its label stands; beside a supplier, or with no person, it stays. Fictional people and numbers; the blank
pipeline."""

from __future__ import annotations

import pytest

from tests.found_ids import proposed_ids


@pytest.mark.parametrize("text, number", [
    ("Anläggnings-ID anges för de kunder där nämnden begärt det:\n"
     "Stig Lundberg 735999100044821506, Aisha Mohamud 735999100045190273.", "735999100045190273"),
    ("Kunden Jonas Ek har mätpunkt 735 999 100 044 821 506 i elnätet.", "735 999 100 044 821 506"),
    ("Namn: Lea Holm\nAdress: Byvägen 4\n735999 102 004 881 236", "735999 102 004 881 236"),
])
def test_a_metering_point_beside_its_holders_name_is_masked(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Leverantör: Norrfors El AB\nKontaktperson: Jonas Ek\nMätpunkt 735999100044821506",
    "Skolans anläggnings-ID är 735999100044821506 enligt nätbolaget.",
])
def test_a_suppliers_or_a_premises_metering_point_stays(blank_detector, text):
    assert not any("735" in t for t in proposed_ids(blank_detector, text))


def test_a_metering_point_after_a_sentence_the_holders_pronoun_opens_is_masked(blank_detector):
    # the person was named further up; "Hon bor på …" says whose household the supply is
    text = ("Hon bor på Sjöbovägen 5 i Kristinehamn och har telefon\n076-228 03 17. Kundnummer hos nätbolaget "
            "Kristinehamns Energi AB: 7 041 229 833.\nAnläggnings-id 735999100044812263.\n")
    assert "735999100044812263" in proposed_ids(blank_detector, text)


def test_a_metering_point_with_no_person_stays(blank_detector):
    assert not proposed_ids(blank_detector, "Kontorets elavtal förnyas.\nAnläggnings-id 735999100044812263.\n")


def test_metering_points_listed_after_their_holders_first_names_are_masked(blank_detector):
    # a list names each holder by the first name alone, a line may break between the name and the number
    text = ("Elmätare för ersättning av elkostnad: Gunnel 735999100077210458, Birgitta\n"
            "735999100077215503, Rolf 735999100077219921.\n")
    assert {"735999100077210458", "735999100077215503", "735999100077219921"} <= proposed_ids(blank_detector, text)


def test_a_metering_point_after_a_place_or_a_premises_word_stays(blank_detector):
    text = "Mätare i Storhamn: Skolan 735999100077210458 enligt nätbolaget.\n"
    assert not any("735" in t for t in proposed_ids(blank_detector, text))


def test_a_metering_point_after_a_persons_possessive_is_masked(blank_detector):
    # the person was named further up by the first name alone; "hennes" says the farm and its supply are hers
    text = ("Vera sköter betet vid ån; hennes\nkor går på bete där om sommaren. Gården har el från Norrkraft\n"
            "med anläggnings-id 735999100077306612.\n")
    assert "735999100077306612" in proposed_ids(blank_detector, text)


def test_a_metering_point_after_a_bodys_possessive_stays(blank_detector):
    text = "Idrottshallen har nytt elavtal; dess\nanläggnings-id är 735999100077306612.\n"
    assert not any("735" in t for t in proposed_ids(blank_detector, text))


def test_a_metering_point_in_the_writers_own_sentence_is_masked(blank_detector):
    # a customer's e-mail: "mitt" says the supply is the writer's household's, named only in the header above
    text = ("Ämne: flytt\nJag har flyttat till en ny lägenhet i våras.\n"
            "Mitt nya elavtal har anläggnings-id 735999100061827745.\n")
    assert "735999100061827745" in proposed_ids(blank_detector, text)


def test_a_metering_point_in_the_bodys_own_sentence_stays(blank_detector):
    text = "Jag har fått frågan. Vårt kontor har anläggnings-id 735999100061827745.\n"
    assert not any("735" in t for t in proposed_ids(blank_detector, text))
    text = "Jag bifogar skolans anläggnings-id 735999100061827745 enligt nätbolaget.\n"
    assert not any("735" in t for t in proposed_ids(blank_detector, text))


@pytest.mark.parametrize("text, number", [
    # the sentence opens with the holder's first name, named further up
    ("Frågan gäller hyresgästerna.\nIngela har nätbolagets anläggnings-id 735999100066310472 för lägenheten.\n",
     "735999100066310472"),
    # the addressee's personnummer on the number's line
    ("Personnummer 19840312-5527. Anläggnings-id 735999100066310489.\n", "735999100066310489"),
])
def test_a_metering_point_of_the_sentences_person_is_masked(blank_detector, text, number):
    assert number in proposed_ids(blank_detector, text)


def test_a_metering_point_in_a_sentence_a_premises_word_opens_stays(blank_detector):
    text = "Frågan gäller huset.\nSkolan har nätbolagets anläggnings-id 735999100066310472 för köket.\n"
    assert not any("735" in t for t in proposed_ids(blank_detector, text))


@pytest.mark.parametrize("header", ["Anläggningsnr", "Anläggningsnummer", "Anläggnings-ID"])
def test_a_metering_points_column_beside_its_customers_is_theirs(header):
    from redact.detect.table_headers import row_kinds

    # the grid's code for the point where a household's meter stands: each row's customer's
    assert row_kinds(["Ärende", "Kund", "Född", header])[-1] == "id"
    # beside a supplier's column the points are the firms'
    assert row_kinds(["Leverantör", "Kontakt", header])[-1] != "id"
