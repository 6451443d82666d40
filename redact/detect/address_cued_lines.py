"""A former home on a line of its own after its cue, taken whole to the end of its clause.

A relative's mail writes where someone lived in its own language, the cue ending its line and the home on the next,
up to the comma after which the sentence goes on ("Mi madre vivía antes en" / "Av. …, Los Jardines, Santiago de los
Caballeros," / "en noviembre se muda a …"; "Ээж өмнө нь энэ хаягт амьдардаг байсан:" / "Эрдэнэт, … сум, 5-р баг, 27
байр,"). A rule of that country's shape or the tagger may find a part of it, or the name model a name in it; the rest
stays readable. The line says what it is: the cue's line ends with a colon or a preposition of place, or holds the word
for an address, the home's line holds a number and a part found, and ends with the comma before the sentence's next
clause, in small letters on the next line. The whole line to that comma is the home. Where only a name was read in
the line, the cue must name the address or the place ("Barnets namn:" / "Lisa Berg, 12 år," names none).

A home without a number ("Pointe Larue, Mahé, Seychelles," / "Quartier Magarama, Gitega, Burundi,") is taken where
its line holds only places of capitalised words parted by commas and the cue names the address or says someone lived
there ("My mother used to live at"); names listed after such a cue, every place of the line read as a person's and
none with a street's or a quarter's word, stay names.

A line holding another finding (a date, a phone, a number) is no home's, nor is one whose cue line ends a sentence;
a paragraph wrapped at any word, a sentence ending inside the cue's line or the home's, has no lines of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.address_abroad import _KIND_WORD
from redact.detect.address_inline_homes import HOME_PLACE
from redact.detect.window_places import line_spans
from redact.types import Finding

# an address's noun on the cue's line, in the languages the documents quote ("osoitteessa", "хаягт", "indirizzo")
_ADDRESS_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:adres|address|adress|indiriz|direcci|endere|morada|osoit|aadress|"
                           r"адрес|διεύθυνσ|heimilisfang|хаяг)")
# a verb of living on the cue's line, before its preposition ("my mother lived at", "habitait auparavant à", "vivía en")
_DWELLING = re.compile(r"(?i)(?<![^\W\d_])(?:liv(?:e|ed|es|ing)|resid|habit|vivi|vivía|morava|morou|mora|wohnt|woon|"
                       r"bodde|boede|bor|mieszka|έμεν|жил|прожива)")
# a home written without a number: two to four places of capitalised words, parted by commas ("Pointe Larue, Mahé,
# Seychelles", "Quartier Magarama, Gitega, Burundi", "Clarke Street, Vieux Fort"), a particle between its words
_UNNUMBERED_HOME = re.compile(rf"{HOME_PLACE}(?:,[ \t]*{HOME_PLACE}){{1,3}},$")
# a preposition of place ending the cue's line ("vivía antes en", "lived at", "mieszkała wcześniej przy"; the Faroese
# and Icelandic "á", "í": "búði fyrr á")
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:at|in|on|en|na|op|aan|de|la|al|au|ag|à|á|í|em|no|przy|pod|w|v|ve|u|"
                                r"på|i|vid|hos|tại|у|в|на|по)$")


# a sentence's end inside a line: a word's stop and the next sentence's capital ("därifrån. Dil", "Garvaregatan. Sunita")
_SENTENCE_END = re.compile(r"[^\W\d_]{3,}[.!?][ \t]+[^\W\d_]")


def _cue(line: str) -> bool:
    """Whether a line names a home to come: an address's noun in it, or a preposition of place ending it (a colon
    after it too: "vivía antes en:")."""
    return bool(_ADDRESS_WORD.search(line)) or bool(_PLACE_PREPOSITION.search(line.rstrip().rstrip(":").rstrip()))


def _all_names(line: str, a: int, inside: list[Finding]) -> bool:
    """Whether every comma-parted place of a line is a name read as a person's, and none has a street's or a
    quarter's word ("Clarke Street", "Quartier Kipé" are places whatever the name model read)."""
    if any(_KIND_WORD.fullmatch(w) for w in re.findall(r"[^\W\d_]+", line)):
        return False
    at = a
    for part in line.rstrip(",").split(","):
        lead = len(part) - len(part.lstrip())
        p0, p1 = at + lead, at + len(part.rstrip())
        if not any(f.category == "PERSON" and f.start <= p0 and p1 <= f.end for f in inside):  # type: ignore[operator]
            return False
        at += len(part) + 1
    return True


def with_cued_home_lines(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """The findings, with every home line after its cue one address finding to the comma that ends it."""
    live = [f for f in findings if f.status != "rejected" and f.start is not None and f.end is not None]
    lines = line_spans(text)
    added: list[Finding] = []
    absorbed: set[int] = set()
    for (pa, pb), (a, b), (na, nb) in zip(lines, lines[1:], lines[2:]):
        line = text[a:b]
        cue = text[pa:pb]
        # (a home without a number: its places alone, after a cue naming the address or saying someone lived there)
        unnumbered = (not any(c.isdigit() for c in line) and _UNNUMBERED_HOME.match(line) is not None
                      and _cue(cue) and (_ADDRESS_WORD.search(cue) is not None or _DWELLING.search(cue) is not None))
        if (not line.endswith(",") or not (unnumbered or any(c.isdigit() for c in line)) or not text[na:na + 1].islower()
                or cue.endswith((".", "!", "?")) or not (cue.endswith(":") or _cue(cue))
                # (a paragraph wrapped at any word: the cue's sentence opens inside its line, or the home's line goes
                # on into the next sentence; a mail's own lines hold one clause each)
                or _SENTENCE_END.search(cue) or _SENTENCE_END.search(line)):
            continue
        end = b - 1
        inside = [f for f in live if f.start < end and a < f.end]  # type: ignore[operator]
        # (a colon alone names no home: "Barnets namn:" / "Lisa Berg, 12 år,"; an address found after it does)
        found = any(f.category == "ADDRESS" for f in inside)
        if (not (found or unnumbered or (_cue(cue) and any(f.category == "PERSON" for f in inside)))
                or any(f.category not in ("ADDRESS", "PERSON") for f in inside)
                or any(f.start < a or f.end > b for f in inside)):  # type: ignore[operator]
            continue
        if any(f.category == "ADDRESS" and f.start == a and f.end == end for f in inside):
            continue
        if unnumbered and not found and _all_names(line, a, inside):
            continue  # (names listed after the cue: "som bodde i" / "Anna Berg, Per Holm,")
        absorbed.update(id(f) for f in inside)
        added.append(Finding(id=f"p{page}-cue{a}", page=page, start=a, end=end, text=text[a:end], category="ADDRESS",
                             score=0.75, detector="address", reason="hem på en egen rad efter sin inledning"))
    if not added:
        return findings
    kept = [f for f in findings if id(f) not in absorbed]
    merged = sorted(kept + added, key=lambda f: (f.start or 0, f.end or 0, f.category))
    return [replace(f, id=f"p{page}-{n}") for n, f in enumerate(merged)]
