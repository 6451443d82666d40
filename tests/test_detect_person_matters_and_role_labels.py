"""Two readings of a person's number that hold for labels nobody listed. A matter's number (a case, an invoice, a
booking, a permit, a decision, an order, a fee) whose sentence says a person holds it, whatever the matter's noun
and the number's shape; the authority's own case on its heading's or form's line, in a sentence with no person, or
named by a first-person possessive stays. And a label whose head ends in a private person's role ("kursdeltagar-",
"platsinnehavar-", "låntagar-") before "-nummer", "-referens", "-beteckning" or "-kod", whatever begins the
compound; the authority's staff's and firms' roles ("handläggar-", "leverantörs-") stay. Fictional text; the rules
alone."""

from __future__ import annotations

import pytest

from redact.detect.id_labels import label_strength, role_head
from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return sorted({text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)})


@pytest.mark.parametrize("text,expected", [
    # a bill, a booking, an order or a fee a person got or made
    ("Johan Björk har fått en räkning från Region Västmark, fakturanummer RV-2026-551187, som han inte kan betala.",
     "RV-2026-551187"),
    ("Hon bokade resan hos Länstrafiken, bokningsnummer LT-884120, men blev inte hämtad.", "LT-884120"),
    ("Hans hörapparat beställdes i mars, ordernummer HA-20931-7, och har inte kommit.", "HA-20931-7"),
    # a case at another body: a person has it, or a person's noun holds it
    ("Han har ett ärende hos Försäkringskassan med ärendenummer FK 2026-118 4471 om sjukpenning.",
     "FK 2026-118 4471"),
    ("Kvinnan har ärende SOC-2026-8812 hos familjerätten sedan i våras.", "SOC-2026-8812"),
    ("Per Alm har fått ett föreläggande från Transportstyrelsen, beslutsnummer TSG 2026-04417.", "TSG 2026-04417"),
    # another body's reference of a person's debt ("deras" is the collector's, the debt the person's)
    ("Mohammed Farah har en skuld hos inkassobolaget, deras referens IK-7741-0932.", "IK-7741-0932"),
    # the holder in lower case ("hos kommunen") between the claim and its number
    ("Han föll i trappan och har en felanmälan hos kommunen med nr FA-2026-3390.", "FA-2026-3390"),
    # a sentence wrapped before the label
    ("Tove Lindqvist beställde en ny rullstol hos hjälpmedelscentralen i april och har sedan dess väntat på\n"
     "leveransen, ordernummer HMC-4471-2026 enligt kvittot.", "HMC-4471-2026"),
    # a person's own words quoted: the matter is the writer's
    ("Ur brevet:\n”Jag har väntat länge på pengarna. Resan har reservationsnummer RX-448120 och blev inställd.”",
     "RX-448120"),
])
def test_a_matter_a_person_holds_is_masked_whatever_its_noun(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Dnr KS 2026/118",
    "Ärende MHN 2026/0412\nBeslut om tillsyn av Bergs Kök AB.",
    "Nämnden beslutade i ärende SBN-2026-0262 att bevilja bygglov.",
    "Protokollet förs i ärende KS-2026-040.",
    "Avgift: 2 400 kr enligt taxan, faktura F-26-31187.",
    "Kommunens referens: KS-2026-0418",
    # a person in the sentence, but the registry's own diary number (a slash) and a form's line
    "Anna Ek har ansökt om bygglov i ärende BN 2026/118.",
    "Sökande: Anna Ek\nÄrende: BN-2026-0118",
    "Handläggare Tove Engström · Datum 2026-11-06 · Ärendenr BAB 2026-0094",
    "Er referens: Linnéa Gustavsson, fakturaref. FA-4410",
    # a date, a sum and a year after a matter's word
    "Han fick beslut 2026-03-12 om bistånd.",
    "Hon har en skuld hos inkassobolaget på 12 400 kr.",
])
def test_the_authoritys_own_case_and_what_is_no_code_stay(text):
    from redact.detect.person_matters import MATTER, _check_matter

    assert [m for m in MATTER.finditer(text) if _check_matter(text, m)] == []


@pytest.mark.parametrize("text,expected", [
    ("Kursdeltagarnummer: KD-4471-22", "KD-4471-22"),
    ("Hon är registrerad med kursdeltagarnummer KD 4471 29 hos folkhögskolan.", "KD 4471 29"),
    ("Platsinnehavarnummer PI 4471", "PI 4471"),
    ("Försäkringsbeteckning FB-2291-44", "FB-2291-44"),
    ("Användarbeteckning: ab4471x", "ab4471x"),
    ("Hyresgästkod HG-4471", "HG-4471"),
])
def test_a_label_ending_in_a_persons_role_names_the_persons_number(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("head,role", [
    ("kursdeltagar", True), ("båtplatsinnehavar", True), ("hundägar", True), ("resenärs", True),
    ("låntagar", True), ("hyresgäst", True), ("handläggar", False), ("leverantörs", False),
    ("arbetsgivar", False), ("projekt", False), ("typ", False),
])
def test_a_role_is_read_from_the_compounds_last_part(head, role):
    assert role_head(head) is role


@pytest.mark.parametrize("label", ["Typbeteckning", "Projektbeteckning", "Handläggarkod", "Leverantörsreferens",
                                   "Fastighetsbeteckning", "Diagnoskod", "Momskod"])
def test_a_reference_or_code_of_no_persons_role_is_no_label(label):
    assert label_strength(label) is None


@pytest.mark.parametrize("text,expected", [
    # whom the number is for, after any "-nummer" compound: the "för" phrase names a person's role
    ("Anmälningsnummer för kursdeltagaren: AN-4471-22", "AN-4471-22"),
    ("Platsnummer för den boende: PL-4471", "PL-4471"),
    # a reference or a designation in a role's genitive
    ("Mottagarens referens: MR-2291-77", "MR-2291-77"),
    ("Sökandens referens är SR 4471-22.", "SR 4471-22"),
])
def test_whose_number_a_for_phrase_or_a_genitive_role_says(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Telefonnummer för sökanden: 070-123 45 67",
    "Lägenhetsnummer för hyresgästen: 1102",
    "Diarienummer för sökanden: KS-2026-118",
    "Kommunens referens: KS-2026-0418",
    "Beställarens referens: BR-4471",
])
def test_a_telephone_a_flat_or_the_authoritys_case_for_a_person_stays(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    # a role noun in its definite form holds the matter, the name beside it unknown to the name lists
    ("Drönarfotografen Temesgen Welde-Ab, temesgen.w@postlada.se, har tillstånd nr TS-UAS-2026-55812 för flygning.",
     "TS-UAS-2026-55812"),
    ("Vattenskoteråkaren fick ett föreläggande, beslutsnummer SJV 2026-44190, av sjöpolisen.", "SJV 2026-44190"),
])
def test_a_persons_role_in_its_definite_form_holds_the_matter(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("word,role", [
    ("Drönarfotografen", True), ("bilägaren", True), ("Hundförarens", True), ("Psykologen", True),
    ("resenären", True), ("handläggaren", False), ("leverantören", False), ("Paragrafen", False),
    ("Sommaren", False), ("Katalogen", False), ("meddelanden", False), ("ärenden", False), ("Affären", False),
])
def test_a_definite_role_is_read_from_its_ending(word, role):
    from redact.detect.person_matters import _definite_role

    assert _definite_role(word) is role


@pytest.mark.parametrize("text,expected", [
    # an English form's role and "reference" or "code"
    ("Customer reference: CR-4471-22", "CR-4471-22"),
    ("Borrower no. BW 4471 29", "BW 4471 29"),
    # a person's own file, whatever office keeps it
    ("Personakt nr PA 4471-22", "PA 4471-22"),
])
def test_english_roles_and_a_persons_file(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("label", ["Our reference", "Your ref", "Case number", "Product code", "Postal code"])
def test_an_english_label_of_no_persons_role_is_none(label):
    assert label_strength(label) is None


def test_a_booking_code_of_six_letters_and_digits_in_a_persons_quoted_letter():
    text = "Ur mejlet:\n”Jag reste hem i mars. Färjebiljetten har bokningsnummer R4TW9K och betalades med kort.”"
    assert "R4TW9K" in found(text)


@pytest.mark.parametrize("text", [
    "Anna Ek har lämnat in ansökan, diarienummer 602-3318-2026.",  # the registry's own number, a person beside
    "Han skrev till oss om sitt ärende, dnr SN-2026-0412.",
])
def test_a_diary_number_stays_unless_another_body_or_a_possessive_holds_it(text):
    from redact.detect.person_matters import MATTER, _check_matter

    assert [m for m in MATTER.finditer(text) if _check_matter(text, m)] == []


@pytest.mark.parametrize("text", [
    # a court's case number after "mål": the court's public register, however the sentence names the person
    "Olle Granberg, dömd i mål B 3318-26, har ansökt om nytt jaktkort.",
    "Hans överklagande prövas i målet T 1204-27 vid tingsrätten.",
    "Beslutet om adoption meddelades i mål Ä 902-26 efter att Sara Holm hörts.",
])
def test_a_courts_case_number_is_no_persons_matter(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    # the court's shape under another matter's label, or another shape after "mål", stays the person's
    ("Olle Granberg har ärende B 3318-26 hos försäkringsbolaget.", "B 3318-26"),
    ("Olle Granberg har mål KFM 26-118 442 hos Kronofogden.", "KFM 26-118 442"),
])
def test_a_persons_matter_of_a_courts_shape_or_another_shape_after_mal_stays(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", [
    # an extract from the criminal record is about one person: its reference is that person's, however the person is
    # named in the sentence (here by a row's number)
    ("Rad 2 bifogade ett belastningsregisterutdrag med referens BU-26-774120; det var tomt.", "BU-26-774120"),
    ("Utdraget ur belastningsregistret har referensnummer RX 4471 2093.", "RX 4471 2093"),
])
def test_a_reference_of_a_paper_about_one_person_is_masked(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", [
    # the extract's number right after the extract's compound, no "referens" between
    ("Sökanden lämnade belastningsregisterutdrag BR 2029-330417 till utredaren.", "BR 2029-330417"),
    ("Registerutdrag UX-2029-7741 bifogas ansökan om plats.", "UX-2029-7741"),
])
def test_the_number_after_an_extract_from_a_register_is_the_persons(text, expected):
    assert expected in found(text)


def test_the_authoritys_extract_of_its_minutes_keeps_its_case_number():
    assert found("Protokollsutdrag KS-2029-118 bifogas beslutet.") == []
