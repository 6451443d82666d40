"""A household's electricity or gas metering point, by the number the Swedish grids give it: the GS1 prefix 735999
and nine to twelve more digits, run together or in groups ("735999100044821506", "735999 102 004 881 236",
"735 999 100 044 821 506", "735999 1020 44811"). Read by ``labelled_id``'s recognizer.

The prefix is the grids' own, so the number says what it is without its label ("Anläggnings-ID" may stand a
sentence before a list of customers and their numbers). A metering point is a household's supply beside its
holder's name, or the authority's own premises' without one: like a contract's number (``id_labels``), it counts
only beside a person's name and never beside a supplier.
"""

from __future__ import annotations

import re

from redact.detect.id_labels import firm_near, person_beside
from redact.detect.metering_point_rows import initials_row, label_in_cell
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the prefix, then the digits in groups of two to six with single spaces between (no longer run of digits around)
_METERING_POINT = compile_rule(r"(?<![\d\-/.])(?P<value>735[ \u00a0]?999(?:[ \u00a0]?\d){9,12})(?![\d]|[-/.,]\d)")

_GATE = rule_regex(r"735[ \u00a0]?999")


# the word right before the number, across a comma, a colon or a line break ("Elmätare: Stig 735999…, Marjatta\n735999…")
_WORD_BEFORE = re.compile(r"([A-ZÅÄÖÉÜ][a-zåäöéü]+)[ \t]*[,:]?[ \t]*\n?[ \t]*$")


def _first_name_before(text: str, at: int) -> bool:
    """True when a listed first name stands right before the number: a list of holders and their numbers names
    each person by the first name alone."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and classify_word(m.group(1), load_lexicons()) == F


# the writer's own household: "mitt", "min" or "mina" in the number's sentence (a customer's letter or e-mail; the
# authority writes "vår", and its officer's "jag" may speak of the premises' supply)
_WRITER_OWN = re.compile(r"(?<![\w-])(?:[Mm]itt|[Mm]ina?)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _writer_own(text: str, at: int) -> bool:
    """True when the number's sentence, up to the number, speaks of the writer's own supply ("Mitt nya elavtal har
    anläggnings-id …")."""
    start = max(0, at - 200)
    for e in _SENTENCE_END.finditer(text, start, at):
        start = e.end()
    return _WRITER_OWN.search(text, start, at) is not None


# a personnummer on the number's line, before it ("Personnummer 19990630-2246. Anläggnings-id 735999…"): the letter's
# addressee, whose supply it is
_PERSONNUMMER = re.compile(r"(?<![\d-])(?:19|20)?\d{6}[-+]\d{4}(?!\d)")
# a capitalised word opening the number's sentence, then a small word ("Filippa har elnätets anläggnings-id …")
_SENTENCE_SUBJECT = re.compile(r"([A-ZÅÄÖÉÜ][a-zåäöéü]+)[ \t]+[a-zåäö]")


def _holder_of_the_sentence(text: str, at: int) -> bool:
    """True when the number's sentence opens with a listed first name (the person spoken of, named before) or its line
    holds a personnummer before it: the person whose supply the number is."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    line = text.rfind("\n", 0, at) + 1
    if _PERSONNUMMER.search(text, line, at):
        return True
    start = line
    for e in _SENTENCE_END.finditer(text, line, at):
        start = e.end()
    first = _SENTENCE_SUBJECT.match(text, start)
    return first is not None and classify_word(first.group(1), load_lexicons()) == F


def _check_metering_point(text: str, m: re.Match[str]) -> Verdict | None:
    at = m.start("value")
    if initials_row(text, at) and not firm_near(text, at):
        # a row keyed by a person's initials (metering_point_rows): the person's supply, its word in the cell with it
        return Verdict(label_in_cell(text, at), m.end("value"), "mätpunkts-ID (anläggnings-ID) i en persons rad")
    if not (person_beside(text, at) or _first_name_before(text, at) or _writer_own(text, at)
            or _holder_of_the_sentence(text, at)) or firm_near(text, at):
        return None
    return Verdict(at, m.end("value"), "mätpunkts-ID (anläggnings-ID) bredvid en persons namn")


RULES = (Rule("metering_point", _METERING_POINT, score=0.8, check=_check_metering_point, gate=_GATE),)
