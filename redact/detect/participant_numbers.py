"""A column of the number a body gives each participant of what it runs ("Kursnummer", "Könummer", "Startnummer",
"Anmälningsnr") in a table that also heads a column of persons' names: each row's value is that person's place on
the course, in the queue or in the race, and it leads to the person (read by ``table_headers.row_kinds``).

A course's own code is shared by all who take it: a value that stands in two rows of the column is the course's, no
one's, and stays (``without_shared_values``). A bare row's rank ("1", "2" under "Köplats") is no number of anyone's.

A participant's or a booking's number is often the activity's code with the person's own suffix after it ("SPL
7485-27/01", "TVÅL7728-27/03", "KORG-7374/27-05": the course's or the booking's letters and number, then "/01",
"-02" for each person on it): ``participant_suffixed`` reads that shape. After a label of a place, a course, a
participant or a booking in running text ("Platsnummer KORG-7374/27-01.", "Bokningsnr SPL 7485-27/01") such a number
is the person's place on it (the rule below, run by ``labelled_id``'s recognizer), and a line it opens after the
word of the body's own booking is no heading of the body's case (``case_headings``).

A municipality's courses may lead the number with the activity's word or its abbreviation instead, the person's
suffix digits or one capital ("Dragsp. 7416-27:1", "Drakb 7973/27 A"): ``activity_led`` reads that shape, whole in a
place's column (``cell_findings`` keeps the word a label reader would cut off) and after the labels.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from redact.detect.patterns import Rule, Verdict, compile_rule

# what the body numbers: a course, a queue, a race's start, an application to take part, a participant's place on a
# course ("Platsnummer", "Kursplats", a pupil's "Elevplats": the place one person holds; not "Kurs ID", the course's
# own code where no case opens the row, see table_headers._persons_number_header)
_PARTICIPANT_NUMBER = re.compile(r"^(?:(?:kurs|kö|start|anmälnings|tävlings|plats|kursplats|deltagarplats)[-\s]?"
                                 r"(?:nummer|nr\.?)|kursplats|deltagarplats|elevplats)$")
# a rank or a row's count: fewer than three digits
_SHORT = re.compile(r"^\D*\d{0,2}\D*$")


def names_participant_number(header: str) -> bool:
    """True for a header naming the number a body gives each participant ("Kursnummer", "Könr", "Startnummer")."""
    return _PARTICIPANT_NUMBER.match(" ".join(header.lower().rstrip(":").split())) is not None


class _Spanned(Protocol):
    start: int
    end: int
    header: str


def without_shared_values(cells: Sequence[_Spanned], text: str) -> list[_Spanned]:
    """The cells but those under a participant's number whose value stands in another row too (a course's code all
    its participants share) or holds fewer than three digits (a rank in the queue)."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for c in cells:
        if names_participant_number(c.header):
            seen[c.header, _value(text, c)] += 1
    return [c for c in cells if not names_participant_number(c.header)
            or (seen[c.header, _value(text, c)] == 1 and not _SHORT.match(_value(text, c)))]


def _value(text: str, cell: _Spanned) -> str:
    return " ".join(text[cell.start:cell.end].split())


# the activity's code (its letters, Swedish ones too, with or without a space, a hyphen or a slash before its digit
# groups) and the person's own suffix of one to three digits after "/" or "-": "SPL 7485-27/01", "TVÅL7728-27/01",
# "KORG-7374/27-05", "MG 27.7839-01"; the code holds two digit groups at least (a case's "BN 0412-27" is letters, a
# serial and the year)
_SUFFIXED = re.compile(r"[A-ZÅÄÖ]{2,6}[ /:-]?\d{2,6}(?:[-/.:]\d{2,6})+[/-]\d{1,3}")


def participant_suffixed(value: str) -> bool:
    """True for an activity's code with a participant's own suffix after it ("SPL 7485-27/01", "KORG-7374/27-05")."""
    return _SUFFIXED.fullmatch(" ".join(value.split())) is not None


# the same number led by the activity's word or its abbreviation, as a municipality's courses write it: a
# capitalised word, perhaps cut with a dot, or the activity's capitals, then the course's code (two digit groups at
# least) and the person's suffix, digits after ":", "/" or "-", or one capital after a space or a hyphen ("Dragsp.
# 7416-27:1", "Sax 27/7862:1", "Drakb 7973/27 A", "Zumba 8195.27-A", "SKRIV 27:7538 A"); a case's "Dnr 2027/0412" has
# no suffix, and a date after a word ("Anna 2027-04-12") is none
_ACTIVITY_LED = re.compile(r"(?:[A-ZÅÄÖ][a-zåäöéü]{1,11}\.?|[A-ZÅÄÖ]{2,8})[ ](?!\d{4}-\d\d-\d\d(?!\d))"
                           r"\d{2,6}(?:[-/.:]\d{2,6})+"
                           r"(?:[:/-]\d{1,3}|[ -][A-ZÅÄÖ](?![\w-]))")


def activity_led(value: str) -> bool:
    """True for a participant's number led by the activity's word ("Dragsp. 7416-27:1", "Drakb 7973/27 A")."""
    return _ACTIVITY_LED.fullmatch(" ".join(value.split())) is not None


# a label of a participant's place, a course's or a booking's number ("Platsnummer", "Kurs-id", "Kursplats",
# "Deltagarnr", "Bokningsnr", "Anmälningsnummer", "Elevnummer", "Elevplats"), before a suffixed code in running text
_PLACE_LABEL = (r"(?i:(?:kurs|plats|kursplats|deltagar|deltagare|boknings|anmälnings|elev|start|kö|tävlings)"
                r"(?:[-]?(?:nummer|numret|nr\.?|id)|[ ](?:nr\.?|nummer|id))|kursplats(?:en)?|deltagarplats(?:en)?"
                r"|elevplats(?:en)?)")
_PLACE_HEADER = re.compile(_PLACE_LABEL)


def names_a_place(header: str) -> bool:
    """True for a header naming a participant's place or number ("Kursplats", "Plats-id", "Platsnr", "Kurs-id")."""
    return _PLACE_HEADER.fullmatch(" ".join(header.rstrip(":").split())) is not None


_SUFFIXED_AFTER_LABEL = compile_rule(
    rf"""
    (?<![\w-])(?P<label>{_PLACE_LABEL})[ \t]*:?[ \t]+
    (?P<value>{_SUFFIXED.pattern}|{_ACTIVITY_LED.pattern})
    (?![\w/:-]|[.,]\d)
    """
)


def _check_suffixed(text: str, m: re.Match[str]) -> Verdict | None:
    """The suffixed code after a place's, a course's or a booking's label: the person's place on it."""
    return Verdict(m.start("value"), m.end("value"), f"deltagarens nummer efter '{m.group('label').lower()}'")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("participant_suffixed_after_label", _SUFFIXED_AFTER_LABEL, score=0.8, check=_check_suffixed,
              needs=("kurs", "plats", "deltagar", "boknings", "anmälnings", "elev", "start", "kö", "tävlings")),)
