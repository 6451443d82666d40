"""Phone detector: Swedish formats with exact spans, and numbers that only look like phone numbers."""

import pytest

from redact.detect.phone import PhoneRecognizer

REC = PhoneRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["PHONE"], nlp_artifacts=None)]


HITS = [
    ("Ring mig på 070-123 45 67 efter lunch.", "070-123 45 67"),
    ("Mobil: 0701234567", "0701234567"),
    ("Nås på 070 123 45 67.", "070 123 45 67"),
    ("Mobil 070 174-06 55 (som OCR läste det).", "070 174-06 55"),
    ("Handläggare, tfn 08-12 34 56.", "08-12 34 56"),
    ("Telefon 031-12 34 56", "031-12 34 56"),
    ("+46 70 123 45 67 (mobil)", "+46 70 123 45 67"),
    ("Tel. +46 (0)8 123 456 78", "+46 (0)8 123 456 78"),
    ("Tel 0046 70 123 45 67.", "0046 70 123 45 67"),
    ("Tel: (08) 123 45 67", "(08) 123 45 67"),
    ("tel:070-1234567", "070-1234567"),
    ("Ring 020-12 34 56 (kostnadsfritt).", "020-12 34 56"),
    ("Tel +46-70-123 45 67", "+46-70-123 45 67"),
    ("Hemtelefon 0431-123 45", "0431-123 45"),
    ("Kontakt i Oslo: +47 22 12 34 56.", "+47 22 12 34 56"),
    ("Ring 070–123 45 67", "070–123 45 67"),  # en dash from a word processor
]

NEAR_MISSES = [
    "Växel 08-123 456 78",  # the authority's switchboard is public, never a person's number
    "Kundtjänst 0771-123 456",
    "Frågor besvaras på 0771-567 890 vardagar.",  # a national 077 number is a company's or an authority's line
    "Personnummer 840312-1232.",
    "Personnummer 0511153215 för barnet.",  # ten digits, valid personnummer, no phone label
    "Organisationsnummer 556677-8899.",
    "Mötet hölls 2024-03-12 och 2024-03-19.",
    "Datum 08-03-2024 och 08.03.2024 och 08 03 2024.",
    "Dnr 2024/123-4 och KS 2023.456.",
    "Beloppet är 12 345 kr, moms 3 086,25 kr.",
    "Postadress 123 45 Småstad.",
    "OCR 0401234567 ska anges vid betalning.",
    "Fakturanummer: 0123456789",
    "Kundnummer 0401234567.",
    "Serienummer 070123456789012.",
    "Bankgiro 5050-1055.",
    "Numret 070-123 4 är för kort och 08-123 är inget nummer.",
    "Diarienummer 0012345678.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_a_phone(text):
    assert found(text) == []


def test_amount_or_reference_before_a_phone_number_does_not_hide_it():
    assert found("Avgiften är 200 kr. Frågor: 08-123 456 78") == ["08-123 456 78"]
    assert found("Bankgiro 5050-1055, 08-123 456 78") == ["08-123 456 78"]


def test_trailing_number_is_not_swallowed():
    text = "Ring 070-123 45 67 2 gånger."
    assert found(text) == ["070-123 45 67"]


def test_label_raises_score():
    bare = REC.analyze("Uppgift: 08-123 456 78", ["PHONE"])[0].score
    labelled = REC.analyze("Telefonnummer: 08-123 456 78", ["PHONE"])[0].score
    assert labelled > bare >= 0.5


def test_several_numbers_in_a_signature():
    text = "Lena Ek\nHandläggare\nTel 08-123 456 78\nMobil 070-123 45 67\nlena.ek@exempel.se"
    assert found(text) == ["08-123 456 78", "070-123 45 67"]


def test_a_mobile_on_the_line_under_figures_that_run_into_it():
    # a table read one cell a line: the account's last groups and the mobile read as one number are no phone,
    # the mobile on its own line still is one
    text = "Jelena Marković\n8173-4 005 271 9\n076-518 40 92\njelena.m@example.se\n"
    assert "076-518 40 92" in found(text)


@pytest.mark.parametrize("text", [
    "Fastighet\nMarkägare\nYta\nErsättning\nTallby 2:7\nTallby Skog AB\n2 040\n118 500\n",
    "Areal m²\nBelopp kr\n1 050\n162 300\n",
])
def test_a_sums_last_group_ending_its_cell_is_no_area_code(text):
    # "2 040" / "118 500": two figures of a table read one cell a line, not the number 040-118 500
    assert found(text) == []


def test_a_number_after_a_house_number_on_its_line_stays():
    assert found("Bor på Ekvägen 3 070-412 88 19 hela veckan.") == ["070-412 88 19"]


# A table read one cell a line: a number that is no phone at a line's start (a personnummer whose year begins
# with 0, an account) may run over the line end into the mobile below it; the mobile is still read.
@pytest.mark.parametrize("above", ["020314-2381", "000712 4417", "0041 2279 38"])
def test_a_mobile_below_a_line_of_other_figures_is_read(above):
    text = f"Säljare\nPersonnummer Mobil\nEbba Lundell\n{above}\n079-512 66 30\nAvgifter i tid:"
    assert "079-512 66 30" in found(text)


# A service's contact line: its label, its mailbox, then its number ("Kundtjänst: kundtjanst@…, 0480-55 20 40"): the
# service's number, as when the label stands right before it; a person's mobile after their own address is theirs.
@pytest.mark.parametrize("text", [
    "Frågor om anslutningen: Kundtjänst: kundtjanst@ekbynat.se, 0480-55 20 40; öppet vardagar.",
    "Växel: info@ekby.se, 0480-55 20 00.",
])
def test_a_services_number_after_its_label_and_mailbox_stays(text):
    assert found(text) == []


def test_a_persons_mobile_after_their_mailbox_is_a_phone():
    text = "Kontakt: Sara Ek, sara.ek@example.se, 070-318 22 41."
    assert found(text) == ["070-318 22 41"]


# A table read one cell a line: an account's last group ending its cell, the next cell's sum below it
# ("… 337-1" / "2 000 kr"): the sum's first digit is no tail of a phone number.
@pytest.mark.parametrize("text", [
    "Per Ek\n914 082 337-1\n2 000 kr\n",
    "Mona Eld\n611 204 558-3\n5 400 SEK\n",
    # the sum with its öre ("6 200,00 kr")
    "Per Ek\nSwedbank 8327-9, 914 082 337-1\n6 200,00 kr\n",
])
def test_a_sum_below_an_accounts_cell_is_no_phone_tail(text):
    assert found(text) == []


def test_a_number_broken_over_a_line_end_before_a_word_is_still_read():
    assert found("Ring Siv på 070-415\n62 18 i morgon.") == ["070-415\n62 18"]


def test_the_registrars_own_line_after_her_name_is_a_phone_number():
    # "registrator" names the registry's line, and also the registrar's role after her name
    assert found("Diariefört av Maria Lindkvist, registrator, 0555-172 43.") == ["0555-172 43"]
    assert found("Frågor till registrator, 0555-172 00.") == []


def test_a_desk_staff_members_own_line_after_the_name_is_a_phone_number():
    # the desk's word after a named person (with the initials they sign with) is that person's role: the number is
    # theirs, unless it is the desk's round number
    assert found("Granskat av Tove Ramberg (TR), kundtjänst, 0611-48 30 17, och ekonomi.") == ["0611-48 30 17"]
    assert found("Handlagt av Ivar Sund, expedition, 0611-48 31 62.") == ["0611-48 31 62"]
    assert found("Tove Ramberg, kundtjänst, 0611-48 30 00.") == []
    assert found("Ring kundtjänst, 0611-48 30 17.") == []


@pytest.mark.parametrize("text", [
    # the contact chain wraps before the switchboard: the unit's mailbox is on the line above
    "Ringhults stadsbibliotek, Biblioteksgatan 1, 571 40 Ringhult, bibliotek@ringhult.se,\n0521-437 00.",
    # a rescue service's shared mailbox on the number's line
    "Räddningstjänsten Ringhult, raddning@ringhult.se, 0521-439 00,\nStationsvägen 2, 571 41 Ringhult.",
])
def test_the_units_switchboard_beside_its_mailbox_stays(text):
    assert found(text) == []


def test_a_persons_number_after_a_wrapped_line_stays_masked():
    assert found("Mamman Lejla Hodžić, lejla.h@postlada.se,\n0521-437 00.") == ["0521-437 00"]


@pytest.mark.parametrize("text, expected", [
    ("Sofia Engström, handläggare, direkt 0125-440 18 62, sofia.engstrom@af.example", "0125-440 18 62"),
    ("Mobil 0523-456 78 90 efter klockan tre.", "0523-456 78 90"),
])
def test_a_number_with_one_digit_too_many_after_a_phone_word_is_masked_whole(text, expected):
    # a slip of the writer: the valid part alone would leave the last group readable beside the mask
    assert found(text) == [expected]


@pytest.mark.parametrize("text", ["Faktura 0125-440 18 62 betalas i mars.", "Summan 0125-440 18 62 avser hyran."])
def test_eleven_digits_without_a_phone_word_are_not_taken_whole(text):
    assert "0125-440 18 62" not in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Kontakt vid fältbesöket:\nMaja Berglund, 0431-552 80 16, maja.berglund@skogsbruk.example", "0431-552 80 16"),
    ("Handläggare Jon Strand, 0431-552 80 17", "0431-552 80 17"),
])
def test_a_number_with_one_digit_too_many_in_a_contact_line_is_masked_whole(text, expected):
    # a person's name before it or an e-mail address on its line says it is their line; the valid part alone would
    # leave the last group readable beside the mask
    assert found(text) == [expected]


def test_a_switchboard_with_one_digit_too_many_beside_a_mailbox_stays_readable():
    assert found("Växel 0431-552 80 00, distriktet@skogsbruk.example") == []


def test_a_number_broken_before_its_last_group_still_takes_it_before_a_sum():
    # a person's number broken at the line end, then the sum in words: the number's groups are all its own
    assert found("Ring Siv på 070-415\n62 18, avgiften är 400 kr.") == ["070-415\n62 18"]


def test_a_companys_landline_to_call_by_its_name_and_form_is_no_persons():
    assert found("Om strömmen går: ring Norrviks Elnät AB på 0651-160 00, därefter kommunen.") == []
    assert found("Vid fel, kontakta Vagnservice i Åsby AB på 0243-155 20.") == []


@pytest.mark.parametrize("text, number", [
    # a mobile after the company's name, a person's name before "på"
    ("Om strömmen går: ring Norrviks Elnät AB på 070-316 00 12.", "070-316 00 12"),
    ("Om strömmen går: ring Anna Berg på 0651-160 00.", "0651-160 00"),
])
def test_a_mobile_or_a_persons_landline_to_call_stays(text, number):
    assert found(text) == [number]


def test_a_number_stops_before_the_next_rows_case_number():
    # a card's code ends one row of a table read one cell a line, the next row's case number "2026/00417" opens
    # the next line: its year is no group of a phone number
    text = "Stamkund 7 6614 0512 33\n2026/00417\nNils Berg"
    assert not [f for f in found(text) if "2026" in f]


@pytest.mark.parametrize("text, number", [
    # a word of the case-number labels closing its clause with a comma labels no number after it
    ("Min son sköter alla mina ärenden, 070-419 26 83.", "070-419 26 83"),
    ("Han skickade en faktura, 0612-238 41 och e-post.", "0612-238 41"),
])
def test_a_label_word_a_comma_closes_leaves_the_number_after_it_a_phone(text, number):
    assert found(text) == [number]


def test_a_case_numbers_label_right_before_a_number_still_says_it_is_none():
    assert found("Ärende 070-419 26 83 avslutas.") == []


# a table read one cell a line: the header "Telefon" far above the row, another member's mobile in the column above
_PHONE_COLUMN = ("Medlem\nKamin\nHandl.\nTelefon\nOK\nKeddy 620 nr 51187\nLSv\n070-331 52 08\nBT\n"
                 "Morsø 1410 nr 60219\nLSv\n{number}\n")


@pytest.mark.parametrize("number", ["0911-330 52 29", "0523-45 67 890"])
def test_a_number_with_one_digit_too_many_alone_in_a_column_of_phones_is_masked_whole(number):
    assert number in found(_PHONE_COLUMN.format(number=number))


def test_a_number_with_one_digit_too_many_under_no_phones_is_not_taken_whole():
    text = "Medlem\nKamin\nSumma\nOK\nKeddy 620\n1 200 kr\nBT\nMorsø 1410\n0911-330 52 29\n"
    assert "0911-330 52 29" not in found(text)
