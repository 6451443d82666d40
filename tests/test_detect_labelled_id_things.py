"""Numbers of the things a person holds, after their labels or their make and model: cards, fund accounts, weapons'
and engines' serials, keys and key fobs, permits' slashed numbers, worn devices; a label before the number (a
register's "-ID", a country's name of its number, Spain's DNI and NIE) stays outside it, a series' letters inside.
Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


@pytest.mark.parametrize("text, value", [
    # a card's number too long for a telephone's, in a telephone's groups
    ("Resenären har liftkort 02-3391-4407-18 för säsongen.", "02-3391-4407-18"),
    # a fund account's number, a person's own at the fund company
    ("| 3140 | fond | Swedbank 8327-9 441 220 318-7, fondkonto FD 3318 9027", "FD 3318 9027"),
    ("Hennes depå VP-4471 2093 flyttades till dottern.", "VP-4471 2093"),
    # a weapon's serial after its make and model and a bare "nr"
    ("| 3151 | jaktvapen | Sako 85 nr 770912, licens återkallad", "770912"),
])
def test_a_cards_a_funds_or_a_weapons_number_is_an_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # an insurance policy by its kind, its letters inside the number
    ("Paret har hemförsäkring HF 5530 1207 22 hos bolaget.", "HF 5530 1207 22"),
    ("Barnens olycksfallsförsäkring OF 7702 1188 03 gäller till årsskiftet.", "OF 7702 1188 03"),
])
def test_an_insurance_policys_number_after_its_kind_is_an_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, kept", [
    ("Premien för hemförsäkringen 2 450 kr dras varje månad.", "2 450"),
    ("Hemförsäkring 2026 gäller hela året.", "2026"),
    # the state's scheme, or the bare word naming it: the agency's case after it
    ("Beslutet inom sjukförsäkringen FX 2026-44 1187 gäller sjukpenning.", "FX 2026-44 1187"),
    ("Enligt försäkringen, FX 2026-44 1187, betalas ersättning.", "FX 2026-44 1187"),
])
def test_an_insurances_premium_or_year_stays(blank_detector, text, kept):
    assert found(blank_detector, text).get(kept) != "ID_NUMBER"


@pytest.mark.parametrize("text, kept", [
    ("Ring växeln 08-123 45 67 om kortet.", "08-123 45 67"),
    ("Se Bilaga 3 nr 12345 och Kapitel 4 nr 5566.", "12345"),
    ("Bussarna står i bussdepån 4 i Åby.", "4"),
    ("Tidningen Jakt 2024 nr 1187 skrev om licensjakten.", "1187"),
])
def test_a_phone_a_documents_part_or_a_depot_stays(blank_detector, text, kept):
    assert found(blank_detector, text).get(kept) != "ID_NUMBER"


@pytest.mark.parametrize("text, value, label", [
    # a register's "-ID" and a country's name of its number lead the cell's value under a header of codes
    ("Dnr | Anmälare | Mäklare | Mäklarens reg.nr\n4-2207-26 | Ebba Nord | Tove Ahlqvist | FMI-ID 52906\n"
     "4-2215-26 | Leo Falk | Kim Brandt | FMI-ID 47719\n", "52906", "FMI-ID"),
    ("Nr | Patient | Pass eller id-nr | Bostad\n4 | Marek Zieliński | PESEL 91030512345 | Liftvägen 2\n"
     "5 | Anna Ek | C4471209 | Liftvägen 4\n", "91030512345", "PESEL"),
    ("Nr | Kund | Id-handling | Land\n7 | Ignacio Rojas | RUT 12.408.317-5 | Chile\n"
     "8 | Lina Berg | 77120912 | Sverige\n", "12.408.317-5", "RUT"),
    # France's tax number and Greece's social security number under a header of tax numbers
    ("Nr | Sökande | Land | Skattenummer\n3 | Claire Morel | Frankrike | SPI 13 07 284 551 902\n"
     "4 | Eleni Pappa | Grekland | AMKA 11026804417\n", "13 07 284 551 902", "SPI"),
    ("Nr | Sökande | Land | Skattenummer\n3 | Claire Morel | Frankrike | SPI 13 07 284 551 902\n"
     "4 | Eleni Pappa | Grekland | AMKA 11026804417\n", "11026804417", "AMKA"),
    # Switzerland's social security number and Ireland's personal public service number under a header of documents
    ("Nr | Sökande | Land | Id-handling\n3 | Urs Brunner | Schweiz | AHV 756.3318.2094.61\n"
     "4 | Aoife Byrne | Irland | PPS 7731209TA\n", "756.3318.2094.61", "AHV"),
    ("Nr | Sökande | Land | Id-handling\n3 | Urs Brunner | Schweiz | AHV 756.3318.2094.61\n"
     "4 | Aoife Byrne | Irland | PPS 7731209TA\n", "7731209TA", "PPS"),
    # Spain's labels in a sentence, a space after them
    ("Sökanden har spanskt DNI 71824406R sedan flytten till Málaga.", "71824406R", "DNI"),
    ("Hennes bror har NIE Y3318207K och bor i Alicante.", "Y3318207K", "NIE"),
])
def test_a_label_before_the_number_stays_outside_it(blank_detector, text, value, label):
    from redact.document_detection import detect_text

    ids = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ID_NUMBER"]
    assert value in ids and not any(label in t for t in ids), ids


def test_a_documents_series_letters_stay_inside_its_number(blank_detector):
    assert found(blank_detector, "Hans pass FX 2209 4471 gick ut i maj.").get("FX 2209 4471") == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # a CITES certificate's number: the country's and the office's letters, slashes, the year and a serial
    ("Säljaren hade papegojan med intyg SE/ÖG/18/0233 sedan flera år.", "SE/ÖG/18/0233"),
    ("Intygsnummer: SE/KA/25/1140. Djurets chip anges nedan.", "SE/KA/25/1140"),
    # a worn device's unit number: the sentence says a person wears it
    ("Han bär fotboja med enhetsnummer FB-33-10457 under prövotiden.", "FB-33-10457"),
])
def test_a_permits_slashed_number_and_a_worn_devices_unit_number(blank_detector, text, value):
    assert value in found(blank_detector, text)


def test_an_organisations_unit_number_stays(blank_detector):
    text = "Kontoret på plan 2 har enhetsnummer EN-44-1021 i kommunens register."
    assert "EN-44-1021" not in found(blank_detector, text)


def test_spains_label_written_as_one_code_with_the_number_stays_in_it():
    from redact.detect.id_label_prefixes import trim_label_prefixes
    from redact.types import Finding

    text = "Kortet har nummer NIE-Y3318207K."
    at = text.index("NIE")
    f = Finding(id="x", page=1, start=at, end=at + 13, text=text[at:at + 13], category="ID_NUMBER", score=0.9,
                detector="labelled_id")
    assert [g.text for g in trim_label_prefixes([f], text)] == ["NIE-Y3318207K"]


@pytest.mark.parametrize("span, value", [("DNI 71824406R", "71824406R"), ("NIE Y3318207K.", "Y3318207K.")])
def test_spains_label_a_span_of_the_tagger_took_in_stays_outside_it(span, value):
    from redact.detect.id_label_prefixes import trim_label_prefixes
    from redact.types import Finding

    text = f"Sökanden har spanskt {span} Hon bor i Alicante."
    at = text.index(span)
    f = Finding(id="x", page=1, start=at, end=at + len(span), text=span, category="ID_NUMBER", score=0.9,
                detector="learned_spans")
    assert [g.text for g in trim_label_prefixes([f], text)] == [value]


@pytest.mark.parametrize("text, value", [
    # an engine's serial after its make and model and "nr", the maker's batch code of digits and capitals leading it
    ("Båtägaren har motor Suzuki DF40 nr 4B2-2207815 på akterspegeln.", "4B2-2207815"),
    # after the engine's word and its make, the series code and the engine's own run of digits: one serial, the make
    # before them inside its mark as on the plate
    ("Snipans motor Tohatsu M9K 0718224 lämnas till service.", "Tohatsu M9K 0718224"),
    # a key fob's or a key's number that a harbour or a landlord hands one person, the gate it opens between
    ("Lisbet har nyckelbricka till bommen KB 0318-22; den lämnas vid hösten.", "KB 0318-22"),
    ("Hyresgästen fick passerkort nr 40718 till tvättstugan.", "40718"),
])
def test_an_engines_serial_and_a_keys_number_are_identifiers(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, kept", [
    # an engine's type and its power stay, as the make does
    ("Båten har motor Volvo Penta D4-300 och drev DP-S.", "D4-300"),
    ("Motor Yamaha F60 nr 3 av 12 i listan.", "3"),
    # a key among a count, the year of a key list
    ("Hon fick nyckel 2 till förrådet och nycklar för 2026.", "2026"),
])
def test_an_engines_type_and_a_keys_count_stay(blank_detector, text, kept):
    assert found(blank_detector, text).get(kept) != "ID_NUMBER"


@pytest.mark.parametrize("span, value", [("T.C. 40217718350", "40217718350"), ("ISSI 3318 2207", "3318 2207"),
                                         ("IMEI 356938035643809", "356938035643809"),
                                         ("IIN 880214300571", "880214300571"), ("SNILS 112-233-445 95", "112-233-445 95"),
                                         ("TC 40217718350", "40217718350"),
                                         ("CCCD 079203118840", "079203118840"),
                                         ("NN 91.03.22-118.47", "91.03.22-118.47"),
                                         # Hungary's TAJ, Greece's card in its own letters, India's seafarer's number
                                         ("TAJ 071 225 318", "071 225 318"), ("ΑΔΤ ΒΕ 207731", "ΒΕ 207731"),
                                         ("INDOS 21KM7704", "21KM7704"), ("CCCD 079185012346", "079185012346"),
                                         # Moldova's personal number, Morocco's card with its series
                                         ("IDNP 2003017741185", "2003017741185"), ("CIN JT 207731", "JT 207731"),
                                         # a payment reference's kind before the number built for its payer
                                         ("OCR 6809 1441 0273", "6809 1441 0273")])
def test_a_countrys_or_a_devices_label_a_span_took_in_stays_outside_it(span, value):
    from redact.detect.id_label_prefixes import trim_label_prefixes
    from redact.types import Finding

    text = f"Uppgift från sökanden: {span} enligt bilagan."
    at = text.index(span)
    f = Finding(id="x", page=1, start=at, end=at + len(span), text=span, category="ID_NUMBER", score=0.9,
                detector="learned_spans")
    assert [g.text for g in trim_label_prefixes([f], text)] == [value]


def test_two_capitals_before_another_shape_stay_the_codes_series():
    from redact.detect.id_label_prefixes import trim_label_prefixes
    from redact.types import Finding

    text = "Kortet NN 4418-2207 gäller till maj."
    at = text.index("NN")
    f = Finding(id="x", page=1, start=at, end=at + 12, text=text[at:at + 12], category="ID_NUMBER", score=0.9,
                detector="learned_spans")
    assert [g.text for g in trim_label_prefixes([f], text)] == ["NN 4418-2207"]



@pytest.mark.parametrize("text, value", [
    ("Hon har danskt CPR 090175-1226 och bor i Odense.", "090175-1226"),
    ("Sonen har kanadensiskt SIN 071 338 902 och bor i Halifax.", "071 338 902"),
    # "ID" after the country's adjective: the kind of number, though two capitals alone may be a code's letters
    ("Hennes far har israeliskt ID 037715528 sedan flytten.", "037715528"),
])
def test_a_countrys_name_for_its_number_before_digits_read_as_a_phone_stays_outside_it(text, value):
    from redact.detect.lettered_codes import codes_read_as_phones
    from redact.types import Finding

    at = text.index(value)
    phone = Finding(id="x", page=1, start=at, end=at + len(value), text=value, category="PHONE", score=0.9,
                    detector="phone")
    assert [(f.text, f.category) for f in codes_read_as_phones([phone], text)] == [(value, "ID_NUMBER")]


@pytest.mark.parametrize("span, value", [("SIN 071 338 902", "071 338 902"), ("ЕГН 7702153318", "7702153318"),
                                         ("NIF 284417093", "284417093")])
def test_a_countrys_name_for_its_number_a_span_took_in_stays_outside_it(span, value):
    from redact.detect.id_label_prefixes import trim_label_prefixes
    from redact.types import Finding

    text = f"Sonen har utländskt {span} sedan födseln; efter skattenummer {span} i listan."
    spans = [Finding(id="x", page=1, start=at, end=at + len(span), text=span, category="ID_NUMBER", score=0.9,
                     detector="learned_spans") for at in (text.index(span), text.rindex(span))]
    # after a number's own word ("skattenummer NIF …") the letters are written as the value's first part
    assert [g.text for g in trim_label_prefixes(spans, text)] == [value, span]


def test_a_countrys_name_for_a_number_and_a_dates_form_stay_outside_the_number():
    from redact.detect.id_label_prefixes import trim_label_prefixes
    from redact.types import Finding

    text = "Han har polskt NIP 5210774412; kenyanskt ID 2207118844; ÅÅMMDD 610304; kortet ID 7730 5512."
    parts = ("NIP 5210774412", "ID 2207118844", "ÅÅMMDD 610304", "ID 7730 5512")
    findings = [Finding(id=f"p1-{n}", page=1, start=text.index(p), end=text.index(p) + len(p), text=p,
                        category="ID_NUMBER", score=0.5, detector="learned_spans", reason="") for n, p in enumerate(parts)]
    # "ID" alone before the digits may be the code's own letters
    assert [f.text for f in trim_label_prefixes(findings, text)] == ["5210774412", "2207118844", "610304",
                                                                     "ID 7730 5512"]


def test_a_racers_bib_number_after_its_word(blank_detector):
    # the organiser's list leads a bib's number to one entrant; a bare count of bibs is no number
    text = ("| Åkare | Sak | Nummer\n| KV | nummerlapp | Falu kommun nummerlapp 3307-26\n"
            "Hon åkte med nummerlappen 3308-26 i mål.")
    ids = {v for v, c in found(blank_detector, text).items() if c == "ID_NUMBER"}
    assert {"3307-26", "3308-26"} <= ids


def test_azerbaijans_fin_before_its_seven_characters_stays_outside_the_code():
    from redact.detect.id_label_prefixes import trim_label_prefixes
    from redact.types import Finding

    text = "Ana FIN 7QM3T9K, telefon 070-118 22 41. Plåten FIN 4418KX2B stod kvar."
    spans = ("FIN 7QM3T9K", "FIN 4418KX2B")
    findings = [Finding(id=f"p1-{n}", page=1, start=text.index(s), end=text.index(s) + len(s), text=s,
                        category="ID_NUMBER", score=0.5, detector="learned_spans") for n, s in enumerate(spans)]
    # (eight characters are no such code: the letters may be a code's own)
    assert [f.text for f in trim_label_prefixes(findings, text)] == ["7QM3T9K", "FIN 4418KX2B"]
