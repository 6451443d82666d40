"""A vehicle's identification number (VIN, "chassinummer"), by its own shape: seventeen capitals and digits, never
I, O or Q (ISO 3779), the serial's last four characters digits. Read by ``labelled_id``'s recognizer.

A VIN names one car for its whole life, so with the vehicle register it leads to the owner as surely as the plate
does; a private person's car is the person's. The label rules read it after "chassinummer" or "VIN" only when the
number follows the label at once, but a register's text puts words or a line end between ("Chassinummer enligt
registret" / "WVWZZZAUZHW118342."). The shape says what the number is: where the ninth character is the check digit
North American makers compute (weighted sum mod 11) and it holds, the number is a VIN wherever it stands; a
European maker's VIN carries no check digit ("WVWZZZ…", "YV1…"), so there a vehicle's word before it in the
sentence (a chassis, a VIN, a car, a vehicle) decides, and so does a car's make with its model right before it
("Toyota Yaris JTDKW923005441822" in a register's vehicle column): the make and the model are then the plate's
first words, inside the number's mark.
"""

from __future__ import annotations

import re

from redact.detect.makers_before_numbers import maker_start
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# seventeen characters of the VIN's alphabet, at least two letters, the last four digits (the serial's end)
_VIN = compile_rule(r"(?<![\w-])(?P<value>(?=(?:[0-9]*[A-HJ-NPR-Z]){2})[A-HJ-NPR-Z0-9]{13}[0-9]{4})(?![\w-])")
_GATE = rule_regex(r"[A-HJ-NPR-Z0-9]{13}[0-9]{4}")

# the letters' values and the positions' weights of the North American check digit (49 CFR 565)
_VALUES = {**{str(d): d for d in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

# a vehicle's or its number's word before the VIN in its sentence (the word's stem: "chassinumret", "bilen",
# "fordonets", "personbilen", "husbilen", "släpvagnens")
_VEHICLE_WORD = re.compile(
    r"(?i)(?<![\w-])(?:chassi\w*|vin|vin-?(?:nummer|nr\.?|kod)|fordon\w*|\w*identifieringsnummer\w*|\w*bil(?:en|ens)?|"
    r"\w*bilar(?:na)?|släp\w*|husvagn\w*|motorcykel\w*|mc|moped\w*|traktor\w*|vehicle|chassis)(?![\w-])")
_REACH = 80  # characters before the number where its sentence names the vehicle
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n]+[A-ZÅÄÖ])|\n[ \t]*\n")


# the makes of cars, vans, motorcycles, caravans and lorries, as a register names them before the model
_MAKES = (r"Toyota|Volvo|Volkswagen|VW|Audi|BMW|Mercedes(?:-Benz)?|Škoda|Skoda|SEAT|Seat|Cupra|Renault|Peugeot|"
          r"Citroën|Citroen|Opel|Ford|Fiat|Kia|Hyundai|Nissan|Mazda|Honda|Subaru|Mitsubishi|Suzuki|Lexus|Tesla|"
          r"Polestar|Saab|Dacia|Jeep|Land[ \u00a0]Rover|Range[ \u00a0]Rover|Jaguar|MINI|Mini|Porsche|Chevrolet|Dodge|"
          r"Chrysler|Cadillac|Alfa[ \u00a0]Romeo|Lancia|Smart|MG|BYD|Lynk[ \u00a0]&[ \u00a0]Co|DS|Iveco|Scania|MAN|"
          r"DAF|Isuzu|Yamaha|Kawasaki|Harley-Davidson|Ducati|KTM|Triumph|Piaggio|Vespa|Aprilia|Hymer|Kabe|Adria|"
          r"Knaus|Dethleffs|Tabbert|Fendt|Valtra|Deere|Claas|Zeekr|Aiways|Xpeng|NIO|Genesis|Infiniti|Acura|Buick|GMC")


def check_digit_holds(vin: str) -> bool:
    """True when the ninth character of ``vin`` is the North American check digit of the seventeen."""
    total = sum(_VALUES[c] * w for c, w in zip(vin, _WEIGHTS))
    digit = total % 11
    return vin[8] == ("X" if digit == 10 else str(digit))


def _vehicle_named_before(text: str, start: int) -> bool:
    """True when the sentence before the number (up to ``_REACH`` characters) names a vehicle or its number."""
    lo = max(0, start - _REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    return _VEHICLE_WORD.search(text, lo, start) is not None


def _check_vin(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    start = maker_start(text, m.start("value"), _MAKES, words=3)
    if check_digit_holds(value):
        return Verdict(start, m.end("value"), "fordonets identifieringsnummer (VIN) med kontrollsiffra")
    if start < m.start("value"):
        return Verdict(start, m.end("value"), "fordonets identifieringsnummer (VIN) efter märke och modell")
    if _vehicle_named_before(text, m.start("value")):
        return Verdict(m.start("value"), m.end("value"), "fordonets identifieringsnummer (VIN) efter fordonet")
    return None


RULES = (Rule("vehicle_identification_number", _VIN, score=0.85, check=_check_vin, gate=_GATE),)
