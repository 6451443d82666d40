"""Initials given with the name they stand for: "mkr är Maja Krantz", "P-ÅL = Per-Åke Lund", "ti står för Tove
Isaksson", or in brackets after it ("Maja Krantz (mkr)"). A key of initials in a signature or a note's footer, in
any case or shape.

Small letters alone ("mkr") look like a word, so the name after the key must agree with them: the first letter
opens the given name, the letters follow one another in the name, and the surname's first letter is among them.
"""

from __future__ import annotations

import re

from redact.detect.initials_shapes import ABBREVIATIONS, SHORT_WORDS

_NAME_WORD = r"[A-ZÅÄÖÉÜÆØ][a-zåäöéüæøáíóúñç]+(?:-[A-ZÅÄÖÉÜÆØ][a-zåäöéüæøáíóúñç]+)?"
# The key opens a line or follows a separator; the name follows on the line or the next.
_KEY = re.compile(
    r"(?:^|(?<=[\n(;,:])|(?<=[\n(;,:][ \t])|(?<=\boch[ \t]))[ \t]*"
    r"(?P<token>[^\W\d_]{1,3}(?:[.\-]?[^\W\d_]{1,3}){0,2}\.?)"
    r"[ \t]+(?:är|=|står[ \t]+för|avser)[ \t]*\n?[ \t]*"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})",
    re.MULTILINE,
)


def _agree(token: str, name: str) -> bool:
    """True when the initials' letters follow one another in the name, the first opening it, the surname's
    first letter among them."""
    letters = re.sub(r"[.\-]", "", token).casefold()
    words = name.casefold().split()
    if not 2 <= len(letters) <= 4 or letters[0] != words[0][0] or words[-1][0] not in letters[1:]:
        return False
    joined = "".join(words)
    pos = 0
    for ch in letters:
        pos = joined.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


# A full name and its initials in brackets right after it ("Karin Ekvall (kek)", "Per Lund (pl)").
_BRACKETED = re.compile(rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]*\([ \t]*"
                        r"(?P<token>[^\W\d_]{1,3}(?:[.\-]?[^\W\d_]{1,3}){0,2}\.?)[ \t]*\)")


def keyed_initials(text: str) -> list[tuple[int, int]]:
    """(start, end) of initials right before the name they stand for ("ejo är Elsa Jonmark"), or in brackets
    right after it ("Elsa Jonmark (ejo)")."""
    out: list[tuple[int, int]] = []
    if " är" not in text and "=" not in text and "står" not in text and "avser" not in text and "(" not in text:
        return out
    keys = [*_KEY.finditer(text), *(_BRACKETED.finditer(text) if "(" in text else ())]
    for m in keys:
        token = m.group("token")
        low = token.lower().rstrip(".")
        if low in SHORT_WORDS or re.sub(r"[.\-]", "", low) in ABBREVIATIONS or not _agree(token, m.group("name")):
            continue
        out.append((m.start("token"), m.end("token")))
    return out
