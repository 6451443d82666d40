"""Letters the document itself defines as a body's, a place's or a law's code: they are nobody's initials.

A list of applications gives each school a code ("Kvarnbackaskolan (KB), Tallbränna skola (TB)") and fills
its choice columns with them; a payroll list names the committees a member sat on ("KF, KS") and explains
them in a key below the table ("KF fullmäktige, KS kommunstyrelsen, BUN barn och utbildning"). Read one cell a
line, such cells look like the initials of a signing column, and the tagger takes "går på KB" for a name.
Where the document defines the letters for a body, a place or a school, a finding that is those letters and
nothing else is dropped. Letters the document ties to a person ("Karin Berg (KB)") are never defined here.
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compile_scanning
from redact.types import Finding

_CODE = r"[A-ZÅÄÖ]{2,4}"

# "Kvarnbackaskolan (KB)", "Tallbränna skola (TB)", "Ekby Montessori (EM, fristående": up to three words right
# before the bracket that opens with the letters.
_BRACKETED = re.compile(
    rf"(?P<name>[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){{0,2}})[ \t]+\((?P<code>{_CODE})(?=[),;:])")

# A key to the letters: three entries at least, each the letters and lower-case words, between commas
# ("KF fullmäktige, KS kommunstyrelsen, BUN barn och utbildning, SN socialnämnden").
_ENTRY = rf"(?<![\w-])({_CODE})[ \t]*[=:–-]?[ \t]+[a-zåäö][a-zåäö-]*(?:[ \t]+[a-zåäö][a-zåäö-]*){{0,3}}"
_KEY = compile_scanning(rf"{_ENTRY}(?:[ \t]*[,;][ \t]*\n?[ \t]*{_ENTRY}){{2,}}")
_KEY_ENTRY = re.compile(_ENTRY)

# A sentence that explains short forms names them as such ("Förkortningarna AL, SN och FHM avser …", "Koderna BK och
# PRV i appen är …"): each is a law's, a body's or a code's, whatever its letters, no one's initials.
_SHORT = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}[A-ZÅÄÖ]"
_SHORT_FORMS = compile_scanning(
    rf"(?<![\w-])(?:Förkortning(?:en|arna)|Kod(?:en|erna)|Beteckning(?:en|arna)|Akronym(?:en|erna))[ \t]+"
    rf"(?P<list>{_SHORT}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt|eller)[ \t]+){_SHORT})*)(?=[ \t]+[a-zåäö(])")
# A law's short form after the word citing it ("enligt LoU", "Värdering enligt LL och ExL", "med stöd av TrL"): a
# capital, small letters and the capital of its kind (lag, balk, förordning), or "L" and the small and capital letters
# of what the law is on ("LoU", "LuF"); a person's initials of that shape ("SmH") are not cited by "enligt" so
_LAW = r"(?:[A-ZÅÄÖ][a-zåäö]{1,3}[LBF]|L[a-zåäö][A-ZÅÄÖ])"
_CITED_LAWS = compile_scanning(
    rf"(?<![\w-])(?:enligt|enl\.|jfr|jämför|med[ \t]+stöd[ \t]+av)[ \t]+"
    rf"(?P<list>(?:(?:{_SHORT})(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt|eller)[ \t]+))*{_LAW})(?![\w-])")
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:och|samt|eller)[ \t]+")
# A law's short form cited by its chapter or section ("KML 2 kap.", "LNM 18 §", "SoL, FL 13 §"): a law, whatever its
# letters, and the short forms listed before it with it; a person's initials are never cited by chapter or section
_CHAPTERED_LAWS = compile_scanning(
    rf"(?<![\w-])(?P<list>(?:{_SHORT}(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt|eller)[ \t]+))*{_SHORT})"
    rf"(?P<cite>[ \t]+\d{{1,3}}[ \t]*(?:kap\.?|§))")

# A finding made of defined letters only, one or several ("KF, KS", "SM.", "(TB)").
_PARTS = re.compile(r"[\s,;/&()]+")


def _place_or_body(name: str, text: str) -> bool:
    """True when the words before the bracket name a body, a school or a place, not a person: a lower-case noun
    ends them ("Tallbränna skola"), their one word ends as a body's does ("Kvarnbackaskolan"), or their first word
    is the town the document names as a municipality or a postal town ("Ekby Montessori")."""
    from redact.detect.no_person_spans import names_municipality
    from redact.detect.name_words import ORG_SUFFIX

    words = name.split()
    if len(words) > 1 and words[-1][:1].islower():
        return words[-1].isalpha()
    if len(words) == 1:
        return ORG_SUFFIX.search(words[0]) is not None
    return names_municipality(words[0], text)


def _role(description: str) -> bool:
    """True when the words after the letters open with a person's title or role ("ordförande", "handläggare")."""
    from redact.resolve.derived_short_forms import title_words

    words = description.strip(" \t=:–-").split()
    return bool(words) and words[0].lower() in title_words()


def _definitions(text: str) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """The letters the text defines for a body, a school or a place, and where it names those it gives letters."""
    out, persons, spans = set(), set(), []
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            code, words = m.group("code"), m.group("name").split()
            # the letters stand for the name: the code opens with its first letter ("Handläggare Bengt Dahl (BD)":
            # "Bengt Dahl")
            names = [" ".join(words[n:]) for n in range(len(words)) if words[n][0].upper() == code[0]]
            if not names:
                continue
            if _place_or_body(names[0], text):
                out.add(code)
                spans.append((m.end("name") - len(names[0]), m.end("name")))
            else:
                persons.add(code)
    for m in _KEY.finditer(text):
        entries = list(_KEY_ENTRY.finditer(m.group()))
        # "AB ordförande, CD sekreterare, EF ledamot": people's initials and their roles, no key
        if not any(_role(e.group()[len(e.group(1)):]) for e in entries):
            out.update(e.group(1) for e in entries)
    for pattern in (_SHORT_FORMS, _CITED_LAWS, _CHAPTERED_LAWS):
        for m in pattern.finditer(text):
            out.update(_LIST_SEP.split(m.group("list")))
    # letters the text also gives a person ("Karin Berg (KB)") stay that person's
    return frozenset(out - persons), spans


def defined_codes(text: str) -> frozenset[str]:
    """The letters the text defines as a body's, a school's or a place's code."""
    return _definitions(text)[0]


def _only_codes(f: Finding, codes: frozenset[str]) -> bool:
    parts = [p.rstrip(".:") for p in _PARTS.split(f.text) if p.strip(".:")]
    return bool(parts) and all(p in codes for p in parts)


# Short forms listed after one another ("PBL, RAÄ", "SoL, LSS och HSL").
_SHORT_LIST = compile_scanning(rf"(?<![\w-]){_SHORT}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|samt)[ \t]+){_SHORT})+(?![\w-])")


def _lists_with_a_law(text: str, codes: frozenset[str]) -> list[tuple[int, int]]:
    """Where short forms are listed with a law's among them ("PBL, RAÄ" under a decision's grounds): the laws and
    bodies a matter rests on, no signers' initials (those are never listed with a law). A law's two letters ("FL",
    "KL") are as often a signer's: they count only where the text cites them as a law."""
    from redact.detect.not_initials import LAW_ABBREVIATIONS

    return [m.span() for m in _SHORT_LIST.finditer(text)
            if any(p in codes or (p in LAW_ABBREVIATIONS and len(p) >= 3) for p in _LIST_SEP.split(m.group()))]


def drop_defined_codes(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without the persons that are letters the text defines for a body or a place, or that body's name."""
    codes, bodies = _definitions(text)
    # the body's own name before its letters is no person either ("Ekby Montessori (EM)", "Lindö skola (LS)"), nor
    # are the short forms listed with a law; a law cited with its chapter's or section's number ("LNM 18 §") is no
    # one's identifier either
    no_person = bodies + _lists_with_a_law(text, codes)
    cited = [(m.start("list"), m.end("cite")) for m in _CHAPTERED_LAWS.finditer(text)]

    def inside(f: Finding, spans: list[tuple[int, int]]) -> bool:
        return any(a <= (f.start or -1) and (f.end or 0) <= b for a, b in spans)

    return [f for f in findings if not (f.category == "PERSON" and (_only_codes(f, codes) or inside(f, no_person)))
            and not (f.category in ("PERSON", "ID_NUMBER") and inside(f, cited))]
