"""A mailbox right after the authority's switchboard on its contact line: "Kansligatan 3, 551 90 Jönköping, växel
036-770 40 00, hundregister@jbv-hundreg.se", "…, kundtjänst 060-44 19 00, handelsregistret@bv-register.se", or on
the letterhead's second line, which opens with a service's number under the line that opens with the unit's name
("Kronofogden, Enheten för skuldsanering, Box 2330, …" / "Telefon 010-581 20 00. E-post skuldsanering.norr@…").

The letterhead's line gives the body's address, its switchboard and its shared mailbox; the mailbox is the body's
however its register or office is named ("hundregister", "kontroll.btp", "station.karhamn", "pass.sjohamra"),
and a list of such names could never be whole. A person's box is still a person's there: a part that is a
listed first name or surname, or a box of initials ("abe@", "a.berg@"), keeps it masked, and so does a line that
names a person.
"""

from __future__ import annotations

import re

from redact.types import Finding

# the switchboard's or the service's label and its number, then a comma, right before the mailbox
# (or ending the line above when the mailbox opens its own: the letterhead wrapped)
_SWITCHBOARD_BEFORE = re.compile(r"(?i)(?<![\w])(?:växel|växeln|vxl\.?|kundtjänst|kundcenter|kundservice|"
                                 r"ledningscentral|ledningscentralen|expedition)[ \t]*:?[ \t]*(?:\+46[ \t]?\(?0?\)?[ \t]?|0)"
                                 r"\d[\d \t-]{4,14}\d(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]*\n[ \t]*"
                                 # (or a full stop and the mailbox's own label: "Växel 08-546 441 00. E-post …")
                                 r"|[ \t]*[.,][ \t]*(?:e-post|epost|e-mail|mejl)[ \t]*:?[ \t]*)$")
# a person's name on the line: a capitalised word and another after it (the first must be a listed first name)
_TWO_WORDS = re.compile(r"(?<![\w-])([A-ZÅÄÖÉ][a-zåäöéü]+)[ \t]+[A-ZÅÄÖÉ][a-zåäöéü]+")
_FOLD = str.maketrans("åäöéèüøæ", "aaoeeuoa")
_MIN_WORD = 5  # letters of a word of the box's name that is no initials


def after_switchboard(text: str, start: int, found: str) -> bool:
    """True for a mailbox that follows the switchboard on a line naming no person, its local part no person's
    (see the module docstring)."""
    from redact.detect.email import _FUNCTION_WORDS, _folded_names
    from redact.detect.name_words import load_lexicons

    from redact.detect.authority_lines import under_units_head

    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # the mailbox opens its line: the line above
    if not (_SWITCHBOARD_BEFORE.search(text, line_start, start) or under_units_head(text, start)):
        return False
    lex = load_lexicons()
    if any(m.group(1) in lex.first for m in _TWO_WORDS.finditer(text, line_start, start)):
        return False  # "Anna Berg, växel 0123-450 00, …": her line
    local, _, domain = found.lower().partition("@")
    parts = [p.translate(_FOLD) for p in re.split(r"[._+-]", local) if p]
    # a numbered division abbreviated as the letterhead names it ("avd2." under "…, avdelning 2, Box 12"): the unit's
    head_above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:start]
    parts = [_UNIT_WORD_PART if _numbered_unit(p, head_above) else p for p in parts]
    if not parts or any(not p.isalpha() for p in parts):
        return False
    firsts, lasts = _folded_names(lex)
    # a district's or a service's word is the body's, though a surname too ("buller.mitt@": the agency's region), and
    # so is the town the letterhead gives after its postal code ("hittegods.ekby@" under "…, Box 12, 221 05 Ekby")
    towns = _letterhead_towns(text, line_start, start)
    # (a town may be a listed first name too: "vigsel.kalmar@" under "…, 391 26 Kalmar")
    if any(p not in towns and (p in firsts or (p in lasts and p not in _FUNCTION_WORDS)) for p in parts):
        return False
    town_surnames = {p for p in parts if p in firsts or (p in lasts and p not in _FUNCTION_WORDS)}
    if town_surnames:  # the town's part is no service's word: another part must be ("k.strand@" is a person's)
        return any(len(p) >= _MIN_WORD for p in parts if p not in town_surnames)
    # a short part the domain or the letterhead's lines spell is the body's ("mmd.norrvik@domstol-mmd.se" under
    # "Mark- och miljödomstolen vid Norrviks tingsrätt, Box 12, 901 21 Norrvik"), not initials
    head = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:start].lower().translate(_FOLD)
    words = set(re.split(r"[\W\d_]+", domain.translate(_FOLD))) | set(re.split(r"[\W\d_]+", head))
    if len(parts) == 1:
        # a box of four letters is the body's when its letterhead names the unit by them ("arkiv@" under
        # "…, Arkiv-centralen, Box 12, …"); four letters alone may be a person's initials
        return len(parts[0]) >= _MIN_WORD or (len(parts[0]) == _MIN_WORD - 1 and parts[0] in set(
            re.split(r"[\W\d_]+", head)))
    return any(len(p) >= _MIN_WORD for p in parts) or (all(p in words for p in parts) and any(len(p) >= 4 for p in parts))


_UNIT_WORD_PART = "enheten"  # what a numbered division's part of the mailbox stands for: a service's word


def _numbered_unit(part: str, head: str) -> bool:
    """True for a mailbox's part of letters and a number ("avd2") that abbreviates a division the letterhead names
    with that number ("avdelning 2")."""
    m = re.fullmatch(r"([a-z]{2,})(\d{1,2})", part)
    return m is not None and re.search(
        rf"(?i)(?<![\w-]){re.escape(m.group(1))}[a-zåäö]*\.?[ \t]+{m.group(2)}(?![\w])", head) is not None


# a postal code and its town (one word) on the letterhead's lines
_POSTCODE_TOWN = re.compile(r"(?<![\w-])\d{3}[ \u00a0]?\d\d[ \t]+([A-ZÅÄÖ][a-zåäö]+)(?![\w-])")


def _letterhead_towns(text: str, line_start: int, start: int) -> set[str]:
    """The towns the letterhead's lines (the mailbox's and the one above) give after a postal code, folded."""
    head = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:start]
    return {m.group(1).lower().translate(_FOLD) for m in _POSTCODE_TOWN.finditer(head)}


_MAILBOX = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<!\.)")


def letterhead_mailboxes(texts: list[str]) -> frozenset[str]:
    """The mailboxes the document's letterhead gives as the body's (see ``after_switchboard``) or a label calls a
    shared one ("Funktionsbrevlåda kort@…"), in lower case: the same box is the body's wherever the document writes it
    again ("Till: skuldsanering.norr@…" of an e-mail on another page)."""
    from redact.detect.email import _named_shared_box
    from redact.detect.mail_providers import public_provider

    return frozenset(m.group().lower() for text in texts if "@" in text for m in _MAILBOX.finditer(text)
                     if not public_provider(m.group().partition("@")[2]) and (
                         after_switchboard(text, m.start(), m.group()) or _named_shared_box(text, m.group())))


def drop_letterhead_mailboxes(findings: list[Finding], mailboxes: frozenset[str], text: str = "") -> list[Finding]:
    """The findings without e-mail addresses that are one of the letterhead's own ``mailboxes``, nor any finding
    inside one of them on the page ``text`` (the tagger's name read in the box's local part, "avd" of "avd2.…")."""
    if not mailboxes:
        return findings
    inside = [(m.start(), m.end()) for m in _MAILBOX.finditer(text) if m.group().lower() in mailboxes] if text else []
    return [f for f in findings if not (f.category == "EMAIL" and "".join(f.text.split()).lower() in mailboxes)
            and not (f.start is not None and f.end is not None and any(a <= f.start and f.end <= b for a, b in inside))]
