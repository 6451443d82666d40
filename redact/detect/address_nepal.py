"""A home in Nepal: a place or municipality with its ward number, the town and district, and a postal code or
the country ("Baneshwor-10, Kathmandu 44600").
"""

from __future__ import annotations

import re

from redact.detect.address_abroad import _HOME_CUE
from redact.detect.patterns import Verdict, compile_rule, rule_regex


# A Nepali address: the place or municipality with its ward number ("Lakeside-6", "Kathmandu-32"), the town and
# district after commas, a five-digit postal code after the last or the country ("Baneshwor-10, Kathmandu 44600",
# "Bharatpur-4, Chitwan, Nepal"); a street or tole before it may open it ("Bagar Tole, Pokhara-1, Kaski 33700").
_NP_NAME = r"[^\W\d_a-zß-ÿ][^\W\d_]+"
_NP_PART = rf"{_NP_NAME}(?:[ \t]{_NP_NAME})?"
NEPALI_WARD = compile_rule(
    rf"""
    (?<![\w.-])
    (?:{_NP_PART}[ \t]+(?:(?P<tole>Tole|Tol|Marg|Chowk|Galli|Sadak)|Path|Road|Street),[ \t]*\n?[ \t]*)?
    (?P<ward>{_NP_NAME}-\d{{1,2}})
    (?:,[ \t]*\n?[ \t]*{_NP_PART}){{1,2}}
    (?:[ \t]+\d{{5}}(?![\w-])(?![ \t]*(?:kr|kronor|SEK|:-))(?:,[ \t]*(?:Nepal|Nepál)(?![\w-]))?
      |,[ \t]*(?:Nepal|Nepál)(?![\w-]))
    """
)
# a letter, a hyphen and the ward number before a comma; searched from the hyphen (the letter looked behind at):
# the same pages hold one, and re tries the hyphens of a page rather than every letter
NEPALI_GATE = rule_regex(r"(?<=[^\W\d_])-\d{1,2},")


def check_nepali_ward(text: str, m: re.Match[str]) -> Verdict | None:
    """A place and its ward number, the town and a five-digit postal code or the country: a home in Nepal."""
    from redact.detect import context as ctx

    if m.group("ward").split("-")[0].lower() in ctx.NOT_A_NAME:
        return None
    # a word, a number and a Swedish postal code have the same shape ("Covid-19, Region Norrby 83182"): the country
    # after it, a Nepali street word (tole, marg, chowk) opening it, a home or kin word before it in its sentence,
    # or a cell of its own (a column of addresses) tell a home
    line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line = text[line_start:len(text) if line_end < 0 else line_end]
    cell = any(part.strip() == m.group().strip() for part in re.split(r"\t|\|| {2,}", line))
    sentence = max(text.rfind(". ", 0, m.start()), text.rfind(".\n", 0, m.start()), m.start() - 120, 0)
    if not (re.search(r"(?i)nep[aá]l$", m.group()) or m.group("tole") or cell or _HOME_CUE.search(text, sentence, m.start())):
        return None
    return Verdict(m.start(), m.end(), "Nepali address by its ward number, town and postal code", 0.85)
