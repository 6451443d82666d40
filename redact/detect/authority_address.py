"""The authority's own street address: dropped before it is proposed, as its own contact data must stay readable.

Two shapes say a street address is the authority's (or one of its units'), not a person's home:

* a sentence names the address as the authority's: a unit in the genitive and an address word before it
  ("Kommunens besöksadress är Storgatan 12", "Förvaltningens kontaktcenter finns på Torggatan 5, plan 2"),
  with no person named between;
* a letterhead or footer block: the address's line stands right under a line that is the authority's name
  ("Vetlanda kommun", "Region Dalarna", "Borås Stad", "Socialförvaltningen", a state agency or a university with
  its units after commas: "Kronofogden, Enheten för summarisk process, Åsby"), perhaps with a Box line between or
  the building's name before the street ("Polishuset, Järnvägsgatan 4"), and no person is named from the name
  line to the address;
* a visiting address by its label ("Besöksadress Rådhusgatan 2"): a place that receives the public.

* a public facility named right before it ("Lomsjöviks vattenverk på Vattenverksvägen 2", "Återvinningscentralen
  Sörmyren, Sörmyrsvägen 40"), or the venue of an activity held there ("Läxläsningen hålls ... i sagorummet,
  Biblioteksgatan 5"), in a sentence with no home's word and no person named between.

* the unit's contact line: its name, then the address, or the address, then the switchboard
  (``authority_lines``).

Homes stay: "Familjens adress är Storgatan 12", a block that names a person, a street after "bor på".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.authority_lines import on_units_contact_line, opens_with_units, units_only_line
from redact.detect.first_chars import compiled
from redact.types import Finding

# The authority or one of its units in the genitive, then (within a few words) the word of its address.
_OWNER = (r"(?:kommunens|stadens|regionens|förvaltningens|nämndens|myndighetens|länsstyrelsens|kommunstyrelsens|"
          r"socialtjänstens|enhetens|kontorets|stadshusets|kommunhusets|biblioteket?s|medborgarkontorets|"
          # (a unit's compound, not the flat's genitive "lägenhetens": "Lägenhetens adress blir …" is a home's)
          r"\w+förvaltningens|\w+nämndens|(?!lägenhetens)\w+enhetens)")
_PLACE_WORD = (r"(?:besöksadress|postadress|gatuadress|adress|kontaktcenter|servicecenter|medborgarservice|"
               r"reception|expedition|kontor|lokaler|huvudentré|entré)")
# ("utanför kommunens lokaler", a register of what stands outside the authority's premises: at homes, the opposite)
_CUE = re.compile(rf"(?i)(?<![\w])(?<!utanför[ \t])(?<!utom[ \t]){_OWNER}(?:[ \t]+\w+){{0,2}}?[ \t]+{_PLACE_WORD}(?![\w])")
# A firm by its form, and the authority named as its owner in brackets after it ("… AB (helägt av Åsby kommun)").
_FIRM = r"(?:[A-ZÅÄÖ][\w&-]*[ \t]+){1,4}AB"
_OWNED_BY = r"\((?:helägt|ägt|delägt)[ \t]+av[ \t]+[^()\n\d@]{2,60}\)"
# A line opening with a firm's name: a letterhead of the authority's company where the text names its owner, or
# where no person stands on the line above (a table's row names the person the firm bills, then the firm).
_FIRM_LINE = compiled(rf"^[ \t]*(?P<firm>{_FIRM})(?=[ \t]*(?:\(|$))")
# the owner as the text names it, its words perhaps wrapped onto the next line
_OWNER_AFTER_FIRM = r"\s+\((?:helägt|ägt|delägt)\s+av\s+[^()\d@]{2,60}\)"
# A line that is the authority's name: "Vetlanda kommun", "Region Skåne", "Borås Stad", "Socialförvaltningen".
_NAME_LINE = compiled(
    r"^[ \t]*(?:(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,3}(?:kommun|[Ss]tad|[Rr]egion[ \t]+[A-ZÅÄÖ][\w-]*)"
    # a region of one word or two ("Region Västra Götaland")
    r"|Region[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?"
    # a region by its compound name, of one word or two ("Västra Götalandsregionen", "Gotlandsregionen")
    r"|(?:[A-ZÅÄÖ][\w-]*[ \t]+)?[A-ZÅÄÖ][\w-]+regionen"
    # a company of the authority's by its form, its owner in brackets ("Fjällbacka Destination AB (helägt av …)")
    rf"|{_FIRM}[ \t]+{_OWNED_BY}"
    r"|(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,2}[A-ZÅÄÖ]?\w*(?:förvaltningen|nämnden|myndigheten|länsstyrelsen)"
    r"|Länsstyrelsen[ \t]+\w+(?:[ \t]+län)?"
    # a county board by its county, of one word or two ("Länsstyrelsen i Västra Götalands län")
    r"|Länsstyrelsen[ \t]+i(?:[ \t]+[A-ZÅÄÖ][\w-]*){1,2}[ \t]+län"
    # a state agency or a university by its name ("Kronofogden", "Försäkringskassan", "Mälarviks högskola"; the armed
    # forces', the prison service's, the coast guard's and the employment service's by their nouns too)
    r"|[A-ZÅÄÖ][\w-]*(?:verket|kassan|fogden|inspektionen|styrelsen|arkivet|makten|vården|bevakningen|förmedlingen)"
    r"|[A-ZÅÄÖ][\w-]*s[ \t]+(?:högskola|universitet)"
    r"|[A-ZÅÄÖ][\w-]*(?:högskolan|universitetet)"
    # a state agency by its abbreviation, its unit after the comma ("SMHI, enheten för observationer")
    r"|[A-ZÅÄÖ]{2,6}(?=[ \t]*,[ \t]*(?i:enheten|avdelningen|sektionen|kontoret)[ \t]+för[ \t])"
    # a court by its seat or district ("Norrviks tingsrätt", "Svea hovrätt", "Förvaltningsrätten i Norrvik")
    r"|[A-ZÅÄÖ][\w-]*[ \t]+(?:tingsrätt|hovrätt)"
    r"|(?:Förvaltningsrätten|Kammarrätten|Migrationsdomstolen|Hyresnämnden)[ \t]+i[ \t]+[A-ZÅÄÖ][\w-]*)"
    # its units after commas, no digit, no e-mail ("Kronofogden, Enheten för summarisk process, Åsby"), or a court's
    # or an agency's numbered division ("avdelning 2"); the line may end in a comma, the address going on below it
    # ("Region X, Y-sjukhuset, patienthotellet,")
    r"(?:[ \t]*,[ \t]*(?:[^,\n\d@]{2,60}|(?i:avdelning|avd\.|rotel|enhet|sektion)[ \t]+\d{1,2})){0,3}[ \t]*,?[ \t]*$")
# the public building the authority sits in, before its street on the line ("Polishuset, ", "Stadshuset, ")
_BUILDING = re.compile(r"^[ \t]*[A-ZÅÄÖ][\w-]*(?:huset|hus)[ \t]*,[ \t]*$")
# the authority's box before its postal code on the line ("Box 2406, " / "123 45 Norrvik": a postal code's finding)
_BOX_HEAD = re.compile(r"(?i)^[ \t]*box[ \t]+\d+[ \t]*,[ \t]*$")
_BOX_LINE = re.compile(r"(?i)^[ \t]*box[ \t]+\d+[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|\n)|\n[ \t]*\n")
# Words of a home: the sentence or block is about where someone lives.
_HOME = re.compile(r"(?i)(?<![\w])(?:bor|boende|bostad|hemadress|folkbokförd|folkbokföringsadress|hem|hemma)(?![\w])")


# Facilities a municipality or an association runs for everyone, by the nouns Swedish authorities name them with
# (written for this project): a street right after one is the facility's, not a home.
_FACILITY = (r"(?:vattenverk|reningsverk|värmeverk|bibliotek|återvinningscentral|avfallsanläggning|simhall|badhus|"
             r"ishall|sporthall|idrottshall|kommunhus|stadshus|brandstation|räddningsstation|fritidsgård|kulturhus|"
             r"medborgarhus|bygdegård|folketshus|hembygdsgård|församlingshem)(?:en|et|s)?")
_FACILITY_BEFORE = compiled(
    rf"(?<![\w-])(?:[\w-]+s[ \t]+{_FACILITY}|[\w-]*?{_FACILITY}(?:[ \t]+[A-ZÅÄÖ][\w-]*)?)"
    r"(?:[ \t]*,|[ \t]+(?:på|vid))[ \t]*\n?[ \t]*$", re.IGNORECASE)
# Words of a home or of someone's own place: the activity is held at a person's ("hölls i hans lägenhet på ...")
_PRIVATE_PLACE = re.compile(r"(?i)(?<![\w-])(?:bor|bodde|boende|bostad|bostaden|hem|hemma|hemmet|hembesök\w*|"
                            r"hemadress|folkbokförd|lägenhet|lägenheten|villa|villan|hus|huset|radhus|stuga|stugan|"
                            r"gård|gården|familjen|familjens|hans|hennes|hens|deras|sin|sitt|sina)(?![\w-])")
# a sentence's end in running text: a word's stop before a capital (not "kl. 15", "t.ex. i"), or a blank line
_PROSE_END = re.compile(r"(?<=[a-zåäö]{3})[.!?][ \t\n]+[A-ZÅÄÖ]|\n[ \t]*\n")
# An activity held at a place: the place's street is a venue's ("Läxläsningen hålls ... i sagorummet, Storgatan 5")
_HELD = re.compile(r"(?i)(?<![\w-])(?:hålls|hölls|äger[ \t]+rum|ägde[ \t]+rum|arrangeras|anordnas)(?![\w-])")


def _facility_or_venue(text: str, start: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether a public facility stands right before the address, or its sentence holds an activity there, with no
    home's word and no person named between."""
    lo = max(0, start - 160)  # (no sentence's end found: the words just before)
    for m in _PROSE_END.finditer(text, lo, start):
        lo = m.end() - 1
    facility = _FACILITY_BEFORE.search(text, max(lo, start - 80), start)
    cue = facility.start() if facility is not None else None
    if cue is None and (held := _HELD.search(text, lo, start)) is not None and not _table_between(text, held.end(), start):
        cue = held.start()
    if cue is None:
        return False
    return not _PRIVATE_PLACE.search(text, lo, start) and not _named_in(persons, cue, start)


def _table_between(text: str, a: int, b: int) -> bool:
    """True when a table's header cells stand between a title and an address ("Adresser där exemplaren hålls" /
    "Ärende" / "Adress" / … / "Storgatan 5"): the address is a cell of the table the title heads, not the venue of
    an activity in the title's sentence (a sentence wraps over two line ends at most within the words looked at)."""
    from redact.detect.table_headers import _is_header

    between = text[a:b].split("\n")
    inner = between[1:-1]  # the whole lines between the cue's line and the address's
    return len(between) > 3 or any(line.strip() and _is_header(line.strip()) for line in inner)


def _persons(findings: Sequence[Finding]) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in findings
            if f.category in ("PERSON", "PERSONNUMMER") and f.start is not None and f.end is not None
            and f.status != "rejected"]


def _named_in(persons: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in persons)


def _said_in_sentence(text: str, start: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence before ``start`` names the address as the authority's, no person between."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 160), start):
        lo = m.end()
    cue = None
    for cue in _CUE.finditer(text, lo, start):
        pass
    if cue is None:
        return False
    between = text[cue.start():start]
    return not _HOME.search(between) and not _named_in(persons, cue.start(), start)


def _under_name_line(text: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether the address's line stands right under the authority's name line (a Box line may be between)."""
    # the address's own town read as a name ("Enheten för summarisk process, Åsby" / "Box 6042, 851 06 Åsby")
    persons = [(a, b) for a, b in persons if text[a:b] not in text[start:end].split()]
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if head.strip() and not _BUILDING.match(head) and not _BOX_HEAD.match(head):
        return False  # the address does not open its line, nor follows the building's name ("Polishuset, ") or box
    at = line_start
    for _ in range(2):
        if at == 0:
            return False
        above_start = text.rfind("\n", 0, at - 1) + 1
        above = text[above_start:at - 1]
        if not above.strip():
            return False
        if _NAME_LINE.match(above) or _firm_letterhead(text, above_start, above, persons):
            # the block to the address's end: a list of persons may follow a letterhead with no blank line
            block_end = end
            block = text[above_start:block_end]
            return not _HOME.search(block) and not _named_in(_not_units(text, persons, above_start, at - 1),
                                                             above_start, block_end)
        if not _BOX_LINE.match(above):
            return False
        at = above_start
    return False


def _not_units(text: str, persons: Sequence[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The persons but a single word read as one after a comma of the authority's name line ``text[a:b]``: a unit's
    name ("Trafikverket, Investering Mitt"), no person's (a person is named with a given name and a surname)."""
    comma = text.find(",", a, b)
    return [(s, e) for s, e in persons
            if not (comma >= 0 and comma < s and e <= b and not any(c.isspace() for c in text[s:e]))]


def _firm_letterhead(text: str, line_start: int, line: str, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether ``line`` opens with a firm's name heading its own address: the text names the authority as the firm's
    owner, or no person's name stands on the line above (in a table's row the firm is whom a person pays through)."""
    m = _FIRM_LINE.match(line)
    if m is None:
        return False
    if re.search(re.escape(m.group("firm")) + _OWNER_AFTER_FIRM, text):
        return True
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start == 0 or not _named_in(persons, above_start, line_start)


# A visiting address is a place that receives the public, never a home ("Besöksadress Storgatan 4",
# "besöksadr.: Torget 1")
_VISITING_LABEL = re.compile(r"(?i)(?<![\w-])(?:besöksadress|besöksadr\.?|besök)[ \t]*:?[ \t]*$")


def _after_visiting_label(text: str, start: int) -> bool:
    """Whether the address stands right after the label of a visiting address on its line."""
    return _VISITING_LABEL.search(text, text.rfind("\n", 0, start) + 1, start) is not None


# a Box address inside a finding, after a comma: "Norr 2, Box 2330, …" (the unit's district read as a street)
_INNER_BOX = re.compile(r",[ \t]*(?=(?i:box)[ \t]+\d)")


# a unit "for" a task with its district and number, right before the box: "Enheten för skuldsanering Norr 2, "
_DISTRICT_UNIT = re.compile(r"(?i:(?:enhet(?:en)?|avdelning(?:en)?|kontor(?:et)?|sektion(?:en)?)[ \t]+för"
                            r"(?:[ \t]+[a-zåäö-]+){1,3}[ \t]+\d{1,2})[ \t]*,[ \t]*$")


def _box_on_units_line(text: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether a finding holds a Box address after a comma, its opening words the district of the unit the line
    names ("Kronofogden, Enheten för skuldsanering Norr 2, Box 2330, …": "Norr 2" is the unit's, read as a street)."""
    m = _INNER_BOX.search(text, start, end)
    if m is None:
        return False
    unit = _DISTRICT_UNIT.search(text, text.rfind("\n", 0, start) + 1, m.end())
    return unit is not None and unit.start() < start and on_units_contact_line(text, unit.start(), end, persons)


def _own_postcode_line(text: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether a postal code and town (a line of its own or a contact line's last part) is the authority's: right
    under its name line ("Ringhults kommun" / "571 80 Ringhult", a letterhead with no street), or after its units'
    names on its contact line ("Norrviks kommun, socialförvaltningen, 123 45 Norrvik")."""
    return _under_name_line(text, start, end, persons) or on_units_contact_line(text, start, end, persons)


def _units_line_span(text: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether a span holds the unit's whole contact line, its names first ("Norrviks tingsrätt, avdelning 2, Box 12,
    123 45 Norrvik": the learned tagger's span), the address after them on the unit's line (see authority_lines)."""
    at = opens_with_units(text, start, end)
    return at is not None and on_units_contact_line(text, at, end, persons)


def drop_authority_addresses(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without street addresses a sentence or a letterhead gives as the authority's own, and without
    its postal code lines (see ``_own_postcode_line``)."""
    if not any(f.category in ("ADDRESS", "POSTAL_CODE") for f in findings):
        return findings
    persons = _persons(findings)
    return [f for f in findings
            if not (f.category == "ADDRESS" and f.start is not None
                    and (_said_in_sentence(text, f.start, persons) or _under_name_line(text, f.start, f.end or f.start, persons)
                         or _after_visiting_label(text, f.start)
                         or _facility_or_venue(text, f.start, persons)
                         or on_units_contact_line(text, f.start, f.end or f.start, persons)
                         or _box_on_units_line(text, f.start, f.end or f.start, persons)
                         or _units_line_span(text, f.start, f.end or f.start, persons)
                         or (units_only_line(text, f.start, f.end or f.start)
                             and not _named_in(persons, f.start, f.end or f.start))))
            and not (f.category == "POSTAL_CODE" and f.start is not None
                     and _own_postcode_line(text, f.start, f.end or f.start, persons))]
