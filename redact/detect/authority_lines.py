"""The authority's contact line: a unit's name, then its street address, or the address next to the switchboard.

A letter or a list ends with the unit that wrote it on one line: "Miljöenheten, Storgatan 1, 123 45 Norrvik,
0123-450 00", "Enheten för funktionsstöd, Storgatan 1, …, funktionsstod@norrvik.se", or the address with the
switchboard after it ("Storgatan 1, 123 45 Norrvik, växel 0123-450 00") or before it ("…, växel 0123-450 00,
Stadshuset, Storgatan 1"). The address there is the unit's, which stays readable; the line names no person and
no home (a person's line, "Anna Berg, Storgatan 1", keeps it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.company_forms import AFTER_NAME
from redact.detect.district_words import NOT_DISTRICT
from redact.detect.first_chars import compile_scanning, compiled
from redact.detect.letterhead_boxes import under_box_line

# What a unit's name ends in, the words Swedish authorities name their units and themselves with: a state agency's
# too ("Skatteverket", "Transportstyrelsen", "Skolinspektionen"), and a school's, whose address is no one's home.
# ("lägenhet" ends in the unit's word but is a flat: "Han hyr en lägenhet, Storgatan 3" names a home)
_UNIT_WORD = (r"(?:kommun|(?<=\w)regionen|förvaltning(?:en)?|nämnd(?:en)?|(?<!läg)enhet(?:en)?|avdelning(?:en)?|kontor(?:et)?|myndighet(?:en)?|"
              r"länsstyrelse(?:n)?|sektion(?:en)?|verksamhet(?:en)?|kansli(?:et)?|verket|styrelsen|inspektionen|"
              r"skola|skolan|förskola|förskolan|gymnasiet|"
              # a region's health service and its centres ("Blodcentralen Norrvik", "Vårdcentralen Ekby", "Kliniken för …")
              r"central|centralen|mottagning|mottagningen|klinik|kliniken|sjukhus|sjukhuset|lasarett|lasarettet|"
              # more state agencies by their name's ending ("Kronofogden", "Kammarkollegiet", "Riksantikvarieämbetet",
              # "Försäkringskassan") and the courts ("Norrviks tingsrätt", "Kammarrätten i Norrvik")
              r"fogden|kollegiet|ämbetet|kassan|(?<=s)makten|tingsrätt|tingsrätten|hovrätt|hovrätten|förvaltningsrätt|"
              r"kammarrätt|kammarrätten|"
              r"förvaltningsrätten|domstol|domstolen|"
              # the archives by their name ("Riksarkivet", "Stadsarkivet i Norrvik")
              r"arkivet)")
# The unit's name and a comma: "Miljö- och hälsoskyddsenheten, ", "Enheten för funktionsstöd, ", "Norrviks kommun, ",
# a unit with its own name after the word ("Dagverksamheten Lärkan, "), a county board by its county ("Länsstyrelsen
# i Norrbottens län, "), a state agency named "Statens …" ("Statens fastighetsverk, "), a board of a named
# municipality ("Socialnämnden i Norrviks kommun, ")
_UNIT_NAME = (rf"(?:(?i:(?:(?:[a-zåäö][\w-]*[ \t]+(?:och[ \t]+)?){{0,3}}[\w-]*{_UNIT_WORD}"
              rf"(?:[ \t]+[A-ZÅÄÖ][\w-]*|[ \t]+i[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:kommun|stad|län))?"
              # a court by its seat ("Mark- och miljödomstolen vid Norrviks tingsrätt, ")
              rf"|[ \t]+vid[ \t]+[A-ZÅÄÖ][\w-]*[ \t]+(?:tingsrätt|hovrätt)(?:en)?)?"
              rf"|(?:enhet(?:en)?|avdelning(?:en)?|kontor(?:et)?|sektion(?:en)?)[ \t]+för(?:[ \t]+[a-zåäö-]+){{1,3}}"
              # a state agency or a court named for its field or its district ("Myndigheten för vägsäkerhet och
              # beredskap", "Hovrätten för Östra Svealand"): the field's words, lower case or the district's
              rf"|(?:myndigheten|hovrätten|kammarrätten|inspektionen|nämnden)[ \t]+för(?:[ \t]+(?:och|[a-zåäö][a-zåäö-]+|[A-ZÅÄÖ][a-zåäö-]+)){{1,4}}"
              # a county board by its county, of one word or two, with "i" or without ("Länsstyrelsen i Östra
              # Norrlands län, ", "Länsstyrelsen Jämtlands län, ")
              rf"|länsstyrelsen(?:[ \t]+i)?(?:[ \t]+[\w-]+){{1,2}}[ \t]+län|statens(?:[ \t]+[a-zåäö][\w-]*){{1,3}})"
              # a region by its name, of one word or two ("Region Västmark, ", "Region Norrfjäll Ådalen, "): the
              # county's health care body
              rf"|Region(?:[ \t]+[A-ZÅÄÖ][\w-]*){{1,2}})"
              # a company's name with its form, as a municipal company heads its letters ("Norrviks Hamn AB, ")
              rf"[ \t]*,[ \t]*|(?:[A-ZÅÄÖ][\w&-]*[ \t]+){{1,4}}{AFTER_NAME}[ \t]*,[ \t]*)")
# another part of the unit's line before the address: its service's name, its street before its box ("Jobbcentrum, ",
# "Rådhustorget 2, ")
# the unit's office in a town after the agency's name ("Skatteverket, Folkbokföringen, kontoret i Norrvik, "), a
# legal person's organisation number after the company's name ("Norrvik Energi AB, 556034-8812, ": a company's,
# a public body's, an association's number, never a sole trader's personnummer)
# (or the agency's region by its name after the unit: "Vägverket, Provenheten, region Norr, ")
_OTHER_PART = (r"(?:[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){0,2}|kontoret[ \t]+i[ \t]+[A-ZÅÄÖ][\w-]*"
               # its service's name in lower case ("Riksarkivet, forskarservice, Box 161, …")
               r"|[a-zåäö][\w-]*(?:service|tjänst|tjänsten|expedition|expeditionen|registratur|registraturen)"
               r"|region[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?"
               # a court's or an agency's numbered division ("Norrviks tingsrätt, avdelning 3, ")
               r"|(?:avdelning|avd\.|rotel|enhet|sektion)[ \t]+\d{1,2}"
               r"|(?:(?i:org\.?[ \t]?nr\.?|organisationsnummer)[ \t]*:?[ \t]*)?[25789]\d[2-9]\d{3}-\d{4})[ \t]*,[ \t]*")
# the label of a letter's addressee or copy before the unit ("Till: Socialnämnden i Norrviks kommun, Box 220, …")
_ADDRESSEE = r"(?:(?i:till|mottagare|kopia|kopia[ \t]+till)[ \t]*:[ \t]*)?"
# all that stands before the address on its line ("Norrviks kommun, Socialförvaltningen, " at most three names, and
# two other parts)
# (a state agency by its abbreviation before its unit: "SMHI, enheten för observationer, 601 76 Norrköping")
_AGENCY_LETTERS = r"(?:[A-ZÅÄÖ]{2,6}[ \t]*,[ \t]*(?=(?i:enhet|avdelning|sektion|kontor)))?"
_UNIT_OPENS = compiled(rf"[ \t]*{_ADDRESSEE}(?P<units>{_AGENCY_LETTERS}{_UNIT_NAME}{{1,3}})(?:{_OTHER_PART}){{0,2}}$")
# the label of the authority's visiting address ("Besök: Storgatan 1", "Besöksadress: Storgatan 1"): a home has none
_VISIT_LABEL = re.compile(r"(?i)(?<![\w-])(?:besök|besöksadress)[ \t]*:[ \t]*$")
# opening a line that goes on: "Miljöenheten, Storgatan 1, 123 45 Norrvik, 0123-450 00"
_UNIT_STARTS = compile_scanning(rf"[ \t]*{_UNIT_NAME}{{1,2}}")
# (or its service's or operations centre's line: "…, kundtjänst 060-44 19 00", "…, ledningscentral 010-448 70 00")
_SWITCHBOARD_AFTER = re.compile(r"(?i)[ \t]*,[ \t]*(?:tel\.?[ \t]+)?(?:växel|växeln|vxl\.?|kundtjänst|kontaktcenter|"
                                r"servicecenter|ledningscentral|ledningscentralen)[ \t]*:?[ \t]*(?:\+46[ \t]?|0)\d")
# the switchboard before the address, a building's name perhaps between ("…, växel 0123-450 00, Stadshuset,
# Storgatan 1"): a home has no switchboard
_SWITCHBOARD_BEFORE = re.compile(r"(?i)(?<![\w])(?:växel|växeln|vxl\.?)[ \t]*:?[ \t]*(?:\+46[ \t]?|0)\d[\d \t-]{4,14}\d"
                                 r"[ \t]*,[ \t]*(?:[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2}[ \t]*,[ \t]*)?$")
_HOME = re.compile(r"(?i)(?<![\w])(?:bor|boende|bostad|hemadress|folkbokförd|hem|hemma|privat)(?![\w])")


_BOX_OPENS = re.compile(r"(?<![\w-])(?i:box)[ \t]+\d")
# the unit's names and parts that open a line, the address after them
_UNITS_PREFIX = compiled(rf"[ \t]*(?:{_UNIT_NAME}){{1,3}}(?:{_OTHER_PART}){{0,2}}")


def opens_with_units(text: str, start: int, end: int) -> int | None:
    """Where the unit's box address begins in a span (``text[start:end]``) that opens its line with the unit's names
    and parts ("Norrviks tingsrätt, avdelning 2, Box 12, …": a tagger's span of the whole contact line), or None."""
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return None
    # (the unit's box only: a room or a street after a school's name may be a pupil's lodging, "Folkhögskolan, rum 112")
    for box in _BOX_OPENS.finditer(text, start, end):
        if _UNITS_PREFIX.fullmatch(text, start, box.start()):
            return box.start()
    return None


def units_only_line(text: str, start: int, end: int) -> bool:
    """True when the span lies on a line that holds the unit's names and parts alone ("Skogsstyrelsen, Distrikt
    Norrfjäll", "Länsstyrelsen i Norrviks län, Naturvårdsenheten"): the authority's own name, no one's home."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:len(text) if b < 0 else b].rstrip().rstrip(",")
    return bool(line) and not any(c.isdigit() for c in line) and _UNITS_PREFIX.fullmatch(line + ", ") is not None


def on_units_contact_line(text: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """True when the address at ``text[start:end]`` stands on the authority's contact line (see the module
    docstring) and the line names no person and no home."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    head = text[a:start]
    opens = _UNIT_OPENS.match(head)
    # a name read inside the unit's own name ("Dagverksamheten Lärkan") is the unit's, no person on the line
    units_end = a + opens.end("units") if opens else a
    # (and one word read as a name among its other parts, a unit's name, "Trafikverket, Investering Mitt, Box …": a
    # person is named with a given name and a surname)
    parts_end = a + opens.end() if opens else a
    if _after_own_contacts(text, start, end, persons):
        return True  # (a person named later on the line, after the address's sentence, is another matter)
    if _HOME.search(text, a, b) or any(s < b and a < e and not (a <= s and e <= units_end)
                                       and not (units_end <= s and e <= parts_end and " " not in text[s:e])
                                       for s, e in persons):
        return False
    if opens or _VISIT_LABEL.search(head):
        return True
    if _SWITCHBOARD_BEFORE.search(head):
        return True
    return not head.strip() and _SWITCHBOARD_AFTER.match(text, end) is not None


# One part of the authority's contact chain before its address: a mailbox, or a number with or without the
# switchboard's or service's label, the label perhaps ending the line above ("…, växel\n010-242 00 00, Box 612, …")
_LINE_LABEL = r"(?i:växel|växeln|vxl\.?|kundtjänst|kundcenter|upplysning)"
_CONTACT_PART = (r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                 rf"|(?:{_LINE_LABEL}[ \t]*:?\s*)?(?:\+46[ \t]?|0)\d[\d \t-]{{4,14}}\d)")
# (the parts set off by commas, or the last two joined by "och": "nås på hemtjanst@ekby.se och 0123-450 00, …")
_CONTACTS_BEFORE = re.compile(rf"(?:{_CONTACT_PART}(?:[ \t]*,|[ \t]+och)\s*){{0,2}}{_CONTACT_PART}[ \t]*,\s*$")


def _after_own_contacts(text: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether the address follows, comma by comma, the authority's contacts, a shared mailbox or a labelled
    switchboard among them ("info@bolaget.se, 0123-450 00, Box 154, …"), with no person or home in that chain."""
    lo = max(0, start - 120)
    m = _CONTACTS_BEFORE.search(text, lo, start)
    if m is None:
        return False
    # from the chain's line or sentence on: "Tove Lindahl, växel …, Lönnvägen 3" is her line, not the unit's
    since = text.rfind("\n", 0, m.start()) + 1
    stops = [since + s.end() for s in re.finditer(r"[.;][ \t]", text[since:m.start()])]
    since = stops[-1] if stops else since
    if _HOME.search(text, since, end) or any(s < end and since < e for s, e in persons):
        return False
    from redact.detect.email import functional_mailbox

    chain = text[m.start():start]
    if re.search(rf"(?<![\w]){_LINE_LABEL}[ \t]*:?\s*(?:\+46|0)\d", chain):
        return True
    return any(functional_mailbox(b.group(1)) for b in re.finditer(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+", chain))


def opens_with_unit(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` opens with a unit's name and a comma ("Miljöenheten, Storgatan 1, …"):
    its switchboard is the unit's (the caller checks that the line names no person)."""
    a = text.rfind("\n", 0, pos) + 1
    m = _UNIT_STARTS.match(text, a)
    return m is not None and m.end() <= pos and not any(c.isdigit() for c in m.group())


# a shared mailbox on the line (its local part and domain)
_MAILBOX = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
# words of someone's own line: "min mobil", "privat", "jag nås på"
_OWN = re.compile(rf"(?i)(?<![\w])(?:jag|mig|min|{NOT_DISTRICT}mitt|mina|privat|privata|hans|hennes|deras|enskild[ \t]+firma)(?![\w])")


def on_units_mailbox_line(text: str, start: int, persons: Sequence[tuple[int, int]]) -> bool:
    """True for a number on the line right under the unit's contact line (it opens with the unit's name: "Region
    Västmark, Blodcentralen Norrvik, Lasarettsgatan 4, …") or on that line itself, when the number's line holds the
    unit's shared mailbox ("Bokning 0570-48 55 10, blodcentralen@…"): the unit's contact block, whatever the
    number's label. Neither line may name a person or a home, or speak of someone's own number."""
    from redact.detect.email import functional_mailbox
    from redact.detect.mail_providers import public_provider
    from redact.detect.switchboard_mailboxes import after_switchboard

    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    above = text.rfind("\n", 0, max(0, a - 1)) + 1 if a else a
    unit = next((x for x in (above, a) if (m := _UNIT_STARTS.match(text, x)) is not None
                 and not any(c.isdigit() for c in m.group())), None)
    if unit is None:
        return False
    if not any(not public_provider(m.group(2)) and (functional_mailbox(m.group(1)) or after_switchboard(
            text, m.start(), m.group())) for m in _MAILBOX.finditer(text, a, b)):
        return False
    return not (_HOME.search(text, unit, b) or _OWN.search(text, unit, b)
                or any(s < b and unit < e for s, e in persons))


# a line that opens with a service's label and its number ("Telefon 010-581 20 00. E-post …", "Upplysning 0952-…",
# "Fritidskortets servicetelefon 0251-…"),
# a duty service's by its name ("Viltjouren 023-…", "Socialjouren 0123-…"), a switchboard, service or duty officer
# by a compound's last part ("Kommunväxel 0651-…", "Upplysningstjänsten 0771-…", "Informationslinje 0771-…",
# "Vakthavande 0498-…"), or with the
# label of the body's mailbox ("E-post tillsyn@…"); the body's postal box may open it, its postal code and town after
# ("Box 654, 831 27 Norrvik. Telefon 0123-…": the box is never a home, see organisation)
_LABELLED_NUMBER_LINE = compiled(
    r"[ \t]*(?:(?i:box)[ \t]+\d[\d \t]{0,6},[ \t]*\d{3}[ \t]?\d{2}(?:[ \t]+[A-ZÅÄÖ][\w-]*){1,2}[ \t]*[.,][ \t]*)?"
    r"(?:(?:(?i:telefon|tel\.?|växel|växeln|vxl\.?|upplysning|upplysningen|kundtjänst|kundcenter|kontaktcenter|"
    r"servicecenter|servicetelefon|bokning|bokningen|beställning|beställningen|expedition|reception|"
    r"[a-zåäö]{3,}(?:växel|växeln|tjänst|tjänsten|telefon|telefonen|linje|linjen|service)"
    r"|vakthavande(?:[ \t]+befäl)?"
    # the body's switchboard by its own genitive ("Kommunens växel 0978-…", "Myndighetens växel 010-…")
    r"|[a-zåäö]{3,}(?:ens|ets)[ \t]+(?:växel|växeln))"
    r"|[A-ZÅÄÖ][a-zåäö]+jouren"
    # a service's own line by its name ("Fritidskortets servicetelefon 0251-…")
    r"|[A-ZÅÄÖ][a-zåäö]{3,}s[ \t]+servicetelefon"
    # a centre or an office of the body by its name, what it is for after it ("Vårdcentralen för hjälpmedel 023-…",
    # "Kansliet 08-…")
    r"|(?i:[a-zåäö]*(?:centralen|mottagningen|kliniken|kansliet))(?:[ \t]+för(?:[ \t]+[a-zåäö-]+){1,3})?)"
    r"[ \t]*:?[ \t]*(?:\+46[ \t]?|0)\d"
    r"|(?i:e-post|epost|e-mail|mejl)[ \t]*:?[ \t]*[\w.+-]+@)")


def under_units_head(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` opens with a service's label and number (or the body's box before them,
    or the label of its mailbox) and the line right above opens with the unit's name ("Kronofogden, Enheten för
    skuldsanering, Box 2330, …" / "Telefon 010-… E-post …"), or, for a body of any name, the line opens with its
    switchboard under its names and box (see letterhead_boxes): the second line of the unit's letterhead (the caller
    checks that it names no person)."""
    a = text.rfind("\n", 0, pos) + 1
    if a == 0 or _LABELLED_NUMBER_LINE.match(text, a) is None:
        return False
    above = text.rfind("\n", 0, a - 1) + 1
    m = _UNIT_STARTS.match(text, above)
    if m is not None and m.end() < a and not any(c.isdigit() for c in m.group()):
        return True
    # a body of any name, told by its line's shape: its names, then its box ("Nämnden för fjällfiske, Box 2210, …")
    return under_box_line(text, a)


def unit_name_line(line: str) -> bool:
    """True for a line that is only the names of the authority and its units ("Länsstyrelsen i Norrviks län",
    "Kammarkollegiet, Enheten för arv"): a letterhead's or a window's first line, no digit, no mailbox."""
    if not line.strip() or any(c.isdigit() for c in line) or "@" in line:
        return False
    return re.fullmatch(rf"[ \t]*{_UNIT_NAME}{{1,3}}", line.rstrip() + ", ") is not None


# the label of the unit's number at the end of its name's line ("Norrviksinspektionen, Box 12, …, telefon 0123-…")
_SWITCHBOARD_LABEL_BEFORE = re.compile(r"(?i)(?<![\w])(?:växel|växeln|vxl\.?)[ \t]*:?[ \t]*$")
_NUMBER_LABEL_BEFORE = re.compile(r"(?i)(?<![\w])(?:telefon|tel\.?|tfn|växel|växeln|vxl\.?)[ \t]*:?[ \t]*$")


def letterhead_number(text: str, start: int, end: int) -> bool:
    """True for a round landline number (ending in 00, no mobile) that opens the letterhead's second line after its
    label ("Telefon 0123-45 61 00. E-post …" under the unit's line), or that its label gives on the line that opens
    with the unit's name ("Norrviksinspektionen, Box 12, 651 08 Norrvik, telefon 0123-550 22 00"): the body's own
    line. The caller checks that the lines name no person."""
    digits = re.sub(r"\D", "", text[start:end])
    a = text.rfind("\n", 0, start) + 1
    # (a number the switchboard's label gives need not be round: "Växel 018-441 82 22" is no one's own line)
    switchboard = _SWITCHBOARD_LABEL_BEFORE.search(text, a, start) is not None
    if len(digits) < 8 or digits.startswith(("07", "467")) or not (digits.endswith("00") or switchboard):
        return False
    m = _LABELLED_NUMBER_LINE.match(text, a)
    if m is not None and start < m.end() <= end and under_units_head(text, start):
        return True
    return opens_with_unit(text, start) and _NUMBER_LABEL_BEFORE.search(text, a, start) is not None
