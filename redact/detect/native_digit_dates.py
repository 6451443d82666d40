"""Dates of birth written in another script's digits, as Arabic, Persian, Urdu, Hindi, Nepali, Bengali and Thai papers
print them: "تاريخ الميلاد: ١٢/٠٣/١٩٧٨", "تاریخ تولد: ۱۲ مارس ۱۹۷۸", "जन्म तिथि: १२/०३/१९७८", "วันเกิด ๑๒ มี.ค. ๒๕๒๑".

The rules of the birth words read a year of 19xx or 20xx (or of the Buddhist era) in our digits. Each of these digits
stands for one of ours, one character for one, so the text with ours in their place keeps every position: the rules
run on that text, and a date that held such a digit is reported where it stands (a date in our digits is already
the rules' own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from redact.detect.patterns import rule_regex

# the zero of each script's digits: Arabic-Indic, Extended Arabic-Indic (Persian, Urdu, Pashto), Devanagari (Hindi,
# Nepali), Bengali and Thai; the nine after each zero follow it in Unicode
_ZEROS = ("\u0660", "\u06f0", "\u0966", "\u09e6", "\u0e50")
_TO_OURS = str.maketrans({chr(ord(zero) + n): str(n) for zero in _ZEROS for n in range(10)})
#: a digit of one of those scripts: the rules in our digits run only where the text holds one
NATIVE_DIGIT = rule_regex("[" + "".join(f"{zero}-{chr(ord(zero) + 9)}" for zero in _ZEROS) + "]")


class _Finds(Protocol):
    def finditer(self, text: str) -> Iterator[re.Match[str]]: ...


class InOurDigits:
    """A birth rule's pattern run on the text with our digits in place of another script's; only the matches whose
    date held such a digit."""

    def __init__(self, pattern: _Finds) -> None:
        self.pattern = pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the pattern on the text in our digits whose date was written in another script's."""
        ours = text.translate(_TO_OURS)
        if ours == text:
            return
        for m in self.pattern.finditer(ours):
            a, b = m.span("date")
            if ours[a:b] != text[a:b]:
                yield m
