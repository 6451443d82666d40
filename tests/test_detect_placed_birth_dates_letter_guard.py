"""The date pattern's letter tests before its word alternations change no match: they only fail a digit sooner."""

from __future__ import annotations

import re
import sys

from redact.detect.month_names import ORDINAL_DAY
from redact.detect.placed_birth_dates import _LETTER, _MONTH, _WEEKDAY, DATE, compile_

TEXTS = [
    "Född 12 mars 1987 i Lund; tisdag 3 mars 1987, Tue, March 3, 1987 och den tolfte mars 1987.",
    "1987-03-12, 1987.3.12, 1987/03/12, 1987. 3. 12, 1987 03 12, 1987年3月12日, 19870312, 87-03-12",
    "12.03.1987 12/3-87 15/6 2004 12-03-87 7.9.62 04/23/1985 12.III.1987 12 III 1987 12-iii-87",
    "3:e mars -87, 3. April 1979, 3rd of March 1987, 9 de octubre de 1986, tjugoförsta maj -87",
    "mars 3rd 1987, 12-Mar-1987, 12/MAR/87, 1987-03, 03/1987, mars 1987, i maj -87, 850312, 1985, '87",
    "måndagen den\n12 MARS\n1987; SÖNDAG 1 Januari 2001; fre 2/2-01; ſeptember 1999; İkinci; 12 ıanuar 1990",
    "Tel 08-123 45 67, kundnr 55012-3, 2024-13-45, 31/02/2020, 0.5 mm, kl. 12.30, 12 st, 3 maj, 2 ½ år",
]


def test_the_word_alternations_begin_with_letters_only() -> None:
    words = [re.sub(r"\(\?:|\)(?:\(\?:en\)\?)?", "", w) for w in "|".join((_MONTH, ORDINAL_DAY, _WEEKDAY)).split("|")]
    assert "måndag" in words and "söndag" in words and "tjugoförsta" in words and "mars" in words
    assert all(re.match(r"[^\W\d_]", w) for w in words)
    # nor does re, ignoring case, take anything the letter test refuses for one of their first letters
    firsts = re.compile("(?i:[" + "".join(sorted({w[0] for w in words})) + "])")
    others = "".join(chr(c) for c in range(sys.maxunicode + 1)
                     if not (0xD800 <= c <= 0xDFFF) and not re.match(_LETTER, chr(c)))
    assert firsts.search(others) is None


def test_the_same_matches_as_without_the_letter_tests() -> None:
    guarded, plain = compile_(DATE), compile_(DATE.replace(_LETTER, ""))
    assert guarded.pattern != plain.pattern
    found = 0
    for text in TEXTS:
        for i in range(len(text)):
            a, b = guarded.match(text, i), plain.match(text, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text[i:i + 30]
            found += a is not None
    assert found > 30
