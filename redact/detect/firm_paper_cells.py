"""A firm's or a society's paper on a person's thing, in the cell after the thing's kind: the firm's name, the paper's
noun and its number of four digits, a dash and a short running count ("Norrby Besiktning protokoll 4471-02",
"Fjällräddningen uppdrag 4471-03", "Ekfoto bildserie EF-4471-02").

The number has a court's case's shape (four digits and two after a dash), which alone keeps it readable; but a case is
written after a body's name or a case's word, where here a firm's capitalised name and a noun in small letters name
the paper. A body's name ("-nämnden", "-styrelsen", "Kommun", "-rätten", "Polisen", "-verket"), a case's word
("ärende", "dnr", "beslut", "anmälan") or a year and its month ("2027-05") keep the cell out.
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
