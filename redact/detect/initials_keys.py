"""Initials given with the name they stand for: "mkr är Maja Krantz", "P-ÅL = Per-Åke Lund", "ti står för Tove
Isaksson", or in brackets after it ("Maja Krantz (mkr)", "Per-Åke (P-Å L)"). A key of initials in a signature or a
note's footer, in any case or shape.

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


# A hyphenated given name and the initials in brackets after it, the surname's letter apart ("Karl-Olof (K-O L)",
# "Ann-Marie Borg (A-M B)"): the given name's parts open with the letters before the space, a surname written
# opens with the letter after it.
_CAP = "[A-ZÅÄÖÉÜÆØ]"
_SPACED = re.compile(rf"(?<![\w-])(?P<given>{_CAP}[a-zåäöéüæøáíóúñç]+-{_CAP}[a-zåäöéüæøáíóúñç]+)"
                     rf"(?P<surname>(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*\([ \t]*"
                     rf"(?P<token>(?P<first>{_CAP})\.?-(?P<second>{_CAP})\.?[ \t]+(?P<last>{_CAP})\.?(?:{_CAP}\.?)?)"
                     r"[ \t]*\)")


def _spaced_keys(text: str) -> list[tuple[int, int]]:
    """(start, end) of initials with the surname's letter apart, in brackets after the hyphenated given name."""
    out = []
    for m in _SPACED.finditer(text):
        parts = m.group("given").split("-")
        surname = m.group("surname").split()
        if (parts[0][0], parts[1][0]) != (m.group("first"), m.group("second")):
            continue
        if surname and surname[-1][0] != m.group("last"):
            continue
        out.append((m.start("token"), m.end("token")))
    return out


# Where a key's verb can stand: every match of _KEY holds one of these, on the line its match begins on (after the
# verb come blanks, a line end or the name's capital).
_VERB = re.compile(r"[ \t](?:är|=|står[ \t]+för|avser)(?=[ \t\nA-ZÅÄÖÉÜÆØ])")


def _key_matches(text: str) -> list[re.Match[str]]:
    """What ``_KEY.finditer(text)`` gives, tried only at the few places before a key's verb where a match can begin.

    _KEY tries its four openings at every position of the page (a third of a millisecond a page), and a page
    mostly holds no key. Between a match's beginning and its verb stand only blanks, the initials and blanks, so
    it begins after the blanks, the run of other characters and the blanks that come before the verb; it is
    tried there as the whole search tries it (``match`` at a position of the whole text: look-behinds and
    ``^`` read what stands before), position by position in order, a match's end where the next is looked for.
    """
    out: list[re.Match[str]] = []
    tried = 0  # every position before this was tried or lies inside a match
    for verb in _VERB.finditer(text):
        at = verb.start()
        lo = at
        while lo > 0 and text[lo - 1] in " \t":
            lo -= 1
        while lo > 0 and text[lo - 1] not in " \t\n":
            lo -= 1
        while lo > 0 and text[lo - 1] in " \t":
            lo -= 1
        pos = max(lo, tried)
        while pos <= at:
            m = _KEY.match(text, pos)
            if m is None:
                pos += 1
            else:
                out.append(m)
                pos = m.end()  # (never empty: the initials hold a letter)
        tried = max(tried, pos)
    return out


def keyed_initials(text: str) -> list[tuple[int, int]]:
    """(start, end) of initials right before the name they stand for ("ejo är Elsa Jonmark"), or in brackets
    right after it ("Elsa Jonmark (ejo)")."""
    out: list[tuple[int, int]] = []
    if " är" not in text and "=" not in text and "står" not in text and "avser" not in text and "(" not in text:
        return out
    keys = [*_key_matches(text), *(_BRACKETED.finditer(text) if "(" in text else ())]
    for m in keys:
        token = m.group("token")
        low = token.lower().rstrip(".")
        if low in SHORT_WORDS or re.sub(r"[.\-]", "", low) in ABBREVIATIONS or not _agree(token, m.group("name")):
            continue
        out.append((m.start("token"), m.end("token")))
    return out + (_spaced_keys(text) if "-" in text else [])
