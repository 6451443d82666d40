"""A name or an address a model read around an identifier's letters: the identifier alone is the data.

A serial of letters and digit groups ("KT 5521 0930 B") written again in a sentence ("Sond KT 5521 0930 B.
Dotterns journal …") may be read by the models as a street and its number ("Sond KT 5521 0930") or as an
initial and a surname ("B. Dotterns"). Once the identifier is found there (its copy from the page that names it, see
``redact.resolve.propagate``), the model's span reaches past it only with the words around it. Those words are no
person's data when what lies outside the identifier holds no listed name (a name's span) or no number (an
address's), and the model's span is dropped; the identifier stays masked whole.

A model's name read inside a rule's identifier ("Archimedes" in the serial "Archimedes 1938-44182" after its label,
the make opening the number) is dropped too: the identifier masks those letters, and the merged finding keeps the
identifier's category, not a person's a model's higher score would give it.

A model's identifier reaching past a rule's only by a device's kind before it ("PLB" of "PLB 2DCC… 4B1") is dropped
too: the kind says what the code belongs to, as a model's name would, and stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.types import Finding

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a street's word left outside the identifier: the address may be a home's though its number is the identifier's
# a device's kind in capitals ("PLB", "EPIRB", "GPS"): what a code belongs to, no part of it
DEVICE_KIND = re.compile(r"PLB|EPIRB|ELT|SART|AIS|GPS|IMEI|IMSI|ICCID|SIM|MAC|MMSI")
_STREET_WORD = re.compile(r"(?i)(?:gatan|gata|vägen|väg|gränd|gränden|stigen|backen|torget|allén|platsen|leden|"
                          r"lgh|lägenhet|box)(?![\w])")


def _model_read(f: Finding) -> bool:
    """True for a span only a model proposed: the span tagger's, or a name the name reader took from the NER alone."""
    if f.detector == "learned_spans":
        return True
    return f.detector == "names" and bool(f.reason) and all(
        part.strip().startswith("ner:") for part in f.reason.split("|"))


def _listed_name(text: str) -> bool:
    """True when a word of ``text`` is a listed first name or surname, its genitive too."""
    from redact.detect.name_words import load_lexicons

    lex = load_lexicons()
    for w in _WORD.findall(text):
        for form in (w, w[:-1] if len(w) > 2 and w.endswith("s") else w):
            if form in lex.first or form in lex.last:
                return True
    return False


def _reaches_past(f: Finding, ids: Sequence[Finding]) -> str | None:
    """The text of ``f`` outside the identifiers it overlaps, when it overlaps one and reaches past it; else None."""
    assert f.start is not None and f.end is not None
    hit = [g for g in ids if g.start < f.end and f.start < g.end]  # type: ignore[operator]
    if not hit or any(g.start <= f.start and f.end <= g.end for g in hit):  # type: ignore[operator]
        return None
    keep = [True] * (f.end - f.start)
    for g in hit:
        for i in range(max(f.start, g.start), min(f.end, g.end)):  # type: ignore[type-var]
            keep[i - f.start] = False
    return "".join(c if k else " " for c, k in zip(f.text, keep))


def _cuts_into(f: Finding, ids: Sequence[Finding]) -> bool:
    """True when ``f`` begins before an identifier and ends inside it, or begins inside one and ends past it, with no
    digit in its part outside: the model read a word beside a code as the code's and cut the code itself short."""
    assert f.start is not None and f.end is not None
    for g in ids:
        assert g.start is not None and g.end is not None
        if f.start < g.start < f.end < g.end:
            outside = f.text[:g.start - f.start]
        elif g.start < f.start < g.end < f.end:
            outside = f.text[g.end - f.start:]
        else:
            continue
        if not any(c.isdigit() for c in outside):
            return True
    return False


def without_model_spans_around_identifiers(findings: Sequence[Finding]) -> list[Finding]:
    """The findings without a model's name or address that overlaps an identifier of letters and digits and holds,
    outside it, no listed name (a name) or no digit (an address), and without a model's name inside a rule's such
    identifier: the identifier's letters read as a person's."""
    ids: dict[int, list[Finding]] = {}
    for g in findings:
        if (g.category == "ID_NUMBER" and g.status != "rejected" and g.start is not None and g.end is not None
                and any(c.isdigit() for c in g.text) and any(c.isalpha() for c in g.text)):
            ids.setdefault(g.page, []).append(g)
    if not ids:
        return list(findings)
    out = []
    for f in findings:
        if (f.category == "PERSON" and f.page in ids and f.start is not None and f.end is not None and _model_read(f)
                and any(g.detector != "learned_spans" and g.start <= f.start and f.end <= g.end  # type: ignore[operator]
                        for g in ids[f.page])):
            continue  # the make "Archimedes" inside "Archimedes 1938-44182": the identifier's own letters
        if (f.category in ("PERSON", "ADDRESS") and f.page in ids and f.start is not None and f.end is not None
                and _model_read(f) and (rest := _reaches_past(f, ids[f.page])) is not None):
            if f.category == "ADDRESS" and not any(c.isdigit() for c in rest) and not _STREET_WORD.search(rest):
                continue  # "Sond" before the serial: no street's number of its own
            if f.category == "PERSON" and not _listed_name(rest):
                continue  # "Dotterns" after the serial's last letter: no listed name of its own
        if (f.category == "ID_NUMBER" and f.detector == "learned_spans" and f.page in ids and f.start is not None
                and f.end is not None and (rest := _reaches_past(f, [g for g in ids[f.page] if g is not f
                                                                     and g.detector != "learned_spans"])) is not None
                and DEVICE_KIND.fullmatch(rest.strip())):
            continue  # "PLB" before a beacon's code a rule read: the device's kind, no part of its number
        if (f.category == "ID_NUMBER" and f.detector == "learned_spans" and f.page in ids and f.start is not None
                and f.end is not None and _cuts_into(f, [g for g in ids[f.page] if g.detector != "learned_spans"])):
            continue  # "Avläsning MV 4410 2287" over a rule's "MV 4410 2287 C": a word taken in, the code cut short
        out.append(f)
    return out
