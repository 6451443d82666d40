"""A date of birth in a table row that the PDF's reading joined into one line with spaces ("Anna Lindqvist
1987-03-12 Storgatan 4", "3 Erik Holm 12 mars 1961 Kvarngatan 2 352 30 Växjö").

A table read cell by cell or with "|" between its cells is ``placed_birth_dates``'s; some readings of a PDF join a
row's cells with a space, so the row is a line of a person's name, a date and the person's other details. The
date is read as the table's cell would be: a birth when the words right before it are a person's name (a row's
number or case code may open the line), the line goes on with details (a capital or a digit, no sentence's
lower-case words) or its neighbours have the same shape, the header above names no event, and no date in the same
place on the neighbouring rows is recent (a column of visits, purchases or decisions).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the row's opening: a number or a code (or a capital letter of one: "B 1904-25"), then the name, then the date
_OPENING = r"[ \t]*(?:(?:[A-ZÅÄÖ]{1,3}|[\w./:-]*\d[\w./:-]*)[ \t]+){0,3}"
# "Anna Lindqvist", or "Lindqvist, Anna" as registers list persons
_NAME = (r"[A-ZÅÄÖÉÜÁÍÓÚÑŞÇĆČŠŽ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?"
         r"(?:,?[ \t]+[A-ZÅÄÖÉÜÁÍÓÚÑŞÇĆČŠŽ][^\W\d_'’-]*(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?){1,3}")
_BEFORE = re.compile(rf"\A{_OPENING}(?P<name>{_NAME})[ \t]+\Z")
# what may follow the date on the row: nothing, or a detail that opens with a capital, a digit or a sign
_AFTER = re.compile(r"[ \t]*\Z|[ \t]+(?:[A-ZÅÄÖÉÜ0-9+(]|c/o[ \t])")
_ROW_SHAPE = re.compile(rf"\A{_OPENING}{_NAME}[ \t]+(?P<cell>\d|[A-Za-zåäö]+[ \t]+\d)")


def in_joined_row(text: str, m: re.Match[str], date_at: re.Pattern[str],
                  parse: Callable[[re.Match[str]], tuple[int, bool] | None], ref: int,
                  looks_like_name: Callable[[str], bool], event: Callable[[str], bool],
                  births: Callable[[str], bool], details: re.Pattern[str] | None = None) -> str | None:
    """The reason when the date stands after a person's name in a row read as one line, else None (the date pattern
    and the checks are ``placed_birth_dates``'s). ``details``: for a month and a year, what must follow it (a home,
    a number) unless the header names a birth; its neighbours' dates must then be twelve years old."""
    s, e = m.start("date"), m.end("date")
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:s], text[e:line_end]
    if any(c in before + after for c in "|¦\t"):
        return None  # a table with its separators is read cell by cell
    found = _BEFORE.match(before)
    if found is None or not looks_like_name(found.group("name").replace(",", " ")):
        return None
    if not _AFTER.match(after) or re.match(r"[ \t]+[a-zåäö]", after):
        return None  # "Anna Lindqvist 2019-03-12 ringde": a sentence's date, no row's
    if after.split() and event(after.split()[0]):
        return None  # "Anna Lindqvist 2010-03-12 Beslut om bygglov": the row's next cell names an event
    lines = text.split("\n")
    n = text.count("\n", 0, line_start)
    # the table's rows: the neighbouring lines that open with a name and a date too
    top, bottom = n, n
    while top > 0 and _ROW_SHAPE.match(lines[top - 1]):
        top -= 1
    while bottom + 1 < len(lines) and _ROW_SHAPE.match(lines[bottom + 1]):
        bottom += 1
    if top == bottom and not after.strip():
        return None  # a name and a date alone on one line: a signature's, no row's
    for k in range(top, bottom + 1):
        if k == n:
            continue
        row = _ROW_SHAPE.match(lines[k])
        if row is None:
            continue
        d = date_at.match(lines[k], row.start("cell"))
        if d is not None and (p := parse(d)) is not None and p[0] > ref - (12 if details is not None else 2):
            return None  # a recent date in the same place: a column of events
    header = lines[top - 1] if top > 0 else ""
    if re.search(r"\d", header) or len(header.split()) < 2:
        header = ""
    if header and event(header) and not births(header):
        return None
    if details is not None and not (births(header) or details.match(after)):
        return None  # a month and a year beside a name, no home or number after it: a term's, an employment's
    return "efter ett namn i en tabellrad läst som en rad" + (f" under '{' '.join(header.split())}'" if header else "")
