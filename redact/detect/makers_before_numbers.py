"""Where a checkable number's mark starts when its maker's name and its model's words stand right before it ("Apple
iPhone 14 Pro 352094116628402", "Toyota Yaris JTDKW923005441822", "Virbac BackHome 900 164 000 220 741").

A register writes one thing as its plate does: the maker, the model and the number in a row. The number is the
thing's own and the maker and the model say whose thing it is among few, so the mark runs from the maker's name.
A model's word holds a capital or a digit ("iPhone", "14", "S23", "Yaris", "ID.4") or is one of the few lowercase
words models end in ("mini", "plus"); a label between the model and the number ("VIN", "IMEI") ends the model, and
a sentence's lowercase word breaks the row: then the number stands alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from redact.detect.parcel_numbers import parcel_number
from redact.types import Finding

# a model's word: a capital or a digit in it, or a model's lowercase ending; never a number's own label
_MODEL_WORD = (r"(?!(?:VIN|IMEI|IMSI|MEID|SN|S/N|ID|Nr|NR|No|Tel|ISO|FDX-B|FDX)(?![\w.+:!/-]))"
               r"(?:(?=[\w.+:!/-]*[A-Z0-9])[\w+][\w.+:!/-]*|mini|plus|max|lite|pro|ultra)")
# (a model's word in a row of plates' words ends in no full stop or colon: "… 3259. Remiss …" ends a sentence)
MODEL_WORD = _MODEL_WORD + r"(?<![.:!])"
_REACH = 80  # characters before the number the maker and the model take


@lru_cache(maxsize=None)
def _before(makers: str, words: int) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + makers + r")(?:[ \u00a0]+" + _MODEL_WORD + r"){0," + str(words)
                      + r"}[ \u00a0]+$")


def maker_start(text: str, start: int, makers: str, words: int = 4) -> int:
    """Where one of ``makers`` (a pattern of names) and at most ``words`` model words right before ``start`` begin
    on the number's line; ``start`` when no maker stands there."""
    m = _before(makers, words).search(text, max(0, start - _REACH), start)
    return m.start() if m else start


# A maker's name as a plate and a sentence write it: capitalised, its own letters perhaps ("Jøtul"), a hyphened part
# perhaps ("Julius-K9")
MAKER = r"[A-ZÅÄÖÆØÉÜ][a-zåäöæøéüß]{2,}(?:-[A-ZÅÄÖÆØ\d][\wåäöæø]*)?"
_MAKER_BEFORE = re.compile(r"(?<![^ \t\u00a0\n])(?P<maker>" + MAKER + r")(?P<model>(?:[ \u00a0]+" + MODEL_WORD
                           + r"){0,3})[ \u00a0]+$")
# a model's coded word: a digit and a letter, or two capitals ("RCR-3", "BLT", "ES-0931774")
CODED = re.compile(r"(?=[\w.+/-]*\d)(?=[\w.+/-]*[A-Za-z])[\w.+/-]+|(?=[\w.+/-]*[A-Z][\w.+/-]*[A-Z])[\w.+/-]+")
# a body in the definite form ("Kriminalvården", "Skatteverket"): the letters and the number after it are its case's;
# a noun's genitive ("Vårdtagarens CPR …") says whose the number is, and so does a pronoun ("Ert ID-kort …")
DEFINITE_FORM = re.compile(r"(?:en|et|ens|ets)$")
POSSESSIVES = frozenset("er ert era din ditt dina hans hennes deras vår vårt våra min mitt mina sin sitt sina "
                      "your his her their my our its".split())
# an identifier that opens with a year and a dash or a slash is a case's number ("KV 2027-4418-12"), no plate's serial
_YEAR_LED = re.compile(r"(?:[A-ZÅÄÖ]{1,4}[ \u00a0-]?)?(?:19|20)\d\d[-/]")


def maker_words_before(text: str, start: int, end: int, first: str) -> int:
    """Where a maker's name and its model's words before an identifier at ``start`` (whose first word is ``first``)
    begin on its line, when a word of the model or ``first`` is coded and a model's word stands between them or in the
    identifier (which ends at ``end``) ("Sangean RCR-3 …", "Jøtul F 602 ECO …");
    ``start`` when none stand there or the maker's word is a label, a numbered thing or a bank."""
    from redact.detect.common_nouns import label_noun

    line = text.rfind("\n", 0, start) + 1
    m = _MAKER_BEFORE.search(text, max(line, start - _REACH), start)
    if m is None:
        return start
    maker, words = m.group("maker"), m.group("model").split()
    if not any(CODED.fullmatch(w) for w in (*words, first)) or any(label_noun(w) or long_number(w) for w in words):
        return start
    if not words and " " not in text[start:end].strip():
        return start  # "Pass TR4418220", "Faktura F27-10441": a label and a code; a plate has a model's word too
    if not_a_make(text, m.start(), maker):
        return start
    if any(_ASSOCIATION_WORD.search(w) for w in (maker, *words)):
        return start  # "i Norrby Golfklubb NGK-41870": the club numbers its member; its name is no maker's
    if m.start() == line and _paragraph_start(text, line):
        return start  # a paragraph's "Hämtad RS 8823 …": a sentence's first word
    return m.start()


# an association's or a club's noun ending a word ("Golfklubb", "Skytteföreningen")
_ASSOCIATION_WORD = re.compile(r"(?i)(?:förening|klubb|förbund|sällskap)(?:en|et)?$")


def _paragraph_start(text: str, line: int) -> bool:
    """True when the line starting at ``line`` opens the text or follows a blank line: a paragraph's first word."""
    if line == 0:
        return True
    before = text.rfind("\n", 0, line - 1)
    return not text[before + 1:line - 1].strip()


# a sentence's or a subject line's end before a word ("… 1990. Pass …", "Ämne: Intyg …"): the word opening the next
# is a noun or a label as often as a maker's name
_SENTENCE_END = re.compile(r"(?:[.!?:][ \t\u00a0]*\n?[ \t\u00a0]*|^[ \t\u00a0]*)$")


def not_a_make(text: str, at: int, maker: str) -> bool:
    """True when the word ``maker`` at ``at`` before a model and a serial reads as no make: a word :func:`no_maker`
    turns down, a label's noun, a numbered thing's noun or a bank."""
    from redact.detect.bank_names import bank_name
    from redact.detect.common_nouns import label_noun
    from redact.detect.make_model_serials import _NUMBERED_THING

    return (no_maker(text, at, maker) or label_noun(maker) or _NUMBERED_THING.match(maker) is not None
            or bank_name(maker))


def long_number(word: str) -> bool:
    """True for a word of five digits or more: a number of its own ("120569-3259"), no model's word."""
    return sum(c.isdigit() for c in word) >= 5


def no_maker(text: str, at: int, maker: str) -> bool:
    """True when ``maker`` at ``at`` reads as no maker's name: a body in the definite form ("Kriminalvården"), a
    noun's genitive or a pronoun ("Vårdtagarens CPR …", "Ert ID-kort …"), a country's or a place's name ("Ghana
    Card …"), a common noun, or the word opening a sentence or following a colon."""
    from redact.detect.make_model_serials import _HELD_THING
    from redact.detect.name_words import written_in_lower_case
    from redact.detect.places import countries
    from redact.detect.sentence_start import NOUN_ENDINGS

    low = maker.casefold()
    if DEFINITE_FORM.search(maker) or low in POSSESSIVES or (low,) in countries():
        return True
    # a common noun: the thing's own ("Pump NG 4418 …"), one ending as nouns do ("Förordnande VF …"), or a word the
    # page writes in small letters too
    if re.fullmatch(_HELD_THING, low) or (len(low) >= 7 and low.endswith(NOUN_ENDINGS)):
        return True
    return _SENTENCE_END.search(text, max(0, at - 8), at) is not None or written_in_lower_case(maker, text)


def with_makers_before(findings: list[Finding], text: str) -> list[Finding]:
    """Identifiers with the maker's name and the model's words written right before them ("BLT 4.1 TK4418" of
    "Straumann BLT 4.1 TK4418"): the register writes the thing's plate in a row, so the mark runs from the maker."""
    out = []
    for f in findings:
        # (a postal item's number, "Kollit LB 209 183 743 GB": the post's letters open it, no maker stands before it)
        if f.category == "ID_NUMBER" and f.start is not None and f.end is not None and "\n" not in f.text:
            value = text[f.start:f.end]
            if sum(c.isdigit() for c in value) >= 5 and not _YEAR_LED.match(value) and not parcel_number(value):
                start = maker_words_before(text, f.start, f.end, value.split()[0])
                if start < f.start:
                    f = replace(f, start=start, text=text[start:f.end])
        out.append(f)
    return out

