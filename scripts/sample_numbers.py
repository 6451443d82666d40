"""Check digits and the fictional identifiers of the sample documents (personnummer, giro, IBAN ...).

Every number is invented and built with its checksum, so the samples exercise the
detectors' checks the way real numbers do.
"""

from __future__ import annotations

import datetime as dt


def luhn_digit(payload: str) -> int:
    """The mod-10 (Luhn) check digit for a string of digits; the rightmost payload digit weighs 2."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_ok(digits: str) -> bool:
    """True when the last digit is the Luhn check digit of the others."""
    return digits.isdigit() and luhn_digit(digits[:-1]) == int(digits[-1])


def pnr(birth: str, serial: str, sep: str = "-", coordination: bool = False) -> str:
    """A personnummer (or samordningsnummer) for YYYYMMDD or YYMMDD plus a 3-digit serial."""
    date = dt.date(int(birth[:4]), int(birth[4:6]), int(birth[6:8])) if len(birth) == 8 else None
    short = birth[-6:]
    if date is None:
        dt.date(1900 + int(short[:2]), int(short[2:4]), int(short[4:6]))  # must exist
    if coordination:
        short = short[:4] + f"{int(short[4:6]) + 60:02d}"
    check = luhn_digit(short + serial)
    head = (birth[:2] + short) if len(birth) == 8 else short
    return f"{head}{sep}{serial}{check}"


def org_number(first9: str) -> str:
    """An organisation number NNNNNN-NNNC with a Luhn check digit."""
    assert int(first9[2]) >= 2, "the third digit of an organisation number is at least 2"
    d = first9 + str(luhn_digit(first9))
    return f"{d[:6]}-{d[6:]}"


def giro(payload: str) -> str:
    """Payload digits plus the Luhn digit (bankgiro and plusgiro use the same check)."""
    return payload + str(luhn_digit(payload))


def mod11_ok(digits: str) -> bool:
    """Modulus 11 with weights 1, 2, 3, ... from the right (Handelsbanken account numbers)."""
    return sum(int(c) * (i + 1) for i, c in enumerate(reversed(digits))) % 11 == 0


def handelsbanken_account(first8: str) -> str:
    """A 9-digit Handelsbanken account number whose mod-11 check digit fits."""
    for last in range(10):
        if mod11_ok(first8 + str(last)):
            return first8 + str(last)
    raise ValueError(f"no mod-11 digit for {first8}; pick other digits")


def iban_se(bank: str, account17: str) -> str:
    """A Swedish IBAN (SEkk + 3-digit bank code + 17 digits), grouped by four."""
    bban = bank + account17
    assert len(bban) == 20
    check = 98 - int(bban + "2814" + "00") % 97  # S=28, E=14
    raw = f"SE{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_ok(text: str) -> bool:
    """The ISO 13616 mod-97 check."""
    s = text.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# Serials 98x-99x, like Skatteverket's test numbers, so no real person is hit by accident.
PNR_LEILA = pnr("19850312", "982")
PNR_AMIR = pnr("20140827", "984")
PNR_ROJDA = pnr("19880712", "986")[2:]  # 10 digits with hyphen
SAMNR_ROJDA = pnr("19880712", "993", coordination=True)[2:]
PNR_MAJ = pnr("19470503", "981")[2:]
PNR_LARS = pnr("19660814", "987", sep="")[2:]  # 10 digits, no separator
PNR_SHILAN = pnr("19720919", "989")
PNR_GUSTAF = pnr("19210405", "985", sep="+")[2:]  # over 100 years old: "+"
ORG_EKHOLM = org_number("556987123")
ORG_MARINA = org_number("559912345")
VAT_MARINA = "SE" + ORG_MARINA.replace("-", "") + "01"
BG_MARINA = giro("5412763")
BG_MARINA_FMT = f"{BG_MARINA[:4]}-{BG_MARINA[4:]}"
PG_MARINA = giro("456789")
PG_MARINA_FMT = f"{PG_MARINA[:2]} {PG_MARINA[2:4]} {PG_MARINA[4:6]}-{PG_MARINA[6:]}"
IBAN_MARINA = iban_se("600", "00000000987654321")
HB_ACCOUNT = handelsbanken_account("73620481")
SALARY_ACCOUNT = f"6152-{HB_ACCOUNT[:3]} {HB_ACCOUNT[3:6]} {HB_ACCOUNT[6:]}"
