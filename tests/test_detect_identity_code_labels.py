"""Identifiers named by labels that are no "-nummer" compound: a country's personal code by its Swedish or its own
name, a licensed professional's code, an identity document in its definite form, a certificate's number set off
after its issuer, a boat's MMSI; a farm animal's ear tag by its shape; a column headed by a boat's mark or by two
identifiers' headers. Numbers that are no one's stay. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer
from redact.detect.table_headers import header_kind

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


NATIONAL_CODES = [
    ("Pentti Laine har en finsk arbetspension. Finsk personbeteckning\n140750-227K. Hustrun har ingen.", "140750-227K"),
    ("Kristjan Tamm har estnisk personkod\n38702142719 och styrkte sin identitet.", "38702142719"),
    ("Hennes lettiska personkod är 120389-11547 enligt passet.", "120389-11547"),
    ("Sonen har isikukood 50905120214 i det estniska registret.", "50905120214"),
    ("Enligt intyget är hans henkilötunnus 010190-123A.", "010190-123A"),
    ("Han har norskt fødselsnummer: 12038512345.", "12038512345"),
    ("Hennes PESEL 85031212345 står i den polska domen.", "85031212345"),
    ("Faderns JMBG 0101990123456 anges i det bosniska beviset.", "0101990123456"),
    ("Modern har rumänskt CNP 2850312123456 enligt kortet.", "2850312123456"),
    ("Isländsk kennitala 120389-2259 finns i akten.", "120389-2259"),
    # Colombia's personal number with its dots, the label in brackets after the Swedish words
    ("Pojkens colombianska identitetsnummer\n(NUIP) är 1.031.662.480 enligt beslutet.", "1.031.662.480"),
    ("Hennes cédula 52.881.430 finns i akten.", "52.881.430"),
    # the verb "is" in the languages of the papers that name these codes, as a relative's mail says it
    ("Il mio codice fiscale è BNCLRA02E51F205K, grazie.", "BNCLRA02E51F205K"),
    ("Mano asmens kodas yra 49811223344, ačiū.", "49811223344"),
    ("Mans personas kods ir 110398-11223.", "110398-11223"),
    ("Mój PESEL to 02271409876.", "02271409876"),
    ("Моят ЕГН е 0249121180, благодаря.", "0249121180"),
    # a foreign personal number by the Swedish words, the country between
    ("Hans personliga nummer i Georgien är 01017730455 enligt passet.", "01017730455"),
    ("Hennes личен номер е 8806124471.", "8806124471"),
    # Argentina's labour and tax codes of a person
    ("Sonen har argentinskt CUIL 20-39118204-6 enligt intyget.", "20-39118204-6"),
    ("Hennes CUIT är 27-31452207-9.", "27-31452207-9"),
    # a minor's identity card and other identity documents by their Spanish words, the number in dotted groups
    ("Dottern har tarjeta de identidad 1.052.330.917; sonen saknar pass.", "1.052.330.917"),
    ("Fadern har documento nacional de identidad 41.208.553 enligt intyget.", "41.208.553"),
    ("Hans codice fiscale RSSMRA85T10A562S står på kortet.", "RSSMRA85T10A562S"),
    ("My codice fiscale is VRDLCU79C12F205K. Please write in English.", "VRDLCU79C12F205K"),
    ("Hon har amerikanskt social security number 078-05-1120.", "078-05-1120"),
    # Nigeria's National Identification Number and the short names of other countries' national ids
    ("Hans far har nigerianskt NIN\n38150726649; modern saknar pass.", "38150726649"),
    ("Enligt kortet är hennes NIDA 19850314-11101-00002-27.", "19850314-11101-00002-27"),
    ("Han uppger chilenskt RUN 17.204.556-K och en adress i Valparaíso.", "17.204.556-K"),
    # Ireland's Personal Public Service number by its short name, in an English letter
    ("I was born in Cork, PPS 7741205WA.", "7741205WA"),
    # the JMBG by its own words, "matični broj", in Latin or Cyrillic letters
    ("Nr 2: Milan har lämnat ett serbiskt matični broj 1503984710225; hans bror har inget.", "1503984710225"),
    ("Hennes матични број är\n0712971170034 enligt det bosniska beviset.", "0712971170034"),
    # national cards and registers known by their own names
    ("Hon har ghananskt Ghana Card GHA-551029374-8 sedan 2019.", "GHA-551029374-8"),
    ("Hans ukrainska RNOKPP 3120457781 står i diplomet.", "3120457781"),
    ("Fadern har tazkira 13980203 och ingen annan handling.", "13980203"),
    # the electronic tazkira, its number led by its year of the Iranian calendar
    ("Brodern har afghansk e-tazkira 1401-0207-55209 sedan i fjol.", "1401-0207-55209"),
    # Turkey's kimlik number after the Turkish "my number" ("numaram"), in a letter in Turkish
    ("Ben Ankara doğumluyum, kimlik numaram 10000000146, telefonum yok.", "10000000146"),
    # Vietnam's citizen's card and Hungary's personal card by their own names
    ("Modern Tran Thi Lan har CCCD 079185012346 enligt kopian.", "079185012346"),
    ("| Pham Van Duc | CMND 225187043 |", "225187043"),
    ("Hon visade sitt személyi igazolvány 718204KC vid besöket.", "718204KC"),
    ("Hans lakcímkártya 512907MJ anger en adress i Debrecen.", "512907MJ"),
    ("| Réka Tóth | TAJ 071 225 318 |", "071 225 318"),
    ("Hon har grekiskt AMKA 12038804417 enligt intyget.", "12038804417"),
    # Iran's national code and card as Swedish papers transliterate them, in its groups or whole
    ("Dariush har iranskt kod-e melli 112-509347-2 sedan 2004.", "112-509347-2"),
    ("Enligt kopian är hennes kart-e melli 1125093472.", "1125093472"),
]

PROFESSIONAL_CODES = [
    ("Farhad Moradi har nu personnummer och får förskrivarkod\n8812405. Han är anställd vid regionen.", "8812405"),
    ("Läkaren Sara Holm har förskrivarkoden 7712304 enligt beslutet.", "7712304"),
    ("Tandläkaren har tandläkarkod 4410297.", "4410297"),
]

DOCUMENTS = [
    ("Elin Persson bor på Västergatan 3. Id-kortet 70418235 skickas till\näldreboendet.", "70418235"),
    ("Passet 95418227 anmäldes förlorat den 2 juni.", "95418227"),
    ("Körkortet nr 7731 0417 återlämnades.", "7731 0417"),
    ("Hon visade uppehållstillståndskortet UT4417092 vid disken.", "UT4417092"),
    ("Främlingspasset: 40771209 har gått ut.", "40771209"),
    # an identity card in its indefinite form, the number maybe on the next line
    ("Han har ett nationellt id-kort 551203KB och pass.", "551203KB"),
    ("Hon har pass och id-kort\n009217734.", "009217734"),
    # the address card beside the identity card
    ("Han har id-kort och adresskort 305118HT från hemlandet.", "305118HT"),
    # a newer card's number of capitals and digits mixed, few digits among them
    ("Lucien har belgiskt identitetskort K7MZQWR2T och körkort.", "K7MZQWR2T"),
    ("Han har franskt identitetskort Z9KPLMNR4 och pass.", "Z9KPLMNR4"),
    # the identity card by its own country's name: Hungary's, Bosnia's, Serbia's, Croatia's
    ("Gábor har ungerskt személyazonosító igazolvány 603917KT och körkort.", "603917KT"),
    ("Amra har bosnisk osobna karta 2K7730185; hon bor i Tuzla.", "2K7730185"),
    ("Han har serbisk lična karta 009183472 och körkort.", "009183472"),
    ("Modern har osobna iskaznica 118407735 från Zagreb.", "118407735"),
]

CERTIFICATES = [
    ("Maricel Dela Cruz har lämnat ett CENOMAR-intyg från Philippine Statistics Authority,\nnr CN-2026-0418877, "
     "och pass nr P4471902B.", "CN-2026-0418877"),
    ("Han har ett språkintyg från Folkuniversitetet, nr SFI-2025-44187, som visar nivån.", "SFI-2025-44187"),
    ("Hon visade sitt körkort (nr 440918 2207) vid kontrollen.", "440918 2207"),
    # the issuing office's letters before a slash
    ("Hon har ett dopintyg från Hargeisa, nr HGA/3114/09, utan datum.", "HGA/3114/09"),
]

OTHERS = [
    ("Båtens MMSI 211 408 736 finns i registret.", "211 408 736"),
    ("MMSI: 265701992 för segelbåten Tärnan.", "265701992"),
    ("Vid kontrollen var korna märkta i serien SE 044718-0291 och framåt.", "SE 044718-0291"),
    ("Kalven SE044718-02917 saknades vid räkningen.", "SE044718-02917"),
    # a boat's call sign after the register's label, letters alone, and the inland-waterway radio's ATIS code
    ("Fartygets namn: Tärnan\nSignalbokstäver: SFKB\nMMSI: 265 118 902", "SFKB"),
    ("Segelbåten har anropssignal SJ 4417 sedan 2019.", "SJ 4417"),
    ("Båten används i Elmas uthyrning; ATIS-kod 9 265 31 4408.", "9 265 31 4408"),
    ("ATIS: 9211421187\nHemort: Strömsvik", "9211421187"),
    # a radio amateur's call sign after a signal's word, or anywhere on a page about radio amateurs
    ("Lars Ekdahl har haft signalen SA4BKL sedan 1979.", "SA4BKL"),
    ("Anteckningar om radioamatörer\n* Pia Holmlund byter från SM2QFA eftersom hon flyttat.", "SM2QFA"),
    # a berth or a hangar place held by a person
    ("Båten ligger på hans mors båtplats C-27 i Norrviks båtklubb.", "C-27"),
    ("Tove Granlund hyr hangarplats K 8 på Vängsö flygfält.", "K 8"),
    # a fishing vessel's district number after the vessel's word
    ("Efter dödsfallet har båten VG 41 sålts av dödsboet.", "VG 41"),
    ("Hans fartyg KA 207 har licens sedan 2011.", "KA 207"),
    # a pilot's licence by its European shape, after a label in any language
    ("Ich habe die schwedische Lizenz\nSE.FCL.PPL.50912.", "SE.FCL.PPL.50912"),
    ("Licence DK.FCL.LAPL.7731 was issued in Roskilde.", "DK.FCL.LAPL.7731"),
    # the aircraft's category written after the licence's kind
    ("Hennes certifikat NO.FCL.PPL.H.0072214 förnyades i mars.", "NO.FCL.PPL.H.0072214"),
    ("Licence FR.FCL.LAPL(S)-30917 was shown at the club.", "FR.FCL.LAPL(S)-30917"),
    # a reserve number built on a birth date, words between its label and it
    ("Hon har ett reservnummer från akuten, RV 19810314-K228, och söker vård.", "RV 19810314-K228"),
    ("Patienten registrerades som 810314-P41 i journalen.", "810314-P41"),
]

NOT_IDENTIFIERS = [
    "Intyg från Skatteverket, nr HP 2026:0331, bifogas.",  # the authority's case number
    "Intyg från nämnden, nr KS/2026/118, bifogas.",  # the authority's case number after its unit's slash
    "Passet gick ut 2024-05-01 och förnyades.",  # a date
    "Id-kortet kostar 400 kr och körkortet 1 2 3.",
    "Ett kort samtal hölls med henne, nr 4 i ordningen.",
    "Bolaget SE 556036-0793 fakturerar tjänsten.",  # a company's organisation number with the country's letters
    "Signalbokstäver: saknas",  # no call sign given
    "Fartyg Anropssignal MMSI Fakturaadress",  # a header row read as one line: the next header is no call sign
    "Anropssignal\nSFKB",  # a column's header over its cell: the table's reading takes it
    "ATIS-kod 9 265 31 kostar 200 kr.",  # no code of ten digits
    "Det finns nie 123456 powodów.",  # a small word in another language, no label
    "Personkoden ändrades 2019.",
    "Nin 34 kronor betalades tillbaka.",  # a word in small letters, no label
    "Fakturan visar RUT 14 500 kr avdraget och RUT-avdrag 2026 på 9 800 kr.",  # the Swedish tax deduction
    "Helägt av Storhamra kommun. Ärende SSN 2026/62. Grävstart i maj.",  # a unit's letters before its case
    "Beställ artikel SM5QRT till förrådet.",  # a call sign's shape on a page that names no radio: a product's code
    "Signalen gick 14.10 och modellen XB7KT byttes.",  # a signal's word in another sentence
    "Båtplats C-27 är ledig från maj; hamnkontoret svarar.",  # the harbour's own berth, held by nobody
    "Hangarplats 2026 planeras vid flygfältet.",  # a year, no place's number
    "Båten Tärnan ligger i Grisslehamn.",  # a boat's name is kept
    "Fartyget VT 2024 var en säsong.",  # a season's year after letters, no district number
    "Avgiften (NUIP) är 1.022 kr enligt taxan.",  # a sum after the label
    "Artikel 556677-A12 levereras i maj.",  # no birth date before the dash: a product's code
    "Reglerna i SE.FCL.PPL gäller från april.",  # the licence's kind, no number
    "Tolken översatte broj 12 i den serbiska blanketten.",  # the word "broj" ("number") alone is no label
    "Id-kort 2026-04-04 beställdes och id-kort 12 i högen makulerades.",  # a date, a pile's count
    "Id-kortet AB12 gäller och passet BYTT3 väntar.",  # too short for a card's mixed number
    "Passet MASKINLÄST saknades.",  # capitals without digits: a word
    "Ta med en karta 2 över området och en lična karta till mötet.",  # a map, and a card with no number
]


@pytest.mark.parametrize("text,expected", NATIONAL_CODES + PROFESSIONAL_CODES + DOCUMENTS + CERTIFICATES + OTHERS)
def test_a_code_after_its_label_or_by_its_shape_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_numbers_that_are_no_ones_stay(text):
    assert found(text) == []


def test_a_certificate_of_a_thing_is_no_persons():
    from redact.detect.identity_code_labels import RULES

    rule = next(r for r in RULES if r.name == "issued_certificate_number")
    text = "Han fick ett besiktningsintyg från verkstaden, nr BP-448812, för bilen."
    assert [rule.check(text, m) for m in rule.regex.finditer(text)] == [None]


@pytest.mark.parametrize("header", ["MMSI", "CIN", "HIN", "Anropssignal", "Signalbokstäver", "ATIS-kod",
                                    "MMSI eller CIN", "MMSI/CIN",
                                    "Kundnr eller pnr", "Pass eller id-kort"])
def test_a_boats_mark_or_two_identifiers_head_a_column_of_codes(header):
    assert header_kind(header) == "id"


@pytest.mark.parametrize("header", ["Namn eller adress", "Datum eller tid", "Båt"])
def test_other_joined_headers_head_no_codes(header):
    assert header_kind(header) != "id"


@pytest.mark.parametrize("header", ["Personbeteckning", "Finsk personbeteckning", "Personkod", "Estnisk personkod",
                                    "Isikukood", "PESEL", "Fødselsnummer", "Förskrivarkod"])
def test_a_countrys_or_a_professions_personal_code_heads_a_column_of_codes(header):
    assert header_kind(header) == "id"


CALL_SIGNS = """Fartygsuppgifter (privatägda fartyg)
| Fartyg | Anropssignal | MMSI | Fakturaadress
| M/Y Sirocco | SLVQ | 265 118 340 | Strandvägen 9, 442 31 Havsvik
| S/Y Tärnan | SGRK3 | 265 771 905 | Kyrkbacken 4, 442 95 Ramsö
| M/S Brage | OJ 7714 | 230 552 187 | Rantakatu 3 B 9, 20100 Turku
"""


@pytest.mark.parametrize("value", ["SLVQ", "SGRK3", "OJ 7714"])
def test_call_signs_of_letters_alone_under_their_header(blank_detector, value):
    # a ship's call sign may be four letters and no digit ("SLVQ"): the header says what it is
    from redact.pipeline import detect_text

    found = {" ".join(f.text.split()) for f in detect_text(CALL_SIGNS, blank_detector).findings
             if f.category == "ID_NUMBER"}
    assert value in found


@pytest.mark.parametrize("value, header, fits", [
    ("SLVQ", "Anropssignal", True), ("SGRK3", "Anropssignal (SE)", True), ("SLVQ", "Kundnummer", False),
    ("Okänd", "Anropssignal", False), ("S", "Anropssignal", False),
])
def test_a_call_signs_shape_fits_only_a_boats_mark(value, header, fits):
    from redact.detect.table_values import value_fits

    assert value_fits("id", value, header) is fits


# a licence register's columns for a radio amateur's call sign, a distress beacon, a fishing vessel's district number
# and a private aircraft's registration, and the parties of a change of owner
RADIO_AND_AIRCRAFT = """Anropssignaler för radioamatörer
| Signal | Namn | Född | Ort
| SM4RQZ | Lennart Ohlin | 1951 | Falun
| SA2BKT | Ingrid Vesterlund | 1987 | Luleå
Tilldelade nummer
| Fiskare | MMSI | Nödsändare (PLB)
| Rune Alm | 265 904 118 | 3E41 88AC 1D00 772
Fartyg
| Fiskare | Distr. | Hamn
| Rune Alm | VG 27 | Åsviken
Ägarbyten av flygplan
| Plan | Säljare | Köpare
| SE-MFX | Gösta Tellander | Nadia Karimi
"""


@pytest.mark.parametrize("value", ["SM4RQZ", "SA2BKT", "3E41 88AC 1D00 772", "VG 27", "SE-MFX"])
def test_a_call_sign_a_beacon_a_district_number_and_a_registration_under_their_headers(blank_detector, value):
    # the header says whose thing it is: a radio amateur's call sign, a person's beacon, a fisher's vessel, an owner's
    # aircraft (the shapes alone are also firms' and products' codes)
    from redact.pipeline import detect_text

    found = {" ".join(f.text.split()) for f in detect_text(RADIO_AND_AIRCRAFT, blank_detector).findings
             if f.category == "ID_NUMBER"}
    assert value in found


def test_the_buyer_and_the_seller_of_an_aircraft_are_named_under_their_headers(blank_detector):
    from redact.pipeline import detect_text

    found = {f.text for f in detect_text(RADIO_AND_AIRCRAFT, blank_detector).findings if f.category == "PERSON"}
    assert {"Gösta Tellander", "Nadia Karimi"} <= found


@pytest.mark.parametrize("value, header, fits", [
    ("SM4RQZ", "Signal", True), ("SE-MFX", "Plan", True), ("VG 27", "Distr.", True),
    ("SE-MFX", "Artikel", False), ("SM4RQZ", "Modell", False), ("VG 27", "Hamn", False),
    ("2", "Plan", False), ("Grön", "Signal", False),
    # a payment plan's instalments and an alarm's code under the same words: a mark's header only over a mark's shape
    ("6 × 2 440", "Plan", False), ("4 410", "Signal", False), ("Vård 4", "Distr.", False),
])
def test_a_registrations_or_call_signs_shape_fits_only_under_its_header(value, header, fits):
    # a floor's number under "Plan" and a lamp's colour under "Signal" are no one's code
    from redact.detect.table_values import value_fits

    assert value_fits("id", value, header) is fits


@pytest.mark.parametrize("header", ["Signal", "Nödsändare", "PLB", "Distr.", "Distriktsnummer", "Plan", "Flygplan"])
def test_a_radios_a_beacons_a_vessels_or_an_aircrafts_mark_heads_a_column_of_codes(header):
    assert header_kind(header) == "id"


@pytest.mark.parametrize("text, expected", [
    ("Hon har polskt skattenummer PESEL 91040412345 enligt intyget.", "91040412345"),
    ("Hans identitetsnummer JMBG 0303982171234 står i passet.", "0303982171234"),
])
def test_the_codes_own_name_after_a_swedish_label_is_no_part_of_the_code(text, expected):
    # "skattenummer PESEL …": the country's name of the code is a second label, the number alone is the person's
    assert found(text) == [expected]


def test_every_label_of_a_countrys_code_holds_a_needle_of_the_rules_gate():
    """The rule searches a page only when its gate finds a needle there: every label in any case, lowercased, holds one
    of the gate's lowercase needles, and every short name in capitals one of its needles as written."""
    from label_spellings import caseless_and_cased, uncovered
    from redact.detect import identity_code_labels as labels

    caseless, cased = caseless_and_cased(labels._NATIONAL, f"(?i:{labels._PROFESSIONAL})")
    assert len(caseless) > 40 and len(cased) > 25
    assert uncovered(labels._NATIONAL_GATE, caseless, cased) == []


@pytest.mark.parametrize("text, expected", [
    # a short name in capitals on a page whose words hold its letters in small letters ("anmärkning", "kontaktperson")
    ("Ingen anmärkning. Kontaktperson Chidi Okafor, NIN 12345678901, bor i Lagos.", "12345678901"),
    ("Kontaktperson: Ayşe Kaya. TC Kimlik No 10000000146 står i passet.", "10000000146"),
])
def test_a_label_in_capitals_or_in_any_case_passes_the_gate(text, expected):
    assert expected in found(text)
