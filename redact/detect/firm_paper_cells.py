"""A firm's or a society's paper on a person's thing, in the cell after the thing's kind: the firm's name, the paper's
noun and its number of four digits, a dash and a short running count ("Norrby Besiktning protokoll 4471-02",
"Fjällräddningen uppdrag 4471-03", "Ekfoto bildserie EF-4471-02").

The number has a court's case's shape (four digits and two after a dash), which alone keeps it readable; but a case is
written after a body's name or a case's word, where here a firm's capitalised name and a noun in small letters name
the paper. A body's name ("-nämnden", "-styrelsen", "Kommun", "-rätten", "Polisen", "-verket"), a case's word
("ärende", "dnr", "beslut", "anmälan") or a year and its month ("2027-05") keep the cell out.

But a firm numbers its own errands for a person by its own letters: a case's word after the firm's name in the
indefinite form, with the code's series letters the initials of the name's words or parts ("Ekvakt ärende EV-4471-03",
"Norrby Säkerhet ärende NS-4471-03"), is the firm's case on the person's thing (a body's name is written in the
definite form, "Räddningstjänsten", or names its kind, "Ekby kommun").
"""

from __future__ import annotations

import re

# the paper's number: a series' letters perhaps, four digits (no year), a dash and a count of one to three digits
# (a firm's first papers of a series counted without a leading zero: "protokoll 4471-3")
_PAPER_NUMBER = re.compile(r"(?:[A-Z]{1,4}-)?(?!(?:19|20)\d\d-)\d{4}-\d{1,3}")
# a firm's name word: capitalised, a hyphened second part perhaps
_FIRM_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
# a body's name: its kind's word at the end, in the bare or the definite form
_BODY = re.compile(r"(?i)^(?:kommun|region|stad|län|polis|[\wåäö]*(?:nämnd|styrelse|rätt|domstol|myndighet|verk"
                   r"|kassa|fogde|inspektion|tjänst|förvaltning|kontor|enhet|direktorat|departement|åklagar))"
                   r"(?:en|et|n|t)?$")
# a case's or a body's matter's word, no firm's paper
_CASE_NOUN = re.compile(r"(?i)^(?:mål|målnr|målnummer|dnr|diarienr|diarienummer|ärende|ärendenr|beslut|aktbilaga|bilaga"
                        r"|paragraf|anmälan|dom|domen|yttrande|remiss)$")
_NOUN = re.compile(r"[a-zåäöéü]{3,}")


def firm_paper(lead: list[str], number: str) -> bool:
    """True when ``lead`` is a firm's name of one or two capitalised words naming no body and a paper's noun in small
    letters, and ``number`` a paper's number shaped as a case's ("Bilbesiktning protokoll 4471-02")."""
    if len(lead) < 2:
        return False
    firm, noun = lead[:-1], lead[-1]
    return (len(firm) <= 2 and all(_FIRM_WORD.fullmatch(w) and not _BODY.match(w) for w in firm)
            and _NOUN.fullmatch(noun) is not None and not _CASE_NOUN.match(noun)
            and _PAPER_NUMBER.fullmatch(number) is not None)


# the firm's own code: its series letters, digits and a short count ("EV-4471-03")
_SERIES_CODE = re.compile(r"([A-ZÅÄÖ]{2,4})-\d{3,6}-\d{1,3}")
# the words for a case, which a firm's errand takes too
_CASE_WORD = re.compile(r"(?i)^(?:ärende|ärendenr|ärendenummer)$")
# a word in the definite form, as a body's name is written ("Räddningstjänsten", "Miljönämnden", "Polisen"; not the
# "-het" of a noun, "Säkerhet")
_DEFINITE = re.compile(r"(?i)(?:en|(?<!h)et|an|na)$")
# the bare names of bodies' kinds, alone a body ("Kommun", "Region", "Polis")
_BARE_BODY = re.compile(r"(?i)^(?:kommun|region|stad|län|polis|landsting)$")


def _initials_of(letters: str, firm: list[str]) -> bool:
    """True when ``letters`` are the initials of the firm's words ("NS" of "Norrby Säkerhet") or, of one word, its
    first letter and letters further in it in order ("EV" of "Ekvakt": the compound's parts)."""
    letters = letters.lower()
    if len(firm) > 1:
        return letters == "".join(w[0].lower() for w in firm)
    word = firm[0].lower()
    if letters[0] != word[0]:
        return False
    at = 1
    for c in letters[1:]:
        at = word.find(c, at) + 1
        if not at:
            return False
    return True


def firm_case(lead: list[str], number: str) -> bool:
    """True when ``lead`` is a firm's name in the indefinite form and a case's word, and ``number`` a code whose
    series letters are the firm's initials ("Ekvakt ärende EV-4471-03"): the firm's own errand for the person."""
    if not 2 <= len(lead) <= 3 or not _CASE_WORD.match(lead[-1]) or (code := _SERIES_CODE.fullmatch(number)) is None:
        return False
    firm = lead[:-1]
    return (all(_FIRM_WORD.fullmatch(w) and not _DEFINITE.search(w) and not _BARE_BODY.match(w) for w in firm)
            and _initials_of(code.group(1), firm))
