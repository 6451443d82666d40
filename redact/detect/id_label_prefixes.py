"""A label read as the first part of an identifier stays outside it: "FMI-ID 41873", "PESEL 88021104178".

A code's letters may lead its digits ("HK-7713", "FX 2209 4471": the passport's series), so the value rules take a
capitalised prefix in; but a prefix that is itself a label, an "-ID" compound naming the register ("FMI-ID",
"Steuer-ID") or a country's name for its personal number ("PESEL", "JMBG", "BSN"), says what the number is and is
not a part of it, as "personnummer" is not; so are Turkey's "T.C." and a device's "ISSI" or "IMEI". Applied to every
identifier finding, the rules' and the tagger's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# (Spain's "DNI" and "NIE" too, a space after them: "NIE X4471208P"; written as one code, "NIE-X4471208P", they stay in)
# (Turkey's "T.C." before the kimlik number; a radio terminal's "ISSI", a telephone's "IMEI" and a SIM card's "ICCID"
# name the kind of number as "PESEL" does)
_LABEL_PREFIX = re.compile(r"(?:[A-Za-zÅÄÖåäöÉéü]{2,14}-(?:ID|Id|id)|PESEL|JMBG|EMBG|EGN|CNP|OIB|BSN|CPR|SSN|NINO|CURP"
                           r"|CPF|CNIC|NIN|RUT|RUN|DNI|NIE|T\.C\.|ISSI|IMEI|ICCID)[ \t\u00a0]*:?[ \t\u00a0\n]+"
                           r"(?=[A-Z]{0,3}[- ]?\d)")


def trim_label_prefixes(findings: list[Finding], text: str) -> list[Finding]:
    """The identifier findings begun by a label, starting after it."""
    out = []
    for f in findings:
        if f.category == "ID_NUMBER" and f.start is not None and f.end is not None:
            m = _LABEL_PREFIX.match(text, f.start, f.end)
            if m is not None and m.end() < f.end:
                f = replace(f, start=m.end(), text=text[m.end():f.end])
        out.append(f)
    return out
