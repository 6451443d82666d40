"""A number after a label naming what a register issued to one person or what the person owns, whatever
the label's compound and whatever stands between label and number (a bracket, a colon, "är", "har nummer",
a line end); the authority's own references after their labels stay. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


# Labels of a person's number in sentences a registrar writes, each with something between label and value.
LABELLED = [
    ("Hennes medlemsnummer i Friluftsfrämjandet är 4471 2093.", "4471 2093"),
    ("Makens försäkringsnummer (hemförsäkringen) är HF 2209-4418.", "HF 2209-4418"),
    ("Kundnumret hos elbolaget: 880 412 775.", "880 412 775"),
    ("Hon visade licensnummer (Svenska Skyttesportförbundet) SSF-44 1187 vid kontrollen.", "SSF-44 1187"),
    ("Sökanden har jägarexamen JE 2018-0331 och vapenlicens VL 2020/4471.", "JE 2018-0331"),
    ("Sökanden har jägarexamen JE 2018-0331 och vapenlicens VL 2020/4471.", "VL 2020/4471"),
    ("Fiskekortet har nummer FK 3318-22 och gäller hela året.", "FK 3318-22"),
    ("Hundens chipnummer är 752098100447193 enligt Jordbruksverket.", "752098100447193"),
    ("Körkortsnummer: 4471-22 9031", "4471-22 9031"),
    ("Hans LMA-kort har nummer 26-118 447.", "26-118 447"),
    ("Hon har EU-kort (europeiskt sjukförsäkringskort) 80752 00001 2214 9936.", "80752 00001 2214 9936"),
    ("Tolkens legitimation: KT 31 207.", "KT 31 207"),
    ("Fåren på gården har besättningsnummer SE-044 2871.", "SE-044 2871"),
    ("Gårdens produktionsplats-nr: SE-0331 7719", "SE-0331 7719"),
    ("Stoet har registreringsnummer (enligt hästpasset) 752004000331209.", "752004000331209"),
    ("Hästens UELN-nummer är 752004000221876.", "752004000221876"),
    ("Brukarens kortnummer (färdtjänst) FT 40 7712 gäller till årsskiftet.", "FT 40 7712"),
    ("Hans fiskevårdsområdets kortnummer, FV 3312, gäller sommaren.", "FV 3312"),
    ("Tackans öronmärkesnummer SE 012345-0447-3 finns i djurregistret.", "SE 012345-0447-3"),
    # an identity document's noun alone before its number, and a number held in a named organisation
    ("Mannen legitimerade sig med pass FX 2209 4471 vid disken.", "FX 2209 4471"),
    ("Hennes medlemsnummer i Bredmo Skytteförening är\nBSF 3319.", "BSF 3319"),
    ("Lånekortets användar-id BIB-LÅN 771 2093 spärrades.", "BIB-LÅN 771 2093"),
    # a chip's fifteen digits after its noun, undivided or in five groups (no sum is that long)
    ("Kattens chip: 752098100558812.", "752098100558812"),
    ("Hunden är id-märkt med nummer 752 098 100 558 813 sedan valpen.", "752 098 100 558 813"),
    # held by an organisation named by its initials
    ("Hennes medlemsnummer i SKPF 33 2091-7 står på kortet.", "33 2091-7"),
    # an identity document's code set off by commas after its noun
    ("Hans pass, KM 7730 1182, gick ut i maj.", "KM 7730 1182"),
    # a foreign identity card by its own name before its number
    ("Gästen visade sin dowód osobisty KRW 551207 vid entrén.", "KRW 551207"),
    ("Hon legitimerade sig med henkilökortti TRX 448120 i kassan.", "TRX 448120"),
    # an animal's tag carries its owner's herd number, after the tag's noun or in a bracket after it
    ("Tackorna bär öronmärken (SE 0388 00412) från gården.", "SE 0388 00412"),
    ("Getterna har öronmärke SE-0291-00077 i vänster öra.", "SE-0291-00077"),
    # an issuer's letters of five, or written with a small letter, lead the number
    ("Sofia har UNHCR-nummer UNHCR 557-22C18834 och ett pass.", "UNHCR 557-22C18834"),
    ("Olles studentkort har nr KTh 118204 27 och busskort SL 2208 4417.", "KTh 118204 27"),
    # a customer's account at a web shop or a service, by a code with letters and a dash
    ("Nr 3: Petra har mönsterregistrering och e-handelskonto EH-771204-PK sedan i fjol.", "EH-771204-PK"),
    ("Hans kundkonto KK-30417-B spärrades i mars.", "KK-30417-B"),
    # a right the office registered for a person, the person named in the sentence: a case's shape is hers
    ("Nr 2: Jonas tidigare varumärke har registreringsnummer VM 2019/03318; han driver firman.", "VM 2019/03318"),
    ("Nr 3: Petra har mönsterregistrering MR 2023/0917 och ett nytt konto.", "MR 2023/0917"),
    # a colon ends no sentence: the holder named before it
    ("Sökande Malin Ek: varumärket har registreringsnummer VM 2024/05512 sedan maj.", "VM 2024/05512"),
    # the issuer's capitals with a short word of the document's kind in small letters
    ("Barnmorskan Tove har legitimation HSL-leg 7731 0482 sedan i fjol.", "HSL-leg 7731 0482"),
    # a decision granting one person support under the disability act
    ("Ali har samordningsnummer och LSS-beslut VÄS-LSS 14 0931.", "VÄS-LSS 14 0931"),
    ("Enligt LSS-beslutet KLM 22-4471 får hon ledsagning.", "KLM 22-4471"),
    # a foreign agency's letters of three or four and its office's, slashes between
    ("Den polska kassan har henne under nummer KRUS/OD/3308/5512 sedan maj.", "KRUS/OD/3308/5512"),
    # the cash an institution keeps for one inmate
    ("Beloppet sattes in på kontantkassa KA 2207-4410 i dag.", "KA 2207-4410"),
]


@pytest.mark.parametrize("text,value", LABELLED)
def test_a_persons_number_after_its_label_is_an_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


# A word ending in a comma before the label, the value at the line's end and a dated note on the next line:
# the label must still be read, however a longer reading of the words before it failed.
def test_a_label_after_a_named_organisation_and_a_comma_is_read(blank_detector):
    text = ("12/6 Grannen har hemförsäkring i Moderna Försäkringar, skadenummer MF 4418-2207.\n"
            "14/6 Besök på plats; häcken är bortforslad.\n")
    assert found(blank_detector, text).get("MF 4418-2207") == "ID_NUMBER"


def test_a_label_after_an_insurer_and_a_comma_with_a_date_on_the_next_line(blank_detector):
    text = ("Olyckan anmäldes till If Skadeförsäkring, försäkringsnummer IF 3390-1274.\n"
            "3/9 Bilen bärgades till verkstaden i Bredmo.\n")
    assert found(blank_detector, text).get("IF 3390-1274") == "ID_NUMBER"


# The authority's own references keep, however they are labelled.
KEEP = [
    ("Ärendet har diarienummer KS 2026/0412 hos kommunen.", "KS 2026/0412"),
    ("Anmälningsnummer EA-27-031 gäller eldningen den 4 maj.", "EA-27-031"),
    ("Beslutsnummer: B-2026-118", "B-2026-118"),
    ("Beslutet (dnr MN 2027/88) skickades i dag.", "MN 2027/88"),
    ("Fakturanummer, 4471 2093, anges vid betalning.", "4471 2093"),
    ("Lotteriet har registreringsnummer L 2026:04 i kommunens register.", "L 2026:04"),
    ("Hon arbetar pass 14-22 och pass 07.00-16.00 nästa vecka.", "14-22"),
    # a court's case, in its letterhead or in a sentence
    ("Växel 0480-44 70 00, kalmarn.tingsratt@dom-kalmarn.se, mål nr T 4471-26", "T 4471-26"),
    ("Tingsrätten avgör målnummer B 1180-26 i december.", "B 1180-26"),
    # the registering office's own case, and a registration no person is named as holding
    ("Ärendet har diarienummer PRV 2026/0412 och varumärket registreringsnummer VM 2026/01123.", "PRV 2026/0412"),
    ("Ärendet har diarienummer PRV 2026/0412 och varumärket registreringsnummer VM 2026/01123.", "VM 2026/01123"),
    ("Föreningens mönsterregistrering MR 2022/0418 gäller till 2032.", "MR 2022/0418"),
    # an issuer named without a number, a room's letters and number, a bank's account after a "-konto" compound
    ("Kontoret UNHCR i Genève har 38 anställda.", "UNHCR"),
    ("Mötet hölls i sal HDa 204 den 4 maj.", "HDa 204"),
    # a label's own "-nr" after an issuer's letters is no part of the value
    ("Hon har legitimation SOS-nr 4471 enligt registret.", "SOS-nr"),
]


# A table read one cell a line: a handler's initials in small and capital letters end a row ("legitimation" / "CWe"),
# the authority's own case number opens the next; the initials are no prefix of that number.
def test_a_rows_initials_are_no_prefix_of_the_next_rows_case_number(blank_detector):
    text = ("Ärende\nNamn\nBeslut\nHandl.\n6.2-30418\nFarid Karimi\nlegitimation\nTBo\n6.2-30455\nOlga Petrenko\n"
            "avslag\nTBo\n")
    assert not any("6.2-30455" in hit for hit in found(blank_detector, text))


# A person's own number of a case number's shape, after its label, stays masked.
def test_a_members_number_shaped_as_a_courts_case_is_still_masked(blank_detector):
    assert "K 4471-26" in found(blank_detector, "Idun Stjärnberg har medlemsnr K 4471-26 i föreningen.")


@pytest.mark.parametrize("text,value", KEEP)
def test_the_authoritys_own_reference_stays(blank_detector, text, value):
    # nor any part of it ("L 2026" of "L 2026:04")
    assert not {hit for hit in found(blank_detector, text) if hit in value or value in hit}


# A label's two words either side of a paragraph's line end ("med" / "nummer"): the wrapped label still names the
# number; two header cells read one a line ("Kund" / "Nr") are no label.
WRAPPED_LABELS = [
    ("Olivia Brandt flyttade hit från Kanada i somras och har ett identitetskort med\nnummer QK 7730 2194 enligt "
     "kopian.", "QK 7730 2194"),
    ("Hennes bror Jonatan Brandt har sedan i våras ett tillfälligt uppehållskort\nnummer RT 6618 0457, som gäller "
     "ett år.", "RT 6618 0457"),
    ("Vid besöket på kontoret i Tallnäs visade Jonatan upp sitt nya körkort med\nnummer 8832 4417 och fick hjälp.",
     "8832 4417"),
]


@pytest.mark.parametrize("text,value", WRAPPED_LABELS)
def test_a_label_broken_over_a_line_end_still_names_the_number(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


def test_two_header_cells_one_a_line_are_no_wrapped_label(blank_detector):
    assert "44120" not in found(blank_detector, "Kund\nNr\nÄrende\n44120\nbygglov\n")


# A paragraph wrapped between a "-nummer" label and a long run of digits: the run is still the label's value.
def test_a_long_number_on_the_line_after_a_wrapped_label(blank_detector):
    text = ("Ägaren Tove Rask har två katter och den yngsta av dem har chipnummer\n"
            "752098100662041. Den äldre saknar märkning.")
    assert found(blank_detector, text).get("752098100662041") == "ID_NUMBER"


# An unlisted surname's genitive after a known first name owns the thing as a listed one does.
def test_a_licence_number_owned_by_a_full_name_with_an_unlisted_surname(blank_detector):
    text = "Villkor\nGöran Vrenmarks vapenlicens har nummer VK 2017-30418. Han jagar med hund."
    assert found(blank_detector, text).get("VK 2017-30418") == "ID_NUMBER"


def test_a_case_number_owned_by_a_place_stays(blank_detector):
    text = "Norra Vrenmarks ärende har nummer KS 2017-30418 hos kommunen."
    assert "KS 2017-30418" not in found(blank_detector, text)


@pytest.mark.parametrize("text,value", [
    ("Hans medlemsnummer i fackförbundet uppges som\nKF 3307 518. Beslutet gäller i år.", "KF 3307 518"),
    ("Hennes kundnummer hos elbolaget anges till 7730 2291 i ansökan.", "7730 2291"),
])
def test_a_number_stated_after_where_it_is_held(blank_detector, text, value):
    assert found(blank_detector, text).get(value) in ("ID_NUMBER", "OTHER_ID"), found(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    # a sentence's line wrapped inside the value: its last group opens the next line
    ("Beslutet gäller Oskar Vikström med kundnr KV-2290\n7718 enligt hemtjänstens register.", "KV-2290 7718"),
    ("Enligt registret har Selma Ahonen medlemsnummer 55-031\n884, utfärdat i fjol.", "55-031 884"),
])
def test_the_rest_of_a_value_a_sentence_wrapped(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


def test_a_count_opening_the_line_after_a_label_line_is_no_part_of_its_value(blank_detector):
    # "Kundnr: 4471" is a line of its own; "12 personer" below it is the next line's count
    text = "Kundnr: 4471\n12 personer deltog."
    assert found(blank_detector, text).get("4471") == "ID_NUMBER", found(blank_detector, text)


@pytest.mark.parametrize("header, value", [
    ("Hemtjänst kundnr", "5520 318"), ("Nationellt id-kort nr", "66203194"), ("danskt CPR-nummer", "2905814471"),
    ("Employee ID", "EMP-04417"), ("P-tillstånd nr", "2207/25"),
    ("Föremål, serienr", "8830417"),  # the thing and its number set off by a comma
])
def test_an_identifier_header_with_words_before_it(blank_detector, header, value):
    text = f"| Namn | {header} | Status |\n| Maja Forsgren | {value} | aktiv |\n| Leo Strand | saknas | avslutad |\n"
    assert any(value in t for t in found(blank_detector, text)), found(blank_detector, text)


@pytest.mark.parametrize("header", ["Kurs ID", "Faktura nr", "Ärende ID", "Klocka, pass"])
def test_a_things_number_header_with_words_before_it_stays(blank_detector, header):
    text = f"| Namn | {header} | Status |\n| Maja Forsgren | 4471 | aktiv |\n| Leo Strand | 4472 | avslutad |\n"
    assert not any("4471" in t for t in found(blank_detector, text)), found(blank_detector, text)


def test_an_identifier_header_with_a_bracket_saying_which_number(blank_detector):
    text = "| Namn | ID-nummer (bricka) | Status |\n| Maja Forsgren | 4471 2290 | aktiv |\n| Leo Strand | saknas | avslutad |\n"
    assert any("4471 2290" in t for t in found(blank_detector, text)), found(blank_detector, text)


# A short line of running text ends in the label, the value opens the next line and the sentence goes on.
@pytest.mark.parametrize("text, value", [
    ("Viktor Sandell har betalarnummer\nBT-2290 41 hos kommunen.", "BT-2290 41"),
    ("Enligt kortet har Hedda Lund ett låntagarnummer\n44012-3318 i biblioteket.", "44012-3318"),
    ("Rut Falk fick gäldenärsnr\n6630 1174, enligt Kronofogden.", "6630 1174"),
])
def test_a_value_opening_the_line_after_a_short_sentence_line(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Nämnden har diarienummer\nSBN 2025/311 enligt beslutet.", "2025/311"),
    ("Förvaltningen skickade fakturanummer\n2025-007731 till bolaget.", "007731"),
    ("Leverantören har ordernummer\n61 204 330 enligt beställningen.", "204"),
])
def test_a_things_number_opening_the_next_line_stays(blank_detector, text, kept):
    assert not any(kept in t for t in found(blank_detector, text)), found(blank_detector, text)


# A value broken at its space by the line end: the groups opening the next line are the value's rest.
@pytest.mark.parametrize("text, value", [
    ("Tove Ahl har medlemskortsnummer MK 3307\n1194 enligt föreningen.", "MK 3307 1194"),
    ("Jonas Ring har körkortsnummer 4 661\n902 318 enligt Transportstyrelsen.", "4 661 902 318"),
    ("Ida Berg har passnummer CD 702\n4418 enligt polisen.", "CD 702 4418"),
])
def test_the_groups_of_a_value_wrapped_at_its_space(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Gustav Berg har kundnummer KB-2291\n12 maj skickades fakturan.", "12 maj"),
    ("Gustav Berg har kundnummer KB-2291\n500 kr betalas i maj.", "500"),
])
def test_a_date_or_a_sum_opening_the_next_line_is_no_part_of_a_value(blank_detector, text, kept):
    assert not any(kept in t for t in found(blank_detector, text)), found(blank_detector, text)


# A key's number beside a person's name is the key handed to that person; a key of the premises stays.
@pytest.mark.parametrize("text, value", [
    ("Kvittens\nNamn: Lovisa Granqvist\nNyckelnummer: K-2208-C\nUtlämnad: ja", "K-2208-C"),
    ("Lovisa Granqvist kvitterade ut nyckel nr BX-7719 till lägenheten.", "BX-7719"),
])
def test_a_keys_number_beside_a_persons_name(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Nyckelnummer K-2208-C hör till förrådet i källaren.", "K-2208-C"),
    ("Lovisa Granqvist lämnade tillbaka nyckel nr 14 till fritidsgården.", "14"),
    ("| Nyckelnummer | Lokal |\n| K-2208-C | Förråd |\n| K-2209-C | Kök |\n", "K-2208-C"),
])
def test_a_keys_number_with_no_person_or_no_codes_shape_stays(blank_detector, text, kept):
    assert not any(kept in t for t in found(blank_detector, text)), found(blank_detector, text)


# A queue gives each person a number, often led by the year the person joined; a case's or a date's shape stays.
@pytest.mark.parametrize("text, value", [
    ("Sökanden Malte Öberg har kö nr 2024-30517 hos bostadsbolaget.", "2024-30517"),
    ("Namn: Malte Öberg\nParkeringskö-nr: 2023-0418\nStatus: aktiv", "2023-0418"),
])
def test_a_year_led_number_after_a_queues_label(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Ärendet om bostadskön har diarienummer SBN 2024/305 och avgörs i maj.", "2024/305"),
    ("Kö nr: 2024-05-17", "2024-05-17"),
])
def test_a_case_or_a_date_after_a_queues_label_stays(blank_detector, text, kept):
    assert not any(kept in t for t in found(blank_detector, text)), found(blank_detector, text)


# "-ID" and where it is held, the value after it (over a sentence's line end too)
@pytest.mark.parametrize("text, value", [
    ("Malte Öberg har deltagar-ID i simskolan 558 2091 enligt listan.", "558 2091"),
    ("Malte Öberg har deltagar-ID i simskolan\n558 2091 enligt listan.", "558 2091"),
    ("Malte Öberg har deltagar-ID i simskolan 558\n2091 enligt listan.", "558 2091"),
])
def test_an_id_held_somewhere(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    # an English role and "ID" before a line end in a sentence
    ("Jonas Ring har Member ID\nMBR-44190 enligt klubben.", "MBR-44190"),
    # two groups of capitals, each with a dash, before the digits
    ("Jonas Ring har medlems-ID\nNO-FK-771204 enligt förbundet.", "NO-FK-771204"),
    # a capitalised word before the label in a sentence's short line
    ("Jonas Ring visade Svenskt id-kort nr\n66120947 vid disken.", "66120947"),
    # a value whose first part has too few digits alone, the rest on the next line
    ("Jonas Ring har Förs.nr VIL 3\n771 204 hos bolaget.", "VIL 3 771 204"),
])
def test_more_labels_and_values_over_a_sentences_line_end(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


def test_a_norwegian_birth_number_broken_at_a_line_end(blank_detector):
    # a fictional number: a birth date, three digits and the two mod 11 check digits computed here
    from redact.detect.nordic_ids import _check_no_fnr, _NO_FNR
    d = "311299"
    for i in range(1000):
        n = f"{d}{i:03d}"
        k1 = (11 - sum(int(c) * w for c, w in zip(n, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11) % 11
        if k1 == 10:
            continue
        k2 = (11 - sum(int(c) * w for c, w in zip(n + str(k1), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 11
        if k2 != 10:
            break
    number = f"{n[:6]}\n{n[6:]}{k1}{k2}"
    text = f"Hon har norskt fødselsnummer {number} enligt passet."
    assert any(_check_no_fnr(text, m) for m in _NO_FNR.finditer(text))


# The thing a person is issued before a bracket or a "för" phrase, then its "nr": the label is the thing's.
@pytest.mark.parametrize("text, value", [
    ("Namn: Hugo Lind\nFärdtjänstkort (FT) nr: FT 71 204\nStatus: aktiv", "FT 71 204"),
    ("Hugo Lind har parkeringstillstånd för funktionshindrade nr PT-2024-0388 sedan i fjol.", "PT-2024-0388"),
])
def test_a_things_number_after_a_bracket_or_whom_it_is_for(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Tillstånd för servering nr SE 2024-118 gäller restaurangen.", "2024-118"),
    ("Ärende (bygglov) nr: BN 2024/0388", "2024/0388"),
])
def test_an_authoritys_number_after_a_bracket_or_whom_it_is_for_stays(blank_detector, text, kept):
    assert not any(kept in t for t in found(blank_detector, text)), found(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    ("Elevens inloggning: Elev-ID kv08rt31 i lärplattformen.", "kv08rt31"),
    ("Namn: Saga Holm\nElevnr: hs2291\nKlass: 7B", "hs2291"),
])
def test_a_code_in_small_letters_and_digits_after_a_label(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER", found(blank_detector, text)


def test_a_terms_code_after_a_label_stays(blank_detector):
    text = "Elevnummer ht2024 anges inte, se kursplanen."
    assert not any("ht2024" in t for t in found(blank_detector, text)), found(blank_detector, text)


@pytest.mark.parametrize("header, value", [
    ("Polskt PESEL-ID (Powszechny Elektroniczny System Ewidencji)", "02271409862"),
    ("Hästens registreringsnummer", "752004001187301"),
    ("Båtens reg.nr", "SE-BR 44712"),
])
def test_an_identifier_header_with_a_long_bracket_or_an_owned_things_registration(blank_detector, header, value):
    text = f"| Namn | {header} | Status |\n| Maja Forsgren | {value} | aktiv |\n| Leo Strand | saknas | avslutad |\n"
    assert any(value in t for t in found(blank_detector, text)), found(blank_detector, text)


@pytest.mark.parametrize("header", ["Företagets registreringsnummer", "Ärendets registreringsnummer",
                                    "Ärende (Handläggande Förvaltning Och Enhet Inom Kommunen)"])
def test_an_organisations_or_a_cases_registration_header_is_no_identifiers(header):
    from redact.detect.table_headers import header_kind

    assert header_kind(header) is None


def test_a_keys_number_column_beside_a_name_column(blank_detector):
    text = "| Namn | Nyckelnr | Utlämnad |\n| Lovisa Granqvist | K-2208-C | 2026-03-02 |\n| Per Ek | K-2209-C | 2026-03-04 |\n"
    assert any("K-2208-C" in t for t in found(blank_detector, text)), found(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    # "No." capitalised after an English label, the value wrapped at its space
    ("Omar Haddad har Passport No. R 5520\n1187 enligt kopian.", "R 5520 1187"),
    # two groups of capitals, the digits on the next line
    ("Omar Haddad har förrådsnummer FR-B\n2291 enligt avtalet.", "FR-B\n2291"),
])
def test_an_english_number_word_in_capitals_and_capitals_before_a_line_end(blank_detector, text, value):
    got = found(blank_detector, text)
    assert any(" ".join(value.split()) == t for t in got), got


def test_two_header_cells_read_as_one_line_are_no_label(blank_detector):
    # "Betalningssätt Nummer": two header cells on one line, the first row's supplier number below them
    text = "Betalningsuppgifter\nLev.nr\nBetalningssätt Nummer\n42 117\nBankgiro\n"
    assert not any("42 117" in t for t in found(blank_detector, text)), found(blank_detector, text)


# A generic "ID-nummer" is an animal's mark, registered to its owner, when the bracket after it names a chip or a
# marking or an animal is named before it in the sentence; without either it may be an object's or a case's.
@pytest.mark.parametrize("text, number", [
    ("Ägaren Malin Ferm uppgav ID-nummer (chip) 752098100663104 vid besöket.", "752098100663104"),
    ("Malin Ferm har ID-nummer (chip)\n752098100663104 enligt registret.", "752098100663104"),
    ("ID-nummer (öronmärkning): 578097800224411", "578097800224411"),
    ("Valpen, som Malin Ferm köpte i maj, har ID-nr 208098100335217.", "208098100335217"),
])
def test_an_animals_mark_after_a_generic_id_label(blank_detector, text, number):
    assert found(blank_detector, text).get(number) == "ID_NUMBER"


@pytest.mark.parametrize("text, kept", [
    ("Maskinens ID-nummer är 6620 och den står i verkstaden.", "6620"),
    ("Ärendets ID-nummer är BUN 2025/0331 enligt diariet.", "BUN 2025/0331"),
    ("Hunden hämtades i går. Lådans ID-nummer är 4471 enligt listan.", "4471"),
])
def test_a_generic_id_label_without_an_animal_stays_readable(blank_detector, text, kept):
    assert not any(kept in f for f in found(blank_detector, text))


# A person's number after a label in the language of a foreign form or letter (fictional numbers).
@pytest.mark.parametrize("text, number", [
    ("Enligt fakturan från Stadtwerke har Jonas Ek Kundennummer 5130 8826 14.", "5130 8826 14"),
    ("Intyget anger asiakasnumero AS-61 2088 för sökanden.", "AS-61 2088"),
    ("Polisan har numer klienta K 50 3317 och gäller familjen.", "K 50 3317"),
    ("Numéro de client : FR-3308-1175", "FR-3308-1175"),
    ("Hon uppgav número de socio 88 3021 i Madrid.", "88 3021"),
    ("Jonas Ek har asiakasnro JS\n5520 enligt intyget.", "JS 5520"),
])
def test_a_foreign_label_names_a_persons_number(blank_detector, text, number):
    assert found(blank_detector, text).get(number) == "ID_NUMBER"


# A contract's number is a household's beside its holder's name, the authority's own without a name.
@pytest.mark.parametrize("text, number", [
    ("Jonas Ek har avtalsnummer EL-3390-17 hos nätbolaget.", "EL-3390-17"),
    ("Namn: Jonas Ek\nAvtalsnr: 5520 3318\nAdress: Byvägen 4", "5520 3318"),
    ("Jonas Ek har avtalsnr 5520\n3318 enligt nätbolaget.", "5520 3318"),
    ("Namn: Jonas Ek\nAnläggnings-ID: 735999100055203318", "735999100055203318"),
])
def test_a_households_contract_number_beside_its_holder(blank_detector, text, number):
    assert found(blank_detector, text).get(number) == "ID_NUMBER"


def test_the_authoritys_contract_number_without_a_person_stays_readable(blank_detector):
    assert not any("RA-2025-04" in f for f in found(blank_detector, "Ramavtalet har avtalsnummer RA-2025-04 och löper ut i juni."))


def test_an_english_header_cell_names_a_column_of_customer_codes(blank_detector):
    text = "| Name | Customer ID | Status |\n| Jonas Ek | CU-5520-K | active |\n| Lea Holm | CU-5521-K | closed |"
    assert found(blank_detector, text).get("CU-5520-K") == "ID_NUMBER"


@pytest.mark.parametrize("text, number", [
    ("Jonas Ek loggar in med Student-ID jo-55203 på skolans dator.", "jo-55203"),
    ("Namn: Jonas Ek\nRFID: 0B7E44C21A\nKärl: 190 liter", "0B7E44C21A"),
])
def test_a_log_in_with_a_dash_and_a_radio_tag_after_their_labels(blank_detector, text, number):
    assert found(blank_detector, text).get(number) == "ID_NUMBER"


def test_another_bodys_case_number_on_the_next_line(blank_detector):
    text = "Jonas Ek har uppgett Migrationsverkets ärendenummer\n31-558207 i ansökan."
    assert found(blank_detector, text).get("31-558207") == "ID_NUMBER"


def test_a_contract_column_is_the_persons_beside_names_and_the_firms_beside_suppliers(blank_detector):
    homes = "| Namn | Avtalsnr | Status |\n| Jonas Ek | EL-5520-31 | aktiv |\n| Lea Holm | EL-5520-32 | avslutat |"
    firms = ("| Leverantör | Kontaktperson | Avtalsnr |\n| Ekby Bygg AB | Jonas Ek | RA-2025-031 |\n"
             "| Norrfors El AB | Lea Holm | RA-2025-032 |")
    assert found(blank_detector, homes).get("EL-5520-31") == "ID_NUMBER"
    assert not any("RA-2025-031" in f for f in found(blank_detector, firms))


def test_a_suppliers_contract_beside_its_contact_person_stays_readable(blank_detector):
    text = "Leverantör: Ekby Bygg AB\nKontaktperson: Jonas Ek\nAvtalsnummer: RA-2025-031"
    assert not any("RA-2025-031" in f for f in found(blank_detector, text))


# Values of one shape listed after one label, the line wrapping between them: every one is the label's.
LISTED = [
    ("Veterinären märkte två föl; chipnummer 752098100561207 och\n752098100561214. Ägaren meddelades.",
     ["752098100561207", "752098100561214"]),
    ("Hon har två pass, passnummer 88412907, 88413114 samt 88416032 enligt ansökan.",
     ["88412907", "88413114", "88416032"]),
    # whose the next one is, after "och"
    ("Sonens LMA-kort har nummer 24-330172-9 och faderns 24-330171-1 enligt beslutet.",
     ["24-330172-9", "24-330171-1"]),
    ("Dotterns kundnummer är KN-55071 och hennes KN-55068.", ["KN-55071", "KN-55068"]),
    # a firm's accounts of its customers in the plural, codes of four digits with letters around them
    ("Brödernas spelkonton: SP-2207-K och SP-2231-M stängdes i maj.", ["SP-2207-K", "SP-2231-M"]),
]


# An animal's transponder number by its shape (a country's or a chip maker's code, fifteen digits): its owner's
# wherever the sentence puts it, far from its label or listed after a value no rule read.
@pytest.mark.parametrize("text, values", [
    ("Ägaren har lämnat chipnummer för de flesta hundarna, bland annat 752098100774412 och 752098100774429.",
     ["752098100774412", "752098100774429"]),
    ("Stona Vilja och Saga har UELN 752004001093317 respektive\n752004001164408. Hagen är för liten.",
     ["752004001093317", "752004001164408"]),
    ("Katten som hittades i trappuppgången bar 941000031207785 under huden.", ["941000031207785"]),
    ("Hunden är registrerad i Norge, 578077000318804, och i Sverige.", ["578077000318804"]),
])
def test_an_animals_transponder_number_by_its_shape(blank_detector, text, values):
    got = found(blank_detector, text)
    assert all(got.get(v) == "ID_NUMBER" for v in values), got


@pytest.mark.parametrize("text, kept", [
    ("Beloppet 752 098 100 447 199 kr avser hela koncernen.", "752 098 100 447 199"),
    ("Fakturan har referens 123456789012345 hos banken.", "123456789012345"),  # no country's code first
    ("Kortet 7520981007744121 spärrades.", "7520981007744121"),  # sixteen digits
])
def test_fifteen_digits_of_another_kind_are_no_transponder(text, kept):
    from redact.detect import animal_chips

    assert not [v for r in animal_chips.RULES for m in r.regex.finditer(text) if (v := r.check(text, m))]


# A patient's sample at the laboratory: its code after "prov" leads to the patient it was taken from.
@pytest.mark.parametrize("text, value", [
    ("Han har lämnat prov K31-207 5512. Svaret kommer om en vecka.", "K31-207 5512"),
    ("Ämne: Pappa Veikko, prov K31-207 5530\nHej!", "K31-207 5530"),
    ("Blodprov LAB-4417 02 togs på vårdcentralen.", "LAB-4417 02"),
    ("Remissen RX-3310 77 kom till kliniken i maj.", "RX-3310 77"),
])
def test_a_samples_code_after_prov(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


def test_a_column_of_an_exams_results_stays(blank_detector):
    # "Kunskapsprov" heads a test's results and dates, no sample's codes
    text = ("Namn | Personnummer | Kunskapsprov\nTove Ahlgren | 880412-2383 | godkänt 2025-03-14\n"
            "Oskar Lind | 910708-2231 | godkänt 2024-09-30\n")
    got = found(blank_detector, text)
    assert not any("2025-03-14" in t or "2024-09-30" in t for t in got), got


def test_a_test_at_school_numbered_after_prov_stays(blank_detector):
    got = found(blank_detector, "Klassen skriver prov 3 den 4 maj och prov 2231 godkändes.")
    assert "3" not in got and "2231" not in got, got


@pytest.mark.parametrize("text, value", [
    # where the number is held, a paragraph's line ending inside the phrase
    ("Ditt patientnummer hos\ninfektionskliniken är INF-26-4471; ange det när du ringer.", "INF-26-4471"),
    ("Hans medlemsnummer i\nbåtklubben var 4410 2291 enligt listan.", "4410 2291"),
    # a Finnish register's number of a person's boat
    ("Tidigare registrering: finska båtregistret, rek.nro B-22417", "B-22417"),
])
def test_a_held_number_over_a_line_end_and_a_finnish_register_number(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, values", LISTED)
def test_values_of_one_shape_listed_after_one_label(blank_detector, text, values):
    got = found(blank_detector, text)
    assert all(got.get(v) == "ID_NUMBER" for v in values), got


def test_a_number_of_the_same_shape_after_och_and_a_noun_stays(blank_detector):
    # no possessive: "och år 2026" is no list of the customer number's kind
    got = found(blank_detector, "Kundnummer 44712 gäller och ärende 44718 avslutas.")
    assert got.get("44712") == "ID_NUMBER" and "44718" not in got, got


def test_a_listed_value_of_another_shape_stays(blank_detector):
    got = found(blank_detector, "Kundnummer 4471 2093 och 2026-03-14 står i brevet, och 1 200 kr betalades.")
    assert got.get("4471 2093") == "ID_NUMBER" and "2026-03-14" not in got and "1 200" not in got, got


def test_a_label_whose_holder_wraps_onto_the_next_line(blank_detector):
    # "Kundnummer hos hyresvärden" / "Åby Bostäder AB: 52-2207": the landlord's name on the next line, then the number
    text = "Hennes konto i SEB 5302-10 442 87. Kundnummer hos hyresvärden\nÅby Bostäder AB: 52-2207.\nNr 8. Ärendet avslutas."
    assert found(blank_detector, text).get("52-2207") == "ID_NUMBER"


def test_a_value_of_the_same_shape_after_och_and_a_persons_name(blank_detector):
    # the second person's number of the same kind, the name standing before it and the line wrapping
    got = found(blank_detector, "Fadern har moldaviskt skattenummer 3312874401 och Nicolae\n3319920417; de bor ihop.")
    assert got.get("3319920417") == "ID_NUMBER", got


# An identity document's number in one run of digits, as many countries issue them, after the document's bare noun;
# a date's eight digits after "pass" (a work shift's) stay.
@pytest.mark.parametrize("text, value", [
    ("Gästen har amerikanskt pass 530917264 och stannar en vecka.", "530917264"),
    ("Hon visade sitt id-kort 71830452 i kassan.", "71830452"),
])
def test_a_documents_number_in_one_run_of_digits_after_its_noun(blank_detector, text, value):
    assert value in found(blank_detector, text)


def test_a_dates_digits_after_a_shifts_pass_stay(blank_detector):
    assert "20270412" not in found(blank_detector, "Städningen har pass 20270412 enligt schemat.")


@pytest.mark.parametrize("text, value", [
    # "serie" for the serial number, as a mail's subject or a note writes it
    ("Ämne: Cykel, serie 0310577204418\nHej, cykeln är min.", "0310577204418"),
    ("Klockan, serie RX 7730185, lämnades till polisen.", "RX 7730185"),
])
def test_a_serial_after_the_bare_word_serie(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text", [
    "Laget spelar i serie 3 och serien 2026 avslutas i juni.",  # a league and a season
    "Mätningarna i tidsserie 4418 och testserie 22 redovisas i bilagan.",  # a run of things
    "Blanketterna i serie KVB 2027 skickas ut i mars.",  # a body's series of forms by its letters and year
])
def test_a_league_or_a_run_of_things_after_serie_stays(blank_detector, text):
    got = found(blank_detector, text)
    assert not any(c.isdigit() for t in got for c in t), got
