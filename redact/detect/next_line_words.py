"""The first word of the next line read onto the end of an address or a code.

A rule or the tagger that goes on over a line end (a home's lines, a wrapped code) may take in the word opening the
next line when that line is something else: the day of a date in the next cell ("BL 7720-41" / "2 juni"), a number's
label opening the next sentence or cell ("… Lyon, France" / "Samordningsnummer 680479-…", "March 3, 1991" /
"TFN 441 820 734") or a heading's noun in the definite plural ("… Rizal" / "Arbetsgivarnas kontaktpersoner"). The
word stands alone at the finding's end and its line goes on after it; the finding ends before the line end. A name
read on over its line end may take in a caption's participle the same way ("Kerem Aydın" / "Inkomna förfrågningar").
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# the finding's last line: one word or a day's number, alone after the line end
_LAST_WORD = re.compile(r"\n[ \t]*([^\W_]+)[ \t]*$")
# a month's name after a day's number, the next cell's date ("2 juni", "14 mars 2027")
_MONTH_AFTER = re.compile(r"[ \t]+([^\W\d_]{3,9})\.?(?![\w-])")
# the line going on after the word: a blank and more on the same line
_LINE_GOES_ON = re.compile(r"[ \t]+\S")
_KINDS = frozenset({"ADDRESS", "ID_NUMBER"})
# a caption's participle in the plural opening the next line, a word in small letters after it ("Kerem Aydın" /
# "Inkomna förfrågningar om ägare", "Beviljade ansökningar"): read onto a name's end, no part of it
_PARTICIPLE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:na|ade|ande|ende)")
_SMALL_WORD_AFTER = re.compile(r"[ \t]+[a-zåäö]")


def _other_line_start(word: str, text: str, end: int) -> bool:
    """True when ``word`` opening a line that goes on after it is a date's day, a number's label or a plural noun."""
    from redact.detect.common_nouns import definite_plural, label_noun
    from redact.detect.id_label_prefixes import id_label
    from redact.detect.month_names import MONTHS

    if not _LINE_GOES_ON.match(text, end):
        return False
    if word.isdigit():
        month = _MONTH_AFTER.match(text, end)
        return len(word) <= 2 and month is not None and month.group(1).lower() in MONTHS
    return label_noun(word) or definite_plural(word) or id_label(word)


def _caption_participle(word: str, text: str, end: int) -> bool:
    """True for a plural participle no name list holds opening a caption's line after a name ("Inkomna förfrågningar")."""
    from redact.detect.name_words import unlisted

    return bool(_PARTICIPLE.fullmatch(word)) and _SMALL_WORD_AFTER.match(text, end) is not None and unlisted(word)


def trim_next_line_words(findings: list[Finding], text: str) -> list[Finding]:
    """Addresses, codes and names without the next line's first word they took in over a line end (see module)."""
    out: list[Finding] = []
    for f in findings:
        if (f.category not in _KINDS and f.category != "PERSON") or f.start is None or f.end is None \
                or "\n" not in f.text:
            out.append(f)
            continue
        m = _LAST_WORD.search(text, f.start, f.end)
        if m is None or not text[f.start:m.start()].strip() or not (
                _caption_participle(m.group(1), text, f.end) if f.category == "PERSON"
                else _other_line_start(m.group(1), text, f.end)):
            out.append(f)
            continue
        end = len(text[f.start:m.start()].rstrip()) + f.start
        out.append(replace(f, end=end, text=text[f.start:end]))
    return out
