"""A flight's booking reference where no booking-number label stands before it (``booking_references`` reads those):

* after the bare word for a booking ("booking QX4T7K", "bokningen K7T4QX", "Buchung 8HF2LQ") in a subject line or a
  sentence, when the code has the shape carriers give a booking (letters and digits mixed through it);
* after the airline's name alone, in a cell or a list of a person's papers ("LATAM QX4T7K", "Finnair 8HF2LQ"): the
  airline and the reference together are the booking, so the airline stays inside the mark as a card's scheme does.

The airline held a booking "hos"/"with" ("bokningsnummer hos SAS K7T4QX") is ``booking_references``'s, the carrier
outside the mark. Read by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.booking_references import carrier_code
from redact.detect.patterns import Rule, Verdict, compile_rule

# the bare word for a booking, in Swedish, English, German, French, Spanish and Portuguese
_BOOKING_WORD = (r"(?i:(?:flyg|res|rese|hotell)?bokning(?:en)?|flight[ ]booking|booking|reservation|buchung|"
                 r"réservation|reserva)")
BARE_BOOKING = compile_rule(
    rf"(?<![\w-])(?P<label>{_BOOKING_WORD})[ \t\u00a0]*:?[ \t\u00a0]+(?P<value>[A-Z0-9]{{5,8}})(?![\w-])")
# airlines by the names their bookings are written with
_AIRLINES = (
    r"SAS|Norwegian|LATAM|Finnair|Lufthansa|KLM|Air[ ]France|British[ ]Airways|Ryanair|Wizz[ ]Air|Turkish[ ]Airlines"
    r"|Qatar[ ]Airways|Emirates|Etihad|EVA[ ]Air|JAL|ANA|Iberia|TAP|LOT|airBaltic|Icelandair|Eurowings|easyJet"
    r"|Vueling|Delta|United|Air[ ]Canada|Singapore[ ]Airlines|Thai[ ]Airways|Cathay[ ]Pacific|Air[ ]India"
    r"|Ethiopian|Avianca|Aerolíneas[ ]Argentinas|GOL|Azul|Copa|Aeroméxico|Air[ ]China|China[ ]Southern"
    r"|Korean[ ]Air|Asiana|SWISS|Swiss|Austrian|Brussels[ ]Airlines|Pegasus|Aegean|Widerøe|Braathens|Qantas"
    r"|Air[ ]New[ ]Zealand|AirAsia|Malaysia[ ]Airlines|Vietnam[ ]Airlines|Philippine[ ]Airlines|Royal[ ]Jordanian"
    r"|Saudia|EgyptAir|Royal[ ]Air[ ]Maroc|Kenya[ ]Airways|Air[ ]Serbia")
AIRLINE_BOOKING = compile_rule(
    rf"(?<![\w-])(?P<value>(?P<airline>{_AIRLINES})[ \u00a0]+(?P<code>[A-Z0-9]{{6}}))(?![\w-])")
# the airline held the booking: "hos SAS K7T4QX", "with Finnair 8HF2LQ" (booking_references, the carrier outside)
_HELD_AT_BEFORE = re.compile(r"(?i:hos|med|på|at|with|via)[ \t\u00a0]+$")


def _check_bare(text: str, m: re.Match[str]) -> Verdict | None:
    if not carrier_code(m.group("value")):
        return None  # "bokning 20260412", "booking ABC123": a date, a register's letters and serial
    return Verdict(m.start("value"), m.end("value"), f"bokningsreferens efter '{m.group('label').lower()}'")


def _check_airline(text: str, m: re.Match[str]) -> Verdict | None:
    if not carrier_code(m.group("code")) or _HELD_AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    return Verdict(m.start("value"), m.end("value"), f"bokningsreferens hos {m.group('airline')}")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (
    Rule("bare_booking_reference", BARE_BOOKING, score=0.8, check=_check_bare,
         needs=("bokning", "booking", "reservation", "buchung", "réservation", "reserva")),
    Rule("airline_booking_reference", AIRLINE_BOOKING, score=0.8, check=_check_airline),
)
