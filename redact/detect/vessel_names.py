"""A vessel's name is no person: "M/Y Solveig", "S/Y Ingrid II", "M/S Birger Jarl", "HMS Gotland", "segelbåten Freja".

Boats and ships are named after people ("Solveig", "Kristina Holm"), so the name lists and the model read the name
after the vessel's mark as a person. The mark says whose name it is: a motor yacht's "M/Y", a sailing yacht's
"S/Y", a motor ship's "M/S", a tanker's "M/T", "M/V", "R/V", the navies' "HMS", and in Swedish a boat's noun in its
definite form right before the name ("båten Solveig", "fartyget Kristina"). The owner's name beside it
("M/Y Solveig, ägare Anna Lindqvist") stays a person: only what the name itself spans is dropped.
"""

from __future__ import annotations


from redact.detect.first_chars import compile_scanning
from redact.detect.things_named import persons_outside
from redact.types import Finding

# the marks with a slash, the navies' and ships' letters before a name ("HMS", "MV", "SY"), and a boat's noun;
# not "MS" or "MY" without their slash: the title "MS ANNA BERG" of a letter in capitals and a capitalised "MY" are
# read as often as a ship's mark, and a ship's name kept masked costs a reviewer less than a person left readable
_SLASHED = r"[MSRFT]/[YSTVFR]|S/S|M/F|T/S"
_LETTERS = r"HMS|HMCS|HMAS|RMS|USS|USNS|HSwMS|KNM|HDMS|FGS|RV|MV|SY|MT|FV"
_VESSEL_NOUN = (r"båten|husbåten|segelbåten|motorbåten|fritidsbåten|fiskebåten|snipan|ekan|skutan|jakten|fartyget|"
                r"fiskefartyget|lastfartyget|passagerarfartyget|färjan|bogserbåten|pråmen|kryssaren|yachten|"
                r"motorseglaren|segelfartyget|skeppet|lustjakten|vessel|yacht|ship|boat|tanker|ferry|"
                r"schooner|trawler|cutter|sloop|ketch")
# the name: capitalised words, a Roman numeral or a number after them ("Ingrid II", "Freja 3"), in quotes or not
_WORD = r"[A-ZÅÄÖÆØÉÜ][^\W\d_]*(?:-[A-ZÅÄÖÆØÉÜ][^\W\d_]*)?(?![/\w])"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|[IVX]{{1,4}}(?![\w/])|\d{{1,3}}(?![\w/:.,-]\d)))" + "{0,3}"
_QUOTE = "[\"”“'’»«]"
# (in lower case too, as Swedish papers write "m/s Kristina", but not after a number: "12 m/s" is a wind's speed)
_MARK = rf"(?:{_SLASHED}|{_LETTERS}|(?<![\d])(?<![\d][ ])(?:m/[sytv]|s/[yv]))\.?"
_VESSEL = compile_scanning(
    rf"(?<![\w/])(?:(?i:{_VESSEL_NOUN})[ \t]+(?:{_MARK}[ \t]+)?|{_MARK}[ \t]+){_QUOTE}?(?P<name>{_NAME})")


def vessel_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a vessel's name after its mark or its noun."""
    return [m.span("name") for m in _VESSEL.finditer(text)]


def drop_vessel_names(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that lie inside a vessel's name."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    return persons_outside(findings, vessel_name_spans(text))
