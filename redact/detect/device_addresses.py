"""A network device's hardware address (MAC): six bytes in hexadecimal, colons or dashes between them
("3C:71:BF:22:9A:0E", "3c-71-bf-22-9a-0e"), with the maker's name, the device's noun and the "MAC" label before it
as a register of a household's equipment writes them ("Netgear router MAC 3C:71:BF:22:9A:0E"). Read by
``labelled_id``'s recognizer (reported as ID_NUMBER).

The address is burnt into one device, and the device is a household's or a person's: it leads to them as a serial
does, so the mark runs from the maker when a maker's name opens the run (see ``makers_before_numbers.no_maker``),
from the device's noun or the label when the run fills a table's cell, else the address alone is marked. Alone, six bytes with a letter among them are an address too; six pairs of digits alone may be
times or a code's groups and need the label.
"""

from __future__ import annotations

import re

from redact.detect.firm_labelled_numbers import fills_line
from redact.detect.makers_before_numbers import MAKER, no_maker
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the devices a network's address is printed on: a router, a modem, a media converter, an access point, a switch, a
# network card, a set-top box, a camera, a charger
_DEVICE = (r"router(?:n)?|modem(?:et)?|mediaomvandlare(?:n)?|accesspunkt(?:en)?|switch(?:en)?|nätverkskort(?:et)?"
           r"|tv-box(?:en)?|box(?:en)?|kamera(?:n)?|laddbox(?:en)?|laddare(?:n)?")
_HEX = r"[0-9A-Fa-f]{2}(?P<sep>[:-])[0-9A-Fa-f]{2}(?:(?P=sep)[0-9A-Fa-f]{2}){4}"
_MAC = compile_rule(
    rf"""
    (?<![\w:-])
    (?:(?P<maker>{MAKER}|[A-Z]{{2,8}}|[A-Z][a-z]+[A-Z][\w-]*)[ \u00a0]+)?
    (?:(?P<device>(?i:{_DEVICE}))[ \u00a0]+)?
    (?:(?P<label>MAC(?:-adress|-address|[ \u00a0]address|[ \u00a0]adress)?|(?i:mac-adress|hårdvaruadress))
       [ \u00a0]*:?[ \u00a0]*)?
    (?P<mac>{_HEX})(?![\w:-])
    """
)


def _check_mac(text: str, m: re.Match[str]) -> Verdict | None:
    """The maker, the device and the label when they stand before the address, and the address."""
    if not m.group("label") and not re.search(r"[A-Fa-f]", m.group("mac")):
        return None  # six pairs of digits with no label: a time's or a code's groups perhaps
    maker, start = m.group("maker"), m.start("mac")
    if maker and (m.group("device") or m.group("label")) and not no_maker(text, m.start("maker"), maker):
        start = m.start("maker")
    elif fills_line(text, m.start("device") if m.group("device") else m.start("mac"), m.end()):
        start = m.start("device") if m.group("device") else m.start("label") if m.group("label") else start
    return Verdict(start, m.end("mac"), "nätverksenhetens hårdvaruadress (MAC)")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("device_hardware_address", _MAC, score=0.85, check=_check_mac,
              gate=rule_regex(r"[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]")),)
