"""A person's name in capitals in a header line: "ANSÖKAN FRÅN WANCHAI BOONYARIT", "AVSEENDE: LELISA DHABA".

An authority's header names the person a case concerns after "från", "avseende", "angående", "beträffande",
"gällande", "rörande" or a label ("ÄRENDE:", "SÖKANDE:", "NAMN:"). In capitals a name no list holds looks like
any other word, so the run after the cue (two to four words, to the line's end, a comma, a bracket, a number or
a Swedish function word) is taken only when every word may be a name (listed as a name, or unlisted and spelled
unlike a Swedish word: no "å", no "-ning", "-lig", "-arna"... and never written in lower case in the document) and
one at least is spelled like a name from abroad (``name_shapes``), or all are listed names. "BESLUT ANGÅENDE
EKONOMISKT BISTÅND", "ANSÖKAN FRÅN BYGGNADSNÄMNDEN" and "AVSEENDE: DETALJPLAN NORRA HAMNEN" stay.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.name_shapes import foreign_shape, swedish_shape
from redact.detect.name_words import F, ORG_SUFFIX, S, U, classify_word, load_lexicons, written_in_lower_case
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_, compile_rule
from redact.detect.places import countries
from redact.types import Finding

_CUE = (r"(?:FRÅN|AVSEENDE|ANGÅENDE|BETRÄFFANDE|GÄLLANDE|RÖRANDE)[ \t]*:?"
        r"|(?:ÄRENDE|SÖKANDE|KLAGANDE|MOTPART|NAMN|PATIENT|ELEV|BARNET|BRUKARE|KLIENT)[ \t]*:")
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)?"
_HEADER = compile_rule(
    rf"(?<![^\W\d_])(?:{_CUE})[ \t]*(?:[-–][ \t]*)?(?P<run>{_WORD}(?:[ \t]+{_WORD}){{1,5}})(?![\w-])"
)
# Swedish words that end the name run: prepositions, conjunctions, "född".
_STOPS = frozenset({
    "om", "och", "för", "till", "i", "av", "på", "med", "samt", "enligt", "ang", "gällande", "avseende", "född",
    "f", "mot", "vid", "hos", "inom", "under", "efter", "m", "mfl", "eller", "ej", "inte", "den", "det", "de",
})
# What may follow the run on its line: nothing, a comma, a bracket, a dash, a number.
_AFTER = re.compile(r"[ \t]*(?:$|\n|,|\(|[-–][ \t]|\d)")


def _may_be_name(word: str, text: str) -> bool:
    """A word in capitals that may be part of a name: listed as a name, or unlisted and not a Swedish word."""
    lex = load_lexicons()
    cls = classify_word(word, lex)
    if cls in (F, S):
        return not written_in_lower_case(word, text)
    return (cls == U and len(word) >= 2 and not swedish_shape(word) and not ORG_SUFFIX.search(word)
            and not written_in_lower_case(word, text))


def _check_header(text: str, m: re.Match[str]) -> Verdict | None:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not any(c.isalpha() for c in line) or line != line.upper():
        return None  # a header in capitals only: in mixed case the other rules read the name
    words = []
    for w in re.finditer(r"\S+", m.group("run")):
        if w.group(0).lower().rstrip(".") in _STOPS:
            break
        words.append(w)
    if not 2 <= len(words) <= 4:
        return None
    end = m.start("run") + words[-1].end()
    if len(words) < len(m.group("run").split()):
        pass  # a function word ends the run ("... WANCHAI BOONYARIT OM BOSTADSANPASSNING")
    elif not _AFTER.match(text, end):
        return None
    tokens = [w.group(0) for w in words]
    if not all(_may_be_name(t, text) for t in tokens):
        return None
    lex = load_lexicons()
    # a word no list holds spelled like a name from abroad, or listed names only ("MOPED KLASS" stays: a word
    # beside a listed name is no evidence)
    classes = [classify_word(t, lex) for t in tokens]
    if not (any(c == U and foreign_shape(t) for c, t in zip(classes, tokens)) or all(c in (F, S) for c in classes)):
        return None
    places = countries()
    if any((t.lower(),) in places for t in tokens) or tuple(t.lower() for t in tokens) in places:
        return None
    return Verdict(m.start("run"), end, "namn i versaler efter rubrikord")


class HeaderNameRecognizer(SwedishPatternRecognizer):
    """A name in capitals after a header's cue ("ANSÖKAN FRÅN ...", "AVSEENDE: ...")."""

    ENTITY = "PERSON"
    NAME = "header_name"
    CONTEXT = ()
    RULES = (Rule("name_in_capitals_header", _HEADER, score=0.8, check=_check_header,
                  needs=("från", "avseende", "angående", "beträffande", "gällande", "rörande", "ärende", "sökande",
                         "klagande", "motpart", "namn", "patient", "elev", "barnet", "brukare", "klient")),)


# A header's cue in a line ("ANSÖKAN FRÅN", "UTREDNING AVSEENDE:").
_CUE_IN_LINE = compile_(rf"(?<![^\W\d_])(?:{_CUE})(?![^\W\d_])[ \t]*")


def without_header_cues(findings: list[Finding], text: str) -> list[Finding]:
    """PERSON findings on a capitals header line without the header's words: the opening up to the cue
    ("ANSÖKAN FRÅN THONGCHAI SAENGTHONG") and a function word after the name ("NASRIN QADERZAI OM FÄRDTJÄNST")."""
    out: list[Finding] = []
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None or not text[f.start:f.end].isupper():
            out.append(f)
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        cue = _CUE_IN_LINE.search(line)
        if line != line.upper() or cue is None or line_start + cue.end() > f.end:
            out.append(f)
            continue
        a, b = max(f.start, line_start + cue.end()), f.end
        while a < b and text[a] in " \t-–":
            a += 1
        words = text[a:b].split()
        while words and words[-1].lower().rstrip(".") in _STOPS:
            words.pop()
        if not words:
            continue
        b = a + text[a:b].rindex(words[-1]) + len(words[-1])
        out.append(f if (a, b) == (f.start, f.end) else replace(f, start=a, end=b, text=text[a:b]))
    return out
