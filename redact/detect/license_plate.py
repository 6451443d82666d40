"""Swedish registration numbers ("ABC 123", "ABC 12A"): a weak pattern raised by vehicle words.

Swedish plates never use I, Q, V, Å, Ä or Ö, and the last character is a
digit or a letter other than O. Three capitals and three digits is also a
currency amount or a code, so without a vehicle word nearby the score stays low.
A column headed by a vehicle word ("Reg.", "Regnr", "Fordon") is a list of plates: there every
plate-shaped cell is one, however far below the header. A Danish or Norwegian plate ("CV 31 882")
counts after a vehicle word or in such a column.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.detect import context as ctx
from redact.detect import plates_after_makes
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_, compile_rule, leading_letters

_PLATE = compile_rule(
    rf"(?<![\w\-/.])(?P<letters>[A-HJ-PR-UW-Z]{{3}}){ctx.SP}?\d\d[0-9A-HJ-NPR-UW-Z](?![\w\-/]|[.,]\d)"
)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    if m.group("letters") in ctx.NOT_PLATE:
        return None
    return Verdict(m.start(), m.end(), "ABC 123 / ABC 12A")


# A Danish or Norwegian plate: two capitals, two digits and three ("CV 31 882", "EL 12 345").
# the country's code may stand before it, as on the plate's blue band ("DK BX 47 912")
_NORDIC_PLATE = compile_rule(r"(?<![\w\-/.])(?:(?:DK|N|NO|FIN|FI|IS|S)[ ])?[A-ZÆØ]{2}[ ]\d\d[ ]\d{3}(?![\w\-/]|[.,]\d)")
# A plate of another country in a vehicle column: one to three capitals and a group of digits that may end in
# letters ("WGM 4512K", "B 7731 XC"); there the column says it is a plate.
_FOREIGN_PLATE = compile_rule(r"(?<![\w\-/.])[A-ZÆØ]{1,3}[ ]\d{2,5}[A-Z]{0,2}(?:[ ][A-Z]{1,2})?(?![\w\-/]|[.,]\d)")
# A table's vehicle column: its header alone on a line (a row read one cell a line) or as a cell.
_VEHICLE_CELL = r"(?:Bil|Fordon|Reg\.?|Regnr\.?|Reg\.?[ ]?nr\.?|Registreringsnummer)"
_VEHICLE_HEADER = re.compile(
    r"(?im)(?:^|\|)[ \t]*(?:reg\.?|reg\.?[ ]?nr\.?|regnr\.?|registreringsnummer|registreringsnr\.?|fordon|fordonet|bil|"
    # the plate's own words and the vehicle's number as a header ("Regnummer", "Skylt", "Bilnr", "Fordonsnr")
    r"reg\.?[ -]?nummer|registrering|skylt|nummerskylt|bilnr\.?|bil-nr\.?|bilnummer|fordonsnr\.?|fordonsnummer|"
    # a machine's, a trailer's or a sledge's column is a list of plates too ("Maskin": "DKT 41R")
    r"maskin|maskiner|släp|släpvagn|traktor|moped|skoter|fordon/maskin)[ \t]*(?:$|\|)"
    # the last header glued to the one before, where that cell overflows into it ("Statens jägarkortFordon")
    r"|(?<=[a-zåäöé])(?-i:Fordon|Regnr|Reg\.nr|Registreringsnummer|Maskin|Traktor|Moped|Skoter)[ \t]*$")


# the header row as MuPDF may merge it into one line, the vehicle's cell among the others ("Innehavare Personnummer
# Bil", "Namn Bil Telefon"): every word a capitalised header word, so "Parkering med bil" in a sentence stays
_HEADER_WORD = r"[A-ZÅÄÖ][\wåäöÅÄÖ.-]*"
_MERGED_VEHICLE_HEADER = re.compile(
    rf"(?m)^[ \t]*(?:(?:{_HEADER_WORD}[ \t]+){{1,4}}{_VEHICLE_CELL}(?:[ \t]+{_HEADER_WORD}){{0,4}}"
    rf"|{_VEHICLE_CELL}(?:[ \t]+{_HEADER_WORD}){{1,4}})[ \t]*$")


@lru_cache(maxsize=8)
def _vehicle_column(text: str) -> int:
    """Where a vehicle column's header stands on the page (-1: none)."""
    found = [m.start() for m in (_VEHICLE_HEADER.search(text), _MERGED_VEHICLE_HEADER.search(text)) if m]
    return min(found) if found else -1


# the header as the lowercased page holds it ("mobil" holds "bil": the cue is the cell, not the letters)
_HEADER_CUES = ("\nreg", "|reg", "| reg", "\treg", "\nfordon", "| fordon", "|fordon", "\nbil\n", "| bil ", "|bil",
                "\nmaskin", "| maskin", "\nsläp", "| släp", "\ntraktor", "| traktor", "\nmoped", "| moped", "\nskoter",
                "| skoter", "\nskylt", "| skylt", "\nbilnr", "| bilnr", "\nbilnummer", "| bilnummer", "\nbil-nr", "fordon\n", "regnr\n", "reg.nr\n", "registreringsnummer\n", " bil\n", " reg\n", " bil ",
                " fordon ", " regnr ", "\nbil ", "\nfordon ", "\nregnr ")
_COLUMN_REACH = 3000  # characters below the header: the table's rows


# The country's sign written beside a plate in its cell, as on the plate's band or the car's oval ("KLM-482 (FI)",
# "(D) M-AB 1234", "WGM 4512K PL", "FIN / ABC-123"): in brackets any one to three capitals, bare only a country's code.
_COUNTRY_CODES = (r"S|SE|FIN|FI|N|NO|DK|D|DE|PL|LT|LV|EST|EE|NL|F|FR|GB|UK|E|ES|I|IT|A|AT|CH|B|BE|CZ|SK|H|HU|RO|BG|"
                  r"UA|RUS|RU|BY|SRB|RS|HR|SLO|SI|BIH|BA|IS|IRL|IE|L|LU|P|PT|GR|TR|MD|NMK|MK|AL|MNE|ME")
_COUNTRY_SIGN = rf"(?:\([A-Z]{{1,3}}\)|(?:{_COUNTRY_CODES})(?![\w]))"
_SIGN_BEFORE = re.compile(rf"{_COUNTRY_SIGN}[ \t]*(?:[/:–-][ \t]*)?$")
_SIGN_AFTER = re.compile(rf"^[ \t]*(?:[/–-][ \t]*)?{_COUNTRY_SIGN}")


def _own_cell(cell: str, plate: str) -> bool:
    """True when the cell holds the plate alone, or with its country's sign before or after it."""
    if cell == plate:
        return True
    at = cell.find(plate)
    if at < 0:
        return False
    before, after = cell[:at].rstrip(), cell[at + len(plate):]
    if before and after.strip() or not before and not after.strip():
        return False
    if before:
        return _SIGN_BEFORE.fullmatch(before) is not None
    return _SIGN_AFTER.fullmatch(after.rstrip()) is not None


def _check_in_column(text: str, m: re.Match[str]) -> Verdict | None:
    header = _vehicle_column(text)
    if header < 0 or not header < m.start() <= header + _COLUMN_REACH or m.group().split()[0] in ctx.NOT_PLATE:
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    cell = text[line_start:len(text) if line_end < 0 else line_end].strip(" \t|")
    if not _own_cell(cell, m.group()):
        return None  # a plate is a cell of its own in the column, its country's sign beside it at most
    return Verdict(m.start(), m.end(), "registreringsnummer i en kolumn för fordon")


def _check_foreign_in_column(text: str, m: re.Match[str]) -> Verdict | None:
    """A foreign plate in a vehicle column, unless its letters open other numbers too: a register's codes share
    one prefix ("KA 60418", "KA 60433" in the column of the fee's number), two cars' plates do not."""
    letters = m.group().split()[0]
    series = set(re.findall(rf"(?<![\w\-/.]){re.escape(letters)}[ ]\d[\w]*", text))
    if len(series) > 1:
        return None
    return _check_in_column(text, m)


def _check_nordic(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "AB 12 345 (dansk eller norsk)")


# Whatever follows a word that names the plate itself is one, in any country's shape or a personal plate:
# "skylten MK 2026" (a Danish plate that looks like a year), "personlig skylt MORFAR 1". Two to seven capitals
# and digits, a space or a dash inside, a letter and a digit both. ("Regnr" keeps the Swedish shapes.)
_NAMED_PLATE = compile_rule(
    r"(?<![\w-])(?i:skylt(?:en|ar|arna)?|nummerskylt(?:en)?|registreringsskylt(?:en)?|nummerplåt(?:en)?|plåten"
    # the personalised plate's text ("Skylttexten HAMID 90 beviljas")
    r"|skylttext(?:en)?)"
    r"[ \t]*(?::[ \t]*|\([ \t]*|,[ \t]+)?"
    r"(?P<value>[A-ZÆØÅÄÖ0-9]{1,7}(?:[ -][A-ZÆØÅÄÖ0-9]{1,5}){0,2})(?![\w\-/]|[.,]\d)"
)


# A page about personalised plates ("personlig skylt", "Personliga registreringsskyltar", "skylttext", "skylträtt"):
# there the plate after "skylten" may be a word alone ("har skylten BIGGAN på sin husvagn"), as the register holds it
_PERSONAL_PLATES = re.compile(r"(?i)personlig(?:a|t)?[ \t]+(?:registrerings|nummer)?skylt|skylttext|skylträtt")
# a personalised plate's text of letters alone: two to seven capitals, one space at most ("BIGGAN", "RÖR UFFE")
_WORD_PLATE = re.compile(r"^(?=(?:[ ]?[A-ZÅÄÖÜ]){2,7}$)[A-ZÅÄÖÜ]+(?:[ ][A-ZÅÄÖÜ]+)?$")


def _check_named(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    chars = v.replace(" ", "").replace("-", "")
    if (not any(c.isdigit() for c in v) and _WORD_PLATE.match(v) and _PERSONAL_PLATES.search(text)
            and v not in ctx.NOT_PLATE):
        return Verdict(m.start("value"), m.end("value"), "personlig skylts text efter ordet skylt")
    if not 2 <= len(chars) <= 8 or not any(c.isdigit() for c in v) or not any(c.isalpha() for c in v):
        return None
    return Verdict(m.start("value"), m.end("value"), "registreringsnummer efter ordet skylt eller reg.nr")


# A plate of any European country set off right after a vehicle noun ("Den tyska bilen (M-AB 1234)", "en finsk
# bil, ABC-123", "släpvagnen: AB-123-CD", "mopeden (KYT 44F)"): the shapes of the countries vary (German
# "M-AB 1234", Finnish "ABC-123", French "AB-123-CD", Spanish "1234 BCD", British "AB12 CDE"), so the brackets,
# comma or colon after the vehicle decide, and the value must mix capitals and digits.
_VEHICLE_NOUNS = (r"bil|bilen|bilar|bilarna|fordon|fordonet|lastbil|lastbilen|skåpbil|skåpbilen|personbil|personbilen|"
                  r"husbil|husbilen|moped|mopeden|motorcykel|motorcykeln|mc:n|släpvagn|släpvagnen|släp|släpet|"
                  r"husvagn|husvagnen|traktor|traktorn|minibuss|minibussen|bil:|fordon:|"
                  # a machine, a sledge or a cart a register numbers as it does a car
                  r"grävmaskin|grävmaskinen|hjullastare|hjullastaren|snöskoter|snöskotern|skoter|skotern|fyrhjuling|"
                  r"fyrhjulingen|släpkärra|släpkärran|vattenskoter|vattenskotern|husbilen|epa-traktor|epa-traktorn")
# the plate set off after the vehicle, or right after it with nothing between ("husbil GV-418-K under lyktan"); the
# vehicle's class may stand between, over a line end ("moped klass\nI, MKT 41")
_PLATE_AFTER_VEHICLE = compile_rule(
    rf"(?<![\w-]){leading_letters(_VEHICLE_NOUNS)}(?i:{_VEHICLE_NOUNS})(?:(?:[ \t]+|[ \t]*\n[ \t]*)[a-zåäöA-ZÅÄÖ][\wåäö-]*){{0,2}}?"
    r"(?:[ \t]*(?:\([ \t]*|,[ \t]+|:[ \t]*)|(?P<bare>[ \t]+))"
    r"(?P<value>[A-ZÆØÅÄÖÜ0-9]{1,4}(?:[ -][A-ZÆØÅÄÖÜ0-9]{1,5}){0,2})"
    r"(?=[ \t]*[),.;:\n]|[ \t]*$|[ \t]+(?:och|som|stod|var|med|under|utanför|till|på|i|vid|hos|när|har|hade|är)\b)"
)
_BARE_AFTER_NOUN = compile_(rf"(?<![\w-])(?i:{_VEHICLE_NOUNS})$")
_VEHICLE_NOUN = re.compile(rf"(?i:{_VEHICLE_NOUNS})")


def vehicle_noun(word: str) -> bool:
    """True for a vehicle's noun ("Skotern", "Traktorn", "Husbil"): a sentence may open with it, no name is one."""
    return _VEHICLE_NOUN.fullmatch(word.strip(".,:;")) is not None
_MOPED_PLATE = re.compile(r"^[A-HJ-PR-UW-Z]{3}[ ]?\d[A-HJ-PR-UW-Z]$")
_CASE_SHAPE = re.compile(r"^[A-ZÅÄÖ]{1,6}[ -](?:19|20)\d\d(?:[-/]\d+)?$|^(?:19|20)\d\d(?:[-/]\d+)*$")


def _check_after_vehicle(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    if m.groupdict().get("bare") is not None and not _BARE_AFTER_NOUN.search(text, max(0, m.start("bare") - 20), m.start("bare")):
        return None  # nothing between: only right after the vehicle noun itself, not after the words that follow it
    chars = v.replace(" ", "").replace("-", "")
    digits = sum(c.isdigit() for c in chars)
    # a moped's plate has one digit ("moped, KLX 3D"): three capitals, one to three digits and a letter
    short = digits == 1 and _MOPED_PLATE.match(v) is not None
    if not 5 <= len(chars) <= 9 or (digits < 2 and not short) or not any(c.isalpha() for c in chars) or _CASE_SHAPE.match(v):
        return None
    return Verdict(m.start("value"), m.end("value"), "registreringsnummer efter ett fordon")


# A plate of any country after a word that says it is a registration, whatever stands between: "registrering är
# GA 4417N", "registreringsnummer var PO 5K221", and after a country's adjective with "nummer",
# "registrering" or "skyltar" ("ett ukrainskt nummer, AA 7315 KH", "nederländska skyltar: 12-XKB-7"). The value
# must mix capitals and digits (as _check_after_vehicle decides), so a date, a phone or a case stays.
# ("Regnr" keeps the Swedish shapes here; the label rule of labelled_id reads any code after it.)
_REGISTRATION_WORDS = r"registrering(?:en)?|registreringsnummer(?:et)?|registreringsskylt(?:en|ar|arna)?"
_PLATE_AFTER_REGISTRATION = compile_rule(
    rf"(?<![\w-])(?i:{_REGISTRATION_WORDS}"
    r"|[a-zåäö]{3,}(?:sk|skt|ska)[ \t]+(?:nummer|registrering|registreringsnummer|skyltar|nummerplåtar|plåtar))"
    r"(?:[ \t]+(?:är|var|blir|nr\.?))?[ \t]*(?::[ \t]*|,[ \t]+|\([ \t]*)?(?<=[ \t:(])"
    # (the plate broken at a line end after its letters: "registreringsnummer MLB" / "84F")
    r"(?P<value>[A-ZÆØÅÄÖÜ0-9]{1,4}(?:(?:[ -]|[ \t]*\n[ \t]*)[A-ZÆØÅÄÖÜ0-9]{1,5}){0,2})"
    r"(?=[ \t]*[),.;:\n]|[ \t]*$|[ \t]+(?:och|som|stod|var|med|när|till|är|i|på|men|har|hade|enligt)\b)"
)


# Any European plate with a dash as a whole cell of a vehicle column ("M-AB 1234", "B-KX 4471", "AB-123-CD"): the
# column says it is a plate; the shape must mix capitals and digits as after a vehicle noun.
_DASHED_PLATE = compile_rule(r"(?<![\w\-/.])[A-ZÆØÅÄÖÜ0-9]{1,4}-[A-ZÆØÅÄÖÜ0-9]{1,5}(?:[ -][A-ZÆØÅÄÖÜ0-9]{1,5})?(?![\w\-/]|[.,]\d)")


def _check_dashed_in_column(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group()
    chars = v.replace(" ", "").replace("-", "")
    digits = sum(c.isdigit() for c in chars)
    if not 4 <= len(chars) <= 9 or digits < 2 or not any(c.isalpha() for c in chars) or _CASE_SHAPE.match(v):
        return None
    # a register's serials share their lead ("BP-C-0411", "BP-C-0412" in the permits' column): two cars' plates do not
    lead = re.match(r"\D*", v).group()
    if lead and len(set(re.findall(rf"(?<![\w\-/.]){re.escape(lead)}\d[\w-]*", text))) > 1:
        return None
    return _check_in_column(text, m)


# Any plate of capitals and digits in groups as a whole cell of a vehicle column ("SK 4T118", "PO 5K221", "B 77 3XC"):
# the column says it is a plate; a group must mix a letter and a digit, so "AB 1234" is left to the shapes above.
_MIXED_PLATE = compile_rule(r"(?<![\w\-/.])[A-ZÆØÅÄÖÜ0-9]{1,4}[ ][A-ZÆØÅÄÖÜ0-9]{2,6}(?:[ ][A-ZÆØÅÄÖÜ0-9]{1,3})?(?![\w\-/]|[.,]\d)")


def _check_mixed_in_column(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group()
    if not any(re.search(r"[A-Z]\d|\d[A-Z]", g) for g in v.split()):
        return None
    chars = v.replace(" ", "")
    if not 4 <= len(chars) <= 9 or sum(c.isdigit() for c in chars) < 2:
        return None
    return _check_foreign_in_column(text, m)


# The plate shapes of other European countries, taken like the Swedish one: weakly alone, strongly beside a word of
# vehicles, parking or driving in the sentence ("Han parkerade WGM 4512K utanför", "Ägaren till GA 4417N", "körde
# B-KX 4471"). German "M-AB 1234", Polish "WGM 4512K" / "PO 5K221", Ukrainian or Bulgarian "AA 7315 KH", French or
# Italian "AB-123-CD", Dutch "12-XKB-7", British "AB12 CDE", Spanish "1234 BCD", Finnish "ABC-123".
_EUROPEAN_PLATE = compile_rule(
    r"""(?<![\w\-/.])(?P<value>
        [A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]?\d{1,4}[EH]?
      | [A-Z]{2,3}[ ]?\d{2,5}[A-Z]{1,2}
      | [A-Z]{2,3}[ ]\d[A-Z]\d{2,3}
      | [A-Z]{1,2}[ ]?\d{4}[ ]?[A-Z]{2}
      | [A-Z]{2}-\d{3}-[A-Z]{2}
      | \d{1,2}-[A-Z]{2,3}-\d{1,2} | [A-Z]{2}-\d{2,3}-[A-Z]{1,2}
      | [A-Z]{2}\d{2}[ ]?[A-Z]{3}
      | \d{4}[ ]?[A-Z]{3}
      | [A-Z]{2,3}-\d{1,3}
    )(?![\w\-/]|[.,]\d)"""
)


_SWEDISH_SHAPE = re.compile(r"^[A-Z]{3}[ ]?\d\d[A-Z]$")


def _check_european(text: str, m: re.Match[str]) -> Verdict | None:
    v = m.group("value")
    if re.match(r"[A-Z]+", v) and re.match(r"[A-Z]+", v).group() in ctx.NOT_PLATE or _CASE_SHAPE.match(v):
        return None
    if _SWEDISH_SHAPE.match(v):
        return None  # three capitals, two digits and a letter: the Swedish rule's (no I, Q, V, nor O last)
    return Verdict(m.start("value"), m.end("value"), "registreringsnummer i ett annat europeiskt lands form")


class LicensePlateRecognizer(SwedishPatternRecognizer):
    """Swedish vehicle registration numbers; low score unless a vehicle word is near."""

    ENTITY = "LICENSE_PLATE"
    NAME = "license_plate"
    CONTEXT = ctx.LICENSE_PLATE
    RULES = (
        Rule("plate", _PLATE, score=0.3, context_score=0.85, check=_check, before=50, after=30),
        Rule("plate_in_vehicle_column", _PLATE, score=0.75, check=_check_in_column, needs=_HEADER_CUES),
        Rule("nordic_plate_in_vehicle_column", _NORDIC_PLATE, score=0.75, check=_check_in_column, needs=_HEADER_CUES),
        Rule("foreign_plate_in_vehicle_column", _FOREIGN_PLATE, score=0.7, check=_check_foreign_in_column, needs=_HEADER_CUES),
        Rule("dashed_plate_in_vehicle_column", _DASHED_PLATE, score=0.7, check=_check_dashed_in_column, needs=_HEADER_CUES),
        Rule("mixed_plate_in_vehicle_column", _MIXED_PLATE, score=0.7, check=_check_mixed_in_column, needs=_HEADER_CUES),
        Rule("plate_after_vehicle", _PLATE_AFTER_VEHICLE, score=0.8, check=_check_after_vehicle,
             needs=("bil", "fordon", "moped", "motorcykel", "mc:n", "släp", "husvagn", "traktor", "minibuss", "maskin", "hjullastare", "skoter", "fyrhjuling")),
        Rule("european_plate", _EUROPEAN_PLATE, score=0.2, context_score=0.8, check=_check_european, before=50,
             after=30, require_context=True, needs=ctx.LICENSE_PLATE),
        Rule("plate_after_registration", _PLATE_AFTER_REGISTRATION, score=0.8, check=_check_after_vehicle,
             needs=("reg", "nummer", "skyltar", "plåtar")),
        Rule("named_plate", _NAMED_PLATE, score=0.8, check=_check_named, needs=("skylt", "plåt")),
        Rule("nordic_plate", _NORDIC_PLATE, score=0.2, context_score=0.8, check=_check_nordic, before=30,
             context=("reg", "regnr", "reg.nr", "registreringsnummer", "bil", "bilen", "fordon", "fordonet",
                      # "dansk registrering AX 41 882", "traktorn CV 31 882"
                      "registrering", "registreringen", "traktor", "traktorn", "släpvagn", "släpvagnen"),
             require_context=True, needs=("reg", "fordon", "bil", "traktor", "släpvagn")),
        # a car's make and model before its plate, the car's whole description in a cell or a subject line
        *plates_after_makes.RULES,
    )
