"""Every text a label alternation spells, for tests that a rule's needles cover all its labels."""

from __future__ import annotations

import re
from re import _constants as c
from re import _parser


def spelled(data) -> set[str]:  # noqa: ANN001 (re's parsed items)
    """Every text a parsed pattern of literals, classes of literals, groups, alternations and short repeats matches."""
    out = {""}
    for op, av in data:
        if op is c.LITERAL:
            inner = {chr(av)}
        elif op is c.IN:
            inner = {chr(x) for o, a in av for x in ((a,) if o is c.LITERAL else range(a[0], a[1] + 1))}
        elif op is c.SUBPATTERN:
            inner = spelled(av[3].data)
        elif op is c.BRANCH:
            inner = set().union(*(spelled(alternative.data) for alternative in av[1]))
        else:  # a repeat: "(?:…)?" and the like
            low, high, item = av
            once, inner = spelled(item.data), set()
            for times in range(low, high + 1):
                texts = {""}
                for _ in range(times):
                    texts = {t + o for t in texts for o in once}
                inner |= texts
        out = {t + i for t in out for i in inner}
    return out


def caseless_and_cased(*patterns: str) -> tuple[set[str], set[str]]:
    """The labels the top-level alternatives of ``patterns`` spell: those of a "(?i:…)" group, and the others."""
    caseless: set[str] = set()
    cased: set[str] = set()
    for pattern in patterns:
        (op, av), = _parser.parse(pattern).data
        for alternative in (av[1] if op is c.BRANCH else [_parser.SubPattern(None, [(op, av)])]):
            items = alternative.data
            if len(items) == 1 and items[0][0] is c.SUBPATTERN and items[0][1][1] & re.IGNORECASE:
                caseless |= spelled(items)
            else:
                cased |= spelled(items)
    return caseless, cased


def uncovered(gate, caseless: set[str], cased: set[str]) -> list[str]:  # noqa: ANN001 (a NeedlesGate)
    """The labels holding none of ``gate``'s needles: lowercased for a label in any case, as written for the others."""
    return sorted([name for name in caseless if not any(n in name.lower() for n in gate.lowered)]
                  + [name for name in cased if not any(n in name for n in gate.cased)])
