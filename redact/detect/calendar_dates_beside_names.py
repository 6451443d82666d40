"""A date of another calendar set off right after a person's name, with no birth word: "Yael Cohen, 12 Adar II 5738,
Tel Aviv", "Arjun Menon (13 Jyaistha 1907)", "Javid Noori, Saraṭān 1385;".

A list of people or a party's line gives each person's date of birth after the name with no cue, as
``placed_birth_dates`` reads our calendar's. A date of the Iranian, the Islamic, the Hebrew, the Ethiopian, the
Kurdish, the Thai, the Bengali or the Saka calendar, or of a Japanese era, stands in a Swedish document where a
foreign paper is quoted for a person, and beside a name it is that person's birth: its month's name says which
calendar it is, and the value rules (``calendar_birth_value``, ``romanised_birth_value``, ``era_birth_value``) ask a
real day of a living person's year. The date must end its clause (a comma, a bracket, a stop, a line's end), so a
sentence going on after it ("Yael Cohen, 12 Adar 5738 flyttade hon") keeps it.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# a name of two to four capitalised words right before the comma or the bracket
_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<name>[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_a-zß-ÿ][^\W\d_]+)?"
                          r"(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_'’-]*(?:-[^\W\d_a-zß-ÿ][^\W\d_]+)?){1,3})[ \t]*\Z")
# the date after the comma or the bracket: a day perhaps, a month's words, a year of four digits and an era's mark
# ("E.C.", "AH", "Saka"), then the clause's end
_DATE = compile_rule(
    r"(?P<open>[,(])[ \t]*"
    r"(?P<date>(?:\d{1,2}\.?[ \t]+)?[^\W\d_][^,;()\n|\d]{0,30}?[ \t]+\d{4}"
    r"(?:[ \t]+(?:[^\W\d_]\.){2}|[ \t]+(?:AH|BE|BS|EC|(?i:saka|shaka)))?)"
    r"(?=[ \t]*(?:[,;)]|\.(?![\w])|\n|\Z))")


def _other_calendar(value: str) -> bool:
    """True for a date of another calendar than ours, a real day of a living person's year."""
    from redact.detect.calendar_birth_dates import calendar_birth_value
    from redact.detect.era_birth_dates import era_birth_value
    from redact.detect.romanised_birth_dates import romanised_birth_value

    value = " ".join(value.split())
    return calendar_birth_value(value) or romanised_birth_value(value) or era_birth_value(value)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.placed_birth_dates import looks_like_name

    name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if name is None or not looks_like_name(name.group("name")) or not _other_calendar(m.group("date")):
        return None
    if m.group("open") == "(" and not text.startswith(")", m.end()) and not re.match(r"[ \t]*\)", text[m.end():]):
        return None  # a bracket opened before the date closes after it
    return Verdict(m.start("date"), m.end("date"), "ett datum i en annan kalender efter ett namn", 0.75)


#: A date of another calendar set off after a person's name.
CALENDAR_DATE_BESIDE_NAME = Rule("calendar_date_beside_a_name", _DATE, score=0.75, check=_check,
                                 gate=rule_regex(r"[,(][ \t]*(?:\d{1,2}\.?[ \t]+)?[^\W\d_]"))
