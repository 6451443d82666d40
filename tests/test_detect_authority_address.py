"""The authority's own street address stays readable: named as its address in a sentence, or right under its name
in a letterhead. A home stays masked. Fictional places and people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _addresses(det) -> list[str]:
    return [" ".join(f.text.split()) for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


@pytest.mark.parametrize("text", [
    "Förvaltningens besöksadress är Kyrkogatan 8 i Ringhult.",
    "Stadens kontaktcenter ligger på Järnvägsgatan 14, entréplan.",
    "Ringhults kommun\nRådhustorget 2\n571 40 Ringhult",
    "Region Ekmark\nBox 310\nSjukhusvägen 7\n571 41 Ringhult",
    # an archive by its name, and its box and postal code on one line under it
    "Ringhultsarkivet\nArkivgatan 4\n571 21 Ringhult",
    # the name line's units ending in a comma, the street and town on the line below
    "Region Ekmark, Lasarettet i Ringhult, gästhemmet,\nSjukhusvägen 7, 571 41 Ringhult",
    # a region of two words, its hospital and unit after commas
    "Region Norra Ekmark, Ringhults lasarett, dialysenheten\nSjukhusvägen 7, 571 41 Ringhult. Växel 0571-100 00.",
    # a company of the municipality's, its owner in brackets
    "Ringhultsbacken Turism AB (helägt av Ringhults kommun)\nBackvägen 1, 571 92 Ringhult. Växel 0571-200 00.",
])
def test_the_authoritys_own_address_stays(blank_detector, text):
    assert _addresses(detect_text(text, blank_detector)) == []


def test_the_authoritys_postal_code_after_its_box_under_its_name_stays(blank_detector):
    text = "Yttrande\nEkmarksnämnden\nBox 20417, 104 21 Ringhult\nTove Lindahl\nStorgatan 3\n571 30 Ringhult\n"
    masked = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
              if f.category in ("ADDRESS", "POSTAL_CODE") and f.status != "rejected"]
    assert not any("104 21" in m for m in masked), masked
    assert any("Storgatan 3" in m for m in masked), masked


@pytest.mark.parametrize("text, address", [
    ("Familjens adress är Kyrkogatan 8 i Ringhult.", "Kyrkogatan 8"),
    # the flat's genitive is no unit's ("-enhetens"): a home's address given with its verb
    ("Köparen Tove Lindahl tillträder i maj. Lägenhetens adress blir Mariaplan 4 lgh 1003 efter tillträdet.",
     "Mariaplan 4 lgh 1003"),
    ("Förvaltningens handläggare besökte Tove Lindahl på Kyrkogatan 8.", "Kyrkogatan 8"),
    ("Socialförvaltningen\nTove Lindahl\nLönnvägen 3\n571 42 Ringhult", "Lönnvägen 3"),
    ("Förvaltningens besöksadress är Kyrkogatan 8. Familjen bor på Lönnvägen 3.", "Lönnvägen 3"),
    # what stands outside the authority's premises stands at homes
    ("Brandsläckare utanför kommunens lokaler\nNummer\nPlacering\nBS-118\nLönnvägen 3\nBS-121\nKyrkogatan 8",
     "Lönnvägen 3"),
])
def test_a_home_stays_masked(blank_detector, text, address):
    assert any(a.startswith(address) for a in _addresses(detect_text(text, blank_detector)))


@pytest.mark.parametrize("text", [
    "Dricksvatten hämtas vid Ringhults vattenverk på Verkvägen 6 varje vardag.",
    "Kompost tas emot av Avfallsanläggningen Hultet, Tippvägen 11, på lördagar.",
    "Sagostunden hålls onsdagar kl. 10–11 i barnavdelningen,\nTorggatan 3.",
])
def test_a_public_facilitys_or_an_activitys_street_stays(blank_detector, text):
    assert _addresses(detect_text(text, blank_detector)) == []


@pytest.mark.parametrize("text, address", [
    ("Han bor granne med vattenverket på Verkvägen 8 sedan maj.", "Verkvägen 8"),
    ("Samtalet hölls i hennes lägenhet på Lönnvägen 3, trappa 2.", "Lönnvägen 3"),
    ("Mötet hölls hemma hos Tove Lindahl på Kyrkogatan 8.", "Kyrkogatan 8"),
])
def test_a_home_beside_a_facility_or_an_activity_stays_masked(blank_detector, text, address):
    assert any(a.startswith(address) for a in _addresses(detect_text(text, blank_detector)))


@pytest.mark.parametrize("title", ["Platser där fåglarna hålls", "Adresser där hästarna hålls"])
def test_a_table_under_a_title_with_hålls_is_no_venue(blank_detector, title):
    # "hålls" of things kept: the title heads a table of the keepers' homes, no activity is held at them
    text = (f"{title}\nÄrende\nAdress\nPostadress\n611-2044-26\nHumlegatan 17, lgh 1102\n782 31 Malung\n"
            "611-2051-26\nTrastvägen 4\n782 33 Malung\n")
    found = _addresses(detect_text(text, blank_detector))
    assert any(a.startswith("Humlegatan 17") for a in found) and any(a.startswith("Trastvägen 4") for a in found)


def test_an_activity_held_at_a_street_in_its_sentence_stays_a_venue(blank_detector):
    text = "Kursen hålls varje torsdag i samlingssalen,\nVerkstadsgatan 9."
    assert _addresses(detect_text(text, blank_detector)) == []


@pytest.mark.parametrize("text", [
    "Handläggare Tove Lindahl, 0571-223 18\nMiljö- och hälsoskyddsenheten, Kyrkogatan 8, 571 40 Ringhult, 0571-220 00",
    "Enheten för funktionsstöd, Kyrkogatan 8, 571 40 Ringhult, funktionsstod@ringhult.se.",
    "Ringhults kommun, Socialförvaltningen, Kyrkogatan 8, 571 40 Ringhult",
    "Kyrkogatan 8, 571 40 Ringhult, växel 0571-220 00, budget@ringhult.se\nRådgivare: Tove Lindahl",
])
def test_the_units_contact_line_stays(blank_detector, text):
    det = detect_text(text, blank_detector)
    assert _addresses(det) == []
    assert not any(f.category == "PHONE" and f.text == "0571-220 00" and f.status != "rejected" for f in det.findings)


@pytest.mark.parametrize("text, address", [
    ("Tove Lindahl, Kyrkogatan 8, 571 40 Ringhult, växel 0571-220 00", "Kyrkogatan 8"),
    ("Miljöenheten, Lönnvägen 3, 571 42 Ringhult, där Tove Lindahl bor", "Lönnvägen 3"),
    ("Familjen bor på Lönnvägen 3, 571 42 Ringhult, växel 0571-220 00", "Lönnvägen 3"),
    # a flat ends in the unit's word ("-enhet") but is a home
    ("Hon hyr en lägenhet, Lönnvägen 3 lgh 1201, 571 42 Ringhult, sedan maj.", "Lönnvägen 3"),
])
def test_a_persons_line_with_a_unit_or_a_switchboard_keeps_the_home(blank_detector, text, address):
    assert any(a.startswith(address) for a in _addresses(detect_text(text, blank_detector)))


@pytest.mark.parametrize("text", [
    "Individ- och familjeomsorgen, ifo@ringhult.se, växel 0571-220 00, Kyrkogatan 8.",
    "Skicka svaret till kansliet,\nväxel 0571-220 00, Stadshuset, Kyrkogatan 8, 571 40 Ringhult.",
])
def test_the_address_after_the_switchboard_stays(blank_detector, text):
    # a home has no switchboard: the street after one (a building's name perhaps between) is the unit's
    assert _addresses(detect_text(text, blank_detector)) == []


def test_a_persons_line_with_the_switchboard_before_keeps_the_home(blank_detector):
    text = "Tove Lindahl, växel 0571-220 00, Lönnvägen 3, 571 42 Ringhult"
    assert any(a.startswith("Lönnvägen 3") for a in _addresses(detect_text(text, blank_detector)))


@pytest.mark.parametrize("text", [
    # the company's contact chain: its shared mailbox and number before its box, a person named after the sentence
    "Ringhultshem AB, info@ringhultshem.se, 0571-330 00, Box 221, 571 21 Ringhult. Kundvärd Tove Lindahl, 0571-330 17.",
    # the switchboard's label ending the line above
    "Region Ekmark, hjälpmedel, hjalpmedel@regionekmark.se, växel\n010-330 00 00, Box 77, 571 22 Ringhult. "
    "Handläggare Tove Lindahl.",
    "Tove Lindahl nås via kundtjänst.\nkundcenter@ekmarkstrafiken.se, Box 78, 571 22 Ringhult.",
])
def test_the_address_after_the_authoritys_contacts_stays(blank_detector, text):
    assert _addresses(detect_text(text, blank_detector)) == []


@pytest.mark.parametrize("text, address", [
    ("Kontakt: tove.lindahl@hemmapost.se, 070-123 45 67, Lönnvägen 3, 571 42 Ringhult.", "Lönnvägen 3"),
    ("Svar till info@ringhult.se, Tove Lindahl, Lönnvägen 3, 571 42 Ringhult.", "Lönnvägen 3"),
])
def test_a_persons_contacts_before_a_home_keep_it(blank_detector, text, address):
    assert any(a.startswith(address) for a in _addresses(detect_text(text, blank_detector)))


@pytest.mark.parametrize("text", [
    "Enheten nås på hemtjanst.syd@ringhult.se och 0521-430 00, Torggatan 6, 571 40 Ringhult.",
    "Räddningstjänsten Ringhult, raddning@ringhult.se, 0521-439 00,\nStationsvägen 2, 571 41 Ringhult.",
])
def test_the_address_after_the_units_mailbox_and_switchboard_stays(blank_detector, text):
    assert _addresses(detect_text(text, blank_detector)) == []


@pytest.mark.parametrize("text", [
    # a visiting address receives the public, it is never a home
    "Ringhults kommun, Box 40, 571 21 Ringhult\nBesöksadress Torggatan 3. Växel 0380-100 00.",
    # a state agency's letterhead with its units after commas, persons listed right under it
    "Kronofogden, Enheten för indrivning, Ringhult\nSkeppsgatan 12, 571 22 Ringhult. Serie KF-26.\nHandläggare: Tove Lindahl",
    # the building's name before the street under the agency's line
    "Tullverket, Region Syd, enheten Ringhult\nTullhuset, Hamngatan 9, 571 30 Ringhult. Serie T-26.",
])
def test_an_agencys_letterhead_and_visiting_address_stay(blank_detector, text):
    assert _addresses(detect_text(text, blank_detector)) == []


def test_a_persons_address_under_an_agencys_line_with_a_name_stays_masked(blank_detector):
    text = "Kronofogden, Tove Lindahl\nLönnvägen 3, 571 42 Ringhult"
    assert any(a.startswith("Lönnvägen 3") for a in _addresses(detect_text(text, blank_detector)))


@pytest.mark.parametrize("text", [
    # a company's letterhead with its organisation number before the address
    "Avstängning av el\nRinghult Energi AB, 556034-8812, Kraftverksvägen 1, 571 37 Ringhult\nKundservice 0571-145 00",
    # the letter's addressee, a board of a named municipality
    "Kreditansvarig Tove Lindahl, 0571-145 27\nTill: Socialnämnden i Ringhult kommun, Box 220, 571 21 Ringhult\n"
    "Enligt ellagen underrättas nämnden om följande kunder.",
])
def test_a_companys_letterhead_or_a_boards_addressee_line_stays(blank_detector, text):
    assert _addresses(detect_text(text, blank_detector)) == []


@pytest.mark.parametrize("text, address", [
    # a sole trader's personnummer before the address: his firm may be his home
    ("Ringhult Bygg EF, 640221-5071, Lönnvägen 3, 571 42 Ringhult", "Lönnvägen 3"),
    ("Till: Tove Lindahl, Lönnvägen 3, 571 42 Ringhult", "Lönnvägen 3"),
])
def test_a_sole_traders_or_a_persons_line_keeps_the_home(blank_detector, text, address):
    assert any(a.startswith(address) for a in _addresses(detect_text(text, blank_detector)))


def _found(det, category: str) -> list[str]:
    return [" ".join(f.text.split()) for f in det.findings if f.category == category and f.status != "rejected"]


# A region's letterhead: the region, its centre, the centre's street; under it a number and the centre's box
REGION_HEAD = ("Givarlista, vecka 12\nRegion Sörmark, Tappcentralen Ekby, Sjukhusvägen 7, 612 80 Ekby\n"
               "Bokning 0151-48 20 10, tappcentralen@rsormark.se\nDnr RS 2026/55\n\nLista följer.\n")


def test_a_regions_centres_address_and_its_number_beside_its_mailbox_stay(blank_detector):
    det = detect_text(REGION_HEAD, blank_detector)
    assert _found(det, "ADDRESS") == []
    assert _found(det, "PHONE") == []


@pytest.mark.parametrize("text, category, value", [
    # a person named on the line, a personal box beside the number, a number with no box on its line
    ("Givarlista\nRegion Sörmark, Karin Lundh, Sjukhusvägen 7, 612 80 Ekby\n\nLista.\n", "ADDRESS", "Sjukhusvägen 7"),
    ("Givarlista\nRegion Sörmark, Tappcentralen Ekby, Sjukhusvägen 7, 612 80 Ekby\n"
     "Mobil 070-448 20 19, karin.lundh@rsormark.se\n\nLista.\n", "PHONE", "070-448 20 19"),
    ("Givarlista\nRegion Sörmark, Tappcentralen Ekby, Sjukhusvägen 7, 612 80 Ekby\n"
     "Givaren nås på 070-448 20 19.\n\nLista.\n", "PHONE", "070-448 20 19"),
    ("Givarlista\nRegion Sörmark, Tappcentralen Ekby\n"
     "Min mobil 070-448 20 19, tappcentralen@rsormark.se\n\nLista.\n", "PHONE", "070-448 20 19"),
])
def test_a_persons_line_or_number_under_a_regions_head_stays_masked(blank_detector, text, category, value):
    assert any(value in t for t in _found(detect_text(text, blank_detector), category))


def test_a_units_district_before_its_box_is_no_street(blank_detector):
    # "Syd 3" of the unit's name would read as a street with the box after it
    text = ("Föredragningslista vecka 9\nIndrivningsverket, Enheten för skuldsanering Syd 3, Box 4410, 571 21 Ringhult\n"
            "Telefon 010-581 40 00.\n\nBeslut följer.\n")
    assert not [a for a in _addresses(detect_text(text, blank_detector)) if "4410" in a or "Syd 3" in a]


def test_a_persons_district_and_box_stay_masked(blank_detector):
    text = "Föredragningslista vecka 9\nSökande Tove Lindahl, Syd 3, Box 4410, 571 21 Ringhult\n\nBeslut följer.\n"
    assert any("4410" in a for a in _addresses(detect_text(text, blank_detector)))


def _postcodes(det) -> list[str]:
    return [" ".join(f.text.split()) for f in det.findings
            if f.category in ("POSTAL_CODE", "ADDRESS") and f.status != "rejected"]


@pytest.mark.parametrize("text", [
    # a letterhead with no street: the postal code line right under the authority's name
    "Ringhults kommun\n571 80 Ringhult\n\nBeslut om färdtjänst",
    "Länsstyrelsen i Östra Ekmarks län\n571 81 Ringhult\n\nBeslut om jakt",
    # the contact line: the units' names, then the postal code and town
    "Ringhults kommun, vård- och omsorgsförvaltningen, 571 80 Ringhult\nVäxel 0380-51 00 00.",
    # a state agency by its abbreviation and its unit, on the postal code's line or over it
    "FMV, enheten för provning, 115 88 Stockholm\nVäxel 08-782 40 00.",
    "Avtal om provning\nFMV, enheten för provning\n115 88 Stockholm\n\nBeslut om provning",
])
def test_the_authoritys_own_postcode_line_stays(blank_detector, text):
    assert _postcodes(detect_text(text, blank_detector)) == []


@pytest.mark.parametrize("text, postcode", [
    # a person's postal code line in the letter's window, under the authority's letterhead
    ("Ringhults kommun\n571 80 Ringhult\n\nOlof Holm\n571 42 Ringhult\n\nBeslut om färdtjänst", "571 42 Ringhult"),
    # a person's line after the unit's name
    ("Ringhults kommun, Olof Holm, 571 42 Ringhult", "571 42 Ringhult"),
    # capitals before a person's name are no agency's
    ("OLOF, Holm, 571 42 Ringhult", "571 42 Ringhult"),
])
def test_a_persons_postcode_line_stays_masked(blank_detector, text, postcode):
    assert any(postcode in p for p in _postcodes(detect_text(text, blank_detector)))


@pytest.mark.parametrize("text", [
    # a state agency named by its noun ("-makten", "-vården") and its unit, over its postal code line
    "Beslut om stöd\nHemvärnsmakten, stödenheten\n117 40 Stockholm\n\nÄrende 2031-118",
    "Beslut om permission\nAnstaltsvården, region Mitt\n701 12 Örebro\n\nÄrende 2031-118",
])
def test_an_agencys_name_by_its_noun_heads_its_own_postcode_line(blank_detector, text):
    assert _postcodes(detect_text(text, blank_detector)) == []


def test_a_firms_name_line_without_the_authority_as_its_owner_keeps_no_address(blank_detector):
    # a grave owner pays through a stonemason's firm: the firm is no company of the authority's
    text = "Märta Ljungqvist betalar genom\nEkbergs Stenhuggeri AB\nBjörnåsvägen 11, 571 92 Ringhult\n"
    assert "Björnåsvägen 11, 571 92 Ringhult" in _addresses(detect_text(text, blank_detector))


def test_the_authoritys_company_named_alone_over_its_address_after_its_owner_was_given_stays(blank_detector):
    text = ("Ringhultsbacken Turism AB (helägt av Ringhults kommun)\nBackvägen 1, 571 92 Ringhult.\n\n"
            "Rapport till försäkringsbolaget\nRinghultsbacken Turism AB\nBackvägen 1, 571 92 Ringhult\n")
    assert _addresses(detect_text(text, blank_detector)) == []


@pytest.mark.parametrize("text, box", [
    # a district court by its seat, its numbered division after the comma
    ("Kallelse\nRinghults tingsrätt, avdelning 3\nBox 4412, 571 28 Ringhult. Växel 0571-300 00.\n",
     "Box 4412, 571 28 Ringhult"),
    # an administrative court by its town, its numbered unit after the comma
    ("Dom\nFörvaltningsrätten i Ringhult, enhet 2\nBox 612, 571 29 Ringhult\n", "Box 612, 571 29 Ringhult"),
    # a court of appeal by its district's name
    ("Beslut\nEkmarks hovrätt\nBox 118, 571 30 Ringhult\n", "Box 118, 571 30 Ringhult"),
])
def test_a_courts_box_under_its_name_stays(text, box):
    from redact.detect.authority_address import drop_authority_addresses
    from redact.types import Finding

    start = text.index(box)
    found = Finding(id="f1", page=1, start=start, end=start + len(box), text=box, category="ADDRESS", score=0.8,
                    detector="test")
    assert drop_authority_addresses([found], text) == []


def test_a_home_under_a_courts_name_line_with_a_person_stays_masked():
    from redact.detect.authority_address import drop_authority_addresses
    from redact.types import Finding

    text = "Ringhults tingsrätt, avdelning 3\nTove Lindahl\nStorgatan 3, 571 30 Ringhult\n"
    home, name = "Storgatan 3, 571 30 Ringhult", "Tove Lindahl"
    found = [Finding(id="f0", page=1, start=text.index(name), end=text.index(name) + len(name), text=name,
                     category="PERSON", score=0.9, detector="test"),
             Finding(id="f1", page=1, start=text.index(home), end=text.index(home) + len(home), text=home,
                     category="ADDRESS", score=0.8, detector="test")]
    assert [f.text for f in drop_authority_addresses(found, text)] == [name, home]


def test_a_line_of_the_agencys_name_and_its_district_is_no_home():
    # the tagger may read an agency and its district as a place: the line holds the unit's names alone
    from redact.detect.authority_address import drop_authority_addresses
    from redact.types import Finding

    text = "Beslut om stöd\nSjöfartsverket, Distrikt Ringhult södra\nBox 412, 571 21 Ringhult"
    part = "Sjöfartsverket, Distrikt Ringhult"
    at = text.index(part)
    tagged = Finding(id="t", page=1, start=at, end=at + len(part), text=part, category="ADDRESS", score=0.7,
                     detector="learned_spans", reason="")
    assert drop_authority_addresses([tagged], text) == []


def test_a_persons_line_of_a_name_and_a_place_stays_a_home():
    from redact.detect.authority_lines import units_only_line

    text = "Anna Berg, Ringhult norra\nBox 412, 571 21 Ringhult"
    assert not units_only_line(text, 11, 24)


def _address_finding(text: str, part: str, category: str = "ADDRESS"):
    from redact.types import Finding

    at = text.index(part)
    return Finding(id=part, page=1, start=at, end=at + len(part), text=part, category=category, score=0.8,
                   detector="test", reason="")


@pytest.mark.parametrize("text", [
    # the unit's name after the agency's, one word of it read as a person's by the name model
    "Beslut\nSjöfartsverket, Farleder Norr\nBox 4410, 601 78 Norrköping\n\nOm beslutet",
    "Beslut\nSjöfartsverket, Farleder Norr, Box 4410, 601 78 Norrköping\nOm beslutet",
])
def test_the_box_under_or_after_a_unit_with_a_word_read_as_a_name_stays(text):
    from redact.detect.authority_address import drop_authority_addresses

    findings = [_address_finding(text, "Farleder", "PERSON"), _address_finding(text, "Box 4410, 601 78 Norrköping")]
    assert [f.category for f in drop_authority_addresses(findings, text)] == ["PERSON"]


def test_a_person_named_whole_after_the_agencys_comma_keeps_the_box():
    from redact.detect.authority_address import drop_authority_addresses

    text = "Beslut\nSjöfartsverket, Tove Lindahl\nBox 4410, 601 78 Norrköping\n\nOm beslutet"
    findings = [_address_finding(text, "Tove Lindahl", "PERSON"), _address_finding(text, "Box 4410, 601 78 Norrköping")]
    assert len(drop_authority_addresses(findings, text)) == 2
