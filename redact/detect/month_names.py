"""The months of Swedish dates (and English ones, in letters and mails from abroad) and a written year's century:
shared by the birth-date rules at home and after another language's birth word."""

from __future__ import annotations

import datetime as _dt

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # English, in letters and mails from abroad ("born on 3 March 1936")
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
}


def full_year(written: str) -> int:
    """The year of a date, its century added when only its last two digits are written ("-87", "87")."""
    y = int(written.lstrip("-–'’"))
    if y < 100:
        y += 2000 if 2000 + y <= _dt.date.today().year else 1900
    return y
