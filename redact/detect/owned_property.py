"""Property designations an organisation owns: the authority's own land, a company's, a village association's.

A property designation is personal data because a private owner can be found from it; one whose
owner the text names as an organisation leads to nobody. The owner is read where a registrar
writes it:

* after the designation in its sentence: "Åsby 4:12, ägd av kommunen", "som ägs av Åsby Bostäder AB";
* before it: "Byalaget, som äger samfälligheten Åsby 4:1", "Kommunen äger redan Åsby 1:1 intill";
* in the next cell of its table row: "Åsby 2:9 | Åsby byamän", "Åsby 6:3 | Skogsbolaget AB" (not a
  municipality there: in a table of neighbours it is one party among the others; and not when a person
  is named in the same row: "Eva Lind | Åsby 6:3 | Brunnsbolaget AB" is her property, the firm a party);
* on an owner's labelled line just above: "Upplåtare: Lindås kommun" / "Mark som upplåts: Åsby 1:4".

Every mention on the page of a designation so owned is then kept, unless a person is named as
its owner too ("ägs av Agnes Berg").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.company_forms import AFTER_NAME
from redact.detect.first_chars import compiled
from redact.detect.table_header_lines import header_parts
from redact.types import Finding

# An organisation as an owner: the municipality, a region, the state, a company (its name before a company form,
# Swedish or foreign), an association.
_ORG_NOUN = (r"(?:kommun(?:en|s)?|regionen|staten|landstinget|kyrkan|[Rr]egion[ \t]+[A-ZÅÄÖ]\w*|\w*förening(?:en)?|"
             r"\w*föreningar|\w*byalag(?:et)?|\w*byamän(?:nen)?|\w*samfällighet(?:en)?|\w*stiftelse(?:n)?|"
             r"\w*församling(?:en)?|\w*bolag(?:et)?|\w*verket|\w*förvaltning(?:en)?|\w*nämnd(?:en)?)")
_ORG = (rf"(?:(?:[A-ZÅÄÖ][\w&-]*[ \t\n]+){{0,4}}{_ORG_NOUN}"
        rf"|(?:[A-ZÅÄÖ][\w&-]*[ \t\n]+){{1,4}}{AFTER_NAME})")
_OWNED_AFTER = compiled(
    rf"[ \t]*(?:\([^)\n]{{0,40}}\))?\)?,?[ \t]*(?:\(?[ \t]*)?(?:som[ \t]+)?(?:ägd|ägda|ägs|ägt|tillhör|tillhörande)[ \t\n]+(?:av[ \t\n]+)?"
    rf"(?:[a-zåäö]+[ \t]+){{0,2}}(?P<owner>{_ORG})(?![\w-])")  # "ägs av det kommunala bostadsbolaget"
_OWNS_BEFORE = compiled(
    rf"(?P<owner>{_ORG}),?[ \t\n]+som[ \t]+äger[ \t\n]+(?:[a-zåäö]+[ \t\n]+)?$", re.IGNORECASE)
# The organisation opening the clause as the owner, the designation right after the verb ("Kommunen äger redan Åsby
# 1:1 intill", "Åsby Bostäder AB äger sedan i fjol ..."); not a denial ("Kommunen äger inte ...") and not an owner
# together with someone else ("Anna Berg och kommunen äger ...").
_OWNER_SUBJECT = compiled(
    rf"(?:^|(?<=[.;:!?][ \t])|(?<=\n)|(?<=§[ \t]\d\d[ \t]))(?P<owner>{_ORG})[ \t\n]+(?:äger|ägde)[ \t\n]+"
    r"(?:(?:redan|även|också|sedan|numera|fortfarande|själv|nu|i|fjol|dag)[ \t\n]+){0,3}$", re.IGNORECASE)


def _owner_subject(text: str, start: int, end: int) -> bool:
    """True when an organisation opens the clause before ``end`` as the owner of what follows (see _OWNER_SUBJECT)."""
    m = _OWNER_SUBJECT.search(text, start, end)
    return (_kept_owner(m) and m is not None
            and not re.search(r"(?i)(?<![\w-])(?:och|samt|eller)(?![\w-])|,", m.group("owner")))


# The organisation's own land named in the genitive before it ("Kommunens egen lokal Skärvik Centrum 1:1",
# "kommunens fastighet Åsby 1:1"), or after it as its owner ("Åsby 1:1 som kommunen äger", "Åsby 7:1
# (kommunens park)").
# The land or the building the organisation owns: "(kommunens park)" says whose the land is; "(kommunens odlingar)",
# "(kommunens feriejobb)" say only what the organisation does there, on land that may be leased from a person.
_LAND = (r"(?:egen[ \t]+|egna[ \t]+|eget[ \t]+)?(?:fastighet|mark|lokal|tomt|markområde|område|park|skog|skola|förskola|"
         r"byggnad|anläggning|gård|hall|idrottsplats|badplats|fritidsgård|parkering|vattentäkt|reningsverk|"
         r"förråd|bostad|bostäder|lägenhet|ladugård|åker|äng|betesmark|naturreservat)(?:en|et|er|ar|na)?")
_GENITIVE_BEFORE = re.compile(
    # its land named in apposition too: "på kommunens mark, Åsby 1:1, mot tomten"
    r"(?i:\b(?:kommunens|regionens|statens|föreningens|byalagets|bolagets|församlingens)[ \t]+" + _LAND
    + r"(?:[ \t]+|[ \t]*,[ \t]*))$")
_OWNER_AFTER = compiled(
    rf"[ \t]*(?:,?[ \t]*som[ \t]+(?:(?P<owner>{_ORG})[ \t]+äger)|[ \t]*\((?:{_ORG_NOUN})s[ \t]+{_LAND}\b[^)\n]{{0,30}}\))",  # a genitive: "(samfälligheten)" names no owner
    re.IGNORECASE)
_ORG_CELL = re.compile(rf"^[ \t]*(?P<owner>{_ORG})[ \t]*$")
# An owner's labelled line above the designations: "Upplåtare: Lindås kommun", "Fastighetsägare: Åsby Bostäder AB".
_OWNER_LINE = compiled(
    rf"(?im)^[ \t]*(?:upplåtare|fastighetsägare|markägare|ägare|hyresvärd|säljare|arrendegivare)[ \t]*:[ \t]*"
    rf"(?P<owner>{_ORG})\b[^\n]*$")
_MUNICIPALITY = re.compile(r"(?i)\bkommun(?:en|s)?\b")
_OWNER_REACH = 3  # lines
_SPLIT = re.compile(r"\t+|[ \t]*\|[ \t]*| {2,}")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _next_cell(text: str, f: Finding) -> str | None:
    """The next cell of the designation's table row: the rest of its line after a cell break, or the
    next line when the designation is a whole line (a table read one cell a line)."""
    a, b = _line_bounds(text, f.start or 0)
    end = f.end or 0
    rest = text[end:b]
    m = _SPLIT.match(rest)
    if m and rest[m.end():].strip():
        return _SPLIT.split(rest[m.end():])[0]
    if text[a:f.start].strip() or rest.strip() or b >= len(text) or _last_column(text, a):
        return None
    na, nb = _line_bounds(text, b + 1)
    return text[na:nb]


def _last_column(text: str, a: int) -> bool:
    """True when the designation on the line at ``a`` stands in its table's last column (a table read one cell a
    line): the line after its "Fastighet" header is no header but the first row's first cell, so the line after
    the designation opens the next row (a company there is the next row's, not this property's owner). The header
    cells are then the lines ending at "Fastighet", as many as a row has cells, and the first row's last cell (as
    many lines below) is a designation too."""
    m = None
    for m in _HEADER_LINE.finditer(text, max(0, a - _HEADER_REACH), a):
        pass
    if m is None:
        return False
    after = " ".join(m.group("next").split())
    low = after.lower().rstrip(":")
    if not after or header_parts(after) is not None or low in _PARTY_HEADERS or low.endswith("ägare"):
        return False
    head = text.rfind("\n", 0, m.start("next") - 1) + 1  # the "Fastighet" line
    lines = text[:head].split("\n")[:-1][-_MOST_CELLS:]  # the lines above it, nearest last
    below = text[head:_line_bounds(text, a)[1]].split("\n")  # from the header down to the designation's line
    for n in range(2, _MOST_CELLS + 1):
        if (len(below) - 1) % n or len(lines) < n - 1 or n >= len(below):
            continue
        heads = lines[len(lines) - (n - 1):]
        if all(_HEADER_SHAPE.match(c) for c in heads) and _DESIGNATION_END.search(below[n]):
            return True
    return False


_MOST_CELLS = 8  # cells of a row
_HEADER_SHAPE = re.compile(r"^[ \t]*[A-ZÅÄÖ][^\d\n]{0,28}[ \t]*$")
_DESIGNATION_END = re.compile(r"[A-Za-zÅÄÖåäö][ \t]+\d{1,4}(?::\d{1,4})?[ \t]*$")


# Headers of a column whose company builds, applies or acts on the property without owning it: a builder's
# or an applicant's name says nothing of who owns the land ("| Fastighet | Byggherre |" in a permits table).
_PARTY_HEADERS = frozenset({"byggherre", "sökande", "beställare", "entreprenör", "kontrollansvarig", "ombud",
                            "utförare", "leverantör", "sotare", "konsult", "verksamhetsutövare", "brukare",
                            "arrendator", "hyresgäst", "operatör", "tillståndshavare",
                            # the trade that did the work on the property: an installer owns nothing of it
                            "installatör", "elinstallatör", "installationsfirma", "elfirma", "rörfirma", "firma",
                            "hantverkare", "montör", "rörläggare", "elektriker", "saneringsfirma", "byggfirma"})
_HEADER_REACH = 2500  # characters above the row: the table's header
_HEADER_LINE = re.compile(r"(?im)^[ \t]*fastighet(?:er|sbeteckning|sbet\.?)?[ \t]*:?[ \t]*\n(?P<next>[^\n]*)$")


def _party_column(text: str, f: Finding) -> bool:
    """True when the cell after the designation's stands in a column of builders or applicants, not owners."""
    a, b = _line_bounds(text, f.start or 0)
    if text[a:b].strip() == f.text.strip():
        # a table read one cell a line: the header of the next column is the line after the "Fastighet" header
        m = None
        for m in _HEADER_LINE.finditer(text, max(0, a - _HEADER_REACH), a):
            pass
        return m is not None and m.group("next").strip().lower().rstrip(":") in _PARTY_HEADERS
    row = [c.strip().lower() for c in _SPLIT.split(text[a:b])]
    here = " ".join(f.text.split()).lower()
    idx = next((i for i, c in enumerate(row) if here in " ".join(c.split())), None)
    if idx is None:
        return False
    pos = a
    while pos > 0 and a - pos < _HEADER_REACH:
        pa = text.rfind("\n", 0, pos - 1) + 1
        cells = [c.strip().lower().rstrip(":") for c in _SPLIT.split(text[pa:pos - 1])]
        if any(c.startswith("fastighet") for c in cells):
            if idx + 1 < len(cells):
                return cells[idx + 1] in _PARTY_HEADERS
            return False
        pos = pa
    return False


def _person_in_row(text: str, f: Finding, persons: Sequence[Finding]) -> bool:
    """True when a person is named in the designation's own table row (by name or by personal identity number):
    the firm in the next cell is then one party to the matter (a driller, a contractor), and the property may
    well be that person's."""
    a, b = _line_bounds(text, f.start or 0)
    if a > 0 and text[a:b].strip() == f.text.strip():
        a = text.rfind("\n", 0, a - 1) + 1  # a table read one cell a line: the cell before is the line before
    return any(p.start is not None and a <= p.start < b for p in persons)


def _owner_line_above(text: str, f: Finding, persons: Sequence[Finding]) -> bool:
    a, b = _line_bounds(text, f.start or 0)
    colon = text.find(":", a, f.start)
    if any(p.start is not None and max(a, colon) <= p.start < b for p in persons):
        return False  # a person on the designation's own line may be its owner (not one read in its label: "Mark som upplåts")
    start = a
    for _ in range(_OWNER_REACH):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return _OWNER_LINE.search(text, start, a) is not None


# A housing cooperative's house is its members' homes: its designation leads to the people who live there.
_HOMES_OWNER = re.compile(r"(?i)bostadsrättsförening|\bbrf\b")


def _kept_owner(m: re.Match[str] | None) -> bool:
    """True for a match naming an owner whose property leads to nobody (not a housing cooperative)."""
    return m is not None and not (m.group("owner") and _HOMES_OWNER.search(m.group("owner")))


# A home named right before the designation ("Lägenheten på Åsby 4:12 ägs av bolaget", "bostaden i Åsby 4:12, som
# ägs av kommunen"): a household lives there, so the designation leads to it as its address would, whoever owns the
# house; the owner said after it is the landlord. Not the organisation's own ("bolagets lägenhet på …").
_HOME_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?P<before>\w+[ \t\n]+)?(?:lägenheten|lägenhet|hyreslägenheten|hyreslägenhet|bostaden|bostad|hemmet)"
    r"[ \t\n]+(?:på|i)[ \t\n]+$")
_ORG_GENITIVE = re.compile(r"(?i)(?:kommunens|regionens|statens|föreningens|bolagets|\w+bolagets|\w+föreningens)\s*$")


def _home_before(text: str, f: Finding) -> bool:
    """True when a home someone lives in is named right before the designation (see _HOME_BEFORE)."""
    m = _HOME_BEFORE.search(text, max(0, (f.start or 0) - 60), f.start or 0)
    return m is not None and not (m.group("before") and _ORG_GENITIVE.match(m.group("before").strip()))


def _people_in_rows(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that stand for a person in a table row: a name or a personal identity number."""
    return [f for f in findings if f.category in ("PERSON", "PERSONNUMMER")]


def _organisations(f: Finding, text: str, persons: Sequence[Finding], people: Sequence[Finding] = ()) -> bool:
    """True when the text names an organisation as the owner of the designation at ``f`` (``people``: the names
    and personal identity numbers that make a table row a person's)."""
    if f.start is None or f.end is None:
        return False
    if _kept_owner(_OWNED_AFTER.match(text, f.end, min(len(text), f.end + 120))) and not _home_before(text, f):
        return True
    line_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, f.start))) + 1  # this line and the one before
    if (_OWNS_BEFORE.search(text, line_start, f.start) or _GENITIVE_BEFORE.search(text, line_start, f.start)
            or _owner_subject(text, line_start, f.start)):
        return True
    if _kept_owner(_OWNER_AFTER.match(text, f.end, min(len(text), f.end + 80))):
        return True
    cell = _next_cell(text, f)
    if (cell is not None and _ORG_CELL.match(cell) and not _MUNICIPALITY.search(cell) and not _party_column(text, f)
            and not _person_in_row(text, f, people or persons)):
        # a municipality in a table of neighbours' properties is a party like the others: its designation
        # is listed for the record and masked as theirs are (recall first); a company's or an association's is kept
        return True
    return _owner_line_above(text, f, persons)


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


# A joint unit ("Laxforsen ga:4", "Tallmyra S:1"): the properties taking part own it, each a person's; the road
# or village association beside it only manages it.
_JOINT_UNIT = re.compile(r"[ \t](?:s|ga|fs|gsf|S|GA|FS):\d")


# A designation the address rules took for a street: the municipality's register area, a block and its number
# ("Norrby Lastkajen 2"), no street word, no postal code.
_AREA_BLOCK_NUMBER = re.compile(r"^(?P<area>[A-ZÅÄÖ][a-zåäö]+)[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]+\d{1,4}$")


def _owned_in_its_sentence(f: Finding, text: str) -> bool:
    """True when the sentence names an organisation as the owner right after or before the mention ("…, som
    kommunen äger", "kommunens mark Norrby Lastkajen 2")."""
    if f.start is None or f.end is None:
        return False
    line_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, f.start))) + 1
    return bool(_kept_owner(_OWNED_AFTER.match(text, f.end, min(len(text), f.end + 120)))
                or _OWNS_BEFORE.search(text, line_start, f.start) or _GENITIVE_BEFORE.search(text, line_start, f.start)
                or _owner_subject(text, line_start, f.start)
                or _kept_owner(_OWNER_AFTER.match(text, f.end, min(len(text), f.end + 80))))


def _designation_as_address(f: Finding, text: str) -> bool:
    """An address finding that is a designation in the municipality's register area, said to be an organisation's."""
    from redact.detect.places import authority_places

    m = _AREA_BLOCK_NUMBER.match(" ".join(f.text.split()))
    if not (f.category == "ADDRESS" and m is not None and m.group("area") in authority_places(text)):
        return False
    if _owned_in_its_sentence(f, text):
        return True
    # another mention of the same designation, no finding yet (a table's cell was read, the sentence is propagated
    # to later), may be the one whose sentence names the owner ("…, som äger Norrby Tallen 9")
    words = r"[ \t\n]+".join(re.escape(w) for w in f.text.split())
    return any(_owned_in_its_sentence(replace(f, start=o.start(), end=o.end()), text)
               for o in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text) if o.start() != f.start)


def drop_organisations_properties(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without the property designations the page says an organisation owns (every mention)."""
    # "Platserna ligger på Norrby Lastkajen 2, som kommunen äger": read as a street, owned as a property is
    owned_places = {_key(f.text) for f in findings if _designation_as_address(f, text)}
    if owned_places:
        findings = [f for f in findings if not (f.category in ("ADDRESS", "PROPERTY") and _key(f.text) in owned_places)]
    properties = [f for f in findings if f.category == "PROPERTY" and not _JOINT_UNIT.search(f.text)]
    if not properties:
        return findings
    persons = [f for f in findings if f.category == "PERSON"]
    owned = {_key(f.text) for f in properties if _organisations(f, text, persons, _people_in_rows(findings))}
    owned |= _listed_before_owned(properties, text)
    if not owned:
        return findings
    # a person named as an owner of the same designation elsewhere on the page keeps it ("ägs av Agnes Berg")
    owned = {k for k in owned if not any(_key(f.text) == k and _persons_after(f, text, persons) for f in properties)}
    return [f for f in findings if not (f.category == "PROPERTY" and _key(f.text) in owned)]


# Between the designations of one list: "Åsby 3:41, Åsby 3:42 och Åsby 3:44 ägs av kommunen".
_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t\n]*(?:och|samt)?|[ \t\n]+(?:och|samt))[ \t\n]+$|[ \t]*,[ \t\n]*$")


def _listed_before_owned(properties: Sequence[Finding], text: str) -> set[str]:
    """The designations of a list whose last one an organisation owns as the sentence goes on ("Tomterna Åsby 3:41,
    Åsby 3:42 och Åsby 3:44 ägs av kommunen"): the owner is said once, after the list, for each of them."""
    placed = sorted((f for f in properties if f.start is not None and f.end is not None), key=lambda f: f.start or 0)
    out: set[str] = set()
    run: list[Finding] = []  # the list's designations before an owned one, nearest first
    for f, g in zip(reversed(placed[:-1]), reversed(placed[1:])):
        if not run and not _kept_owner(_OWNED_AFTER.match(text, g.end, min(len(text), (g.end or 0) + 120))):
            continue
        if _LIST_JOIN.match(text, f.end, g.start) is not None:
            run.append(f)
            continue
        out |= _one_list(run, text)
        run = []
    out |= _one_list(run, text)
    return out


# An owner's verb or a person before a list in its sentence: the list may be the object of someone's ownership
# ("Anna Berg äger Åsby 2:11 och Åsby 2:15 ägs av kommunen": two clauses, not one list).
_OWNING_VERB = re.compile(r"(?i)(?<![\w])(?:äger|ägde|ägt|äga|köpt|köpte|sålt|sålde|arrenderar|hyr)(?![\w])")
_SENTENCE_OPENING = re.compile(r"[.!?;:](?=[ \t\n])|\n[ \t]*\n")


def _one_list(run: Sequence[Finding], text: str) -> set[str]:
    """The designations of one list (``run``: nearest the owned one first) when nothing before the list in its
    sentence names an owner of its own."""
    if not run:
        return set()
    first = run[-1].start or 0
    opening = 0
    for m in _SENTENCE_OPENING.finditer(text, max(0, first - 200), first):
        opening = m.end()
    if _OWNING_VERB.search(text, opening, first) or _NAME_SHAPE.search(text, opening, first):
        return set()
    return {_key(f.text) for f in run}


# two capitalised words, not a designation's: a person's name may stand before the list
_NAME_SHAPE = re.compile(r"(?<![\w-])[A-ZÅÄÖÉ][a-zåäöé]+[ \t]+[A-ZÅÄÖÉ][a-zåäöé]+(?![\w-]|[ \t]+\d)")


_OWNED_BY_SOMEONE = re.compile(r"[ \t]*\)?,?[ \t]*(?:som[ \t]+)?(?:ägd|ägda|ägs|ägt|tillhör|tillhörande)[ \t\n]+(?:av[ \t\n]+)?")


def _persons_after(f: Finding, text: str, persons: Sequence[Finding]) -> bool:
    """True when a person's name follows "ägs av" after this mention of the designation."""
    m = _OWNED_BY_SOMEONE.match(text, f.end or 0)
    if m is None:
        return False
    org = _OWNED_AFTER.match(text, f.end or 0, min(len(text), (f.end or 0) + 120))
    return any(p.start is not None and m.end() <= p.start <= m.end() + 30 and not (
        # "ägs av kommunen. Anna Berg …": the organisation owns it, a person only comes after (not "kommunen och Anna")
        org is not None and org.end() <= p.start and not _CO_OWNER.fullmatch(text, org.end(), p.start))
        for p in persons)


_CO_OWNER = re.compile(r"[ \t\n]*(?:,|och|samt|&)[ \t\n]*(?:[a-zåäö]+[ \t\n]+)?")
