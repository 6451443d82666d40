"""A column of one person's booking or placement: a test's or a time's booking ("Provbokning", "Tidsbokning") and a
child's placement in a preschool or an after-school club ("Placering"), each by the register's code for it.

The code leads to the person as a case number does not: it is the booking system's or the fee register's own number
for one person's booking or place ("FP-0441822-AM", a permit test's booking with the licence class after it;
"FTH/27/0441", a club's fee register by year). The header alone names other things too (a rank in a result list, a
ward's name), so only a cell shaped as a code counts: letters before groups of digits, a class's letters after them,
and a running number of four digits at least (the body's own list of visits numbers them "AR-26-03"). The same code
after the booking's compound in a sentence or a letter's line ("Hallbokning hal-26-0731-02.") is read by the rule
below, run by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

# the header: a booking of what a person booked ("Provbokning", "Tidsbokning") or a placement ("Placering")
# (the bare "Bokning" over a register's first column is the body's own number of the booking: it stays)
_HEADER = re.compile(r"^(?:[a-zåäö]{2,16}bokning|placering|placeringar)$")
# the code: letters, then digit groups set off by dashes, slashes or a space, then perhaps a class's letters
# ("FP-0441822-AM", "FTH/27/0441", "TB 2207-18"); four digits at least. A booking system may write its prefix in
# small letters ("hal-26-0731-02": the hall's short name, the year, the running number and the booking's suffix)
_CODE_SHAPE = r"(?:[A-ZÅÄÖ]{1,5}[-/ ]?|[a-zåäö]{2,5}[-/])\d{2,}(?:[-/ ]\d{2,}){0,3}(?:[-/ ][A-ZÅÄÖ]{1,3})?"
_CODE = re.compile(rf"^{_CODE_SHAPE}$")


def booking_header(header: str) -> bool:
    """True for the header of a column of persons' bookings or placements ("Provbokning", "Placering")."""
    return _HEADER.match(" ".join(header.strip().rstrip(":").split()).lower()) is not None


# the running number of a register: four digits at least in one group ("0441822", "0441"); a list's serials of two
# digits ("AR-26-03") number the body's own bookings of visits, no one's code
_RUNNING_NUMBER = re.compile(r"\d{4,}")


def booking_code(value: str) -> bool:
    """True for a cell holding a register's code for a booking or a placement ("FP-0441822-AM", "FTH/27/0441")."""
    v = " ".join(value.split())
    return _CODE.match(v) is not None and _RUNNING_NUMBER.search(v) is not None


# the same booking named in a sentence or a letter's line by its compound ("Hallbokning hal-26-0731-02.", "din
# provbokning: KP-5520917-B"): what a person booked and the register's code for it; the bare "Bokning" stays
_BOOKED_IN_TEXT = compile_rule(
    rf"""
    (?<![\w-])(?P<label>[A-ZÅÄÖa-zåäö][a-zåäö]{{1,15}}bokning(?:en)?)[ \t]*:?[ \t]+
    (?P<value>{_CODE_SHAPE})
    (?![\w-]|[.,/]\d)
    """
)


def _check_booked(text: str, m: re.Match[str]) -> Verdict | None:
    """The code after a booking's compound, where it has a register's booking code's shape (see ``booking_code``)."""
    if not booking_header(m.group("label").removesuffix("en")) or not booking_code(m.group("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), f"bokningens kod efter '{m.group('label').lower()}'")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("booking_code_after_compound", _BOOKED_IN_TEXT, score=0.8, check=_check_booked, needs=("bokning",)),)
