"""A number's label stays readable before the number: a foreign number's own letters ("RRN", "TFN", "ЖСН", a social security number's "NISS", "INPS", "DRV") and a
card's word ("Medlemskort", "Lånekortet"), which no maker is named. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.common_nouns import label_noun
from redact.detect.id_label_prefixes import trim_label_prefixes
from redact.detect.makers_before_numbers import not_a_make
from redact.types import Finding


@pytest.mark.parametrize("text, span, value", [
    ("Min-jun har sydkoreanskt RRN 870412-1552319 sedan födseln.", "RRN 870412-1552319", "870412-1552319"),
    ("Arman har kazakiskt ЖСН 850917300551 i passet.", "ЖСН 850917300551", "850917300551"),
    ("Skattenummer i Australien: TFN 552 107 318.", "TFN 552 107 318", "552 107 318"),
    ("Pension från Portugal, NISS 21447120931.", "NISS 21447120931", "21447120931"),
    ("Italiensk pension, INPS 7044187721.", "INPS 7044187721", "7044187721"),
    ("Tysk pension: DRV 65 120571 M 118.", "DRV 65 120571 M 118", "65 120571 M 118"),
    ("Rahim har bangladeshiskt NID 7712041184.", "NID 7712041184", "7712041184"),
    ("Sari har indonesiskt NIK 3174055403881186.", "NIK 3174055403881186", "3174055403881186"),
    # the Portuguese-speaking countries' identity card, "BI", after the country's adjective
    ("Nelson har moçambikiskt BI 110100552207B i passet.", "BI 110100552207B", "110100552207B"),
    ("Fátima har angolanskt BI 005521907HO037 sedan 2019.", "BI 005521907HO037", "005521907HO037"),
    ("Ligaya har PhilSys 5520-7713-0418-2261 sedan i fjol.", "PhilSys 5520-7713-0418-2261", "5520-7713-0418-2261"),
    ("Ravi har Aadhaar 4471 2208 3316 enligt kortet.", "Aadhaar 4471 2208 3316", "4471 2208 3316"),
    ("Wei Ling, NRIC S7712043D, bor här.", "NRIC S7712043D", "S7712043D"),
    ("Khalid, QID 29163411872, bor i Doha.", "QID 29163411872", "29163411872"),
    # Sri Lanka's and Pakistan's card, Ecuador's cédula, and a verb between the label and the number
    ("Nimali har NIC 198861504417 i passet.", "NIC 198861504417", "198861504417"),
    ("Sana har NIC 35202-5512071-4 enligt kortet.", "NIC 35202-5512071-4", "35202-5512071-4"),
    ("Mateo, CI 1712204418, bor i Quito.", "CI 1712204418", "1712204418"),
    ("Hans SIN är 552 107 318 enligt kortet.", "SIN är 552 107 318", "552 107 318"),
    # Andorra's register number before its letter, six digits and check letter
    ("Jordi har andorranskt NRT G-552107-Z i registret.", "NRT G-552107-Z", "G-552107-Z"),
])
def test_a_foreign_numbers_own_letters_stay_outside_it(text, span, value):
    start = text.index(span)
    f = Finding(id="p1-0", page=1, start=start, end=start + len(span), text=span, category="ID_NUMBER", score=0.8,
                detector="labelled_id")
    assert [g.text for g in trim_label_prefixes([f], text)] == [value]


def test_letters_of_a_register_number_before_another_shape_stay_in():
    text = "Bokning NRT 4418 bekräftad."
    start = text.index("NRT")
    f = Finding(id="p1-0", page=1, start=start, end=start + 8, text="NRT 4418", category="ID_NUMBER", score=0.8,
                detector="learned_spans")
    assert [g.text for g in trim_label_prefixes([f], text)] == ["NRT 4418"]


def test_a_cards_own_letters_in_its_cell_stay_in_the_number():
    text = "| Namn | Identitetskort | Status |\n| Tove Lindahl | NID 5521 0937 | beviljad |"
    start = text.index("NID")
    f = Finding(id="p1-0", page=1, start=start, end=start + 13, text=text[start:start + 13], category="ID_NUMBER",
                score=0.8, detector="table_column")
    assert [g.text for g in trim_label_prefixes([f], text)] == ["NID 5521 0937"]


@pytest.mark.parametrize("word", ["Medlemskort", "Lånekortet", "Vaktkort", "Bibliotekskort"])
def test_a_cards_word_labels_a_number(word):
    assert label_noun(word)


@pytest.mark.parametrize("word", ["Kort", "Nordin", "Lindkvist"])
def test_a_short_word_or_a_name_labels_nothing(word):
    assert not label_noun(word)


def test_a_cards_word_before_a_code_is_no_maker():
    text = "Hon har Medlemskort MK-B 31-0772 sedan maj."
    assert not_a_make(text, text.index("Medlemskort"), "Medlemskort")


@pytest.mark.parametrize("text, span, category, value", [
    # a key card's chip: "RFID" names the kind of number, as "IMEI" does
    ("| Medlem | Nyckelkort |\n| Tove Lindahl | RFID 0007720931 |", "RFID 0007720931", "ID_NUMBER", "0007720931"),
    # Bangladesh's national identity card of ten, thirteen or seventeen digits in its cell
    ("| Namn | Id |\n| Rahim Uddin | NID 7712041184 |", "NID 7712041184", "ID_NUMBER", "7712041184"),
    # Czechia's identity card by its nine digits
    ("| Namn | Id |\n| Jana Nováková | OP 118205733 |", "OP 118205733", "ID_NUMBER", "118205733"),
    # Colombia's cédula de ciudadanía, which a rule may read as an account for its dotted groups
    ("| Namn | Id |\n| Camila Rojas | C.C. 1.031.552.907 |", "C.C. 1.031.552.907", "BANK_ACCOUNT", "1.031.552.907"),
])
def test_a_cells_kind_of_number_stays_outside_it(text, span, category, value):
    start = text.index(span)
    f = Finding(id="p1-0", page=1, start=start, end=start + len(span), text=span, category=category, score=0.8,
                detector="table_column")
    assert [g.text for g in trim_label_prefixes([f], text)] == [value]


def test_a_cards_kind_before_its_number_is_no_ones_initials():
    from redact.resolve.person_initials import find_initials

    text = "Stipendiat Camila Castro\nId: C.C. 1.031.552.907\nSignerat C.C.\n"
    at = text.index("Camila Castro")
    camila = Finding(id="f0", page=1, start=at, end=at + 13, text="Camila Castro", category="PERSON", score=0.9,
                     detector="names")
    found = [(f.start, f.text) for f in find_initials([camila], {1: text})]
    assert found == [(text.rindex("C.C."), "C.C.")]


def test_bi_without_a_countrys_adjective_stays_in_the_code():
    text = "Projektkod BI 4409 1183 i budgeten."
    start = text.index("BI")
    f = Finding(id="p1-0", page=1, start=start, end=start + 12, text=text[start:start + 12], category="ID_NUMBER",
                score=0.8, detector="labelled_id")
    assert [g.text for g in trim_label_prefixes([f], text)] == ["BI 4409 1183"]


def test_el_salvadors_dui_before_its_number_read_as_a_phone_stays_outside_it():
    from redact.detect.lettered_codes import codes_read_as_phones

    text = "Carmen har DUI 06120553-8, telefon 070-118 22 04."
    start = text.index("06120553-8")
    f = Finding(id="p1-0", page=1, start=start, end=start + 10, text="06120553-8", category="PHONE", score=0.8,
                detector="phone")
    assert [(g.category, g.text) for g in codes_read_as_phones([f], text)] == [("ID_NUMBER", "06120553-8")]


@pytest.mark.parametrize("text, span, value", [
    ("Koffi har beninskt NPI 1044187720 i passet.", "NPI 1044187720", "1044187720"),
    ("Awa har maliskt NINA 144107720318K i passet.", "NINA 144107720318K", "144107720318K"),
    ("BI 220733184402K, telefone 076-220 73 31.", "BI 220733184402K", "220733184402K"),
])
def test_west_african_and_mozambican_labels_stay_outside_their_numbers(text, span, value):
    start = text.index(span)
    f = Finding(id="p1-0", page=1, start=start, end=start + len(span), text=span, category="ID_NUMBER", score=0.5,
                detector="learned_spans")
    assert [g.text for g in trim_label_prefixes([f], text)] == [value]


@pytest.mark.parametrize("text", ["NINA 4471 ringde i går.", "BI 4471-22 är bilens kod."])
def test_the_letters_before_another_shape_stay_in(text):
    span = text.split(" ring")[0].split(" är")[0]
    f = Finding(id="p1-0", page=1, start=0, end=len(span), text=span, category="ID_NUMBER", score=0.5,
                detector="learned_spans")
    assert [g.text for g in trim_label_prefixes([f], text)] == [span]
