"""Dates in the span tagger's spans: a date is nobody's home and nobody's code.

The tagger learnt a word and a number as a home and four digits as a code, and a date written after a place or
the year of a date written out match those shapes: "saapui Tornioon 5.6.2023" as a home, "1949" of
"NATO 4 april 1949" as an identifier. A date of birth is the date rules'; these cuts and checks are applied to the
tagger's spans only (see learned_spans.with_learned_spans).
"""

from __future__ import annotations

import functools
import re

_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A year alone: four digits from 1900 to 2099.
_YEAR = re.compile(r"(?:19|20)\d\d")
#: How many words before a year may make a date with it ("4 april", "den 3 de marzo de").
_WORDS_BEFORE_YEAR = 4
#: A birth word: Swedish "född" and the words built on "födelse-" / "födsel-", and the usual ones abroad.
_BIRTH_WORD = re.compile(r"(?i)(?<![\w])(?:född\w*|föd(?:else|sels?)\w*|fött|f\.|born|b\.|née|né|nee|geb\.|geboren\w*|"
                         r"nacid[oa]s?|nata|nato|syntynyt|dob|d\.o\.b\.?)(?![\w])")
#: "den" right before a date, with the comma or the bracket that sets it after the date before.
_DEN_BEFORE = re.compile(r"(?i)(?<![\w])den[ \t]*$")
#: Where a sentence ends: a full stop before a capital, or an empty line.
_SENTENCE_END = re.compile(r"[.!?;](?=[ \t]+[A-ZÅÄÖ])|\n[ \t]*\n")
#: How far back a birth word may stand from the date it dates, in characters and in words.
_LOOK_BACK = 150
_WORDS_TO_BIRTH_WORD = 4
#: The last words of a span, one to three, that may be a date written after a place ("Tornioon 5.6.2023").
_LAST_WORDS = re.compile(r"(?:[ \t]+\S+){1,3}$")


def whole_date(written: str) -> bool:
    """True when ``written`` is one real date and nothing more, with its year in four digits ("12.03.2022",
    "2021-03-04", "14. Mai 2021", "3 de marzo de 2020"); a year alone is not a whole date."""
    from redact.detect.date_of_birth_abroad import _candidates
    from redact.detect.patterns import real_date

    m = _whole_date_pattern().fullmatch(" ".join(written.split()))
    if m is None or not _FOUR_DIGIT_YEAR.search(written):
        return False
    found = _candidates(m)
    return found is not None and any(real_date(*ymd) for ymd in found[1])


# a small lower-case word before a date, a preposition or an article of its language ("ar 4 Bealtaine 1980", "le 3
# mars 1981", "am 4. Mai 1979", "on 12 May 1983")
_SMALL_WORD = re.compile(r"^[^\W\d_]{1,4}[ \t]+")


def date_after_small_word(written: str) -> bool:
    """True when ``written`` is a small lower-case word and one whole date after it (see ``whole_date``)."""
    m = _SMALL_WORD.match(written)
    return m is not None and m.group().strip().islower() and whole_date(written[m.end():])


@functools.cache
def _whole_date_pattern() -> re.Pattern[str]:
    """The date shapes of every language the birth rules read, compiled once."""
    from redact.detect.date_of_birth_abroad import _DATE
    from redact.detect.patterns import compile_

    return compile_(_DATE)


def before_date_end(text: str, a: int, b: int) -> int:
    """Where a tagged home ends once a whole date that ends it is cut ("Tornioon 5.6.2023": a place and the day
    someone came there); the place left alone is then judged as a home on its own."""
    m = _LAST_WORDS.search(text, a, b)
    if m is None:
        return b
    # the longest run of last words that is a whole date, so that "4 april 2022" is cut whole
    for start in range(m.start(), b):
        if (start == m.start() or text[start - 1] in " \t") and not text[start].isspace() and whole_date(text[start:b]):
            if birth_written_before(text, start):
                return b  # a birth written once more: the span may be all that masks it
            end = start
            while end > a and text[end - 1] in " \t,":
                end -= 1
            return end
    return b


def year_of_a_date(text: str, a: int, b: int) -> bool:
    """True for a tagged year alone that ends a date written with the words before it on its line ("4 april 1949",
    "3 de marzo de 2020"): the year of a date, nobody's code (a date of birth is the date rules')."""
    if not _YEAR.fullmatch(text, a, b):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    words = text[line_start:a].split()[-_WORDS_BEFORE_YEAR:]
    return any(whole_date(" ".join(words[i:]) + " " + text[a:b]) for i in range(len(words)))


def birth_written_before(text: str, at: int) -> bool:
    """True when a birth word stands in the last few words before ``at``, or "den" does and the sentence speaks of
    a birth before it ("född 9 de octubre de 1986", "född 3 Dalw 1365, den 22 februari 1987"): a date there is a
    date of birth."""
    start = max(0, at - _LOOK_BACK)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, start, at)]
    sentence = text[ends[-1] if ends else start:at]
    words = sentence.split()
    if _BIRTH_WORD.search(" ".join(words[-_WORDS_TO_BIRTH_WORD:])):
        return True
    return bool(_DEN_BEFORE.search(sentence) and _BIRTH_WORD.search(sentence))
