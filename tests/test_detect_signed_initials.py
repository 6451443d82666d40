"""Initials that stand for a person where no attendance list ties them to one: written with
dots ("T.M.", "L.-E.B."), after a verb of signing or approving ("granskat av RE",
"Kontrollerad av revisionen: GW"), two letters of the first name and one of the surname
("JoB" for Jonas Berg), in a "Rapp. av" column, and "KL" in a signature column, which is
no abbreviation of "klockan" there. Organisations' abbreviations after the same verbs stay.
Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

NOTE = """Tjänsteanteckning, hemtjänsten Östra Vreta
Ärendet gäller ersättning för en trasig rollator. Handläggare Sofia Rahimi Lund.
Beslutet skickas i kopia till enhetschef N.K. och till samordnaren L.-Å.S. för kännedom.
Underlaget granskat av SRL, kontrollerat av P-OW och bokfört av ekonomen.
Attesterad av förvaltningen: HJ
Beslutet är godkänt av KS och anmäls till nämnden.
"""


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


@pytest.mark.parametrize("initials", ["N.K.", "L.-Å.S."])
def test_dotted_initials_are_a_person_even_unmatched(blank_detector, initials):
    assert initials in _persons(NOTE, blank_detector)


@pytest.mark.parametrize("initials", ["P-OW", "HJ"])
def test_initials_after_a_verb_of_signing_are_a_person(blank_detector, initials):
    persons = _persons(NOTE, blank_detector)
    # "godkänt av KS": the municipal executive board after the same verb is no person
    assert initials in persons and "KS" not in persons


MINUTES = """Protokoll, arbetsgrupp för skolskjuts
Närvarande: Jonas Berg, Amina Warsame, Teodor Ruiz.
Punkt 3. Nya hållplatser utreds av JoB till nästa möte; AmW kontaktar entreprenören.
Alva Fransson deltog per telefon. Granskat av AF
"""


@pytest.mark.parametrize("initials", ["JoB", "AF"])
def test_initials_of_a_named_person_in_short_forms(blank_detector, initials):
    # "JoB": two letters of the first name and one of the surname; "AF" (also an agency's
    # abbreviation) is Alva Fransson's after "Granskat av"
    assert initials in _persons(MINUTES, blank_detector)


def test_initials_in_a_reported_by_column(blank_detector):
    text = ("Avvikelser, korttidsboendet Ekgläntan\nDatum\nHändelse\nRapp. av\n"
            "03-12\nFel dos kvällsmedicin\nWiH\n"
            "03-19\nFall vid dusch\nT.O.\n\nSammanställt av MAS.\n")
    persons = _persons(text, blank_detector)
    assert {"WiH", "T.O."} <= persons


def test_initials_kl_in_a_signature_column_are_kept_as_a_person(blank_detector):
    text = ("Signeringslista, vecka 12\nDatum\nUppgift\nSign.\n"
            "2026-03-16\nTvätt\nKL\n"
            "2026-03-17\nInköp\nMaS\n\nListan sparas i pärmen.\n")
    assert "KL" in _persons(text, blank_detector)


@pytest.mark.parametrize("header", ["Ansvar", "Åtgärdas av", "Klar (sign)"])
def test_initials_in_an_action_column_far_from_any_attendance_list(blank_detector, header):
    text = "\n".join(["Åtgärdsplan efter tillsyn", f"Åtgärd | {header} | Datum",
                      "Byta brandvarnare | UeK | 2026-05-04", "Ny rutin för nycklar | B.Ö. | 2026-05-18", "",
                      "Planen följs upp i juni."])
    assert {"UeK", "B.Ö."} <= _persons(text, blank_detector)


def test_initials_after_the_roles_that_sign_minutes_and_in_their_lists(blank_detector):
    # no one is named in full: the initials are someone's by their place alone
    text = ("Protokoll fört vid styrelsemöte\n§ 4 Budgeten fastställdes.\n"
            "Justeras: OÅ, BeK\nProtokollförare: VL\nSekr. ThN\n")
    masked = {w.strip(",") for p in _persons(text, blank_detector) for w in p.split()}
    assert {"OÅ", "BeK", "VL", "ThN"} <= masked


@pytest.mark.parametrize("line, initials", [
    # a hyphenated first name with dots
    ("Underlaget granskat: B-M.J. 2026-10-01", "B-M.J."),
    # the date of fixing between the verb and the initials, then a list
    ("Fastställt 2026-11-04 MH / K-G.S.", "K-G.S."),
    # paying out and registering sign as attesting does
    ("Attest: M.N.     Utanordnat: HKa     Ekonomienheten", "HKa"),
    ("Beslut: Rasmus Olofsson     Utbetalning registrerad: ZK", "ZK"),
])
def test_initials_after_more_verbs_of_signing(blank_detector, line, initials):
    assert initials in _persons(line, blank_detector)


def test_initials_with_a_capital_of_another_latin_script_in_a_sign_column(blank_detector):
    text = "Namn | Yrke | Sign\nMilan Šarić | sjuksköterska | MŠ\nEva Lind | läkare | EL\n"
    assert {"MŠ", "EL"} <= _persons(text, blank_detector)


SIGNED_NOTE = """Tillsynsrapport, livsmedelskontroll på Café Ljungen
Inspektör: Mirela Dragović, Leif Östberg.
Kontrollen utförd av livsmedelsinspektör LÖg; vid återbesöket deltog MDc.
Beslut om bygglov fattade av bygglovsingenjör RNa noteras.
Signatur MD, granskad av L.Ös.
Energiförbrukningen var 14 MWh och frysen höll -18 grader.
"""


@pytest.mark.parametrize("initials", ["LÖg", "MDc", "RNa", "MD", "L.Ös."])
def test_mixed_case_and_dotted_initials_are_a_person(blank_detector, initials):
    # "LÖg", "MDc": two capitals and a later letter of a named person's surname; "RNa": the same
    # shape without an owner; "MD" after the noun "Signatur"; "L.Ös." dotted with the surname's second letter
    assert initials in _persons(SIGNED_NOTE, blank_detector)


def test_units_written_like_initials_stay(blank_detector):
    assert "MWh" not in _persons(SIGNED_NOTE, blank_detector)


def test_an_abbreviations_genitive_or_definite_form_is_no_initials(blank_detector):
    text = "Enligt FNs barnkonvention och KDs motion ska PMn skickas till nämnden."
    assert not {"FNs", "KDs", "PMn"} & _persons(text, blank_detector)


RECEIPT = """Kvittens för utlämnade nycklar, fritidsgården Tallbacken
Nycklarna lämnades ut av fritidsledare Emre Şahin (EŞ) till föreningen.
Lokalen städas bl.a. av föreningen själv, t.ex. efter varje kväll, m.m.
Utlämnat: EŞ          Kontrollerat: a.l.
Registrerat av: k.j.
"""


@pytest.mark.parametrize("initials", ["EŞ", "a.l.", "k.j."])
def test_initials_with_capitals_outside_a_to_z_and_small_dotted_signatures(blank_detector, initials):
    assert initials in _persons(RECEIPT, blank_detector)


def test_small_dotted_abbreviations_are_no_initials(blank_detector):
    persons = _persons(RECEIPT, blank_detector)
    assert not persons & {"bl.a.", "t.ex.", "m.m."}, persons


ROTA = """Insats | Tid | Utförs av | Sign
Morgonhjälp | 08.00–08.30 | Ljiljana Kovačević | LjK
Tillsyn | 13.00–13.15 | Džemal Hodžić | DžH
"""


@pytest.mark.parametrize("initials", ["LjK", "DžH"])
def test_a_digraph_is_one_initial(blank_detector, initials):
    assert initials in _persons(ROTA, blank_detector)


def test_small_dotted_initials_in_a_signature_column_and_dotted_capitals_outside_a_to_z(blank_detector):
    rota = "Insats | Tid | Sign\nDusch | 09.00 | k.l.\nTillsyn | 13.00 | r.ö.\n"
    assert {"k.l.", "r.ö."} <= _persons(rota, blank_detector)
    assert "Ş.A." in _persons("Attesterat: Ş.A.\n", blank_detector)


# A hyphenated surname keeps its hyphen in the signature ("M.E-N" for Maria Ek-Nordin, "RV-S" for Ronja Vik-Sandberg).
HYPHENATED = """Beslut om bostadsanpassningsbidrag
Handläggare Ronja Vik-Sandberg, telefon 0480-45 12 30.
Kopia: Maria Ek-Nordin, enhetschef
                                    RV-S
Utredningen är kontrollerad och underlaget är komplett.
                                    K.L-M
"""


@pytest.mark.parametrize("initials", ["RV-S", "K.L-M"])
def test_initials_of_a_hyphenated_surname_are_a_person(blank_detector, initials):
    assert initials in _persons(HYPHENATED, blank_detector)


# Initials written by hand: lowercase, with a particle, with a hyphenated first name, with a later letter of
# the surname, in a receipt column read one cell a line and in brackets after the name.
RECEIPTS = """Utlämnade nycklar, Solbackens fritidsgård
Nyckel
Innehavare
Kvittens
N-11
Tove Lindahl
tl
N-12
Maja af Ekenstam
m.af.E
N-13
Olle Dahlgren
od
Utlämnat av Karl-Johan Vesterberg (K-J.V) och Ingrid van der Lee (vdL).
Vaktmästare Oskar Pettersson kontrollerade nycklarna.     O.Pt / kjv
Kostnaden attesteras. Attest ro-b
Eleven läste mor en dikt; se t.ex. bilagan.
"""


def _person_texts(det) -> list[tuple[int, str]]:
    return [(f.start, f.text) for f in det.findings if f.category == "PERSON"]


def _at(text: str, s: str) -> int:
    """Where ``s`` stands as a word of its own (not inside "Utlämnade")."""
    import re

    return re.search(rf"(?<![\w.-]){re.escape(s)}(?![\w-])", text).start()


@pytest.mark.parametrize("ini", ["tl", "m.af.E", "od", "K-J.V", "vdL", "O.Pt", "kjv", "ro-b"])
def test_hand_written_initials_of_named_persons_are_found(blank_detector, ini):
    det = detect_text(RECEIPTS, blank_detector)
    start = _at(RECEIPTS, ini)
    assert any(s <= start and start + len(ini) <= s + len(t) for s, t in _person_texts(det)), ini
    # short words and abbreviations in running text stay ("mor", "t.ex.")
    for word in ("mor", "t.ex."):
        at = _at(RECEIPTS, word)
        assert not any(s <= at < s + len(t) for s, t in _person_texts(det)), word


# Initials no person of the document matches, in the case a hand writes them: a signing column's cells
# (lowercase, one capital, a hyphen), and a token right after a signing word in running text.
UNMATCHED = """Tillsynsbesök, logg
Datum
Åtgärd
Sign
2026-10-01
Besök
jk
2026-10-02
Ring upp
Jk
2026-10-03
Brev
j-k
2026-10-04
Brev
ok
Anteckning gjord av dl den 12 mars. Granskad: mjö. Ok/ts. Vidimerat EkL.
Okänd avsändare; granskad av mig och kontrollerad av oss.
"""


def test_initials_of_any_case_in_a_signing_column_or_after_a_signing_word(blank_detector):
    persons = _persons(UNMATCHED, blank_detector)
    assert {"jk", "Jk", "j-k", "dl", "mjö", "ts", "EkL"} <= persons
    assert not {"ok", "änd", "mig", "oss"} & persons


@pytest.mark.parametrize("header", ["Ansvarig Uppföljning", "Uppgift Sign. Klart"])
def test_a_surname_start_under_header_cells_read_as_one_line(blank_detector, header):
    # MuPDF reads header cells set close together as one line; the signing column's cells still sign
    text = "\n".join(["Handlingsplan för fritidsgården", "Insats", header,
                      "Samtal med föräldrarna", "Hol", "2026-09-14", "Ny rutin för lokalen", "Hol", "2026-09-28", "",
                      "Fritidsledaren Kerstin Holmgård följer upp planen."])
    assert "Hol" in _persons(text, blank_detector)


def test_a_sentence_of_capitalised_words_is_no_signing_header(blank_detector):
    from redact.detect.initials import _merged_signing_header

    assert _merged_signing_header("Ansvarig Uppföljning\n")
    assert not _merged_signing_header("Ansvarig är nämnden\n")
    assert not _merged_signing_header("Ansvarig\n")  # a header alone is the plain column header's


def test_initials_under_header_cells_of_several_words_read_as_one_line():
    # MuPDF reads four header cells as one line, two of them a participle and "av": the signing column's cells sign
    from redact.detect.initials import find_initials_in_signatures

    text = "\n".join(["Kontroll av stallen", "Datum", "Stall", "Boxen sågs av Foder vägt av Anmärkning Attest",
                      "2027-03-02", "Norrgården", "B.-M.Ek.", "L-E.Sa.", "Inga fel", "TrB", ""])
    found = {text[a:b] for a, b, _ in find_initials_in_signatures(text)}
    assert {"B.-M.Ek.", "L-E.Sa."} <= found, found


def test_a_sentence_or_a_long_line_is_no_row_of_merged_header_cells():
    from redact.detect.initials import _merged_signing_header

    assert not _merged_signing_header("Boxen sågs av oss och vi attesterade i går\n")
    assert not _merged_signing_header("Stallet kontrollerades 2027-03-02 Attest\n")
    assert not _merged_signing_header("Boxen sågs av Foder vägt av\n")  # no signing cell


def test_small_initials_with_a_full_stop_in_a_signing_column():
    # "jb." alone in a "Handl." column's cell: a hand's initials with the abbreviation's dot; "ok." stays a word
    from redact.detect.initials import find_initials_in_signatures

    text = "Ärende\nHandl.\nBygglov carport\njb.\nStrandskydd\nok.\nMarklov\nKE\n"
    found = {text[a:b] for a, b, _ in find_initials_in_signatures(text)}
    assert {"jb.", "KE"} <= found and "ok." not in found, found


# a register's header cell that begins with a signing label's letters: "Signal" heads call signs, no signature
CALL_SIGN_HEADER = """Anropssignaler för radioamatörer
Signal
Namn
Ort
SM4RQZ
Lennart Ohlin
Falun
Protokoll justerat
Sign. TW
"""


def test_a_word_that_begins_with_a_signing_label_is_no_signature_line(blank_detector):
    persons = _persons(CALL_SIGN_HEADER, blank_detector)
    assert not any(p in ("al", "Signal") for p in persons)
    assert "TW" in persons  # the signing label itself still reads the initials after it


CHECKS = """Kontroller av brandlarm
Ärende
Datum
Inspektör Kontroll
BL-2231
4 april
UlH.
K.af B.
BL-2238
5 april
AnL
G. von S.

Rapporten lämnas till nämnden.
"""


@pytest.mark.parametrize("initials", ["K.af B.", "G. von S.", "AnL"])
def test_initials_with_a_particle_under_role_headers_read_as_one_line_are_a_person(blank_detector, initials):
    # MuPDF reads the header cells "Inspektör" and "Kontroll" as one line; the cells below hold initials
    assert initials in _persons(CHECKS, blank_detector)
