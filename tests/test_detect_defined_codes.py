"""Letters a document defines for a school, a committee or a place ("Björkdalsskolan (BD)", a key "KF
fullmäktige, KS kommunstyrelsen, …") are nobody's initials, in a table read one cell a line under a signing
column's header or in running text; letters the document gives a person stay masked. Fictional people."""

from __future__ import annotations

from redact.detect.defined_codes import defined_codes
from redact.pipeline import detect_text

SCHOOLS = """Gymnasieval hösten 2028, Norrvalla kommun, antagningen.
Skolor: Björkdalsskolan (BD), Lindö skola (LS) och Norrvalla Waldorf (NW, fristående).
Elev
Personnummer Val 1
Val 2
Placerad Handl.
Tove Lindqvist
130512-2384
BD
LS
BD
KE
Mattias Öberg
130921-4411
NW
BD
NW
KE
Sara Nyström
131104-2620
LS
NW
LS
PeH
Tove vill gå på BD med sin bror. Mattias har gått i NW sedan förskolan.
Handläggare Karin Ekholm och Per Hultgren, 0555-123 40.
"""

ORGANS = """Arvoden till förtroendevalda, mars 2027
Namn
Organ
Belopp
Attest
Gunilla Fors
KF, KS
2 400 kr
LM
Anders Brandt
BUN
1 200 kr
LM
Rasmus Eng
TN, MBN
3 100 kr
LM
KF fullmäktige, KS kommunstyrelsen, BUN barn och utbildning, TN tekniska nämnden,
MBN miljö och bygg.
Löneadministratör Lena Mattsson, lena.mattsson@norrvalla.se.
"""


def _persons(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"]


def test_the_letters_are_defined_for_the_schools_and_the_committees():
    assert defined_codes(SCHOOLS) == {"BD", "LS", "NW"}
    assert defined_codes(ORGANS) == {"KF", "KS", "BUN", "TN", "MBN"}


def test_letters_given_to_a_person_are_not_defined():
    text = "Skolor: Björkdalsskolan (BD). Handläggare Bengt Dahl (BD) och Lindö skola (LS)."
    assert defined_codes(text) == {"LS"}


def test_two_letters_before_verbs_are_no_key():
    # notes of who did what: "AB ringde, CD svarade" is no key of letters (only two entries)
    assert defined_codes("AB ringde upp, CD svarade i telefon.") == frozenset()


def test_a_persons_name_before_the_bracket_defines_nothing():
    assert defined_codes("Kontakt: Lisa Berg (LB), Karl Öst (KÖ, handläggare).") == frozenset()


def test_the_school_codes_in_a_choice_table_are_kept(model_detector):
    found = _persons(SCHOOLS, model_detector)
    assert not {"BD", "LS", "NW"} & set(found), found
    for name in ("Tove Lindqvist", "Mattias Öberg", "Sara Nyström", "KE", "PeH"):
        assert name in found, (name, found)


def test_the_committees_in_a_payroll_list_are_kept(model_detector):
    found = _persons(ORGANS, model_detector)
    assert not [f for f in found if set(f.replace(",", " ").split()) <= {"KF", "KS", "BUN", "TN", "MBN"}], found
    for name in ("Gunilla Fors", "Anders Brandt", "Rasmus Eng", "LM"):
        assert name in found, (name, found)


def test_the_bodies_named_before_their_letters_are_no_persons(model_detector):
    found = _persons(SCHOOLS, model_detector)
    assert not [f for f in found if "Norrvalla" in f or "Lindö" in f], found
    # a free school named by the town and a word the surname list holds: no person, nor the town alone
    text = ("Skolor: Lindö skola (LS) och Norrvalla Montessori (NM, fristående, huvudman Montessoriföreningen i "
            "Norrvalla).\nNorrvalla kommun, 912 30 Norrvalla.\n")
    assert _persons(text, model_detector) == []


def test_the_letters_stay_when_a_person_of_the_document_has_them_too(model_detector):
    # "Nils Wahlberg" has the letters NW, which the text gives the free school: the school's cells stay
    text = SCHOOLS + "Rektor Nils Wahlberg svarar på frågor om skolvalet.\n"
    found = _persons(text, model_detector)
    assert "Nils Wahlberg" in found and "NW" not in found, found


def test_initials_with_their_roles_are_no_key():
    assert defined_codes("Närvarande: AB ordförande, CD sekreterare, EF ledamot, GH ersättare.") == frozenset()


def test_the_short_forms_a_sentence_explains_are_no_initials():
    assert defined_codes("Förkortningarna TF, BoL och MNH avser tillståndet, lagen och nämnden.") == {"TF", "BoL", "MNH"}
    assert defined_codes("Koderna GR och VPX i appen är vaktbolagets egna.") == {"GR", "VPX"}


def test_a_laws_short_form_cited_after_enligt_is_no_name():
    assert defined_codes("Inlösen sker enligt VäL och MiB.") == {"VäL", "MiB"}
    assert defined_codes("Ersättningen prövas med stöd av LuH.") == {"LuH"}
    # a person's initials after "enligt" are no law's shape
    assert defined_codes("Beslutat enligt KeW och AnH.") == frozenset()



def test_a_laws_short_form_cited_by_chapter_or_section_is_no_initials():
    assert defined_codes("Tillstånd krävs enligt BVL 3 kap. och ÅHL 12 §.") >= {"BVL", "ÅHL"}
    assert defined_codes("Ärendet prövas mot SoL, MFL 7 §.") == {"SoL", "MFL"}
    # initials before a count of days are no law
    assert defined_codes("Attesterat av KeW 3 dagar senare.") == frozenset()


DECISIONS = """Beslut om kyrkbodarna, april 2029
§
Ärende
Ansvar
Klart
Grund
41
ny trappa
G.Ek.
NTa
BVL 3 kap.
42
nytt fönster
NTa
G.Ek.
BVL
43
skylt vid stugan
G.Ek.
NTa
PBL, MHÄ
44
ny grund
NTa
G.Ek.
ÅHL 12 §
"""


def test_the_laws_and_bodies_a_decision_rests_on_stay_readable(model_detector):
    texts = {f.text for f in detect_text(DECISIONS, model_detector).findings}
    assert not texts & {"BVL", "PBL", "MHÄ", "PBL, MHÄ", "ÅHL", "ÅHL 12", "BVL 3"}, texts
    assert {"NTa", "G.Ek."} <= texts, texts
