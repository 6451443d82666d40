"""Personal identifiers named by a label: employee, customer, client, patient, pupil, member,
insurance and account numbers ("Anställningsnummer 448 210", "Kundnr: K-55021-3"), and the
numbers of a person's passport, driving licence, identity card, LMA card, Migration Agency
file or patient record.

Such numbers have no shape of their own, so the label decides: the value is the first
token with a digit after the label, on the label's own line ("Label: value", running text
"har klientnummer 30-8812") or, when the label ends its line, on the next line (the next
cell of a table row read by MuPDF). An account number is reported as BANK_ACCOUNT.

Labels nobody listed are read too (``redact.detect.id_labels`` decides what they name): any
"-nummer"/"-nr"/"-id" compound ("Lånekortsnummer", "Köplats-nr"), a noun and "nr" ("kö nr"),
the nouns a register's codes follow ("Lånekort", "Kontrakt", "id"), English customer numbers,
a "Label: HK-7713" line, and another organisation's case number of a person ("Försäkringskassans
ärendenummer …"; with the other numbers a sentence says are a person's in ``whose_numbers``). The authority's own
case number ("Dnr", "ärendenummer KS 2026/112") stays.
"""

from __future__ import annotations

import re

from redact.detect import (
    access_codes, animal_chips, booking_references, ear_tags, firm_references, held_documents, identity_code_labels,
    make_model_serials, metering_points, nordic_ids,
    parcel_numbers, person_matters, placed_identifiers, report_numbers, vehicle_identification, whose_numbers,
)
from redact.detect import national_ids_abroad
from redact.detect.access_codes import MONEY_AFTER
from redact.detect.id_value import _NOT_A_CODE, _VALUE
from redact.detect.id_labels import (
    FOREIGN_LABELS, bare_noun, firm_near, label_strength, names_contract, names_key, names_line_label, person_beside,
    role_head,
)
from redact.detect.organisation import legal_person_number
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, leading_letters, luhn_ok, only_digits

# Label stems; each may be followed by "nummer", "nr", "-nr", "nr." or "id".
_STEMS = (
    "anställnings", "anst", "personal", "kund", "klient", "patient", "elev", "medlems", "medlem",
    "försäkrings", "konto", "bankkonto", "löne", "anställd", "brukar", "vårdtagar", "abonnent",
    "pass", "körkorts", "id-korts", "legitimations", "lma-korts", "dossier", "journal", "brukare", "deltagar",
    # a personnummer after its label is the personnummer detector's; a short or mistyped one is still an identifier
    "pers", "person", "samordnings",
    # abbreviated: "Medl.nr", "Pat.nr"
    "medl", "pat",
)
# "-numret": the label in its definite form ("Personalnumret 55 210", "försäkringsnumret var 88-77123-4")
_LABEL = rf"(?i:(?P<label>(?:{'|'.join(_STEMS)})(?:-?nummer|-?numret|-?nr\.?|-?id)|(?:{'|'.join(_STEMS)})\.?\s?nr\.?))"
# A bracket between a label and its number, naming the register or the thing ("registreringsnummer (UELN)
# 752004000118934", "licensnummer (Svenska Skyttesportförbundet): SSF-44 1187"), then a colon or a verb.
_BRACKET = (r"[ \t\u00a0]*\([^()\n\d:]{1,50}\)(?:[ \t\u00a0]*[:=]|[ \t\u00a0]+(?:är|var|blir|nr\.?|har[ \t\u00a0]+nummer))?"
            r"[ \t\u00a0]*")
# Where the number is held, named by up to four words, then a verb, the value maybe on the next line: "medlemsnummer
# i Lönnbacka Ryttarförening är" / "LRF 2217".
# (a paragraph's line may end anywhere in the phrase: "Ditt patientnummer hos" / "smittskyddsenheten är SMI-26-3318")
_HELD_VERB = (r"[ \t\u00a0]+(?:i|hos|vid|på)(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[\w&.-]+"
              r"(?:(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[\w&.-]+){0,3}?(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(?:är|var|blir"
              # the number as someone states it: "medlemsnummer i facket uppges som" / "anges till"
              r"|(?:uppges|uppgavs|anges|angavs|uppgetts|angetts)[ \t\u00a0]+(?:som|till|vara))"
              r"(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)")
LABELLED = compile_rule(
    rf"""
    (?<![\w])
    {leading_letters("|".join(_STEMS))}  # the label's first letters first: its words in any case are tried whole
    {_LABEL}
    (?:[ \t\u00a0]*[:.=]?[ \t\u00a0]*|[ \t\u00a0]+(?:är|var|blir|nr)[ \t\u00a0]+
       # a bracket naming what or whose the number is: "Försäkringsnummer (hemförsäkringen) är HF 2209-4418"
       |{_BRACKET}
       |{_HELD_VERB}
       # where the number is held, then a colon: "Medlemsnummer i Unionen: 7 218 904", "Kundnummer hos nätbolaget
       # Kristinehamns Energi AB: 7 041 229 833" (the holder's kind, then its name in up to three words; a line may
       # wrap between them: "Kundnummer hos hyresvärden" / "Åby Bostäder AB: 52-2207")
       |[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+[\w&.-]+(?:(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[\w&.-]+){{0,4}}[ \t\u00a0]*:[ \t\u00a0]*
       # what the number is for, up to a colon: "Kundnummer för elabonnemanget (för mätning av …): 204 771 395"
       |[ \t\u00a0]+för[ \t\u00a0]+[^\n:;.]{{1,70}}?:[ \t\u00a0]*
       # where it is held, without a colon, a comma perhaps: "medlemsnummer i förbundet K 3381 2047", "medlemsnummer
       # i Naturskyddsföreningen, NSF-20 7714"
       |(?P<held>[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+
         (?:[a-zåäö][a-zåäö-]*|[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{{2,6}})(?:[ \t\u00a0]+[a-zåäö]+){{0,2}}
         (?:,[ \t\u00a0]*|[ \t\u00a0]+)))
    (?:\n[ \t\u00a0]*|\|[ \t\u00a0]*)?
    {_VALUE}
    (?![\w])
    """
)


# A value in groups of three broken at a line end ("DHR 118" / "470", "1 550" / "887 203"): its last groups go on.
_GROUPED_END = re.compile(r"[ \u00a0]\d{3}$")
_NEXT_GROUP = re.compile(r"[ \t]*\n[ \t]*(\d{3}(?:[ \u00a0]\d{3}){0,3})(?![\w]|[-/.:]\d)")


def _value(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    label = m.group("label").lower()
    end = m.end("value")
    if _GROUPED_END.search(value):
        more = _NEXT_GROUP.match(text, end)
        if more:
            end = more.end(1)
    else:
        end = _wrapped_rest(text, m.start("label"), end)
    # (the digits a wrapped line carried over count: "klient-ID SOC 88" / "4410 enligt …")
    if sum(c.isdigit() for c in text[m.start("value"):end]) < 3:
        return None  # "Elevnummer: 1" is an item of a list more often than an identifier
    return Verdict(m.start("value"), end, f"labelled identifier after '{label}'")


# The rest of a value a sentence's line wrapped: groups of digits opening the next line, then the sentence goes on
# ("kundnr K-7731" / "0942 enligt …", "har pass nr AB 441" / "9027 enligt …"); not groups a sum's unit or a month
# follows: the sentence's own sum or date
_WRAPPED_GROUP = re.compile(r"[ \t]*\n[ \t]*(\d{2,6}(?:[- \u00a0]\d{1,6}){0,2})"
                            r"(?=[ \t]+(?!(?:kr|kronor|st|år|jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?"
                            r"|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)[a-zåäö]"
                            r"|[ \t]*[.,;)\n]|[ \t]*$)")


def _wrapped_rest(text: str, label_start: int, end: int) -> int:
    """Where a value ends that a sentence's line may have wrapped inside (``end`` where it stops on its line)."""
    if _in_running_text(text, label_start) and (more := _WRAPPED_GROUP.match(text, end)):
        return more.end(1)
    return end


def _in_running_text(text: str, at: int) -> bool:
    """True when the label stands in a sentence: three words or more before it on its line, not a "Label: value" line."""
    line_start = text.rfind("\n", 0, at) + 1
    return len(text[line_start:at].split()) >= 3


def _check_id(text: str, m: re.Match[str]) -> Verdict | None:
    if m.group("label").lower().startswith(("konto", "bankkonto")):
        return None
    digits = only_digits(m.group("value"))
    # (with the groups a sentence's wrapped line carried over: "i simskolan 558" / "2091 enligt …")
    whole = " ".join(text[m.start("value"):_wrapped_rest(text, m.start("label"), m.end("value"))].split())
    if "held" in m.groupdict() and m.group("held") is not None and not (_CODE_LIKE.match(whole) and len(only_digits(whole)) >= 5):
        return None  # "i förbundet K 3381 2047" names where a code is held; "i klassen 1 2 3" counts
    if m.group("label").lower().startswith(("pers", "samordnings")) and len(digits) in (10, 12) and luhn_ok(digits[-10:]):
        return None  # a valid personnummer or samordningsnummer: the personnummer detector's
    return _value(text, m)


def check_account(text: str, m: re.Match[str]) -> Verdict | None:
    """An account number after "Kontonummer" or "Bankkonto", whatever its shape (a rule of bank_account)."""
    return _value(text, m) if m.group("label").lower().startswith(("konto", "bankkonto")) else None


# Any label word, or a noun and "nr"/"nummer" ("kö nr", "customer number"): id_labels decides what it names.
# (the two words may stand either side of a paragraph's line end: "har ett id-kort med" / "nummer BK 4410 2281")
# (a form's code may lead the word: "S1-intyg nr", "E104-intyg", "A1-intyg", the EU's forms for social insurance)
_ANY_LABEL = (r"(?P<label>(?:[A-Z]{1,2}\d{1,3}-)?[A-Za-zÅÄÖåäöÉéü][A-Za-zÅÄÖåäöÉéü\-]{1,24},?(?:[ \u00a0]|[ \t]*\n[ \t]*)"
              # (an English label's "No." in capitals too, "Passport No."; not "Nummer": "Betalningssätt Nummer" is
              # two header cells read as one line)
              # (an English role's "reference" or "code": "Customer reference", "Applicant ref.")
              r"(?:nr\.?|nummer|numret|number|[Nn]o\.|reference|ref\.?|code)"
              r"|[A-Za-zÅÄÖåäöÉéü][\wåäöÅÄÖéü.\-]{0,30}?(?:nr\.)?)")
GENERIC = compile_rule(
    rf"""
    (?<![\w.-])
    {_ANY_LABEL}
    # every separator below begins with one of these (or stands before a line end): one test ends a label
    # inside a word, where the lazy label tried each separator in turn at every letter
    (?=[ \t\u00a0\n:=,(])
    (?P<sep>[ \t\u00a0]*[:=][ \t\u00a0]*|[ \t\u00a0]*(?=\n)|[ \t\u00a0]+(?:(?:är|var|blir|is|was)[ \t\u00a0]+)?
       # the number set off by commas after its label: "kortnummer, FV 3312, gäller sommaren"
       |,[ \t\u00a0]+(?=(?:[A-ZÅÄÖ]{{1,4}}[- \u00a0]?)?\d)
       # the verb ends a wrapped line: "SchoolSoft-id är" / "KB-70915"
       |[ \t\u00a0]+(?:är|var|blir)[ \t\u00a0]*(?=\n)
       # the number in brackets after its thing: "ett medlemskort (nr 4471-22)"
       |[ \t\u00a0]*\([ \t\u00a0]*(?:nr\.?|nummer)?[ \t\u00a0]*
       # where it is held after a comma, up to the cell's border: "| Kundnummer, ekonomisystemet | 500 213 884"
       # (no digit in it: a number there is the value of a label the comma's words hold, "Folksam, skadenummer LF 77")
       |,[ \t\u00a0]+[a-zåäö][^\n|:,\d]{{1,40}}?[ \t\u00a0]*(?=\||\n)
       # a bracket naming what or whose the number is: "registreringsnummer (UELN) 752004000118934"
       |{_BRACKET}
       |{_HELD_VERB}
       # where it is held, then a comma: "medlemsnummer i samebyn, SB-0419"; "kundnummer där KE-601 992"
       |[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+[a-zåäö][\wåäö-]*(?:[ \t\u00a0]+[a-zåäö][\wåäö-]*){{0,2}},[ \t\u00a0]*
       |[ \t\u00a0]+där[ \t\u00a0]+
       |[ \t\u00a0]+(?:with[ ]us|at[ ]\w+|hos[ ]\w+)[ \t\u00a0]+(?:is|was|är)[ \t\u00a0]+
       # the holder named in up to three capitalised words, a line end anywhere: "referens hos Kommunassurans Syd
       # är KA-26-0118", "kundnummer hos" / "Jordbruksverket är JV 330 418 276"
       |[ \t\u00a0\n]+hos[ \t\u00a0\n]+[A-ZÅÄÖ][\w&.-]*(?:[ \t\u00a0\n]+[A-ZÅÄÖ][\w&.-]*){{0,2}}[ \t\u00a0\n]+(?:är|var)[ \t\u00a0\n]+
       # where the number is held, then a colon: "Identitetsnummer i det norska registret: NO-4410 227"
       |[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+[\w&.-]+(?:[ \t\u00a0]+[\w&.-]+){{0,2}}[ \t\u00a0]*:[ \t\u00a0]*
       # whose or what it is for, then a colon: "Fiskekortsnummer för sökanden: FK 2231 0947"
       |[ \t\u00a0]+för[ \t\u00a0]+[^\n:;.]{{1,50}}?:[ \t\u00a0]*)
    (?P<next>\n[ \t\u00a0]*|\|[ \t\u00a0]*)?
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# An unlisted "-nummer" compound, where the number is held, then the code without a colon ("ombudsnummer hos
# förbundet LO 44 1029"); a rule of its own, so that a longer miss ("ärendet hos dem har nummer") cannot hide it.
GENERIC_HELD = compile_rule(
    rf"""
    (?<![\w.-])
    (?P<label>[A-Za-zÅÄÖåäöÉéü][\wåäöÅÄÖéü.\-]{{1,30}}?(?:nummer|numret|nr\.?|-(?i:id)))
    (?P<sep>(?P<held>[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+(?:[a-zåäö][a-zåäö-]*|[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{{2,6}})(?:[ \t\u00a0]+[a-zåäö]+){{0,2}}(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)))
    (?P<next>)
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# A person's number after a foreign form's label ("Kundennummer 4471 2209", "asiakasnro AS-77 1302", "numer klienta
# K 88 1204"): a colon, "#", or the language's "is" between; the value as after a Swedish label.
FOREIGN = compile_rule(
    rf"""
    (?<![\w])
    (?=(?i:[achjkmnoprsv]))  # the labels' first letters: one class test passes over most positions
    (?i:(?P<label>{FOREIGN_LABELS}))
    (?:[ \t\u00a0]*[:=\#][ \t\u00a0]*|[ \t\u00a0]+(?i:ist|on|jest|est|es|è|is)[ \t\u00a0]+|[ \t\u00a0]+)
    (?:\n[ \t\u00a0]*|\|[ \t\u00a0]*)?
    {_VALUE}
    (?![\w])
    """
)
_SET_OFF_END = re.compile(r"[ \t\u00a0]*(?:[,;)]|\.(?!\d)|\n|$)")
_SWEDISH_PLATE = re.compile(r"^[A-Z]{3}[ \u00a0]?\d\d[\dA-Z]$")
# (up to billions: five groups and more are a chip's or a card's digits, "752 098 100 447 199")
_GROUPED_SUM = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3}){1,3}$")
# A code in its own right: a letter prefix and three digits ("HK-7713", "PA 118 37"), or six digits in groups.
# (an operator's customer number with a dot after its first digits, "1.2207481", is one too)
_CODE_LIKE = re.compile(r"^(?:[A-ZÅÄÖ]{1,4}[- \u00a0]?\d[\d \u00a0-]*\d|\d{2,}[ \u00a0-]\d[\d \u00a0-]*\d"
                        r"|\d{1,4}\.\d{5,}(?:\.\d+)?)$")


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


# The label of a right an office registers for its holder, or of the application for it: a trademark's, a design's,
# a patent's ("registreringsnummer", "mönsterregistrering", "varumärkesansökan nr", "ansökningsnummer"). Its number has
# the shape of a case number ("VM 2021/04417"); it is the holder's where the sentence names the holder (the office's
# own case, "dnr PRV 2026/0412", has labels of its own, which stay).
_RIGHT_REGISTERED = re.compile(r"^(?:[a-zåäöé-]*registrering(?:en)?|registrerings(?:nummer|numret|nr\.?)"
                               r"|[a-zåäö-]*ansöknings(?:nummer|numret|nr\.?)|patent(?:nummer|numret|nr\.?))$")
# a sentence's words before the label, up to its start: the holder is named there
_SENTENCE_BEFORE = re.compile(r"(?:^|(?<=[.!?:;])[ \t\n]|\n[ \t]*\n)")
_HOLDER_PRONOUN = frozenset({"han", "hon", "hen", "hans", "hennes", "hens", "sin", "sitt", "sina"})
_CAPITALISED = re.compile(r"(?<![\w-])([A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?)(?![\w-])")


def _holder_before(text: str, at: int) -> bool:
    """True when the sentence before ``at`` names a private holder: a listed first name (or its genitive) or a
    person's pronoun."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    lo = max(0, at - 120)
    for b in _SENTENCE_BEFORE.finditer(text, lo, at):
        lo = b.end()
    before = text[lo:at]
    if any(w.lower() in _HOLDER_PRONOUN for w in re.findall(r"[A-Za-zåäöÅÄÖ]+", before)):
        return True
    lex = load_lexicons()
    return any(classify_word(w, lex) == F or (w.endswith("s") and classify_word(w[:-1], lex) == F)
               for w in _CAPITALISED.findall(before))


# A queue's number: a housing, a parking or a school queue gives each person in it a number, often led by the year
# the person joined ("kö nr 2025-40817"); the authority's case has its letters and a slash ("KS 2026/118"), a date
# two dashes.
_QUEUE_LABEL = re.compile(r"kö(?:plats)?(?:n|ns|s)?(?:[-.]?(?:nummer|numret|nr\.?|id))?(?:$|[ ])")
_YEAR_LED_SERIAL = re.compile(r"^(?:19|20)\d\d-\d{3,6}$")


# a person's role and "nr" ("sökande nr", "deltagare nr", "stipendiat nr"): a register of persons numbers them
_ROLE_AND_NUMBER = re.compile(r"^([a-zåäöéü-]+)[ ](?:nr\.?|nummer)$")
_PERSONAL_THING = re.compile(r"tagg|bricka|brickan|chip|kort")
#: What is issued to one person and numbered in a register of persons: a card, a certificate, a licence.
_ISSUED_THING = re.compile(r"kort|intyg|bevis|licens|certifikat|legitimation|diplom|behörighet|tillstånd|examen")
# An identity document: its number may be written in groups of three as a sum is ("främlingspass 40 771 209").
_IDENTITY_THING = re.compile(r"kort|licens|certifikat|legitimation|pass|resedokument|uppehållstillstånd|arbetstillstånd")
_DOCUMENT_DIGITS = re.compile(r"^(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$)\d{7,9}$")
# a certificate of a thing, not of a person's competence: a car scrapped or inspected, a house's energy
# ("Skrotningsintyg SK-2026-1175" is the vehicle's, with the authority's reference shape)
_THINGS_CERTIFICATE = re.compile(r"skrotning|besiktning|fordon|energi|överlåtelse|registrerings|garanti|leverans|"
                                 r"kontroll|mät|bygg|slutbevis|slutbesked|startbesked|miljö")


_HELD_REFERENCES = frozenset({"referens", "referensnummer", "referensnr", "ref", "ref.", "ärendenummer", "ärendenr"})
_HELD_BY_NAMED = re.compile(r"\s+hos\s+[A-ZÅÄÖ]")


def _check_generic(text: str, m: re.Match[str]) -> Verdict | None:
    label = m.group("label")
    if "\n" in label and not _label_wrapped(text, m):
        return None  # "Kund" / "Nr" one cell a line: two header cells, no label
    label = " ".join(label.split())
    strength = label_strength(label)
    # a right the office registered for a person, the person named as its holder in the sentence: its number is
    # the person's whatever its shape ("Malins tidigare varumärke har registreringsnummer VM 2021/04417")
    registered = _RIGHT_REGISTERED.match(label.lower()) is not None and _holder_before(text, m.start("label"))
    if strength is None and registered:
        strength = "number"
    if strength is None and _code_line(text, m):
        strength = "noun"
    if (strength is None and _NUMBER_COMPOUND.search(label) and _for_a_person(m.group("sep"))
            and not _no_ones_number(label)):
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
    if strength is None and _GENERIC_ID_LABEL.match(label) and (mark := _animals_mark(text, m)) is not None:
        # "ID-nummer (chip) 752…", "Hunden Ludde har ID-nummer 752…": the bracket or the animal says whose number
        # it is (an animal's mark, which leads to its owner); a bare "ID-nummer" may be an object's or a case's
        label, strength = f"{mark} {label}", "number"
    if strength is None and _UNIT_LABEL.match(label) and _worn_device(text, m):
        # "fotboja med enhetsnummer EM-71-40882": a unit's number is a department's, but the unit a person wears or
        # carries (an ankle tag, a safety alarm, a hearing aid) leads to that person as a card's number does
        label, strength = f"bärbar {label}", "number"
    thing = _thing_before(text, m.start("label"), label)
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
    if held is not None and not (strength == "number" and _CODE_LIKE.match(whole) and sum(c.isdigit() for c in whole) >= 5):
        return None  # "nummer i kön 1 2 3" names where; only a code in its own right is held there
    if held is not None and "\n" in held and not _sentence_over_line(text, m):
        return None  # "… i bostadskön" / "774 1092 enligt …": only a sentence going on over the line end
    if strength == "person" and not (prefixed and "-" in value[:5]):
        return None  # "elev 1234" counts pupils; "Elev E-4471" names one
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
    return Verdict(m.start("value"), end, f"identifierare efter '{label.lower()}'")


# whom a number is for, right after its label: "för sökanden", "för den försäkrade", "för kursdeltagaren"
_FOR_WHOM = re.compile(r"[ \t\u00a0]+för[ \t\u00a0]+(?:den[ \t\u00a0]+|det[ \t\u00a0]+)?([a-zåäö]+)[ \t\u00a0]*:")
# numbers that are a telephone's, an organisation's, a bank's or a place's whoever they are for
# (and the authority's own case, its decision, a page; a place's or a vehicle's line: "Lägenhetsnummer för hyresgästen"
# is the flat's, part of an address)
_NO_ONES = re.compile(r"(?i)^(?:telefon|tel|mobil|fax|växel|org|organisation|moms|vat|bankgiro|plusgiro|bg|pg|clearing"
                      r"|konto|bankkonto|iban|bic|artikel|produkt|modell|objekt|sid|paragraf|kapitel|lag|sfs|bilag"
                      r"|diarie|dnr|ärende|beslut|protokoll|lägenhet|lgh|rum|fastighet|tomt|kvarter|väg|gatu|hus|port"
                      r"|linje|tur|buss|tåg|flyg|kurs|post)")


_NUMBER_COMPOUND = re.compile(r"(?i)(?:nummer|numret|nr\.?|-id|referens|beteckning)$")


def _for_a_person(sep: str) -> bool:
    """True when the separator names a private person's role the number is for ("för kursdeltagaren:")."""
    m = _FOR_WHOM.match(sep)
    if m is None:
        return False
    word = m.group(1)
    # the role in its definite form: "sökanden", "kursdeltagaren", "eleven", "barnet"
    return any(role_head(word[:len(word) - len(end)]) for end in ("en", "n", "et", "t") if word.endswith(end)) or role_head(word)


def _no_ones_number(label: str) -> bool:
    """True when the label names a telephone's, an organisation's, a bank's, a thing's or a place's number."""
    return _NO_ONES.match(label.strip()) is not None


# A label that says "an identifier" and not whose: "ID-nummer", "ID-nr", "Id".
_GENERIC_ID_LABEL = re.compile(r"(?i)^(?:id|identitets|identifikations)(?:[-.]?(?:nummer|numret|nr\.?))?$")
# An animal's mark in the bracket after the label ("(chip)", "(microchip)", "(öronmärkning)", "(tatuering)").
_MARK_BRACKET = re.compile(r"(?i)\((?:[^()\n]*[ \t])?(chip|chipet|mikrochip|microchip|transponder|\w*märkning|\w*märke|"
                           r"tatuering|tatueringen)[ \t]*\)")
# An animal in the sentence before the label ("Hunden Ludde har ID-nummer", "katten, ID-nr"): a pet's or a horse's
# number is registered to its owner (Jordbruksverket's register of dogs, the horse's passport).
_ANIMAL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:hund|hunden|hundens|valp|valpen|valpens|katt|katten|kattens|häst|hästen|"
                            r"hästens|ponny|ponnyn|ponnyns|djur|djuret|djurets|sällskapsdjur|sällskapsdjuret)(?![\w-])")
_SENTENCE_BEFORE = re.compile(r"[.!?](?:[ \t\n]|$)|\n[ \t]*\n")
_ANIMAL_REACH = 80


def _animals_mark(text: str, m: re.Match[str]) -> str | None:
    """The word that says a generic "ID-nummer" is an animal's mark: a chip or a marking in the bracket after the
    label, or an animal named in the sentence before it; None when neither stands there."""
    bracket = _MARK_BRACKET.search(m.group("sep"))
    if bracket is not None:
        return bracket.group(1).lower()
    lo = max(0, m.start("label") - _ANIMAL_REACH)
    for stop in _SENTENCE_BEFORE.finditer(text, lo, m.start("label")):
        lo = stop.end()
    return "djurets" if _ANIMAL_BEFORE.search(text, lo, m.start("label")) else None


# A device's generic number ("enhetsnummer", "apparatnr", "enhets-ID") and the devices one person wears or carries,
# named in the sentence before it: the electronic monitoring's ankle tag, a safety alarm, a hearing aid or implant
_UNIT_LABEL = re.compile(r"(?i)^(?:enhets|enhet|apparat|utrustnings|dos)[-.]?(?:nummer|numret|nr\.?|id)$")
_WORN_DEVICE = re.compile(r"(?i)(?<![\w-])(?:fotboj[ae]n?s?|fotbojor(?:na)?|\w*trygghetslarm(?:et|ets)?|larmknapp(?:en|ens)?|"
                          r"hörapparat(?:en|ens|er|erna)?|implantat(?:et|ets)?|\w*sändare(?:n|ns)?|"
                          r"övervakningsutrustning(?:en|ens)?|larmarmband(?:et|ets)?)(?![\w-])")


def _worn_device(text: str, m: re.Match[str]) -> bool:
    """True when the sentence before the label names a device a person wears or carries ("bär fotboja med")."""
    lo = max(0, m.start("label") - _ANIMAL_REACH)
    for stop in _SENTENCE_BEFORE.finditer(text, lo, m.start("label")):
        lo = stop.end()
    return _WORN_DEVICE.search(text, lo, m.start("label")) is not None


# A thing's noun, then a bracket ("Parkeringstillstånd (RH)") or whom it is for ("parkeringstillstånd för
# rörelsehindrade"), right before a label's "nr"
_THING_BEFORE = re.compile(r"(?<![\w-])([A-Za-zÅÄÖåäöÉé][\w-]{2,30})[ \t]+(?:\([^()\n\d]{1,20}\)|för(?:[ \t]+[a-zåäö]+){1,2}?)[ \t]+$")


def _thing_before(text: str, at: int, label: str) -> str | None:
    """The noun of what a person is issued, when the label before ``at`` is its bare "nr" after a bracket, or a
    "för" phrase's last word and "nr"; None when none stands there or it is no person's thing."""
    words = label.lower().split()
    if not words or words[-1].rstrip(".:") not in ("nr", "nummer"):
        return None
    lead = text.rfind("\n", 0, at) + 1
    before = text[lead:at] if len(words) == 1 else text[lead:at] + " ".join(label.split()[:-1]) + " "
    m = _THING_BEFORE.search(before)
    if m is None or label_strength(f"{m.group(1)} nr") != "number":
        return None
    return m.group(1)


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


class LabelledIdRecognizer(SwedishPatternRecognizer):
    """A number after a label naming a personal identifier (employee, customer, patient...)."""

    ENTITY = "ID_NUMBER"
    NAME = "labelled_id"
    CONTEXT = ("anställningsnummer", "personalnummer", "kundnummer", "klientnummer", "patientnummer",
               "elevnummer", "medlemsnummer", "försäkringsnummer")
    RULES = (
        Rule("labelled_identifier", LABELLED, score=0.85, check=_check_id, needs=tuple(s[:4] for s in _STEMS),
             rescan="label"),
        # no cheap gate: any label word may start it ("Båtplats: BP-4471"); id_labels decides in the check
        Rule("unlisted_label_identifier", GENERIC, score=0.8, check=_check_generic, rescan="label"),
        Rule("foreign_label_identifier", FOREIGN, score=0.8, check=_check_id,
             needs=("numm", "nr", "nro", "numer", "número", "numéro", "tunnus", "n°", "nº", "codice")),
        Rule("held_label_identifier", GENERIC_HELD, score=0.8, check=_check_generic, needs=("nummer", "nr", "-id"),
             rescan="label"),
        # another organisation's case number of a person
        whose_numbers.OTHERS_CASE_RULE,
        # a person's police report, damage claim, permit held or matter at a firm, by its shape and the words before it
        *report_numbers.RULES, *firm_references.RULES,
        # any matter's number (a case, an invoice, a booking, a permit) whose sentence says a person holds it
        *person_matters.RULES,
        # the codes of a person's tag, door, key box or alarm
        *access_codes.RULES,
        # a thing's code in the genitive, a code beside the name, a possessive's number, a number in a register
        *whose_numbers.RULES,
        # Norway's, Finland's and other countries' identity numbers, by their own check digits or their labels
        *nordic_ids.RULES, *national_ids_abroad.RULES,
        # a household's metering point, by the grid's own prefix
        *metering_points.RULES,
        # a country's personal code, a professional's, an identity document's or a certificate's number, a boat's
        # MMSI, by labels that are no "-nummer" compound; a farm animal's ear tag by its shape
        *identity_code_labels.RULES, *ear_tags.RULES,
        # a weapon's, an engine's or a machine's serial after its make and model; a lost note's, share's or deed's number
        *make_model_serials.RULES, *held_documents.RULES,
        # an animal's transponder number (a pet's chip, a horse's UELN) by its shape, wherever it stands
        *animal_chips.RULES,
        # a parcel's number by its check digit, a traveller's booking reference after its label
        *parcel_numbers.RULES, *booking_references.RULES,
        # a vehicle's identification number (VIN) by its shape, its check digit or the vehicle named before it
        *vehicle_identification.RULES,
        # a code by where it stands (a person's block, a person's row), whatever its label or header
        *placed_identifiers.RULES,
    )
