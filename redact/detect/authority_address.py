"""The authority's own street address: dropped before it is proposed, as its own contact data must stay readable.

Two shapes say a street address is the authority's (or one of its units'), not a person's home:

* a sentence names the address as the authority's: a unit in the genitive and an address word before it
  ("Kommunens besöksadress är Storgatan 12", "Förvaltningens kontaktcenter finns på Torggatan 5, plan 2"),
  with no person named between;
* a letterhead or footer block: the address's line stands right under a line that is the authority's name
  ("Vetlanda kommun", "Region Dalarna", "Borås Stad", "Socialförvaltningen"), perhaps with a Box line between,
  and the block names no person.

Homes stay: "Familjens adress är Storgatan 12", a block that names a person, a street after "bor på".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.types import Finding

# The authority or one of its units in the genitive, then (within a few words) the word of its address.
_OWNER = (r"(?:kommunens|stadens|regionens|förvaltningens|nämndens|myndighetens|länsstyrelsens|kommunstyrelsens|"
          r"socialtjänstens|enhetens|kontorets|stadshusets|kommunhusets|biblioteket?s|medborgarkontorets|"
          r"\w+förvaltningens|\w+nämndens|\w+enhetens)")
_PLACE_WORD = (r"(?:besöksadress|postadress|gatuadress|adress|kontaktcenter|servicecenter|medborgarservice|"
               r"reception|expedition|kontor|lokaler|huvudentré|entré)")
# ("utanför kommunens lokaler", a register of what stands outside the authority's premises: at homes, the opposite)
_CUE = re.compile(rf"(?i)(?<![\w])(?<!utanför[ \t])(?<!utom[ \t]){_OWNER}(?:[ \t]+\w+){{0,2}}?[ \t]+{_PLACE_WORD}(?![\w])")
# A line that is the authority's name: "Vetlanda kommun", "Region Skåne", "Borås Stad", "Socialförvaltningen".
_NAME_LINE = re.compile(
    r"^[ \t]*(?:(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,3}(?:kommun|[Ss]tad|[Rr]egion[ \t]+[A-ZÅÄÖ][\w-]*)|Region[ \t]+[A-ZÅÄÖ][\w-]*"
    r"|(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,2}[A-ZÅÄÖ]?\w*(?:förvaltningen|nämnden|myndigheten|länsstyrelsen)"
    r"|Länsstyrelsen[ \t]+\w+(?:[ \t]+län)?)[ \t]*$")
_BOX_LINE = re.compile(r"(?i)^[ \t]*box[ \t]+\d+[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?](?:[ \t]|\n)|\n[ \t]*\n")
# Words of a home: the sentence or block is about where someone lives.
_HOME = re.compile(r"(?i)(?<![\w])(?:bor|boende|bostad|hemadress|folkbokförd|folkbokföringsadress|hem|hemma)(?![\w])")


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


def _under_name_line(text: str, start: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether the address's line stands right under the authority's name line (a Box line may be between)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False  # the address does not open its line
    at = line_start
    for _ in range(2):
        if at == 0:
            return False
        above_start = text.rfind("\n", 0, at - 1) + 1
        above = text[above_start:at - 1]
        if not above.strip():
            return False
        if _NAME_LINE.match(above):
            block_end = text.find("\n\n", start)
            block_end = len(text) if block_end < 0 else block_end
            block = text[above_start:block_end]
            return not _HOME.search(block) and not _named_in(persons, above_start, block_end)
        if not _BOX_LINE.match(above):
            return False
        at = above_start
    return False


def drop_authority_addresses(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without street addresses a sentence or a letterhead gives as the authority's own."""
    if not any(f.category == "ADDRESS" for f in findings):
        return findings
    persons = _persons(findings)
    return [f for f in findings
            if not (f.category == "ADDRESS" and f.start is not None
                    and (_said_in_sentence(text, f.start, persons) or _under_name_line(text, f.start, persons)))]
