"""A researcher's ORCID iD, read by ``labelled_id``'s recognizer (reported as ID_NUMBER): sixteen characters in four
groups of four ("0000-0002-1825-0097"), the last a check character by ISO 7064 mod 11-2 ("X" for ten), bare or in its
"orcid.org/" address. The register gives one to each person, never to a body, so it names its holder wherever it
stands; its first group is "0000" for every iD issued, and the check holds for one in eleven other numbers of the
shape only, so a telephone number, an account or a serial in groups of four passes by a rare chance.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, mod11_2_check, rule_regex

ORCID = compile_rule(r"(?<![\w\-/.])(?:(?:https?://)?orcid\.org/)?(?P<value>0000-000\d-\d{4}-\d{3}[\dX])(?![\w\-]|[.,/]\d)")


def orcid_ok(value: str) -> bool:
    """ISO 7064 mod 11-2 over the first fifteen digits: the sixteenth character ("X" for ten)."""
    digits = value.replace("-", "")
    if len(digits) != 16 or not digits[:15].isdigit():
        return False
    return digits[15] == mod11_2_check(digits[:15])


def _check_orcid(text: str, m: re.Match[str]) -> Verdict | None:
    if not orcid_ok(m.group("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "ORCID iD (kontrolltecken ISO 7064)")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("orcid_identifier", ORCID, score=0.85, check=_check_orcid, gate=rule_regex(r"0000-000\d-")),)
