"""A quantity with its unit is no identifier: "EKG 14 d" (a patch worn for fourteen days), "−104 dBm" (a signal level).

A device's kind and how long it is worn ("BT-HEM 24 h", "EKG 72 h"), a measured level ("−112 dBm"), a distance or a
weight: a short number of one to three figures, perhaps signed, with a unit of time or measure right after it. The
learned tagger may read the kind's letters and the figures as a code; the unit says they count or measure something.
Used to veto the tagger's identifier spans (``engine``).
"""

from __future__ import annotations

import re

# units of time and measure written after a figure; single letters only for hours and days ("24 h", "14 d")
_UNIT = (r"(?:h|d|dygn|tim|min|sek|dBm|dBi|dB|MHz|GHz|kHz|Mbit/s|kbit/s|mm|cm|km|kg|mg|ml|mmHg|kWh|kW|°C|%)")
# the span: a kind's letters perhaps, then the figures, perhaps its unit already taken in
_QUANTITY = re.compile(rf"(?:[A-ZÅÄÖ][\w-]{{0,11}}[ \t\u00a0]+)?[−–-]?\d{{1,3}}(?:[.,]\d{{1,2}})?"
                       rf"(?P<unit>[ \t\u00a0]*{_UNIT})?")
_UNIT_AFTER = re.compile(rf"[ \t\u00a0]*{_UNIT}(?![\w/])")


def quantity_span(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a short figure with its unit in it or right after it (see the module docstring)."""
    m = _QUANTITY.fullmatch(text, a, b)
    if m is None:
        return False
    if m.group("unit"):
        return re.search(r"[\w/]", text[b:b + 1]) is None
    return _UNIT_AFTER.match(text, b) is not None
