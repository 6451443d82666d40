"""IP addresses, version 4 and 6, validated with the standard library's ``ipaddress``."""

from __future__ import annotations

import ipaddress
import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, rule_regex

_V4 = compile_rule(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\w]|\.\d)")
# A part of every match, searched from a rarer character than the patterns' own first: a dot between digits
# (IPv4), a colon and the next within one group (IPv6)
_V4_GATE = rule_regex(r"\d\.\d")
_V6_GATE = rule_regex(r":[0-9A-Fa-f]{0,4}:")
_V6 = compile_rule(
    r"""
    (?<![\w:.])
    (?=[0-9A-Fa-f:.]*::|(?:[0-9A-Fa-f]{1,4}:){7})   # "::" somewhere, or all eight groups
    (?:[0-9A-Fa-f]{0,4}:){2,7}
    (?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?
    (?:%[\w]+)?
    (?:/\d{1,3})?
    (?![\w:]|\.\d)
    """
)


def _check_v4(text: str, m: re.Match[str]) -> Verdict | None:
    addr = m.group().split("/")[0]
    parts = addr.split(".")
    if any(len(p) > 1 and p.startswith("0") for p in parts):
        return None  # "01.02.03.04" is a date or a section number, not an address
    try:
        ipaddress.IPv4Address(addr)
    except ValueError:
        return None
    # "1.2.3.4" is more often a section number than an address.
    score = 0.4 if all(len(p) == 1 for p in parts) else None
    return Verdict(m.start(), m.end(), "IPv4, four octets 0-255", score)


def _check_v6(text: str, m: re.Match[str]) -> Verdict | None:
    raw = m.group().rstrip(":") if not m.group().endswith("::") else m.group()
    addr = raw.split("/")[0].split("%")[0]
    if sum(ch.isalnum() for ch in addr) < 3:
        return None  # "::" or "a::b" alone
    try:
        ipaddress.IPv6Address(addr)
    except ValueError:
        return None
    return Verdict(m.start(), m.start() + len(raw), "IPv6, valid")


class IpAddressRecognizer(SwedishPatternRecognizer):
    """IPv4 and IPv6 addresses."""

    ENTITY = "IP_ADDRESS"
    NAME = "ip_address"
    CONTEXT = ctx.IP_ADDRESS
    RULES = (
        Rule("ipv4", _V4, score=0.7, context_score=0.9, check=_check_v4, after=20, needs=(".",), gate=_V4_GATE),
        Rule("ipv6", _V6, score=0.75, context_score=0.9, check=_check_v6, after=20, needs=(":",), gate=_V6_GATE),
    )
