"""A village or farm and its house number as a cell of its own, in a table of stays.

A table of households often gives two homes a row, the ordinary one and where the household stays now, under
headers worded every way ("Bor tillfälligt", "Vistas nu", "Evakuerad till", "Nås på"); read one cell a line, the
street's cell ("Ekgatan 4 lgh 1101") stands beside the other home's ("Lillås 7", "Norrmyra 12 B"), a place and a
house number with no street word. On a page with such a header line, a line that is only a place and its number,
next to a line holding a street with its number (or a letterbox's holder, "c/o"), or after a person's name
under a header row of such a table, is a home too. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Verdict, compile_rule, rule_regex

# a header word of where someone lives, stays, moves, is reached or served, in any of its forms
_STAY_HEADER = rule_regex(
    r"(?i)(?<![\w-])(?:bo|bor|bodde|bott|bosatt|bostad\w*|boende|hem|hemma|hemadress|\w*adress\w*|vistas|vistades|"
    r"vistelse\w*|uppehåll\w*|stannar|stannade|flytta\w*|inflytt\w*|utflytt\w*|ny\w*[ \t]+bostad|nås|skickas|"
    r"delges|delgivning\w*|utdelning\w*|folkbokf\w*|evakuer\w*|inkvarter\w*|inhyst\w*|härbärg\w*|logi|"
    r"tillfällig\w*[ \t]+(?:bostad|boende|adress)|hos|övernatt\w*|sover|placer\w*)(?![\w-])")


def is_stay_header(header: str) -> bool:
    """True for a header that speaks of where someone lives, stays, moves, is reached or served ("Bor tillfälligt")."""
    return bool(_STAY_HEADER.search(header))



_U = "A-ZÅÄÖÉÜ"
_L = "a-zåäöéü"
_PLACE = rf"[{_U}][{_L}]{{2,}}(?:-[{_U}]?[{_L}]+)?"
# a line of its own: one or two place words, the house number, a letter, a flat
PLACE_CELL = compile_rule(
    rf"(?m)^[ \t]*(?P<street>(?P<core>{_PLACE}(?:[ \t]+{_PLACE})?)[ \t]+(?P<number>\d{{1,4}})"
    rf"(?:[ \t]?[A-H])?(?:,?[ \t]+lgh[ \t]+\d{{1,4}})?)[ \t]*$"
)
GATE = _STAY_HEADER
# a short header line of a stay: a few words, no digits ("Bor tillfälligt", "Tillfällig adress")
_HEADER_LINE = re.compile(r"(?m)^[ \t]*[^\W\d_][^\d\n]{1,38}$")
# a street with its number on a line, or a letterbox's holder: the other home of the row
_STREET_LINE = re.compile(
    r"(?i)(?:^[ \t]*c/o[ \t]|[a-zåäöéü](?:gatan|gata|vägen|väg|gränd|gränden|stigen|stig|torget|torg|backen|backe|"
    r"leden|allén|allé|platsen|plan|slingan|kroken|svängen|gången|liden|ringen|parken|stranden|kajen)[ \t]+\d)")
# a person's name alone on its line: two to four capitalised words, a hyphen or an apostrophe in them
_NAME_LINE = re.compile(r"[ \t]*[A-ZÅÄÖÉÜ][\w'’-]+(?:[ \t]+[A-ZÅÄÖÉÜ][\w'’-]+){1,3}[ \t]*")
_COUNT_AFTER = re.compile(r"[ \t]*(?:år|månader|veckor|dagar|kr|kronor|st|personer|%|procent)\b", re.IGNORECASE)
_HEADER_REACH = 2000  # characters back from the cell to the table's header line


# a numbered room, part or thing of a building or a document, never a home: "Avdelning 5", "Entré 4", "Bilaga 3"
_ROOM = re.compile(r"(?i)^(?:avd|avdelning|avdelningen|rum|rummet|sal|salen|hall|hallen|plan|våning|korridor|säng|plats|"
                   r"hus|huset|hiss|trapphus|entré|entrén|ingång|ingången|port|porten|dörr|reception|receptionen|"
                   r"expedition|expeditionen|kassa|kassan|lucka|luckan|disk|disken|förråd|förrådet|lager|lagret|"
                   r"kontor|kontoret|kontorsrum|grupprum|klassrum|bana|banan|plan|planen|hangar|bod|boden|garage|"
                   r"garaget|box|fack|facket|skåp|skåpet|bilaga|bilagan|kapitel|avsnitt|punkt|vecka|veckan|steg|"
                   r"etapp|fas|nivå|grupp|gruppen|klass|klassen|linje|buss|spår|perrong|gate|terminal|zon|område|"
                   r"kvarter|anknytning|ankn|tel|telefon|nummer|nr|version|paragraf)$")
_NOUN_ENDINGS = ("ning", "ningen", "het", "heten", "tion", "tionen", "skap", "skapet", "else", "elsen", "ande",
                 "andet", "ende", "endet", "möte", "mötet", "ärende", "ärendet", "beslut", "beslutet")


def numbered_room(word: str) -> bool:
    """True for a room, part or thing numbered in a building or a document ("Avdelning 5", "Entré 4"), or an
    ordinary noun by its ending ("Anknytning", "Reception"), not a village or farm."""
    w = word.lower()
    return bool(_ROOM.match(w)) or (len(w) >= 7 and w.endswith(_NOUN_ENDINGS))


def _line(text: str, at: int) -> str:
    """The line that holds position ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end != -1 else len(text)]


def _header_above(text: str, at: int, row: bool = False) -> bool:
    """A stay's header line stands above the cell, within the table's reach; with ``row``, beside another header
    cell read on a line of its own (a short line without digits just above or below it: a table's header row)."""
    for h in _HEADER_LINE.finditer(text, max(0, at - _HEADER_REACH), at):
        if not is_stay_header(h.group()):
            continue
        if not row:
            return True
        above = _line(text, h.start() - 1) if h.start() > 0 else ""
        below = _line(text, h.end() + 1) if h.end() < len(text) else ""
        if any(_HEADER_LINE.fullmatch(x) and not _NAME_LINE.fullmatch(x) for x in (above, below)):
            return True
    return False


def check_place_cell(text: str, m: re.Match[str]) -> Verdict | None:
    """A place and its number beside a street's cell or after a person's, under a stay's header; not a year, a count
    or a numbered room."""
    core, number = m.group("core"), m.group("number")
    if core.lower() in ctx.NOT_A_NAME or (len(number) == 4 and number[:2] in ("19", "20")) or numbered_room(core):
        return None
    if _COUNT_AFTER.match(text, m.end("number")):
        return None
    before = _line(text, m.start() - 1) if m.start() > 0 else ""
    after = _line(text, m.end() + 1) if m.end() < len(text) else ""
    if _STREET_LINE.search(before) or _STREET_LINE.search(after):
        if not _header_above(text, m.start()):
            return None
    # the row's person named on the line before (a table of names and stays read one cell a line), under a header
    # row of a stay
    elif not (_NAME_LINE.fullmatch(before) and _header_above(text, m.start(), row=True)):
        return None
    return Verdict(m.start("street"), m.end("street"), "ort och husnummer i en kolumn av vistelser, bredvid en gatuadress")
