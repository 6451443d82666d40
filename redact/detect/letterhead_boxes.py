"""The body's postal box by the shape of its letterhead, whatever the body is called.

A letter or a list opens with the body's line: its name, perhaps its unit, then its box and postal code ("Nämnden för
fjällfiske, enheten för tillstånd, Box 2210, 831 20 Fjällvik"), and the next line gives its switchboard and its
shared mailbox ("Växel 010-123 45 00. E-post tillstand@…"). A name's ending cannot tell every body ("…rådet",
"…kraftnät", "Arbetsdomstolen"), but the two lines together can: a person's box has no switchboard under it. The
box is the body's wherever the document writes it again: a decision's window block under the body's name
("Fjällfiskenämnden" / "Box 2210, 831 20 Fjällvik"), the sender's block of a reply. The names before the box there,
on its line or alone on the line above, are the body's too: no person's name read in them is one.

A person's box stays masked: a line that names a person (a listed first name before a capitalised word) is no
body's letterhead, nor is a switchboard line that speaks of someone's own number, nor one whose mailbox is at a
public provider.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redact.detect.district_words import NOT_DISTRICT
from redact.detect.first_chars import compile_scanning
from redact.types import Finding

# the box, its number perhaps in groups ("Box 11 047"), its postal code and town of one word or two
_BOX = r"(?i:box)[ \t]+\d{1,6}(?:[ \t]\d{3})?[ \t]*,[ \t]*\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?"
# the body's line: its name and its units' names, set off by commas, no mailbox among them and no digit but a unit's
# own number after its name ("Skatteverket, folkbokföringen Norrvik 2, Box …"), its box last
_BOX_LINE = re.compile(rf"[ \t]*(?P<names>[A-ZÅÄÖ][^\n\d@,:;]{{1,70}}(?:,[ \t]*[^\n\d@,:;]{{2,60}}(?:[ \t]\d{{1,2}})?){{0,3}}),"
                       rf"[ \t]*(?P<box>{_BOX})[ \t]*$")
# a great body's line with its own postal code and no box ("Ekby universitet, fakulteten, kliniken, 205 06 Ekby"):
# the postal code is the body's as a box would be
_POSTCODE_LINE = re.compile(r"[ \t]*(?P<names>[A-ZÅÄÖ][^\n\d@,:;]{1,70}(?:,[ \t]*[^\n\d@,:;]{2,60}){0,3}),[ \t]*"
                            r"(?P<box>\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?)[ \t]*$")
# a person's name on the lines: a listed first name and a capitalised word after it
_TWO_WORDS = re.compile(r"(?<![\w-])([A-ZÅÄÖÉ][a-zåäöéü]+)[ \t]+[A-ZÅÄÖÉ][a-zåäöéü]+")
# someone's own line ("min mobil", "privat", "jag nås på")
_OWN = re.compile(rf"(?i)(?<![\w])(?:jag|mig|min|{NOT_DISTRICT}mitt|mina|privat|privata|hem|hemma|bostad|mobil|mobilen)(?![\w])")
# the switchboard's line under it, by the label of a line many answer ("Växel 010-…", "Kommunens växel 0978-…",
# "Kundtjänst 0771-…"): a sole trader's "Telefon" may be her own
_SWITCHBOARD_LINE = re.compile(r"[ \t]*(?:(?i:växel|växeln|vxl\.?|kundtjänst|kundcenter|kontaktcenter|servicecenter)"
                               r"|[A-ZÅÄÖ]?[a-zåäö]{3,}(?:ens|ets)[ \t]+växeln?)[ \t]*:?[ \t]*(?:\+46[ \t]?|0)\d")
_MAILBOX = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# a line that is the box alone (a letterhead's names on the line above)
_BARE_BOX = re.compile(rf"[ \t]*{_BOX}[ \t]*")
# a line that may hold a box, tested before the letterhead's whole shape
_BOX_OPENS = compile_scanning(r"(?i)(?<![\w-])box[ \t]+\d")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at:len(text) if end < 0 else end]


def _names_person(line: str) -> bool:
    from redact.detect.name_words import ends_like_organisation, load_lexicons

    first = load_lexicons().first
    # (a body named after a person is no person: "Greta Lindhakademin", the second word a body's ending)
    return any(m.group(1) in first and not ends_like_organisation(m.group().split()[-1])
               for m in _TWO_WORDS.finditer(line))


def box_line(line: str) -> bool:
    """True for a line that is the body's names, then its box and postal code ("Nämnden för fjällfiske, Box 2210,
    831 20 Fjällvik"), naming no person."""
    m = _BOX_LINE.fullmatch(line) or _POSTCODE_LINE.fullmatch(line)
    return m is not None and not _OWN.search(m.group("names")) and not _names_person(m.group("names"))


def under_box_line(text: str, line_start: int) -> bool:
    """True when the line at ``line_start`` opens with the switchboard's number and the line above is the body's
    names and box (see ``box_line``): the letterhead's second line, the body's (the caller checks its mailbox)."""
    if line_start == 0 or _SWITCHBOARD_LINE.match(text, line_start) is None:
        return False
    return box_line(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])


def letterhead_box(text: str, line_start: int) -> str | None:
    """The box of the line at ``line_start`` when it is the body's letterhead (see the module docstring): the line's
    shape, and the next line opening with the switchboard's number and holding a mailbox of the body's own domain.
    None otherwise."""
    from redact.detect.mail_providers import public_provider

    line = _line(text, line_start)
    below = line_start + len(line) + 1
    if (same := _BOX_THEN_SWITCHBOARD.fullmatch(line)) is not None and line_start > 0:
        return _box_over_switchboard(text, line_start, same)
    if _BARE_BOX.fullmatch(line) and line_start > 0:
        # the names' line ends with a comma and the box goes on alone on the next ("Ekby kommun, förskolan Lärkan," /
        # "Box 210, 831 20 Ekby"): one letterhead line broken before its box
        # (or the names' line has no comma at its end, the box on the line under it: "Ekby nämnd (EN), enheten för
        # tillstånd" / "Box 210, 831 20 Ekby")
        above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        if above.rstrip().endswith(","):
            line = f"{above.rstrip()} {line.strip()}"
        elif above.strip():
            line = f"{above.rstrip()}, {line.strip()}"
    m = _BOX_LINE.fullmatch(line) or _POSTCODE_LINE.fullmatch(line)
    if m is None or not box_line(line):
        return None
    if below >= len(text) or _SWITCHBOARD_LINE.match(text, below) is None:
        return None
    under = _line(text, below)
    domains = [d.group(1) for d in _MAILBOX.finditer(under)]
    if not domains or any(public_provider(d) for d in domains) or _own_words(under) or _names_person(under):
        return None
    return " ".join(m.group("box").split())


def _own_words(line: str) -> bool:
    """True when the line speaks of someone's own number or home, in its words outside its mailboxes (a body's
    domain may hold such a word: "kundcenter@uh-bostad.se" is a housing company's)."""
    return _OWN.search(_MAILBOX.sub(" ", line)) is not None


# a line that opens with the box, the switchboard going on after it ("Box 571, 751 23 Ekby. Växel 018-…. E-post"),
# the body's names on the line above; or with a great body's own postal code and town, no box ("205 06 Ekby. Växel …")
_OWN_POSTCODE = r"\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ][\w-]*"
_BOX_THEN_SWITCHBOARD = re.compile(rf"[ \t]*(?P<box>{_BOX}|{_OWN_POSTCODE})[ \t]*[.,;][ \t]*(?P<rest>.*)")
_POSTCODE_OPENS = re.compile(rf"[ \t]*{_OWN_POSTCODE}[ \t]*[.,;]")
_NAMES_LINE = re.compile(r"[ \t]*[A-ZÅÄÖ][^\n\d@:;]{1,150}")


def _box_over_switchboard(text: str, line_start: int, m: re.Match[str]) -> str | None:
    """The box of a letterhead line that opens with it, the body's switchboard after it on the line and the body's
    mailbox on the line or the next, the body's names (no person's) on the line above; None otherwise."""
    from redact.detect.mail_providers import public_provider

    rest = m.group("rest")
    if _SWITCHBOARD_LINE.match(rest) is None:
        return None
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    if _NAMES_LINE.fullmatch(above) is None or _OWN.search(above) or _names_person(above):
        return None
    below = line_start + len(m.group()) + 1
    # the mailbox on the line or the next; with it on the line, the next is the document's own (a handler's name)
    under = rest + (" " + _line(text, below) if below < len(text) and not _MAILBOX.search(rest) else "")
    domains = [d.group(1) for d in _MAILBOX.finditer(under)]
    if not domains or any(public_provider(d) for d in domains) or _own_words(under) or _names_person(under):
        return None
    return " ".join(m.group("box").split())


def letterhead_boxes(texts: Iterable[str]) -> frozenset[str]:
    """The boxes the document's letterheads give as the body's, their white space made single spaces."""
    found: set[str] = set()
    for text in texts:
        if "@" not in text:
            continue
        at = 0
        for line in text.split("\n"):
            opens = _BOX_OPENS.search(line) or _POSTCODE_LINE.fullmatch(line) or _POSTCODE_OPENS.match(line)
            if opens and (box := letterhead_box(text, at)) is not None:
                found.add(box)
            at += len(line) + 1
    return frozenset(found)


def _written(box: str) -> re.Pattern[str]:
    """The box as the document may write it again: any white space, a line's end too, between its words."""
    return re.compile(r"(?<![\w-])" + r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*".join(
        r"\s+".join(re.escape(w) for w in part.split()) for part in box.split(",")) + r"(?![\w-])")


def drop_letterhead_boxes(findings: list[Finding], boxes: frozenset[str], text: str) -> list[Finding]:
    """The findings without addresses, postal codes and identifiers that lie inside one of the letterhead's ``boxes``
    on the page ``text``: the body's box wherever the document writes it (its box number read as a cell's code too);
    and without persons read in the body's names before such a box (its short name, "MSB", read as a name)."""
    if not boxes:
        return findings
    inside = [(m.start(), m.end()) for box in boxes for m in _written(box).finditer(text)]
    if not inside:
        return findings
    names = [span for a, b in inside if (span := _names_before(text, a, b)) is not None]
    # on the letterhead's line the body's names before the box are the body's too ("…, avdelning Björken, Box 12, …")
    inside = [(_line_start(text, a) if box_line(text[_line_start(text, a):b]) else a, b) for a, b in inside]
    return [f for f in findings if not (
        f.start is not None and f.end is not None
        and ((f.category in ("ADDRESS", "POSTAL_CODE", "ID_NUMBER") and any(a <= f.start and f.end <= b for a, b in inside))
             # the body's name and units before its box, read as a person's ("MSB, enheten för …"): the body's
             or (f.category == "PERSON" and any(a <= f.start and f.end <= b for a, b in names))))]


def _names_before(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the body's names before its box at ``a``–``b``: on the box's line, or alone on the line above a box
    that stands alone on its own (a window block's "Ekby nämnd, enheten för tillstånd" / "Box 210, 831 20 Ekby"),
    where the names and the box read as the body's letterhead line (see ``box_line``: no person's name among them)."""
    start = _line_start(text, a)
    if text[start:a].strip():
        return (start, a) if box_line(text[start:b]) else None
    if start == 0 or text[b:text.find("\n", b) if "\n" in text[b:] else len(text)].strip():
        return None
    above = _line_start(text, start - 1)
    names = text[above:start - 1].rstrip().rstrip(",")
    return (above, above + len(names)) if names.strip() and box_line(f"{names}, {text[a:b]}") else None
