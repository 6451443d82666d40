"""A traveller's booking reference after its label: "Tågbiljetten har bokningsnummer K7T4QX", "bokningsreferens:
QX4T7K", "biljettnummer 7731 2204 18 för resan", "booking reference 8HF2LQ", "bokningsnummer hos SAS K7T4QX" (the
carrier named between).

A train, flight, ferry or hotel booking is one person's trip: with its reference anyone can look the booking up,
see the traveller's name and change or cancel it. The authority's own bookings stay readable ("Bokningsnr
TB-1140", an interpreter booked under the register's serial; ``id_labels`` keeps "boknings-" compounds out of the
labels of personal numbers), so a value counts when it has the shape carriers give a booking (letters and digits
mixed through the code, "K7T4QX", "8HF2LQ"), when the sentence is about a trip (a ticket, a train, a flight, a
hotel), or when the label says it books one person's appointment ("Bokningsnummer för besöket: BK7-2251-904").
Read by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule

_LABEL = (r"(?i:(?:tåg|flyg|färje|buss|hotell|rese)?boknings(?:nummer|numret|nr\.?|referens|referensen|kod|koden|-?id)"
          r"|(?:tåg|flyg|färje|buss|hotell|rese)?bokning(?:en)?[ ](?:nr\.?|nummer)"
          r"|(?:tåg|flyg|färje|buss)?biljett(?:nummer|numret|nr\.?|-?id)"
          r"|booking[ ](?:reference|ref\.?|number|no\.?|code)|reservation[ ](?:number|no\.?|code)|pnr)")
# what was booked, named after the label ("Bokningsnummer för besöket: …")
_BOOKED = r"[ \t]+(?i:för)[ \t]+(?P<booked>[a-zåäö]+)"
# the carrier or the hotel the booking is held at, named after the label ("bokningsnummer hos SAS K7T4QX",
# "booking reference with Finnair 8HF2LQ"): one or two capitalised names, letters alone
_HELD_AT = (r"[ \t]+(?i:hos|med|på|at|with)[ \t]+"
            r"(?P<carrier>[A-ZÅÄÖ][A-Za-zÅÄÖåäöéü&-]*(?:[ \t][A-ZÅÄÖ][a-zåäöéü]+)?)")
BOOKING = compile_rule(
    rf"""
    (?<![\w-])(?P<label>{_LABEL})(?:{_BOOKED})?(?:{_HELD_AT})?
    (?:[ \t]*[:=][ \t]*|[ \t]+(?:(?i:är|var|blir|is|was)[ \t]+)?|[ \t]*\([ \t]*)
    (?P<value>[A-Z0-9]{{5,10}}(?:[ -][A-Z0-9]{{2,6}}){{0,2}}|[A-Z0-9]{{2,4}}(?:[ -][A-Z0-9]{{2,6}}){{1,2}})
    (?![\w-]|[.,/]\d)
    """
)
# One person's appointment at an office, a clinic or a test (a visit, a time, a test, an interview): its booking is
# that person's as a trip's is ("Bokningsnummer för besöket: BK7-2251-904"); a room, a hall, a car or an interpreter
# booked is the authority's own resource and stays
_APPOINTMENT = re.compile(r"(?:hem)?besök(?:et)?|tid(?:en)?|möte(?:t)?|samtal(?:et)?|(?:kör|kunskaps)?prov(?:et)?|"
                          r"uppkörning(?:en)?|undersökning(?:en)?|vaccination(?:en)?|behandling(?:en)?|"
                          r"intervju(?:n)?|fotografering(?:en)?|mottagning(?:en)?")
# a trip in the same sentence: what the booking is for
_TRIP = re.compile(r"(?i)tåg|biljett|flyg|resa|resan|resor|hotell|färj|buss|taxi|hyrbil|kryssning|(?<![\w])SJ(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?:[ \t\n]+|$)(?=[A-ZÅÄÖ]|$)|\n[ \t]*\n")


def carrier_code(value: str) -> bool:
    """True for a code of the shape carriers give a booking: five to eight letters and digits, both, mixed through
    it ("K7T4QX", "8HF2LQ"; not a register's prefix and serial, "TB1140")."""
    v = value.replace(" ", "").replace("-", "")
    if not 5 <= len(v) <= 8 or v.isdigit() or v.isalpha():
        return False
    turns = sum(1 for a, b in zip(v, v[1:]) if a.isdigit() != b.isdigit())
    return turns >= 2


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(0, start - 160)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end)
    return text[lo:stop.start() if stop else min(len(text), end + 160)]


def _check_booking(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 2:
        return None
    if m.group("booked") and _APPOINTMENT.fullmatch(m.group("booked").lower()):
        booked = m.group("booked").lower()
        return Verdict(m.start("value"), m.end("value"), f"bokningsnummer för '{booked}', en persons bokade tid")
    if not carrier_code(value) and not _TRIP.search(_sentence(text, m.start(), m.end())):
        return None  # "Bokningsnr TB-1140": the authority's own booking, no one's trip
    return Verdict(m.start("value"), m.end("value"), f"bokningsreferens efter '{m.group('label').lower()}'")


def carrier_spans(text: str) -> list[tuple[int, int]]:
    """Where a booking reference's carrier stands between its label and the reference ("bokningsnummer hos SAS
    K7T4QX"), one word: the airline's, the ferry line's or the hotel's name, no one's (two words may be a person's)."""
    if "boknings" not in text.lower() and "booking" not in text.lower():
        return []
    return [m.span("carrier") for m in BOOKING.finditer(text)
            if m.group("carrier") and " " not in m.group("carrier") and _check_booking(text, m) is not None]


RULES = (
    Rule("booking_reference", BOOKING, score=0.8, check=_check_booking,
         needs=("boknings", "biljett", "booking", "reservation", "pnr")),
)
