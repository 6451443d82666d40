"""A quantity with its unit is no identifier: "EKG 14 d" (a patch worn for fourteen days), "−104 dBm" (a signal level);
and the unit after its figure is no one's name ("laserpekare 500 mW").

A device's kind and how long it is worn ("BT-HEM 24 h", "EKG 72 h"), a measured level ("−112 dBm"), a distance or a
weight: a short number of one to three figures, perhaps signed, with a unit of time or measure right after it. The
learned tagger may read the kind's letters and the figures as a code; the unit says they count or measure something.
Used to veto the tagger's identifier spans (``engine``), and its names that are a unit of power, current or
frequency right after a figure: a device's rating, its letters in mixed case as a person's initials are not.
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


# a device's rating after its figure: power, voltage, current, frequency, wavelength, light ("500 mW", "12 kV",
# "2,4 GHz", "532 nm", "800 lm"); two letters or more, a single one ("W", "V", "A") may be an initial
_RATING = re.compile(r"(?:mW|kW|MW|GW|mV|kV|mA|kVA|Hz|kHz|MHz|GHz|nm|µm|lm|lx|mAh|Wh|kWh|dB|dBm|dBi)")
_FIGURE_BEFORE = re.compile(r"\d(?:[.,]\d+)?[ \t\u00a0]*$")


def unit_after_figure(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` is a unit of a device's rating right after a figure ("500 mW"): no one's name."""
    return (_RATING.fullmatch(text, a, b) is not None and _FIGURE_BEFORE.search(text, max(0, a - 12), a) is not None
            and re.match(r"[\w/]", text[b:b + 1]) is None)
