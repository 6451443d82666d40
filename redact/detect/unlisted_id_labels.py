"""A person's identifier after a label nobody listed (the rules ``GENERIC`` and ``GENERIC_HELD`` of ``labelled_id``):
whether the label names a person's number (``id_labels`` decides, helped by the words around it in
``id_label_holders``), and whether the value is a code in its own right and stands where a label's value stands.

Any "-nummer" compound or noun may open such a label, so the value is held to more: a sum, a date, a company's
number, a plate, a count of pupils, a value on the next line that is no form's cell nor a wrapped paragraph's, or a
code set off by commas after a noun are left as they are; a card's, a licence's or a queue's number in a case
number's or a phone number's shape is taken where the label says it is the person's.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.id_label_holders import (
    GENERIC_ID_LABEL, RIGHT_REGISTERED, UNIT_LABEL, animals_mark, for_a_person, holder_before, no_ones_number,
    thing_before, worn_device,
)
from redact.detect.id_labels import (
    bare_noun, bare_serial, code_repeats_noun, firm_near, label_strength, names_contract, names_key, names_line_label,
    person_beside, role_head,
)
from redact.detect.exam_codes import names_exam_code
from redact.detect.id_value import _CODE_LIKE, _NOT_A_CODE, NAMED_SERIES, _wrapped_rest, held_code
from redact.detect.identity_code_labels import names_identity_code
from redact.detect.organisation import legal_person_number
from redact.detect.negated_labels import negated_label
from redact.detect.subject_role_numbers import subject_role_number
from redact.detect.patterns import Verdict


_SET_OFF_END = re.compile(r"[ \t\u00a0]*(?:[,;)]|\.(?!\d)|\n|$)")
_SWEDISH_PLATE = re.compile(r"^[A-Z]{3}[ \u00a0]?\d\d[\dA-Z]$")
# (up to billions: five groups and more are a chip's or a card's digits, "752 098 100 447 199")
_GROUPED_SUM = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3}){1,3}$")


# A code with a capital among its digits ("2204-L-08315", "0R891207", "4471-AB-12"): a register's letter inside a
# number is no sum's, date's or count's.
_LETTER_INSIDE = re.compile(r"^\d[\d \u00a0-]*[A-ZÅÄÖ]{1,3}[- \u00a0]?\d[\dA-Z \u00a0-]*$")


# A code that is one by its shape alone: capitals, a dash and digits ("HK-7713", "BP-12 044").
_DASHED_CODE = re.compile(r"^[A-ZÅÄÖ]{1,4}-\d{3,}(?:[ \u00a0-]\d+)*$")
_LINE_END = re.compile(r"[ \t]*[.,;]?[ \t]*(?:\n|$)")


def _code_line(text: str, m: re.Match[str]) -> bool:
    """A "Label: HK-7713" line under a label nobody listed: the label begins the line, the code ends it."""
    line_start = text.rfind("\n", 0, m.start("label")) + 1
    return (":" in m.group("sep") and not text[line_start:m.start("label")].strip()
            and bool(_DASHED_CODE.match(m.group("value"))) and bool(_LINE_END.match(text, m.end("value")))
            and names_line_label(m.group("label")))


# words before the label in its cell: "Medgivande autogiro" / "AG-77 1302" (a label/value table read one cell a line)
_LABEL_CELL_LEAD = re.compile(r"[ \t]*(?:[A-Za-zÅÄÖåäöÉé]+[ \t]+){0,2}")


def _cell_pair(text: str, m: re.Match[str]) -> bool:
    """A label alone on its line and the value alone on the next (a form's two cells read one a line)."""
    line_start = text.rfind("\n", 0, m.start("label")) + 1
    return (_LABEL_CELL_LEAD.fullmatch(text, line_start, m.start("label")) is not None
            and bool(_LINE_END.match(text, m.end("value"))))


_WRAPPED_LINE = 50  # characters: a line of running text, not a form's label cell


def _label_wrapped(text: str, m: re.Match[str]) -> bool:
    """A label's two words either side of a paragraph's line end: a long line of running text ends in the first,
    a lowercase word ("… har uppehållskort med" / "nummer UK 4410 2281")."""
    line_start = text.rfind("\n", 0, m.start("label")) + 1
    first_end = text.find("\n", m.start("label"))
    return first_end - line_start >= _WRAPPED_LINE and m.group("label")[:1].islower()


def _wrapped(text: str, m: re.Match[str]) -> bool:
    """The label ends a long line of running text: the paragraph wrapped before its value ("… har nummer" / "FT 804117")."""
    line_start = text.rfind("\n", 0, m.start("label")) + 1
    return m.end("sep") - line_start >= _WRAPPED_LINE and not text[m.end("sep"):m.start("next")].strip()


# A tag's or a card's number in two groups ("passertagg 0047 1193") has a phone's shape, but no one labels a
# telephone so; a register's serial after a year ("reservnummer RV 2026-04417": five digits) is longer than a case's.
_TAG_NUMBER = re.compile(r"^\d{4}[ \u00a0]\d{4}$")
_YEAR_SERIAL = re.compile(r"^[A-ZÅÄÖ]{1,4}[ \u00a0-](?:19|20)\d\d-\d{5}$")
# A card's, a certificate's or a licence's code written as letters, the year of issue and a serial ("Jaktkort JK
# 2026-1187", "jägarexamensbevis JE 2019-0447", "intyg SSK 2021-118"): the case number's shape, but the label
# names a thing handed to one person, and the authority's case is never labelled so.
_ISSUED_CODE = re.compile(r"^[A-ZÅÄÖ]{1,4}(?:-[A-ZÅÄÖ]{1,2})?[ \u00a0-](?:19|20)\d\d[-/]\d{3,5}$")


def _code_after_own_label(label: str, strength: str, value: str) -> bool:
    """A value shaped like a phone number or a case number that the label says is a person's code."""
    if strength == "noun" and _PERSONAL_THING.search(label.lower()) and _TAG_NUMBER.match(value):
        return True
    if _ISSUED_THING.search(label.lower()) and not _THINGS_CERTIFICATE.search(label.lower()) and _ISSUED_CODE.match(value):
        return True
    if strength == "number" and _QUEUE_LABEL.search(label.lower()) and _YEAR_LED_SERIAL.match(value):
        return True
    if strength == "number" and (role := _ROLE_AND_NUMBER.match(label.lower())) and role_head(role.group(1)) and (
            _ISSUED_CODE.match(value)):
        return True  # "sökande nr BS-2025-031": a person's role numbers the code; no one labels the case so
    return strength == "number" and bool(_YEAR_SERIAL.match(value))


# A queue's number: a housing, a parking or a school queue gives each person in it a number, often led by the year
# the person joined ("kö nr 2025-40817"); the authority's case has its letters and a slash ("KS 2026/118"), a date
# two dashes.
_QUEUE_LABEL = re.compile(r"kö(?:plats)?(?:n|ns|s)?(?:[-.]?(?:nummer|numret|nr\.?|id))?(?:$|[ ])")
_YEAR_LED_SERIAL = re.compile(r"^(?:19|20)\d\d-\d{3,6}$")


# a person's role and "nr" ("sökande nr", "deltagare nr", "stipendiat nr"): a register of persons numbers them
_ROLE_AND_NUMBER = re.compile(r"^([a-zåäöéü-]+)[ ](?:nr\.?|nummer)$")
_PERSONAL_THING = re.compile(r"tagg|bricka|brickan|chip|kort")
#: What is issued to one person and numbered in a register of persons: a card, a certificate, a licence.
_ISSUED_THING = re.compile(r"kort|intyg|bevis|licens|certifikat|legitimation|diplom|behörighet|tillstånd|examen|"
                           r"register-?utdrag")
# An identity document: its number may be written in groups of three as a sum is ("främlingspass 40 771 209").
_IDENTITY_THING = re.compile(r"kort|licens|certifikat|legitimation|pass|resedokument|uppehållstillstånd|arbetstillstånd")
_DOCUMENT_DIGITS = re.compile(r"^(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$)\d{7,9}$")
# a certificate of a thing, not of a person's competence: a car scrapped or inspected, a house's energy
# ("Skrotningsintyg SK-2026-1175" is the vehicle's, with the authority's reference shape)
_THINGS_CERTIFICATE = re.compile(r"skrotning|besiktning|fordon|energi|överlåtelse|registrerings|garanti|leverans|"
                                 r"kontroll|mät|bygg|slutbevis|slutbesked|startbesked|miljö")


_HELD_REFERENCES = frozenset({"referens", "referensnummer", "referensnr", "ref", "ref.", "ärendenummer", "ärendenr"})
_HELD_BY_NAMED = re.compile(r"\s+hos\s+[A-ZÅÄÖ]")


def check_generic(text: str, m: re.Match[str]) -> Verdict | None:
    """A number after a label nobody listed, when the label (or the words around it) names a person's identifier."""
    label = m.group("label")
    if "\n" in label and not _label_wrapped(text, m):
        return None  # "Kund" / "Nr" one cell a line: two header cells, no label
    if negated_label(text, m.start("label")):
        return None  # "inget kort" / "SR 27-0444": no card, and the next cell's code is no card's number
    label = " ".join(label.split())
    strength = label_strength(label)
    # a right the office registered for a person, the person named as its holder in the sentence: its number is
    # the person's whatever its shape ("Malins tidigare varumärke har registreringsnummer VM 2021/04417")
    registered = RIGHT_REGISTERED.match(label.lower()) is not None and holder_before(text, m.start("label"))
    if strength is None and registered:
        strength = "number"
    if strength is None and names_exam_code(label):
        strength = "number"  # "Tentakod 0446": a student's anonymous code for one examination
    if strength is None and _code_line(text, m):
        strength = "noun"
    if (strength is None and _NUMBER_COMPOUND.search(label) and for_a_person(m.group("sep"))
            and not no_ones_number(label)):
        # "Anmälningsnummer för kursdeltagaren: AN-4471-22": whatever the compound's head, the "för" phrase says
        # whose number it is
        strength = "number"
    before_colon = m.group("sep").split(":")[0].split() if ":" in m.group("sep") else []
    if strength is None and len(before_colon) >= 2:
        # "infört i vapenregistret: VR 6620 1174": the word before the colon is the label, not the verb the
        # match began at
        label = before_colon[-1]
        strength = label_strength(label)
    if strength is None and label.lower() in _HELD_REFERENCES and _HELD_BY_NAMED.match(m.group("sep")):
        # "referens hos Kommunassurans Syd är KA-26-01187": another body's reference for the person's matter
        # (the authority's own "vår referens" names no one's holder)
        strength = "noun"
    if strength is None and GENERIC_ID_LABEL.match(label) and (mark := animals_mark(text, m)) is not None:
        # "ID-nummer (chip) 752…", "Hunden Ludde har ID-nummer 752…": the bracket or the animal says whose number
        # it is (an animal's mark, which leads to its owner); a bare "ID-nummer" may be an object's or a case's
        label, strength = f"{mark} {label}", "number"
    if strength is None and UNIT_LABEL.match(label) and worn_device(text, m):
        # "fotboja med enhetsnummer EM-71-40882": a unit's number is a department's, but the unit a person wears or
        # carries (an ankle tag, a safety alarm, a hearing aid) leads to that person as a card's number does
        label, strength = f"bärbar {label}", "number"
    if strength is None and code_repeats_noun(label, m.group("value")):
        strength = "noun"  # "läst LÄST-GVB 0931/L": the code's own letters say the noun before it is its label
    thing = thing_before(text, m.start("label"), label)
    if thing is not None:
        # "Parkeringstillstånd (RH) nr", "parkeringstillstånd för rörelsehindrade nr": the thing the number is of
        # stands before a bracket or a "för" phrase; the label is the thing's
        if strength is None:
            strength = label_strength(f"{thing} nr")
        label = f"{thing} {label}"
    if strength is None or ((names_key(label) or names_contract(label)) and not person_beside(text, m.start("label"))):
        return None
    if names_contract(label) and firm_near(text, m.start("label")):
        return None
    value = m.group("value")
    digits = sum(c.isdigit() for c in value)
    end = _wrapped_rest(text, m.start("label"), m.end("value"))
    whole = " ".join(text[m.start("value"):end].split())  # with the groups a wrapped line carried over
    if legal_person_number(value):
        return None  # "registreringsnummer 556712-4085": a company's number, the organisation rules' to judge
    if label.lower().startswith("reg") and _SWEDISH_PLATE.match(value):
        return None  # "registreringsnummer ABC 123": the plate detector's
    if sum(c.isdigit() for c in whole) < 3 or MONEY_AFTER.match(text, m.end("value")) or (
            _NOT_A_CODE.match(value) and not (_code_after_own_label(label, strength, value)
                                              or (registered and _ISSUED_CODE.match(value)))):
        return None
    if m.group("sep").strip() == "," and not (strength in ("number", "noun") and _SET_OFF_END.match(text, m.end("value"))):
        return None  # "Hans pass, FX 2209 4471, gick ut": a "-nummer" compound's or a document's code set off by commas
    prefixed = value[:1].isalpha()
    held = m.group("held") if "held" in m.groupdict() else None
    if held is not None and not (strength == "number" and (held_code(whole) or NAMED_SERIES.match(whole))):
        return None  # "nummer i kön 1 2 3" names where; only a code in its own right is held there
    if held is not None and "\n" in held and not _sentence_over_line(text, m):
        return None  # "… i bostadskön" / "774 1092 enligt …": only a sentence going on over the line end
    if bare_serial(label) and digits < 6:
        return None  # "serie KVB 2027": a body's series of forms by its letters and year; a thing's serial is long
    if strength == "person" and not (prefixed and "-" in value[:5]) and not subject_role_number(
            text, m.start("value"), whole):
        return None  # "elev 1234" counts pupils; "Elev E-4471" names one (in a subject line "student 2207441" too)
    if strength != "number" and _GROUPED_SUM.match(value) and not (
            _IDENTITY_THING.search(label.lower()) and digits >= 6 and not _THINGS_CERTIFICATE.search(label.lower())):
        return None  # "5 840": a sum after a noun; an identity card's or a licence's "205 311 748" is its number
    # (a long run of digits is a code too: a chip's fifteen, "Hästens chip: 752098100331207")
    # (a code a sentence's line wrapped counts whole: "Avtalsnr 4471" / "2209 enligt …")
    # (an identity document's number in one run of digits too, as many countries issue them: "pass 553184207";
    # not a date's eight digits, nor after the noun in capitals, the code's own prefix: "PASS 91447218")
    if strength == "noun" and not (prefixed or (_CODE_LIKE.match(whole) and sum(c.isdigit() for c in whole) >= 5)
                                   or digits >= 10 or (_LETTER_INSIDE.match(whole) and digits >= 5)
                                   or (_IDENTITY_THING.search(label.lower()) and not label.isupper()
                                       and _DOCUMENT_DIGITS.match(whole))):
        return None
    # (a paragraph wrapped before a long run of digits too: "… har chipnummer" / "752098100331744")
    if m.group("next") and "\n" in m.group("next") and not _cell_pair(text, m) and not (
            (prefixed or digits >= 10) and _wrapped(text, m)) and not (
            _sentence_over_line(text, m) and not (strength == "noun" and bare_noun(label) and not _qualified(text, m))):
        # ("… har fått ett nytt kort" / "PB-5512 enligt listan": a bare noun's sentence may have ended at the line end)
        return None  # the value on the next line: only a form's label cell and its value cell, or a paragraph wrapped
    start = m.start("value")
    if (code_label := _LEADING_WORD.match(text, start, end)) and names_identity_code(code_label.group(1)) and sum(
            c.isdigit() for c in text[code_label.end():end]) >= 3:
        start = code_label.end()  # "skattenummer RNOKPP 3445…": the country's name of the code is its label, no part
    return Verdict(start, end, f"identifierare efter '{label.lower()}'")


# a word of letters opening the value, a blank after it ("RNOKPP" of "RNOKPP 3445824184")
_LEADING_WORD = re.compile(r"([A-Za-zÅÄÖåäö]{2,12})[ \t\u00a0]+(?=\d)")


_NUMBER_COMPOUND = re.compile(r"(?i)(?:nummer|numret|nr\.?|-id|referens|beteckning)$")


_WORD_THEN_SPACE = re.compile(r"([A-Za-zÅÄÖåäöÉéü][\wåäöÅÄÖéü-]*)[ \t\u00a0]+$")


def _qualified(text: str, m: re.Match[str]) -> bool:
    """The word before a bare noun makes a label of it: "Employee ID", "Member ID" (a role and its number)."""
    w = _WORD_THEN_SPACE.search(text, max(0, m.start("label") - 40), m.start("label"))
    return w is not None and label_strength(f"{w.group(1)} {m.group('label')}") == "number"


# a sentence's word before the label: lowercase, a verb or a preposition ("har", "med", "uppgav")
_SENTENCE_WORD_BEFORE = re.compile(r"(?:^|[ \t])[a-zåäö]+[ \t]+$")
# the sentence goes on after the value: a lowercase word or a sentence's punctuation
_SENTENCE_GOES_ON = re.compile(r"[ \t]+[a-zåäö]|[.,;)](?!\w)")


def _sentence_over_line(text: str, m: re.Match[str]) -> bool:
    """A short line of running text ends in the label and the sentence goes on after the value on the next line
    ("Per Ek har kundnummer" / "KD-4471 enligt avtalet."): a narrow column or a hard line break, not a form's
    cells (the label alone on its line) nor a header row (capitalised cells, no verb before the label)."""
    line_start = text.rfind("\n", 0, m.start("label")) + 1
    before = text[line_start:m.start("label")]
    # (three words or more, or a verb or a preposition right before: "har Nationellt id-kort nr", "uppgav kundnr")
    return ((len(before.split()) >= 3 or len(before.split()) >= 2 and _SENTENCE_WORD_BEFORE.search(before) is not None)
            and _SENTENCE_GOES_ON.match(text, m.end("value")) is not None)
