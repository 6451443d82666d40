"""IBAN: country code, two check digits, the national number; mod-97 decides (after an "IBAN" label the shape)."""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, rule_regex

# Lengths of the IBANs of every country in the ISO 13616 registry (SWIFT, 2024); a country not
# listed here is still accepted on length 15-34 and mod 97.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
    "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}
# Groups of up to four characters, separated by a space or by a line break (an IBAN broken at
# the end of a line, "SE45 5000\n0000 0583 ..."). Norway's is the shortest (15), Russia's the longest.
# A lookahead, so that one IBAN running on over the next line does not swallow the start of another.
_IBAN = compile_rule(r"(?<![\w])(?=(?P<iban>[A-Z]{2}\d\d(?:(?:[ \u00a0]?|[ \t]*\n[ \t]*)[A-Z0-9]{1,4}){3,9})(?![\w]))")
# the country's letters and the check digits, a part of every match: searched from the digits (few positions of a
# page), the letters looked behind at
_IBAN_GATE = rule_regex(r"(?<=[A-Z]{2})\d\d")


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (no spaces) has its country's length and passes mod 97."""
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    return mod97_ok(iban)


def mod97_ok(iban: str) -> bool:
    """True when ``iban`` (no spaces) is 15 to 34 letters and digits passing mod 97, whatever its country's length."""
    if not 15 <= len(iban) <= 34 or not iban.isalnum() or not iban[2:4].isdigit():
        return False
    moved = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    raw = m.group("iban")
    expected = IBAN_LENGTHS.get(raw[:2])
    # The longest valid prefix, cut at a character: a following word in capitals or the next
    # line's figures may have been swallowed ("... 7466 SWEDSESS", "... 3000\n2024").
    ends = [i + 1 for i, ch in enumerate(raw) if not ch.isspace()]
    for n in sorted({expected} if expected else set(range(15, 35)), reverse=True):
        if n > len(ends):
            continue
        end = m.start() + ends[n - 1]
        if end < len(text) and text[end].isalnum():
            continue  # cut inside a group
        compact = re.sub(r"\s", "", text[m.start():end])
        if iban_ok(compact):
            return Verdict(m.start(), end, f"IBAN {compact[:2]}: length + mod 97")
    if expected:
        # the check holds over the groups as written though the length is not the country's: a group mistyped or
        # split otherwise ("HR832340 0091 …", four characters more than Croatia's 21) is still the person's account;
        # the check, one in 97 by chance, says it is one. The longest such run of whole groups.
        for n in range(min(34, len(ends)), 14, -1):
            end = m.start() + ends[n - 1]
            if end < len(text) and text[end].isalnum():
                continue
            compact = re.sub(r"\s", "", text[m.start():end])
            if mod97_ok(compact):
                return Verdict(m.start(), end, f"IBAN {compact[:2]}: mod 97 (längden inte landets)")
    return None


# An IBAN after its label whose check fails: a digit dropped or mistyped by whoever wrote it down ("IBAN DE44 5001
# 0517 5407 3249 3", one digit short) is still the person's account. Iran's name for it is "Sheba". The groups on
# the label's own line, and over a line end only when the country's length says how far the number runs
# (see _rest_on_next_line).
_LABELLED = compile_rule(r"(?<![\w])(?i:iban|sheba)(?:[- ]?(?i:nummer|numret|nr\.?|number|no\.?))?(?:[ \t\u00a0]*[:=][ \t\u00a0]*|[ \t\u00a0]+)"
                     r"(?P<iban>[A-Z]{2}\d\d(?:[ \u00a0]?[A-Z0-9]{1,4}){3,9})(?![\w]|[-/.,]\d)")


def _check_labelled(text: str, m: re.Match[str]) -> Verdict | None:
    groups = m.group("iban").split()
    while len(groups) > 2 and groups[-1].isalpha():
        groups.pop()  # a BIC or a word in capitals after the number ("… 7466 BIC ESSESESS")
    if any(iban_ok("".join(groups[:n])) for n in range(1, len(groups) + 1)):
        return None  # a valid one is the first rule's, with its exact end
    compact = "".join(groups)
    end = m.start("iban") + len(m.group("iban").rsplit(groups[-1], 1)[0]) + len(groups[-1])
    if end == m.end("iban") and (rest := _rest_on_next_line(text, end, compact)) is not None:
        end, compact = rest
    if not 15 <= len(compact) <= 34 or sum(c.isdigit() for c in compact) < 12:
        return None
    return Verdict(m.start("iban"), end, f"IBAN-formad {compact[:2]} efter etikett (kontrollen stämmer inte)")


# Countries outside the ISO 13616 registry that write their accounts as IBANs of a fixed length: Iran's "Sheba"
# (IR, two check digits and 22 digits; Central Bank of Iran).
_OUTSIDE_REGISTRY = {"IR": 26}
# The groups opening the next line, then the number ends: a word, a punctuation mark or the line's end after it.
_NEXT_LINE_GROUPS = re.compile(r"[ \t]*\n[ \t]*(?P<groups>[A-Z0-9]{1,4}(?:[ \u00a0][A-Z0-9]{1,4}){0,7})(?![\w]|[-/.,]\d)")


def _rest_on_next_line(text: str, end: int, compact: str) -> tuple[int, str] | None:
    """Where a labelled IBAN ends that a line end broke: the next line's groups, when the country's length says the
    label's line holds too little of it and the groups make it whole (or one character short, a dropped digit).
    None when the length is unknown or the next line's groups do not make up the number."""
    expected = IBAN_LENGTHS.get(compact[:2]) or _OUTSIDE_REGISTRY.get(compact[:2])
    m = _NEXT_LINE_GROUPS.match(text, end)
    if expected is None or m is None or len(compact) >= expected - 1:
        return None
    taken = compact
    for g in re.finditer(r"[A-Z0-9]+", m.group("groups")):
        if len(taken) + len(g.group()) > expected:
            return None  # more than the number holds: the next line is something else
        taken += g.group()
        end = m.start("groups") + g.end()
    return (end, taken) if len(taken) >= expected - 1 else None


class IbanRecognizer(SwedishPatternRecognizer):
    """International bank account numbers (IBAN), Swedish and foreign."""

    ENTITY = "IBAN"
    NAME = "iban"
    CONTEXT = ctx.IBAN
    RULES = (Rule("iban", _IBAN, score=0.95, context_score=1.0, check=_check, gate=_IBAN_GATE),
             Rule("labelled_iban_shape", _LABELLED, score=0.85, check=_check_labelled, needs=("iban", "sheba")))
