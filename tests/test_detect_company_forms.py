"""A firm's name ends in its company form, Swedish or foreign ("Nyström Måleri Handelsbolag", "… Oyj", "… UAB",
"… SIA"): the surname in it is no person, while a person named beside the firm stays. Fictional text; the shipped
pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

SUPPLIERS = """Leverantörer under året
Stolarna levererades av Koskinen Huonekalu Oyj i Lahtis.
Flytten gjordes av Jankauskas Pervežimai UAB enligt ramavtal.
Golven slipades av Ozoliņš Grīdas SIA, som fakturerade i euro.
Fönstren målades av Bergdahl Fasad Handelsbolag i april.
Presentkorten kom från Lundholm Järn & Färg HB (969612-3455), som skänkte dem.
Leverantörernas kontaktperson var Sigrid Holmlund, 070-318 44 27.
"""


@pytest.fixture(scope="module")
def people(model_detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(SUPPLIERS, model_detector).findings
            if f.category == "PERSON" and f.status != "rejected"]


@pytest.mark.parametrize("word", ["Koskinen", "Jankauskas", "Ozoliņš", "Bergdahl", "Lundholm"])
def test_a_name_before_a_company_form_is_the_firms(people, word):
    assert not any(word in p for p in people)


def test_the_contact_person_beside_the_firms_stays(people):
    assert "Sigrid Holmlund" in people


# A sole trader's firm by his surname and trade, no company form ("Bergqvists Snickeri", "Håkansson Mark & Schakt"):
# the firm's registered name stays readable; the owner himself, named in full, is a person.
SOLE_TRADERS = ("Beslut om tillsyn. Olle Bergqvist driver Bergqvists Snickeri som enskild firma sedan 2019.\n"
                "Fakturan kom från Håkansson Mark & Schakt, som Nils Håkansson äger.\n")


def test_a_sole_traders_firm_by_his_surname_and_trade_is_no_person(model_detector):
    found = [" ".join(f.text.split()) for f in detect_text(SOLE_TRADERS, model_detector).findings
             if f.category == "PERSON" and f.status != "rejected"]
    assert not any("Snickeri" in p or "Bergqvists" in p or "Schakt" in p for p in found), found
    assert "Olle Bergqvist" in found and "Nils Håkansson" in found, found


# A law firm by its owner's surname, its trade and its company form ("Brandt Juridik AB"):
# the company's registered name stays readable; the owner, named in full, and her surname alone stay masked.
LAW_FIRM = ("Från: Cecilia Brandt <cecilia.brandt@brandtjuridik.se>\nJag företräder målsäganden. Brandt tar kontakt.\n"
            "Hälsningar, Brandt Juridik AB\n")


def test_a_firm_by_its_owners_surname_trade_and_form_is_no_person(model_detector):
    found = [(f.start, " ".join(f.text.split())) for f in detect_text(LAW_FIRM, model_detector).findings
             if f.category == "PERSON" and f.status != "rejected"]
    firm = LAW_FIRM.index("Brandt Juridik AB")
    assert not any(start == firm for start, _ in found), found
    assert "Cecilia Brandt" in [t for _, t in found]
    assert LAW_FIRM.index("Brandt tar") in [s for s, _ in found], found


def test_a_full_name_before_the_trade_and_form_is_the_persons():
    from redact.resolve.name_forms import trade_firm

    text = "Ombud: Cecilia Brandt Juridik AB"
    at = text.index("Brandt")
    assert not trade_firm(text, at, at + len("Brandt"))
    text = "Ombud: Brandt Juridik AB"
    at = text.index("Brandt")
    assert trade_firm(text, at, at + len("Brandt"))


def test_a_law_firm_by_its_owners_surname_and_advokat_is_the_companys():
    from redact.resolve.name_forms import trade_firm

    text = "Hälsningar, Brandt Advokat AB"
    at = text.index("Brandt")
    assert trade_firm(text, at, at + len("Brandt"))


# A defender's firm written with its form "KB", on a page where a lawyer's initials are "KB" too (and "kb" in the
# hearing list's column): the firm's form is no copy of her initials, her initials at her signature still are.
FIRM_AND_INITIALS = ("Beredningsjurist Karin Blomdahl (KB).\n| Mål | Hl\n| T 4410-26 | kb\n| T 4415-26 | kb\n"
                     "Försvararna arbetar vid Åsby Försvarsadvokater KB; Sanna har e-post där.\nKontrollerat: KB.\n")


def test_a_firms_form_after_its_trade_word_is_no_copy_of_initials(blank_detector):
    from redact.document_detection import detect_text
    from redact.resolve.name_forms import counts

    at = FIRM_AND_INITIALS.index("KB;")
    assert not counts(FIRM_AND_INITIALS, at, at + 2, False)
    found = detect_text(FIRM_AND_INITIALS, blank_detector).findings
    assert not any(f.start is not None and f.start <= at < f.end for f in found)
    # the lawyer's initials at her signature stay masked
    sign = FIRM_AND_INITIALS.rindex("KB")
    assert any(f.start is not None and f.start <= sign < f.end for f in found)
    # a person's initials after a name ("Karin Blomdahl KB") are hers
    text = "Signerat av Karin Blomdahl KB."
    assert counts(text, text.index("KB"), text.index("KB") + 2, True)


# A defence counsel's law firm by its trade's word and her surname, with its box, in the parties' address column:
# the firm's name and box stay readable, the counsel herself is masked, and so is a party's own box.
PARTIES = ("Parter\n| Roll | Namn | Adress\n| Tilltalad | Vilgot Sandin | Ekvägen 4, 123 45 Ekby\n"
           "| Försvarare | Lovisa Ekdahl | Advokatfirman Ekdahl, Box 412\n"
           "| Vittne | Tore Ahl | Box 18, 123 47 Ekby\n")


def test_a_law_firm_by_its_trades_word_and_its_box_is_the_firms(model_detector):
    found = [" ".join(f.text.split()) for f in detect_text(PARTIES, model_detector).findings if f.status != "rejected"]
    assert not any("Advokatfirman" in t or "Box 412" in t or t == "Ekdahl" for t in found), found
    assert "Lovisa Ekdahl" in found and "Vilgot Sandin" in found, found


def test_a_surname_after_a_firms_trade_word_is_no_copy_of_the_persons():
    from redact.resolve.name_forms import counts

    at = PARTIES.index("Ekdahl, Box")
    assert not counts(PARTIES, at, at + len("Ekdahl"), True)
    text = "Ring Ekdahl om firman."
    at = text.index("Ekdahl")
    assert counts(text, at, at + len("Ekdahl"), True)
