"""Initials in running text, by where they stand: a token in a shape only initials have ("c.am", "t.bl",
"i-l.k", "Eva.N", "AnnaK", see ``redact.detect.initials_shapes``) is a person's where a person stands:

* after a role or a signing label ("Handläggare: c.am", "hl. B-MK", "Sign. t.bl", "Vår ref: ÅsA");
* after a participle or a deed and "av" ("Kontrollerad av g.sv", "Beslut av c.am", "mätt av Pe-Ö");
* after a slash that signs ("ok/t.bl", "Carina Holm /c.am");
* alone in brackets ("anmälan återkallas (i-l.k)", "(c.am 2026-05-04)");
* as a note's writer at its line's start ("2026-05-04 c.am: ringde ägaren");
* before the name it stands for ("Eva.N = Eva Norell") or before a role in brackets ("c.am (rektor)");
* in a list after initials taken so ("Beslut av LeF (rektor) och c.am").

The document need not name the person: the shape and the place together say it. Small letters alone ("jk")
are too like words for running text and are left to the signing words of ``redact.detect.initials``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.detect.first_chars import compile_scanning, compiled
from redact.detect.initials_shapes import hand_initials

_L = r"[^\W\d_]"
# A candidate: letter groups with dots or hyphens, or a short run with a capital inside; not part of an
# address, a domain or a longer word ("a.lu@x.se", "hjortsele.se", "e-post").
_TOKEN = re.compile(
    rf"(?<![\w.@\-])({_L}{{1,3}}(?:\.?-{_L}{{1,3}}|\.{_L}{{1,3}}){{1,3}}\.?|"
    r"[A-ZÅÄÖÉÜØÆa-zåäöéüøæ][a-zåäöéüøæ]{0,4}[A-ZÅÄÖÉÜØÆ][a-zåäöéüøæ]{0,2})(?![\w@\-]|\.[\w])"
)
# Plain capitals: initials too ("KT"), taken here only as the first of a list ("Beslut av KT och c.am").
_CAPS = compile_scanning(r"(?<![\w.@\-])([A-ZÅÄÖ]{2,4})(?![\w@\-])")

_ROLE_WORDS = (
    r"(?:[a-zåäö]*(?:handläggare|inspektör|kontrollant|kontrollör|registrator|utredare|granskare|attestant|"
    r"föredragande|justerare|röstmottagare|bibliotekarie|beslutsfattare|sekreterare|ansvarig|provtagare|"
    r"utförare|besiktningsman)"
    r"|handl\.?|hl\.?|hdl\.?|sign\.?|signatur|signum|initialer|ansv\.|besl\.|insp\.|kontr\.|föredr\.|sekr\.|"
    r"just\.|(?:vår|er|min)[ \t]+ref(?:erens)?\.?|ref\.|"
    # a verb of signing or checking in any form ("Signerat", "granskas", "Attesterad", "vidimerat")
    r"(?:signer|gransk|attester|vidimer|juster|kvitter|godkän|kontroller|verifier|fastställ|expedier)[a-zåäö]*)"
    r"(?:[ \t]+av)?"
)
# A role or a signing label right before the initials.
_ROLE_BEFORE = compiled(rf"(?i:(?<![\w])(?:{_ROLE_WORDS}))[ \t]*:?[ \t]*$")
# A participle or a deed and "av" right before ("Kontrollerad av", "Beslut av", "mätt av").
_DONE_BY_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:[a-zåäö]{2,}(?:ad|at|ade|ades|ats|ts|d|t|dd|tt|en|et|des)|beslut|beslutet|handläggning|"
    r"kontroll|kontrollen|inspektion|granskning|besiktning|mätning|mätningen|utredning|bedömning|provtagning|"
    r"signering|attest))[ \t]+av[ \t]*:?[ \t]*$"
)
# A slash that signs: at a line's start, after a space or a bracket, or glued to a word or initials ("ok/ts").
_SLASH_BEFORE = re.compile(r"(?:^|[ \t(]|[^\W\d_]\.?)/[ \t]?$")
_OPEN_BEFORE = re.compile(r"\([ \t]*$")
# the bracket closes, perhaps after the date of signing ("(c.am 2026-05-04)")
_CLOSE_AFTER = re.compile(r"[ \t]*(?:,?[ \t]*(?:19|20)\d\d-\d\d-\d\d|[ \t]+\d{1,2}/\d{1,2})?[ \t]*\)")
# A note's writer at the start of its line, perhaps after its date: "2026-05-04 c.am: ringde ägaren".
_SPEAKER_BEFORE = re.compile(r"^[ \t]*(?:(?:19|20)\d\d-\d\d-\d\d(?:[ \t]+\d{1,2}[.:]\d\d)?[ \t]+)?$")
_SPEAKER_AFTER = re.compile(r":[ \t]")
# "= Eva Norell": the name the initials stand for follows.
_DEFINED_AFTER = re.compile(r"[ \t]*=[ \t]*[A-ZÅÄÖÉÜ][^\W\d_]+")
# "(biträdande rektor)": a role in brackets after the initials.
_ROLE_AFTER = re.compile(r"[ \t]*\(([a-zåäöéü \-]{2,40})\)")
# Between the items of a list ("LeF (rektor) och c.am", "UlfS / M.Ah", "BeS, k.ön").
_LIST_BEFORE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:,|och|&|/|samt)[ \t]*$")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from redact.detect.name_words import load_lexicons

    return load_lexicons().titles


def _role_in_brackets(text: str, end: int) -> bool:
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    return bool(words) and (words[-1] in _titles() or bool(_ROLE_BEFORE.search(words[-1])))


def find_placed_initials(text: str) -> list[tuple[int, int, str]]:
    """(start, end, why) of initials in running text that stand where a person stands (see the module)."""
    if not any(c in text for c in ".-") and not re.search(r"[a-zåäö][A-ZÅÄÖ]", text):
        return []
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []  # every accepted span, to continue lists from
    caps_anchor = [(m.start(1), m.end(1)) for m in _CAPS.finditer(text)]
    for m in _TOKEN.finditer(text):
        raw = m.group(1)
        a, b = m.start(1), m.end(1)
        if not hand_initials(raw) or _in_address(text, a, b):
            continue
        line_start = text.rfind("\n", 0, a) + 1
        before = text[max(line_start, a - 60):a]
        why = ""
        if _ROLE_BEFORE.search(before):
            why = "initialer efter en roll eller en signering"
        elif _DONE_BY_BEFORE.search(before):
            why = "initialer efter den som gjort något"
        elif _SLASH_BEFORE.search(before) and not re.search(r"\d[ \t]?/[ \t]?$", before):
            why = "initialer efter ett snedstreck"
        elif _OPEN_BEFORE.search(before) and _CLOSE_AFTER.match(text, b):
            why = "initialer inom parentes"
        elif _SPEAKER_BEFORE.match(text[line_start:a]) and _SPEAKER_AFTER.match(text, b):
            why = "initialer för den som skrivit anteckningen"
        elif _DEFINED_AFTER.match(text, b):
            why = "initialer före namnet de står för"
        elif _role_in_brackets(text, b):
            why = "initialer före en roll inom parentes"
        else:
            lst = _LIST_BEFORE.search(before)
            if lst is not None:
                head_end = a - (len(before) - lst.start())
                if any(e == head_end for _, e in taken) or any(
                        e == head_end and _placed_caps(text, s, e) for s, e in caps_anchor):
                    why = "initialer i en lista med initialer"
        if why:
            out.append((a, b, why))
            taken.append((a, b))
    return out


def _in_address(text: str, start: int, end: int) -> bool:
    """True when the token is part of a web or mail address ("www.x.se/a.lu", "a.lu@x.se")."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    word = text[left:end + 40].split(None, 1)[0] if text[left:end + 40].strip() else ""
    return "@" in word or "://" in word or "www." in word.lower()


def _placed_caps(text: str, start: int, end: int) -> bool:
    """Capitals that head a list of initials where a person stands ("Beslut av KT och c.am")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start]
    return bool(_ROLE_BEFORE.search(before) or _DONE_BY_BEFORE.search(before))
