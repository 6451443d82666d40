"""Words the span tagger takes into a span that are no part of what it marks.

The tagger learnt codes, initials and homes from their shapes, and it takes in the words around them: a
code's label in small letters ("n. 14.09.1977", "stamkund KX 5521 3307") or in capitals joined to a number's noun
("FIN-kod 5KX4418"), the first word of the sentence after a
code ("KX 5521-B. Beloppet"), the letters of a range's second code after its dash ("SE 0581234 00011–SE" of
"SE 0581234 00011–SE 0581234 00019"), a date's abbreviation after a birth date ("г.р.", "р.н.") as initials, a letter of a
code as a name's last ("Histologi K" of "Histologi K27-55190"), and a place with a station's number of five digits
("Abisko 18840") or a trailer's make and model ("en Fjordvik 330 S") as a home. These cuts and checks are
applied to the tagger's spans only (see learned_spans.with_learned_spans); the rules keep their own labels.
"""

from __future__ import annotations

import re

# Leading words in small letters before a code's first word with a capital or a digit: a label or a kind of thing
# ("stamkund KX 5521 3307", "n. 14.09.1977", "kalender-år 1359"); a code's prefix is written in capitals.
_SMALL_WORDS = re.compile(r"(?:[a-zåäöüéßøæ][a-zåäöüéßøæ.-]*[ \t]+)+(?=[^\s]*[\dA-ZÅÄÖ])")
# A comma or a semicolon and the space after it opening a tagged code: the sentence's punctuation before the code
_LEAD_MARK = re.compile(r"[,;][ \t]*")
# A sentence's full stop inside a code's span and a word of letters after it, the span's last: the next
# sentence's first word ("KX 5521-B. Beloppet betalas …")
_NEXT_SENTENCE = re.compile(r"(?<=[\w])\.[ \t\n]+[A-ZÅÄÖ][a-zåäö]+$")
# A range's dash and the capitals the span ends in, where the second code's digits follow right after the span: the
# span stops inside the range's second code, which its shape finds whole on its own
_RANGE_PREFIX = re.compile(r"[ \t]*[–—-][ \t]*[A-ZÅÄÖ]{1,4}$")
_DIGITS_AFTER = re.compile(r"[ \t\u00a0]?\d")
# Letters in small case, each with its full stop, right after a date or a year ("12.04.1971 г.р.", "1986 р.н."): the
# birth date's abbreviation ("year of birth"); elsewhere such letters may be a checker's initials ("kontroll s.k.")
_DOTTED_SMALL = re.compile(r"(?:[^\W\d_]\.){1,3}")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")
# A date right before an opening bracket ("03/02/1988 (AU)", "12.3.1961 (E.C.)"): the letters in the brackets say
# whose calendar or country the date is of, no one's initials
_DATE_BEFORE_BRACKET = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[ \t]*\($")
# A place's name and five digits or more ("Abisko 18840", "Kvikkjokk 16890") that the page also sets before a colon
# opening a line, as the key its notes are written under ("Abisko 18840: …"): a Swedish home's number after its
# village has four digits at most, so the number is the body's station's or site's. A town abroad with its
# postcode ("Lima 15001", "Seoul 03142") ends an address and heads no notes; a listed place abroad is never cut.
_PLACE_AND_LONG_NUMBER = re.compile(r"(?P<place>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)[ \t]+\d{5,}")
# An indefinite article before a span: "en Fjordvik 330 S", "ett Volvo …" names one thing of a make, no home
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:en|ett|an?)[ \t]+$")


# A number's kind in capitals joined to a number's noun, opening a tagged code: "FIN-kod 5KX4418", "PIN-kod 4471",
# "NIN-nummer 7730…" name the kind of number, as a label in small letters does, and are no part of it
_CAPITALS_LABEL = re.compile(r"[A-ZÅÄÖ]{2,8}-(?:kod|koden|nr|nummer|numret)\.?:?[ \t]+(?=[^\s]*\d)")
# A number's label written as one capitalised word ending in its noun, opening a tagged code: "Bidragsnr SKS_…",
# "Kundnummer KX 5521" name the kind of number at a sentence's or a line's start, no part of it
_WORD_LABEL = re.compile(r"[A-ZÅÄÖ][a-zåäöé]{2,}(?:nr|nummer|numret)\.?:?[ \t]+(?=[^\s]*\d)")


def code_start(text: str, a: int, b: int) -> int:
    """Where a tagged code begins once the small-letter words before its first capital or digit are cut, and a
    comma or a semicolon the span opens with (", 4418-27-F01": the sentence's, masking the word before it), and a
    label of capitals joined to a number's noun ("FIN-kod 5KX4418") or one capitalised word ending in it ("Kundnr")."""
    if (mark := _LEAD_MARK.match(text, a, b)) is not None and mark.end() < b:
        a = mark.end()
    if (label := (_CAPITALS_LABEL.match(text, a, b) or _WORD_LABEL.match(text, a, b))) is not None and label.end() < b:
        return label.end()
    m = _SMALL_WORDS.match(text, a, b)
    return m.end() if m is not None and m.end() < b else a


def code_end(text: str, a: int, b: int) -> int:
    """Where a tagged code ends once the next sentence's first word it runs into is cut, or the letters of a range's
    second code after the dash."""
    m = _NEXT_SENTENCE.search(text, a, b)
    if m is not None and m.start() > a:
        return m.start()
    m = _RANGE_PREFIX.search(text, a, b)
    if m is not None and m.start() > a and _DIGITS_AFTER.match(text, b):
        return m.start()
    return b


def not_initials(text: str, a: int, b: int) -> bool:
    """True for tagged letters that are a birth date's abbreviation in small letters or its calendar or country."""
    span = text[a:b]
    if _DOTTED_SMALL.fullmatch(span) and not any(c.isupper() for c in span) and _NUMBER_BEFORE.search(
            text, max(0, a - 4), a):
        return True
    return text[b:b + 1] == ")" and _DATE_BEFORE_BRACKET.search(text, max(0, a - 16), a) is not None


def name_end(text: str, a: int, b: int) -> int:
    """Where a tagged name ends once a code's letters glued to its digits are cut ("Histologi K" of "K27-55190")."""
    if b < len(text) and text[b].isdigit() and text[b - 1:b].isalpha():
        while b > a and not text[b - 1].isspace():
            b -= 1
        while b > a and text[b - 1].isspace():
            b -= 1
    return b


# a system's code of parts joined by underscores ("BK_31_5520_02"): no home's number is written so
_UNDERSCORED_CODE = re.compile(r"[A-Za-z\d]+(?:_[A-Za-z\d]+)+")
# a venue's hall or stage by its letter or number after the venue's name ("Konserthuset, sal C", "Kulturhuset, stora
# scenen 2"): where an event is held, no one's home
_HALL = re.compile(r",[ \t]*(?:[^\W\d_]+[ \t]+)?(?i:[^\W\d_]*sal|[^\W\d_]*salen|scen|scenen)[ \t]+(?:[A-ZÅÄÖ]|\d{1,2})$")


def no_home(text: str, a: int, b: int) -> bool:
    """True for a tagged home that is a place with a station's long number keying notes, a thing after an article, a
    span holding a system's code joined by underscores, or a venue's hall."""
    from redact.detect.places import listed_abroad

    if _UNDERSCORED_CODE.search(text, a, b) or (not any(c.isdigit() for c in text[a:b].rstrip("0123456789"))
                                                and _HALL.search(text, a, b)):
        return True
    m = _PLACE_AND_LONG_NUMBER.fullmatch(text, a, b)
    if m is not None and not listed_abroad(m.group("place")) and re.search(
            rf"(?m)^[ \t]*{re.escape(text[a:b])}[ \t]*:", text):
        return True
    return _ARTICLE_BEFORE.search(text, max(0, a - 8), a) is not None
