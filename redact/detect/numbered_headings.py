"""A document's numbered parts: "Skrivelse 2, inkom 9 december", "Blankett 3, vuxen, …", "Yttrande 4: …".

A document that collects letters, forms or statements heads each with the same word and its running number, at
a line's start, the number followed by a comma or a colon and a description in small letters. The tagger reads
"Word 2" as a village's home ("Åsbacka 2"). A home is not numbered so: a village's homes listed one a line are
followed by their postcode or a name, and a home's number is not one of a run of its word's numbers that each
open a line before small words. A heading may also stand alone on its line ("Ansökan 2" over the part's form); then
its word numbers a run without gaps ("Ansökan 1" … "Ansökan 7"), which a village's house numbers seldom are.
"""

from __future__ import annotations

import re

# the word and its number open a line; a comma, a colon or a dash and small words follow ("Skrivelse 2, inkom")
_HEADING = re.compile(r"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]{2,})[ \t]+(?P<n>\d{1,3})[ \t]*[,:–-][ \t]*[a-zåäö(]")
_RUN = 3  # the word's headings with different numbers at least: two may be a village's two homes
# the word and its number alone on their line ("Ansökan 2")
_ALONE = re.compile(r"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]{2,})[ \t]+(?P<n>\d{1,3})[ \t]*$")


def numbered_heading(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a word and its number heading one of the document's numbered parts."""
    m = _HEADING.match(text, text.rfind("\n", 0, a) + 1)
    if m is None or m.start("word") != a or m.end("n") != b:
        return _alone_in_a_run(text, a, b)
    word = m.group("word")
    numbers = {h.group("n") for h in _HEADING.finditer(text) if h.group("word") == word}
    return len(numbers) >= _RUN


def _alone_in_a_run(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a word and its number alone on a line, the word heading at least three such lines
    whose numbers follow one another without a gap."""
    m = _ALONE.match(text, text.rfind("\n", 0, a) + 1)
    if m is None or m.start("word") != a or m.end("n") != b:
        return False
    numbers = {int(h.group("n")) for h in _ALONE.finditer(text) if h.group("word") == m.group("word")}
    return len(numbers) >= _RUN and max(numbers) - min(numbers) + 1 == len(numbers)
