"""A birth date after the birth's noun or in brackets, a farm's name opening an address, a country whose sentence
goes on after a line break: fictional examples written for these rules."""

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.types import Finding, Page

REC = DateOfBirthRecognizer()


def _births(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, date", [
    ("Grannen har bott i byn sedan födseln (1951-02-11) och känner alla.", "1951-02-11"),
    ("Efter födseln 2019-04-02 flyttade familjen till Åsby.", "2019-04-02"),
    ("Brodern, f. (12/3 1960), ringde i går.", "12/3 1960"),
    ("Modern är född (4 maj 1977) i Tierp.", "4 maj 1977"),
])
def test_a_date_after_the_births_noun_or_in_brackets_is_the_birth_date(text, date):
    assert _births(text) == [date]


@pytest.mark.parametrize("text", [
    "Hon är född (1978) i Tierp och bor kvar.",  # a year alone after a bracket: no whole date
    "Vid födseln vägde flickan 3,4 kg.",
    "Mötet före födseln hölls den 2019-04-02.",
])
def test_no_birth_date_without_a_whole_date_after_the_birth_word(text):
    assert _births(text) == []


def _address(text: str, part: str) -> Finding:
    start = text.index(part)
    return Finding(id="a", page=1, start=start, end=start + len(part), text=part, category="ADDRESS", score=0.85,
                   detector="address")


@pytest.mark.parametrize("text, part, whole", [
    ("Nils Ek driver åkeriet från\nLilltorpet, Åsbyn 12, 776 91 Åsbyn.", "Åsbyn 12, 776 91 Åsbyn",
     "Lilltorpet, Åsbyn 12, 776 91 Åsbyn"),
    ("Han äger också Ekby gård, Ekby 4, 776 92 Ekby.", "Ekby 4, 776 92 Ekby", "Ekby gård, Ekby 4, 776 92 Ekby"),
    ("Adress: Norrgården, Åsbyn 3, 776 91 Åsbyn", "Åsbyn 3, 776 91 Åsbyn", "Norrgården, Åsbyn 3, 776 91 Åsbyn"),
])
def test_a_farms_name_opens_the_address_after_it(text, part, whole):
    from redact.detect.address_named_places import with_place_before

    assert with_place_before(_address(text, part), text).text == whole


@pytest.mark.parametrize("text, part", [
    # a person's surname ending as a farm's name does, after his given name
    ("Marken arrenderas av Sune Lindgård, Kölsjön Norrängen 4, 776 91 Åsbyn.", "Kölsjön Norrängen 4, 776 91 Åsbyn"),
    # a public building named as a farm is
    ("Träffen hålls på Fritidsgården, Storgatan 3, 776 30 Åsby.", "Storgatan 3, 776 30 Åsby"),
])
def test_no_farm_before_a_persons_or_a_public_buildings_address(text, part):
    from redact.detect.address_named_places import with_place_before

    assert with_place_before(_address(text, part), text).text == part


def test_a_country_whose_sentence_goes_on_after_a_line_break_ends_the_address(model_detector):
    text = ("Olle Brandt bor under vintern på\nCalle de la Luna 7, 2º A, 29680 Estepona (Málaga), España,\n"
            "telefon +34 655 123 456. Han har ett hus här också.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = [f.text for f in model_detector.detect_many([page])[0] if f.category == "ADDRESS"]
    assert "Calle de la Luna 7, 2º A, 29680 Estepona (Málaga), España" in found, found


@pytest.mark.parametrize("line, whole", [
    ("Olle Brandt bor under vintern på Calle de la Luna 7, 2º A, 29680 Estepona (Málaga). Han ringer ofta.",
     "Calle de la Luna 7, 2º A, 29680 Estepona (Málaga)"),
    ("Hans syster bor på Via Verdi 12, 10121 Torino (TO), och skriver brev.", "Via Verdi 12, 10121 Torino (TO)"),
])
def test_the_province_in_brackets_after_the_town_is_the_addresss_last_part(model_detector, line, whole):
    page = Page(number=1, text=line + "\n", words=(), width=595, height=842)
    found = [f.text for f in model_detector.detect_many([page])[0] if f.category == "ADDRESS"]
    assert whole in found, found


def test_a_surname_ending_as_a_farms_word_after_a_small_word_stays_the_persons():
    from redact.detect.address_named_places import with_place_before

    text = "Hon bor hos familjen Lindgård, Storgatan 3, 776 30 Åsby."
    part = "Storgatan 3, 776 30 Åsby"
    assert with_place_before(_address(text, part), text).text == part
