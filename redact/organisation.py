"""The authority's own details (name and short forms, addresses, switchboard, domains, functional mailboxes).

An organisation profile is a TOML file given with ``--organisation``. What it
names is the authority itself, not a private person: ``propose`` proposes such
findings for disclosure with the reason shown ("myndighetens växel (Norrviks
kommun)"), never as masks. A reviewer can still mask any of them.

    name = "Norrviks kommun"
    short_names = ["Norrvik", "Bygglov Norrvik"]
    addresses = ["Storgatan 1, 123 45 Norrvik", "Box 100, 123 21 Norrvik"]
    switchboard = ["0123-45 67 00"]
    domains = ["norrvik.se"]
    mailboxes = ["bygglov@norrvik.se"]
    org_number = "212000-0000"

Swedish keys work too: namn, kortnamn, adresser, vaxel, domaner, funktionsbrevlador, organisationsnummer.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from redact.errors import InputError
from redact.local_files import read_text_file
from redact.messages import Message
from redact.officials import normalize_email, normalize_name, normalize_phone
from redact.types import Finding

log = logging.getLogger(__name__)

_KEYS = {
    "name": "name", "namn": "name",
    "short_names": "short_names", "kortnamn": "short_names",
    "addresses": "addresses", "adresser": "addresses",
    "switchboard": "switchboard", "vaxel": "switchboard", "växel": "switchboard",
    "domains": "domains", "domaner": "domains", "domäner": "domains",
    "mailboxes": "mailboxes", "funktionsbrevlador": "mailboxes", "funktionsbrevlådor": "mailboxes",
    "org_number": "org_number", "organisationsnummer": "org_number",
}
# A local part that spells a person ("anna.svensson", "a-svensson", "anna_s"): a staff member, not the authority.
_PERSONAL_LOCAL = re.compile(r"^[^\W\d_]+[._-][^\W\d_]+", re.UNICODE)


def _address_key(text: str) -> str:
    return " ".join(re.sub(r"[,.]", " ", text).casefold().split())


@dataclass(frozen=True)
class Organisation:
    """The authority's own details, and what each finding that names them should say."""

    name: str
    short_names: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    switchboard: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    mailboxes: tuple[str, ...] = ()
    org_number: str = ""

    def _names(self) -> set[str]:
        forms: set[str] = set()
        for n in (self.name, *self.short_names):
            norm = normalize_name(n)
            if not norm:
                continue
            forms.add(norm)
            last = norm.split()[-1]
            if not last.endswith(("s", "x", "z")):
                forms.add(" ".join([*norm.split()[:-1], last + "s"]))  # genitive: "Norrviks"
        return forms

    def _address_forms(self) -> set[str]:
        forms: set[str] = set()
        for a in self.addresses:
            forms.add(_address_key(a))
            for part in a.split(","):
                if re.search(r"\d", part) and re.search(r"[^\W\d_]{2}", part) and not re.match(r"\s*\d{3}\s?\d{2}\b", part):
                    forms.add(_address_key(part))
        return forms

    def reason(self, finding: Finding) -> str | None:
        """Why a finding is the authority's own detail (shown to the reviewer), or None when it is not."""
        cat, text = finding.category, finding.text
        if cat == "EMAIL":
            email = normalize_email(text)
            if email in {normalize_email(m) for m in self.mailboxes}:
                return f"myndighetens funktionsbrevlåda ({self.name})"
            local, _, domain = email.partition("@")
            if domain in {d.casefold().lstrip("@") for d in self.domains} and not _PERSONAL_LOCAL.match(local):
                return f"myndighetens gemensamma e-postadress ({self.name})"
            return None
        if cat == "PHONE":
            number = normalize_phone(text)
            if len(number) >= 5 and number in {normalize_phone(s) for s in self.switchboard}:
                return f"myndighetens växel ({self.name})"
            return None
        if cat == "ADDRESS":
            # The whole address or its street part ("Storgatan 1", "Box 100"); a postal code and town alone are
            # shared with everyone who lives there, so they are left to the profile.
            key = _address_key(text)
            if key and key in self._address_forms():
                return f"myndighetens adress ({self.name})"
            return None
        if cat == "ORG_NUMBER":
            if self.org_number and re.sub(r"\D", "", text)[-10:] == re.sub(r"\D", "", self.org_number)[-10:]:
                return f"myndighetens organisationsnummer ({self.name})"
            return None
        if cat == "PERSON":
            if normalize_name(text) in self._names():
                return f"myndighetens namn ({self.name})"
        return None


def parse_organisation(text: str, where: str = "organisationsprofilen") -> Organisation:
    """An organisation profile from TOML text."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError("{where}: filen är inte giltig TOML ({err})", where=where, err=err) from None
    values: dict[str, object] = {}
    for key, value in data.items():
        field = _KEYS.get(key.casefold())
        if field is None:
            raise InputError("{where}: okänd nyckel {key!r}; använd name, short_names, addresses, switchboard, domains, mailboxes", where=where, key=key)
        values[field] = value
    name = values.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError("{where}: name (myndighetens namn) saknas", where=where)
    lists: dict[str, tuple[str, ...]] = {}
    for field in ("short_names", "addresses", "switchboard", "domains", "mailboxes"):
        v = values.get(field, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise InputError("{where}: {field} ska vara en lista med text, t.ex. [\"...\", \"...\"]", where=where, field=field)
        lists[field] = tuple(" ".join(x.split()) for x in v if x.strip())
    org = values.get("org_number", "")
    if not isinstance(org, str):
        raise InputError("{where}: org_number ska vara text, t.ex. \"212000-0000\"", where=where)
    result = Organisation(name=" ".join(name.split()), org_number=org.strip(), **lists)
    log.info("organisation profile %s: %d names, %d addresses, %d numbers, %d mailboxes", where,
             1 + len(result.short_names), len(result.addresses), len(result.switchboard), len(result.mailboxes))
    return result


def load_organisation(path: str | Path) -> Organisation:
    """Read an organisation profile (TOML, UTF-8)."""
    path = Path(path)
    text = read_text_file(path, Message("organisationsprofilen"))
    return parse_organisation(text, where=path.name)
