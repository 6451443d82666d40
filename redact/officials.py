"""The authority's staff directory: who acts in office, and their work contact data.

The directory is a CSV file (UTF-8, header row) with the columns name, title,
email and phone (Swedish headers namn, titel, e-post, telefon also work).
Comma, semicolon (Excel's Swedish default) and tab separators are accepted.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from redact.errors import InputError
from redact.local_files import read_text_file
from redact.messages import Message
from redact.types import Finding

log = logging.getLogger(__name__)

_HEADERS = {
    "name": "name", "namn": "name", "fullständigt namn": "name",
    "title": "title", "titel": "title", "befattning": "title", "roll": "title",
    "email": "email", "e-mail": "email", "e-post": "email", "epost": "email", "mejl": "email", "work email": "email",
    "phone": "phone", "telefon": "phone", "tel": "phone", "telefonnummer": "phone", "work phone": "phone",
    "arbetstelefon": "phone",
}
_STRIP = ".,;:()[]\"'’”“!?"


def normalize_name(text: str) -> str:
    """Case-folded, NFC, single-spaced name without surrounding punctuation."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    toks = [t.strip(_STRIP) for t in text.replace("\u2010", "-").split()]
    return " ".join(t for t in toks if t).casefold()


def normalize_phone(text: str) -> str:
    """Digits of a Swedish phone number in national form: "+46 (0)8-123 45 67" -> "081234567"."""
    s = text.replace("(0)", "").strip()
    digits = re.sub(r"\D", "", s)
    if s.startswith("+46"):
        digits = "0" + digits[2:]
    elif digits.startswith("0046"):
        digits = "0" + digits[4:]
    return digits


def normalize_email(text: str) -> str:
    """Lower-case e-mail address without surrounding punctuation or a mailto: prefix."""
    s = text.strip().strip(_STRIP + "<>").casefold()
    return s[7:] if s.startswith("mailto:") else s


@dataclass(frozen=True)
class Official:
    """One person in the staff directory."""

    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


def _name_forms(name: str) -> list[tuple[int, str]]:
    """(rank, form) a full name is matched in: 0 as written, 1 genitive, 2 "Svensson, Anna"."""
    norm = normalize_name(name)
    toks = norm.split()
    last = toks[-1]
    genitive = last if last.endswith(("s", "x", "z")) else last + "s"
    forms = [(0, norm)]
    forms += [(1, " ".join([*toks[:-1], g])) for g in (genitive, last + "'s", last + "’s")]
    if len(toks) >= 2:
        forms.append((2, f"{toks[-1]} {' '.join(toks[:-1])}"))  # the comma is stripped as punctuation
    return forms


class Directory:
    """Officials, looked up by full name, work e-mail and work phone."""

    def __init__(self, officials: list[Official] | tuple[Official, ...]):
        self.officials: tuple[Official, ...] = tuple(officials)
        self._by_name: dict[str, Official] = {}
        self._by_email: dict[str, Official] = {}
        self._by_phone: dict[str, Official] = {}
        claims: dict[str, tuple[int, Official | None]] = {}
        for o in self.officials:
            for rank, form in _name_forms(o.name):
                held = claims.get(form)
                if held is None or rank < held[0]:
                    claims[form] = (rank, o)
                elif rank == held[0] and held[1] is not None and normalize_name(held[1].name) != normalize_name(o.name):
                    # A form two officials share at the same rank cannot say who is meant; leave it masked.
                    claims[form] = (rank, None)
            if o.email:
                self._by_email[normalize_email(o.email)] = o
            if o.phone and len(normalize_phone(o.phone)) >= 5:
                self._by_phone[normalize_phone(o.phone)] = o
        self._by_name = {form: o for form, (_, o) in claims.items() if o is not None}

    def __len__(self) -> int:
        return len(self.officials)

    def match_name(self, text: str) -> Official | None:
        """The official whose full name (or its genitive) this is; None for partial or unknown names."""
        norm = normalize_name(text)
        if len(norm.split()) < 2:
            return None
        return self._by_name.get(norm)

    def match_email(self, text: str) -> Official | None:
        """The official whose work e-mail this is."""
        return self._by_email.get(normalize_email(text))

    def match_phone(self, text: str) -> Official | None:
        """The official whose work phone this is."""
        return self._by_phone.get(normalize_phone(text))

    def match(self, finding: Finding) -> Official | None:
        """The official a PERSON, EMAIL or PHONE finding refers to in their work role, else None."""
        if finding.category == "PERSON":
            return self.match_name(finding.text)
        if finding.category == "EMAIL":
            return self.match_email(finding.text)
        if finding.category == "PHONE":
            return self.match_phone(finding.text)
        return None


def _sniff_delimiter(head: str) -> str:
    first = head.splitlines()[0] if head else ""
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse_directory(text: str, where: str = "personallistan") -> Directory:
    """Parse the CSV text of a staff directory."""
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text))
    rows = [r for r in reader if any(c.strip() for c in r)]
    if not rows:
        raise InputError("{where}: filen är tom; första raden ska vara rubrikerna name, title, email, phone", where=where)
    columns: dict[str, int] = {}
    for i, head in enumerate(rows[0]):
        key = _HEADERS.get(head.strip().casefold())
        if key and key not in columns:
            columns[key] = i
    if "name" not in columns:
        raise InputError(
            "{where}: kolumnen name (namn) saknas i rubrikraden {rows!r}; rubrikerna ska vara name, title, email, phone", where=where, rows=rows[0]
        )
    officials = []
    for n, row in enumerate(rows[1:], start=2):
        def cell(key: str) -> str:
            i = columns.get(key)
            return row[i].strip() if i is not None and i < len(row) else ""

        name = " ".join(cell("name").split())
        if not name:
            raise InputError("{where}: rad {n} saknar namn", where=where, n=n)
        if len(name.split()) < 2:
            raise InputError("{where}: rad {n}: ange för- och efternamn ({name!r} räcker inte för att känna igen personen)", where=where, n=n, name=name)
        officials.append(Official(name=name, title=cell("title"), email=cell("email"), phone=cell("phone")))
    log.info("staff directory %s: %d officials", where, len(officials))
    return Directory(officials)


def load_directory(path: str | Path) -> Directory:
    """Read a staff directory CSV file (UTF-8, with or without BOM)."""
    path = Path(path)
    text = read_text_file(path, Message("personallistan"), "\"CSV UTF-8\"")
    return parse_directory(text, where=path.name)
