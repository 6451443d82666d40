"""Names written as a family name and a hyphenated given name, in either order ("Park Sung-ho", "Mei-ling Chen").

Korean and Chinese (Taiwan, Hong Kong) names share this shape: the given name's shape (a capital, a syllable, a
hyphen, a syllable) is rare in Swedish text and the family names are few, so together they are a name however the
name lists and the model read them. A language module gives its family names, its given name's shape, and the
family names that are also ordinary words, which count on one side of the given name only (where no sentence can
go on past them); this module builds the pair of rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex


def family_given_rules(family: Sequence[str], given: str, reason: str, *, first_only: Sequence[str] = (),
                       last_only: Sequence[str] = (), score: float = 0.7) -> tuple[Rule, Rule]:
    """The rules "family name, given name" and "given name, family name" (``first_only``: family names that count
    only before the given name, ``last_only``: only after it), gated on the given name's shape."""

    def check(text: str, m: re.Match[str]) -> Verdict | None:
        return Verdict(m.start(), m.end(), reason)

    family_first = compile_rule(rf"(?<![\w-])(?:{'|'.join((*family, *first_only))})[ ]{given}s?(?![\w-])")
    given_first = compile_rule(rf"(?<![\w-]){given}[ ](?:{'|'.join((*family, *last_only))})s?(?![\w-])")
    # one cheap scan for the given name's shape: most pages have none, and then neither rule runs
    gate = rule_regex(rf"{given}(?![\w-])")
    return (Rule("family_first", family_first, score=score, check=check, gate=gate),
            Rule("given_first", given_first, score=score, check=check, gate=gate))
