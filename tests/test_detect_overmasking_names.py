"""Words proposed as names that are none: party codes and headers beside a signature column, a role between or
before two names, common nouns and number labels, a title at a name's end, a law's abbreviation, a sole trader's
trade, a compound's first part, a street read into a name, header cells of a register, a city named as its
municipality, "lex Maria", a service unit's area. The names themselves stay. Fictional people and organisations."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text
from redact.types import Finding


def _found(text: str, detector) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in detect_text(text, detector).findings}


def test_a_company_name_beginning_like_a_name_is_not_a_person():
    from redact.detect.organisation import drop_organisation_data

    text = "Kontaktperson\nEkviks Bygg och Mark AB\nJensen Landskab ApS\nMaja Ek"
    found = [Finding(id="a", page=1, start=14, end=25, text="Ekviks Bygg", category="PERSON", score=0.9, detector="names"),
             Finding(id="b", page=1, start=38, end=57, text="Jensen Landskab ApS", category="PERSON", score=0.9,
                     detector="names"),
             Finding(id="c", page=1, start=58, end=65, text="Maja Ek", category="PERSON", score=0.9, detector="names")]
    assert [f.text for f in drop_organisation_data(found, text)] == ["Maja Ek"]


PROTOCOL = "\n".join([
    "Närvarande ledamöter",
    "Förnamn", "Efternamn", "Uppdrag", "Parti", "Sign.",
    "Solveig", "Marklund", "Ordförande", "S", "SM",
    "Kjell", "Åström", "Ledamot", "KD", "KÅ",
    "Noura", "Haddad", "Ersättare", "MP", "NH",
    "",
    "Justerandes signatur: SM / NH",
])


@pytest.mark.parametrize("party", ["KD", "MP", "S", "Uppdrag", "Parti"])
def test_party_codes_and_headers_beside_a_signature_column_are_not_proposed(blank_detector, party):
    assert party not in _found(PROTOCOL, blank_detector)


@pytest.mark.parametrize("initials", ["SM", "KÅ", "NH"])
def test_the_signatures_themselves_are_still_proposed(blank_detector, initials):
    assert _found(PROTOCOL, blank_detector).get(initials) == "PERSON"


def test_a_role_between_two_names_splits_them():
    from redact.detect.name_spans import split_at_titles

    text = "Ordförande Gunvor Lindahl Justerande Hamid Rostami"
    f = Finding(id="a", page=1, start=11, end=len(text), text=text[11:], category="PERSON", score=0.9, detector="names")
    assert [p.text for p in split_at_titles([f], text, frozenset({"justerande", "ordförande"}))] == [
        "Gunvor Lindahl", "Hamid Rostami"]


@pytest.mark.parametrize("word, dropped", [("Dialogmöte", True), ("Bostadsanpassning", True), ("Henning", False),
                                           ("Lindqvist", False),
                                           # a doer's noun's definite genitive, as a header cell opens
                                           ("Fastighetsägarens", True), ("Innehavarnas", True)])
def test_a_lone_word_with_a_common_noun_ending_is_no_name(word, dropped):
    from redact.detect.name_spans import ordinary_noun

    f = Finding(id="a", page=1, start=0, end=len(word), text=word, category="PERSON", score=0.85, detector="names")
    assert ordinary_noun(f, lambda w: w in {"Henning"}) is dropped


@pytest.mark.parametrize("text", ["Kundnummer Avläst", "Kontonummer", "AnställningsnummerMobil"])
def test_a_number_label_is_no_name(text):
    from redact.detect.table_columns import names_a_number

    assert names_a_number(text)


def test_a_title_at_the_end_of_a_name_is_left_out_but_a_name_that_is_also_a_title_stays():
    from redact.detect.name_spans import split_at_titles

    text = "Intygas: Ayan Mohamud Ahmed Kassör\nKopia: Bror Lind"
    a = Finding(id="a", page=1, start=9, end=34, text=text[9:34], category="PERSON", score=0.9, detector="names")
    b = Finding(id="b", page=1, start=42, end=51, text=text[42:51], category="PERSON", score=0.9, detector="names")
    split = split_at_titles([a, b], text, frozenset({"kassör", "bror"}), lambda w: w == "Bror")
    assert [f.text for f in split] == ["Ayan Mohamud Ahmed", "Bror Lind"]


@pytest.mark.parametrize("text, dropped", [("SoL", True), ("Bostadsanpassning Ornäs", True), ("Sol", False),
                                           ("Maja Bostadsanpassning", False),
                                           # an abbreviation inflected after a colon ("skickar sms:en", "cd:n")
                                           ("sms:en", True), ("cd:n", True), ("SMS:et", True),
                                           # a short name with an ending after a colon stays a name
                                           ("Liis:s", False), ("Ott:en", False)])
def test_a_law_abbreviation_or_a_noun_phrase_is_no_name(text, dropped):
    from redact.detect.name_spans import ordinary_noun

    f = Finding(id="a", page=1, start=0, end=len(text), text=text, category="PERSON", score=0.85, detector="names")
    assert ordinary_noun(f, lambda w: w in {"Maja", "Sol"}) is dropped


def test_several_initials_in_one_signature_cell_are_one_finding_each(blank_detector):
    text = "\n".join(["Åtgärdslista", "Nr", "Åtgärd", "Ansvarig", "Klart", "1", "Boka lokal", "SEK / ThL", "2026-12-01",
                      "2", "Skicka kallelse", "MaB", "2026-12-03", "", "Listan följs upp i januari."])
    det = detect_text(text, blank_detector)
    spans = {text[f.start:f.end] for f in det.findings if f.category == "PERSON"}
    assert {"SEK", "ThL"} <= spans
    assert not any("/" in s for s in spans)


TRADE_AND_ROLES = """Leverantörsreskontra
Lars Nyberg Måleri har fakturerat 12 400 kr för fasaden.
Handläggare Moa Lindén, Parkeringskontoret, tel 0650-123 45.
Vid protokollet
Ahmed Warsame
Justerandes signatur
"""


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


def test_a_sole_traders_trade_an_office_and_a_signature_role_are_no_part_of_a_name(blank_detector):
    persons = _persons(TRADE_AND_ROLES, blank_detector)
    assert {"Lars Nyberg", "Moa Lindén", "Ahmed Warsame"} <= persons
    assert not any(w in p for p in persons for w in ("Måleri", "Parkeringskontoret", "Justerandes"))



@pytest.mark.parametrize("text,word,dropped", [
    ("Norrvikens kommun, Bygg- och miljöavdelningen.", "Bygg-", True),
    ("Ärendet bereds av Idrotts-\noch fritidsnämnden.", "Idrotts-", True),
    ("Norrvikens kommun. Dnr OF 2026/0311.", "Dnr OF", True),
    ("Anna-Lena Berg- och Sara Holm", "Sara Holm", False),
    # a place before a lowercase organisation noun names the organisation; a listed name is a person's
    ("Bidrag till Tjärnviken fiskeförening beviljas.", "Tjärnviken", True),
    ("Patienten fördes till Mora lasarett samma dag.", "Mora", True),
    ("Sedan i fjol leder Jonas förening arbetet.", "Jonas", False),
    # a school, a church or a care home named by its village; a listed name's school stays a person's
    ("Eleven går i Gräsmyra skola sedan hösten.", "Gräsmyra", True),
    ("Vigseln hölls i Lidby kyrka i juni.", "Lidby", True),
    ("Hon flyttade till Ekåsa äldreboende i maj.", "Ekåsa", True),
    ("Han hämtar barnen vid Annas förskola.", "Annas", False),
    # a hunting team or a farm's land named by its village in the genitive; a listed name's team stays a person's
    ("Marken arrenderas till Ödbyhyttans jaktlag sedan 2019.", "Ödbyhyttans", True),
    ("Marken ägs av Tjärnåsens skifteslag.", "Tjärnåsens", True),
    ("Marken arrenderas till Lars jaktlag sedan 2019.", "Lars", False),
    # an organisation's own name after its definite noun
    ("Bidrag till Assyriska kören Shamiram beviljas.", "Shamiram", True),
    ("Kören har sökt bidrag; Maria leder den.", "Maria", False),
    # a bridge's, a square's or a quay's name alone is a place; a surname with a place's ending stays
    ("Filmningen kräver avstängning av\nKvarnbron; teamet skyltar.", "Kvarnbron", True),
    ("Samling vid Lilltorget klockan nio.", "Lilltorget", True),
    ("Samtal med Karin Östergård i dag.", "Östergård", False),
    # the area after a municipal service's noun names the unit; a listed name after it stays a person's
    ("Anmälan gick till hemtjänstgrupp Söder samma dag.", "Söder", True),
    ("Larmet gick till hemtjänsten Maria svarade inte.", "Maria", False),
    # an abbreviated label that numbers a list's items, where it opens them and as its column's header; a listed first
    # name, or a surname without the numbered lines, stays a person's
    ("Ärenden\nLeg.\nSökande\n1\nOlle Ek\nLeg. 1: Olle vill ha kopior.\nLeg. 2: klart.", "Leg", True),
    ("Kallelse\nBest. 1: ärendet avgörs i dag.\nBest. 2: ärendet skjuts upp.", "Best", True),
    ("Kallelse\nBest. 1: ärendet avgörs i dag.\nAnna. 2: ärendet skjuts upp.", "Anna", False),
    ("Kallelse hos Best.\nSamtalet gäller 2 barn.", "Best", False),
    # a kinship word in the genitive before its noun says whose thing it is; a family of that surname stays named
    ("Ämne: Pappas ansökan om parkeringstillstånd", "Pappas", True),
    ("Mammas surfplatta har gått sönder.", "Mammas", True),
    ("Sökande: Nikos Pappas\nÄmne: Pappas ansökan om parkeringstillstånd", "Pappas", False),
    # a document's own name right before its number is its label; the same words with no number after stay
    ("Partnern har Green Card LIN3304127781 sedan i fjol.", "Green Card", True),
    ("Partnern har numera Green Card.", "Green Card", False),
])
def test_a_compounds_first_part_or_a_case_label_is_no_person(text, word, dropped):
    # the model may read "Bygg-" or "Dnr OF" as a name; the engine drops such a proposal on its page
    from redact.detect.no_person_spans import word_part_or_case_label

    start = text.index(word)
    f = Finding(id="x", page=1, start=start, end=start + len(word), text=word, category="PERSON", score=0.85,
                detector="names")
    assert word_part_or_case_label(f, text) is dropped


# A street's name read by the model into a name ("Mäta Kvarnbäcksvägen", a task in a list) is no name and must not
# spread to the street's other mentions; a name before a street keeps the name.
TASKS = """Uppföljning av vinterväghållningen
Åtgärd
Ansvarig
Klart
Mäta Kvarnbäcksvägen
GH
v. 12
Plogning Granbackavägen
SeL
v. 14
Handläggare: Gustav Holm, Selma Lindgren
"""


def test_a_street_read_into_a_name_is_no_name(model_detector):
    found = _found(TASKS, model_detector)
    assert not any("Kvarnbäcksvägen" in text for text, cat in found.items() if cat == "PERSON")
    assert found.get("Gustav Holm") == "PERSON"


def test_a_name_keeps_its_words_when_a_street_is_trimmed_off():
    from redact.detect.name_spans import trim_street_words
    from redact.types import Finding

    text = "Brev till Kerstin Ek Hagtornsvägen och Mäta Myrgatan"

    def person(words: str) -> Finding:
        a = text.index(words)
        return Finding(id=words, page=1, start=a, end=a + len(words), text=words, category="PERSON", score=0.8,
                       detector="names")

    f, g = person("Kerstin Ek Hagtornsvägen"), person("Mäta Myrgatan")
    out = trim_street_words([f, g], is_name=lambda w: w in ("Kerstin", "Ek"))
    assert [x.text for x in out] == ["Kerstin Ek"]


# A register of the authority's own fees and assignments beside the persons they concern, read one cell a
# line: the fee and assignment numbers under their header are the authority's; a sole trader's line of
# business after her name ("Hemstöd", "Thaimassage") is no part of the name.
FEE_LIST = "\n".join([
    "Avgifter för felparkering, november",
    "Avgift", "Förnamn", "Efternamn", "Besked",
    "FP 50312", "Linnea", "Wikström", "Avslag",
    "FP 50318", "Oskar", "Berglöf", "Bifall",
    "FP 50327", "Dalia", "Hamdan", "Avslag",
    "FP 50344", "Emil", "Sandqvist", "Bifall",
    "",
    "Konsulter: Therese Bäckström Hemstöd och Kanya Srisuk Thaimassage fakturerar kommunen.",
])


def test_the_authoritys_fee_numbers_and_a_sole_traders_trade_stay_readable(blank_detector):
    found = _found(FEE_LIST, blank_detector)
    assert not any(t.startswith("FP ") for t in found)
    persons = {t for t, c in found.items() if c == "PERSON"}
    assert {"Therese Bäckström", "Kanya Srisuk"} <= persons
    assert not any("Hemstöd" in p or "Thaimassage" in p for p in persons)


def test_a_decision_column_a_home_town_column_and_a_car_pool_are_no_name_cells():
    """Headers read among the cells of a name column ("Besked", "Bor i") and a car pool in the name column."""
    from redact.detect.table_columns import FIRST
    from redact.detect.table_values import value_fits

    assert value_fits(FIRST, "Ebba")
    for cell in ("Besked", "Bor i", "Hemort", "Ekbackens Bilpool"):
        assert not value_fits(FIRST, cell), cell


# A role nobody listed, as a compound ending in a listed role ("Fritidskonsulent") or as a listed role's genitive
# ("Handläggarens"), read by the model as a name or its first word: the role is left out, the name kept.
def _model_finding(text: str, start: int, end: int) -> Finding:
    return Finding(id="p1-0", page=1, start=start, end=end, text=text[start:end], category="PERSON", score=0.85,
                   detector="names", reason="ner: ner:PER")


def test_a_compound_role_before_a_name_is_left_out():
    from redact.detect.name_spans import split_at_titles
    from redact.detect.name_words import load_lexicons

    text = "Kontakt: Fritidskonsulent Mirjam Öhrvik svarar i telefon."
    start = text.index("Fritids")
    out = split_at_titles([_model_finding(text, start, text.index(" svarar"))], text, load_lexicons().titles)
    assert [f.text for f in out] == ["Mirjam Öhrvik"]


def test_a_roles_genitive_alone_is_no_name():
    from redact.detect.name_spans import split_at_titles
    from redact.detect.name_words import load_lexicons

    text = "Anteckningar. Kuratorns bedömning följer nedan."
    out = split_at_titles([_model_finding(text, 14, 23)], text, load_lexicons().titles)
    assert out == []


def test_a_surname_that_is_a_relatives_noun_stays_whole():
    from redact.detect.name_spans import split_at_titles
    from redact.detect.name_words import load_lexicons

    text = "Ove Brorson ringer i morgon."
    out = split_at_titles([_model_finding(text, 0, 11)], text, load_lexicons().titles)
    assert [f.text for f in out] == ["Ove Brorson"]


# A city named as its municipality ("Borås Stad", "Malmö stad") is the authority, no person; a surname ending in
# "-stad" stays a name.
@pytest.mark.parametrize("text,org", [
    ("Ekeryds Stad ansvarar för skolskjutsen i år.", "Ekeryds Stad"),
    ("Beslutet fattades av Lövnäs stad, trafikkontoret.", "Lövnäs stad"),
])
def test_a_city_named_as_its_municipality_is_no_person(model_detector, text, org):
    assert org not in _found(text, model_detector)
    assert _found("Lena Bergstad ringde i går om bygglovet.", model_detector).get("Lena Bergstad") == "PERSON"


# A resident, a photographer or a handyman before the name is the person's role, no part of the name; the name stays.
@pytest.mark.parametrize("text, name", [
    ("Boende Farida Yusufi, Björkvägen 4, ringde om belysningen.", "Farida Yusufi"),
    ("Naturfotografen Kalle Mäkinen har tillstånd sedan maj.", "Kalle Mäkinen"),
    ("Fixaren Rune Ödman bytte glödlampan i hallen.", "Rune Ödman"),
])
def test_a_role_word_before_a_name_is_cut_from_it(model_detector, text, name):
    found = _found(text, model_detector)
    assert found.get(name) == "PERSON"
    assert not any(k != name and name in k for k in found)


# "Punkt" heads the column of a list's numbered points beside the place and the person: a header cell, no name.
POINTS = """Synpunkter från promenaden:
Punkt Plats
Lämnad av
1
busshållplatsen vid torget
Sundqvist, Greta
2
cykelbanan mot skolan
Nyberg, Ali
Punkt 2: cykelbanan saknar belysning enligt Ali Nyberg.
Åtgärder:
Punkt Åtgärd
Ansvar
1
nytt tak på kuren
GSt
"""


def test_a_points_column_header_is_no_name(model_detector):
    found = _found(POINTS, model_detector)
    assert not any("Punkt" in k for k in found)
    assert found.get("Ali Nyberg") == "PERSON"


# "lex Maria", "Lex Sarah": a reporting duty named after a case long ago, no person in the document.
@pytest.mark.parametrize("text, name", [
    ("Avvikelsen anmäls enligt lex Maria av Vera Lundin.", "Vera Lundin"),
    ("Händelsen utreds enligt Lex Sarah.\nSara Åkesson, enhetschef", "Sara Åkesson"),
])
def test_a_law_named_after_a_case_is_no_person(model_detector, text, name):
    found = _found(text, model_detector)
    assert found.get(name) == "PERSON"
    assert not any("Maria" in k or "Sarah" in k for k in found)


def test_lex_maria_is_no_short_form_of_a_name_in_the_document(model_detector):
    text = "Sjuksköterskan Britt-Marie Holm hade passet.\nHändelsen anmäls enligt lex Maria till IVO."
    found = _found(text, model_detector)
    assert found.get("Britt-Marie Holm") == "PERSON" and "Maria" not in found


# Staff's trade and a patient's medicine head their columns beside the names: header cells, no names.
STAFF = """Avvikelse i hemsjukvården
Berörd personal
| Sign. | Namn | Yrke
| GH | Greta Hallin | sjuksköterska
| PåL | Pål Lindkvist | undersköterska

Andra patienter med samma rutin
| Patientnummer | Personnummer | Läkemedel
| VB-220 114 | 19380412-2216 | Trombyl
"""


def test_a_trade_and_a_medicine_column_header_are_no_names(model_detector):
    found = _found(STAFF, model_detector)
    assert "Yrke" not in found and "Läkemedel" not in found
    assert found.get("Greta Hallin") == "PERSON" and found.get("Pål Lindkvist") == "PERSON"


# A municipal service's area after its noun ("hemtjänstgrupp Söder"): the unit's name, no person; a listed name
# after the noun stays.
def test_a_service_units_area_is_no_name(model_detector):
    text = ("Fru Lind föll i hallen och anmälan gick vidare\n"
            "till hemtjänstgrupp Söder. Grannen Ilse Vinterhav ringde också.")
    found = _found(text, model_detector)
    assert "Söder" not in found and found.get("Ilse Vinterhav") == "PERSON"


@pytest.mark.parametrize("text, word, dropped", [
    # the common noun itself opening a heading, a participle's plural opening a caption
    ("Beslut om bidrag till föreningar\nAnsökan kom in i maj.", "Beslut", True),
    ("Avslagna ansökningar\nBeviljade ansökningar i maj", "Beviljade", True),
    ("Underkända prov\nEleverna skriver om.", "Underkända", True),
    ("Anmälda fel\nTvå fel kom in i maj.", "Anmälda", True),
    # a participle's neuter before its noun opening a sentence
    ("Ärende 4. Registrerat ombud är Lisa Ek.", "Registrerat", True),
    ("Ärende 4. Beviljat belopp betalas i maj.", "Beviljat", True),
    # an adjective's neuter in "-skt" before its noun opening a line
    ("Sammansättning\nJuridiskt ombud Pia Ek och nämndeman Kurt Alm.", "Juridiskt", True),
    ("Sammansättning\nMedicinskt ansvarig Pia Ek.", "Medicinskt", True),
    # a name in a name list, or an unlisted one of another ending, stays
    ("Dag kom i tid.", "Dag", False),
    # an unlisted name in "-at" stays
    ("Ärende 4. Sukhrat ringde i maj.", "Sukhrat", False),
    ("Kaleido skrev till nämnden.", "Kaleido", False),
])
def test_a_common_noun_or_a_participles_plural_opening_a_line_is_no_name(text, word, dropped):
    from redact.detect.sentence_start import ordinary_sentence_start

    at = text.index(word)
    f = Finding(id="a", page=1, start=at, end=at + len(word), text=word, category="PERSON", score=0.85,
                detector="names")
    assert ordinary_sentence_start(f, text, lambda w: w == "Dag") is dropped


def test_a_name_written_as_a_nouns_ending_opening_a_line_stays():
    from redact.detect.sentence_start import ordinary_sentence_start

    text = "Ning skrev till nämnden i maj."
    f = Finding(id="a", page=1, start=0, end=4, text="Ning", category="PERSON", score=0.85, detector="names")
    assert not ordinary_sentence_start(f, text, lambda w: False)


@pytest.mark.parametrize("text, dropped", [("Drabbad Gatuadress", True), ("Bostadsadresser", True),
                                           ("Ägare Adress", True), ("Adressen", True),
                                           ("Hyresgäst Regnr", True), ("Gäst Kundnummer", True),
                                           # a name beside the word stays a name
                                           ("Maja Gatuadress", False)])
def test_a_header_row_with_an_address_word_is_no_name(text, dropped):
    from redact.detect.name_spans import ordinary_noun

    f = Finding(id="a", page=1, start=0, end=len(text), text=text, category="PERSON", score=0.85, detector="names")
    assert ordinary_noun(f, lambda w: w in {"Maja"}) is dropped


def test_a_heritage_officers_title_before_her_name_is_left_out():
    from redact.detect.name_spans import split_at_titles
    from redact.detect.name_words import load_lexicons

    text = "Yttrande från kulturmiljöenheten\nAntikvarie Tyra Lövgren, telefon 010-224 41 00\n"
    a = text.index("Antikvarie")
    f = Finding(id="a", page=1, start=a, end=a + 23, text=text[a:a + 23], category="PERSON", score=0.9,
                detector="learned_spans")
    split = split_at_titles([f], text, load_lexicons().titles, lambda w: w in {"Tyra", "Lövgren"})
    assert [p.text for p in split] == ["Tyra Lövgren"]


@pytest.mark.parametrize("role", ["Specialist", "Specialistläkare", "Specialisttandläkare"])
def test_a_specialist_before_a_name_is_left_out(role):
    from redact.detect.name_spans import split_at_titles
    from redact.detect.name_words import load_lexicons

    text = f"{role} Vilma Ekdahl och tandhygienist Omar Said tar emot."
    out = split_at_titles([_model_finding(text, 0, text.index(" och"))], text, load_lexicons().titles)
    assert [f.text for f in out] == ["Vilma Ekdahl"]


def test_an_english_function_word_and_a_country_are_no_name():
    from redact.detect.name_spans import trim_english_openers

    text = "Before Norway I lived in Bergen. After Midsummer Eve we met. May Lindholm writes; A. Orlova and Even Dahl."
    parts = ("Before Norway", "After Midsummer Eve", "May Lindholm", "A. Orlova", "Even Dahl")
    found = [Finding(id=f"p1-{n}", page=1, start=text.index(p), end=text.index(p) + len(p), text=p, category="PERSON",
                     score=0.85, detector="names") for n, p in enumerate(parts)]
    listed = {"Lindholm", "Dahl"}
    # only a country or a place abroad after the function words goes; anything else is left whole
    assert [f.text for f in trim_english_openers(found, lambda w: w in listed)] == [
        "After Midsummer Eve", "May Lindholm", "A. Orlova", "Even Dahl"]


def test_a_trade_in_iker_before_a_name_is_left_out():
    from redact.detect.name_spans import split_at_titles
    from redact.detect.name_words import load_lexicons

    for text, name in (("Keramiker Lovisa Hedén (LH) bokar ugnen.", "Lovisa Hedén"),
                       ("Kontakt: Elektrikern Tobias Ågren kommer på måndag.", "Tobias Ågren")):
        start = text.index(name) - len(text[:text.index(name)].split()[-1]) - 1
        out = split_at_titles([_model_finding(text, start, text.index(name) + len(name))], text, load_lexicons().titles)
        assert [f.text for f in out] == [name]


@pytest.mark.parametrize("text, names", [
    # "Antes" ("before") is "Ante" with an "s": Spanish writes no genitive so, the word is the sentence's adverb
    ("Antes mi tía vivía en Cádiz.", set()),
    ("Antes vivía con Carlos en Cádiz.", {"Carlos"}),
    # a name that is listed itself, ending in "s", stays a name
    ("Lucas vive ahora en Cádiz.", {"Lucas"}),
])
def test_a_listed_name_with_an_s_is_no_genitive_in_spanish(text, names):
    from redact.detect.foreign_shapes import lowercase_words, shapes
    from redact.detect.name_words import load_lexicons

    found = {text[a:b] for a, b, _ in shapes(text, 0, len(text), load_lexicons(), lowercase_words(text), "es")}
    assert names <= found and "Antes" not in found


@pytest.mark.parametrize("text, name", [
    ("Hovrättsfiskal Lena Ekdahl (LE), hovrättsråd Olle Brand (OB).", "Lena Ekdahl"),
    ("Tingsnotarie Per Sandin föredrog målet.", "Per Sandin"),
])
def test_a_court_clerks_title_before_a_name_is_no_part_of_it(blank_detector, text, name):
    from redact.types import Page

    found = [f.text for f in blank_detector.detect(Page(number=1, text=text, words=(), width=595, height=842))
             if f.category == "PERSON"]
    assert name in found and not any("notarie" in f.lower() or "fiskal" in f.lower() for f in found)


def test_a_numbers_label_in_capitals_before_its_letters_is_no_name(model_detector):
    # "NINO" is a given name too; before the number's letters and digits it is the number's label
    found = _found("Fiona har brittiskt NINO KT 44 18 20 C och bor i Ekby.", model_detector)
    assert not any("NINO" in t for t in found if found[t] == "PERSON"), found
    assert found.get("KT 44 18 20 C") == "ID_NUMBER", found
    found = _found("Till mötet kom NINO Berg och Per Ek.", model_detector)
    assert found.get("NINO Berg") == "PERSON", found
